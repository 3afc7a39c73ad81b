/**
 * Hand-written baseline of `checkConcurrentRoles`: group the posts held on the date per person,
 * give each post a small signature (role, unit kind, level, sector), and look every pair of a
 * person's posts up in a pair-of-signatures → rules map built on first sight; the per-pair
 * conditions (same area, second under first, a local rule's reach) are checked on the pair. Caps
 * are counted per person; required combinations missing in an area are found from one pass over
 * the units and posts in force. The output keeps the library's contract: one issue per pair and
 * matching rule (forbidden → error, else info, infos left out on request), an unregulated warning
 * for a pair no rule speaks of, cap errors, missing-combination warnings; errors, then warnings,
 * then infos, people in id order. Issues are plain records (code, person, units, rule): messages
 * are rendered late (STYLE.md: "locale message tables rendered late").
 */
import {
  type AreaUnit,
  type Assignment,
  getAreaLevel,
  isAreaKind,
  type IsoDate,
  type Level,
  LEVELS,
  type Role,
  type RuleInForce,
  type Rulebook,
  rulesInForce,
  type Structure,
  type Unit,
} from '../../src/index.js';

/** An issue of the concurrency check, as plain data. */
export interface RoleIssue {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly personId?: string;
  readonly unitIds: readonly string[];
  readonly ruleId?: string;
}

/** The role rules in force on a date (read once, outside the timed work). */
export interface RolesLaw {
  readonly combinations: readonly RuleInForce<'role-combination'>[];
  readonly caps: readonly RuleInForce<'role-cap'>[];
}

/**
 * Reads the role rules in force on a date.
 *
 * @param rulebook - The rulebook.
 * @param asOf - The date.
 * @returns Combination and cap rules in force.
 */
export function readRolesLaw(rulebook: Rulebook, asOf: IsoDate): RolesLaw {
  return {
    combinations: rulesInForce(rulebook, asOf, { type: 'role-combination' }),
    caps: rulesInForce(rulebook, asOf, { type: 'role-cap' }),
  };
}

/** A post held on the date. */
export interface HandPost {
  readonly unit: Unit;
  readonly role: Role;
  readonly areaId: string;
  readonly level: Level;
  readonly sector: string | undefined;
  readonly assignment: Assignment;
}

/** The posts of one person holding at least two on the date. */
export interface PersonPosts {
  readonly personId: string;
  readonly posts: readonly HandPost[];
}

function inForce(from: string, to: string | undefined, asOf: string): boolean {
  return from <= asOf && (to === undefined || asOf < to);
}

function comparePosts(a: HandPost, b: HandPost): number {
  if (a.unit.id !== b.unit.id) return a.unit.id < b.unit.id ? -1 : 1;
  if (a.role !== b.role) return a.role < b.role ? -1 : 1;
  const { from: af, to: at = '' } = a.assignment;
  const { from: bf, to: bt = '' } = b.assignment;
  if (af !== bf) return af < bf ? -1 : 1;
  return at === bt ? 0 : at < bt ? -1 : 1;
}

/** Units by id (the first of an id wins). */
export function mapUnits(structure: Structure): Map<string, Unit> {
  const unitsById = new Map<string, Unit>();
  for (const unit of structure.units) if (!unitsById.has(unit.id)) unitsById.set(unit.id, unit);
  return unitsById;
}

/**
 * The posts held on the date by everyone holding more than one, people in id order and each
 * person's posts in a canonical order (unit, role, dates): the grouping every concurrency check
 * does first (the baseline and the json-rules-engine peer share it).
 *
 * @param structure - A parsed structure.
 * @param unitsById - Its units by id.
 * @param asOf - The date.
 * @returns People with two or more posts on the date.
 */
export function groupPostsByPerson(structure: Structure, unitsById: ReadonlyMap<string, Unit>, asOf: IsoDate): PersonPosts[] {
  const byPerson = new Map<string, Assignment[]>();
  for (const assignment of structure.assignments) {
    const list = byPerson.get(assignment.personId);
    if (list === undefined) byPerson.set(assignment.personId, [assignment]);
    else list.push(assignment);
  }
  const personIds: string[] = [];
  for (const [personId, list] of byPerson) if (list.length >= 2) personIds.push(personId);
  personIds.sort();
  const people: PersonPosts[] = [];
  for (const personId of personIds) {
    const posts: HandPost[] = [];
    for (const assignment of byPerson.get(personId) as Assignment[]) {
      if (!inForce(assignment.from, assignment.to, asOf)) continue;
      const unit = unitsById.get(assignment.unitId);
      if (unit === undefined) continue;
      const area = isAreaKind(unit.kind) ? unit : unitsById.get((unit as { areaId: string }).areaId);
      if (area === undefined || !isAreaKind(area.kind)) continue;
      const post: HandPost = {
        unit,
        role: assignment.role,
        areaId: area.id,
        level: getAreaLevel((area as AreaUnit).kind),
        sector: (unit as { sector?: string }).sector,
        assignment,
      };
      // insertion sort: a person holds a handful of posts
      let position = posts.length;
      posts.push(post);
      while (position > 0 && comparePosts(posts[position - 1] as HandPost, post) > 0) {
        posts[position] = posts[position - 1] as HandPost;
        position -= 1;
      }
      posts[position] = post;
    }
    if (posts.length >= 2) people.push({ personId, posts });
  }
  return people;
}

type Selector = { readonly roles: readonly string[]; readonly unitKinds: readonly string[]; readonly sectors?: readonly string[] | undefined };

function selectorMatches(selector: Selector, role: string, kind: string, sector: string | undefined): boolean {
  if (!selector.roles.includes(role) || !selector.unitKinds.includes(kind)) return false;
  return selector.sectors === undefined || (sector !== undefined && selector.sectors.includes(sector));
}

/** What one post signature is, for every rule. */
interface Signature {
  readonly id: number;
  /** Per combination rule: bit i set when the post fits the rule's i-th post and is at one of its levels. */
  readonly masks: Uint32Array;
  /** Per cap rule: in scope and fits `appliesTo`. */
  readonly capApplies: Uint8Array;
  /** Per cap rule: in scope and one of the key posts. */
  readonly capKey: Uint8Array;
}

/** A rule a pair of signatures may match, and which orientations: 1 (0,1), 2 (1,0), 4 any other. */
interface Candidate {
  readonly rule: number;
  readonly orientations: number;
}

const STRENGTH_CODE = {
  forbidden: 'role_combination_forbidden',
  required: 'role_combination_required',
  encouraged: 'role_combination_encouraged',
  pilot: 'role_combination_pilot',
  permitted: 'role_combination_permitted',
} as const;

function isWithin(unitsById: ReadonlyMap<string, Unit>, innerId: string, outerId: string): boolean {
  let current: string | undefined = innerId;
  let steps = unitsById.size + 1;
  while (current !== undefined && steps > 0) {
    if (current === outerId) return true;
    current = unitsById.get(current)?.parentId;
    steps -= 1;
  }
  return false;
}

/**
 * Checks concurrent roles by hand (the baseline of `checkConcurrentRoles`).
 *
 * @param structure - A parsed structure.
 * @param asOf - The date.
 * @param law - The role rules in force (see {@link readRolesLaw}).
 * @param includeInfo - Whether to build the info issues (the library's `minSeverity: 'info'`).
 * @returns The issues in canonical order.
 */
export function checkConcurrentRolesByHand(structure: Structure, asOf: IsoDate, law: RolesLaw, includeInfo: boolean): RoleIssue[] {
  const unitsById = mapUnits(structure);
  const { combinations, caps } = law;
  const errors: RoleIssue[] = [];
  const warnings: RoleIssue[] = [];
  const infos: RoleIssue[] = [];

  // signatures: role → kind (+ sector) → level → signature, built on first sight
  const signatures = new Map<string, Map<string, (Signature | undefined)[]>>();
  const signatureList: Signature[] = [];
  const signatureOf = (post: HandPost): Signature => {
    let byKind = signatures.get(post.role);
    if (byKind === undefined) {
      byKind = new Map();
      signatures.set(post.role, byKind);
    }
    const kindKey = post.sector === undefined ? post.unit.kind : `${post.unit.kind}\u0000${post.sector}`;
    let byLevel = byKind.get(kindKey);
    if (byLevel === undefined) {
      byLevel = [];
      byKind.set(kindKey, byLevel);
    }
    const levelIndex = LEVELS.indexOf(post.level);
    let signature = byLevel[levelIndex];
    if (signature === undefined) {
      const masks = new Uint32Array(combinations.length);
      combinations.forEach((inForce, r) => {
        const { params } = inForce.version;
        if (!params.levels.includes(post.level)) return;
        params.posts.forEach((selector, i) => {
          if (selectorMatches(selector, post.role, post.unit.kind, post.sector)) masks[r] = (masks[r] as number) | (1 << i);
        });
      });
      const capApplies = new Uint8Array(caps.length);
      const capKey = new Uint8Array(caps.length);
      caps.forEach((inForce, c) => {
        const { params } = inForce.version;
        if (!params.levels.includes(post.level)) return;
        if (params.appliesTo.some((selector) => selectorMatches(selector, post.role, post.unit.kind, post.sector))) capApplies[c] = 1;
        if (params.keyPosts.some((selector) => selectorMatches(selector, post.role, post.unit.kind, post.sector))) capKey[c] = 1;
      });
      signature = { id: signatureList.length, masks, capApplies, capKey };
      signatureList.push(signature);
      byLevel[levelIndex] = signature;
    }
    return signature;
  };

  // pair of signatures → the rules it may match
  const pairRules = new Map<number, readonly Candidate[]>();
  const candidatesOf = (a: Signature, b: Signature): readonly Candidate[] => {
    const key = a.id * 65_536 + b.id;
    let found = pairRules.get(key);
    if (found === undefined) {
      const list: Candidate[] = [];
      for (let r = 0; r < combinations.length; r += 1) {
        const ma = a.masks[r] as number;
        const mb = b.masks[r] as number;
        if (ma === 0 || mb === 0) continue;
        let orientations = 0;
        for (let i = 0; i < 32; i += 1) {
          if ((ma & (1 << i)) === 0) continue;
          for (let j = 0; j < 32; j += 1) {
            if (j === i || (mb & (1 << j)) === 0) continue;
            orientations |= i === 0 && j === 1 ? 1 : i === 1 && j === 0 ? 2 : 4;
          }
        }
        if (orientations !== 0) list.push({ rule: r, orientations });
      }
      found = list;
      pairRules.set(key, found);
    }
    return found;
  };

  for (const { personId, posts } of groupPostsByPerson(structure, unitsById, asOf)) {
    const signaturesOfPosts = posts.map(signatureOf);
    for (let i = 0; i < posts.length; i += 1) {
      const a = posts[i] as HandPost;
      for (let j = i + 1; j < posts.length; j += 1) {
        const b = posts[j] as HandPost;
        if (a.unit.id === b.unit.id) continue;
        let matched = false;
        for (const { rule, orientations } of candidatesOf(signaturesOfPosts[i] as Signature, signaturesOfPosts[j] as Signature)) {
          const inForce = combinations[rule] as RuleInForce<'role-combination'>;
          const { params, strength } = inForce.version;
          if (params.sameArea && a.areaId !== b.areaId) continue;
          if (
            params.withinAreaIds !== undefined &&
            !(params.withinAreaIds.some((id) => isWithin(unitsById, a.areaId, id)) && params.withinAreaIds.some((id) => isWithin(unitsById, b.areaId, id)))
          ) {
            continue;
          }
          if (
            params.secondUnderFirst === true &&
            (orientations & 4) === 0 &&
            !((orientations & 1) !== 0 && b.unit.parentId === a.unit.id) &&
            !((orientations & 2) !== 0 && a.unit.parentId === b.unit.id)
          ) {
            continue;
          }
          matched = true;
          const kind = strength ?? 'permitted';
          if (kind === 'forbidden') {
            errors.push({ code: STRENGTH_CODE.forbidden, severity: 'error', personId, unitIds: [a.unit.id, b.unit.id], ruleId: inForce.rule.id });
          } else if (includeInfo) {
            infos.push({ code: STRENGTH_CODE[kind], severity: 'info', personId, unitIds: [a.unit.id, b.unit.id], ruleId: inForce.rule.id });
          }
        }
        if (!matched) warnings.push({ code: 'role_combination_unregulated', severity: 'warning', personId, unitIds: [a.unit.id, b.unit.id] });
      }
    }
    for (let c = 0; c < caps.length; c += 1) {
      if (!signaturesOfPosts.some((signature) => signature.capApplies[c] === 1)) continue;
      // distinct (unit, role) among the key posts, and their units
      let distinct = 0;
      const unitIds: string[] = [];
      for (let i = 0; i < posts.length; i += 1) {
        if ((signaturesOfPosts[i] as Signature).capKey[c] !== 1) continue;
        const post = posts[i] as HandPost;
        let seen = false;
        for (let k = 0; k < i && !seen; k += 1) {
          const other = posts[k] as HandPost;
          seen = (signaturesOfPosts[k] as Signature).capKey[c] === 1 && other.unit.id === post.unit.id && other.role === post.role;
        }
        if (seen) continue;
        distinct += 1;
        if (!unitIds.includes(post.unit.id)) unitIds.push(post.unit.id);
      }
      const inForce = caps[c] as RuleInForce<'role-cap'>;
      if (distinct > inForce.version.params.maxPosts) {
        errors.push({ code: 'role_cap_exceeded', severity: 'error', personId, unitIds, ruleId: inForce.rule.id });
      }
    }
  }
  warnings.push(...findMissingCombinations(structure, unitsById, asOf, combinations));
  return [...errors, ...warnings, ...infos];
}

/**
 * Required combinations missing: areas (at the rule's levels) that have a unit for every post of a
 * required rule, where nobody holds the posts together in different units. Areas in id order.
 */
function findMissingCombinations(
  structure: Structure,
  unitsById: ReadonlyMap<string, Unit>,
  asOf: IsoDate,
  combinations: readonly RuleInForce<'role-combination'>[],
): RoleIssue[] {
  const required = combinations.filter((inForce) => inForce.version.strength === 'required' && inForce.version.params.sameArea);
  if (required.length === 0) return [];
  const found: { areaId: string; rule: number; unitIds: string[] }[] = [];
  required.forEach((inForce, rule) => {
    const { params } = inForce.version;
    const selectors = params.posts as readonly Selector[];
    const full = (1 << selectors.length) - 1;
    // which of the rule's posts have a unit in force in each area, and which units
    const kinds = new Map<string, number>();
    const unitIds = new Map<string, string[]>();
    for (const unit of structure.units) {
      if (!inForce_(unit, asOf)) continue;
      const sector = (unit as { sector?: string }).sector;
      let mask = 0;
      selectors.forEach((selector, i) => {
        if (selector.unitKinds.includes(unit.kind) && (selector.sectors === undefined || (sector !== undefined && selector.sectors.includes(sector)))) {
          mask |= 1 << i;
        }
      });
      if (mask === 0) continue;
      const areaId = isAreaKind(unit.kind) ? unit.id : (unit as { areaId: string }).areaId;
      kinds.set(areaId, (kinds.get(areaId) ?? 0) | mask);
      const list = unitIds.get(areaId);
      if (list === undefined) unitIds.set(areaId, [unit.id]);
      else list.push(unit.id);
    }
    // who holds which of the rule's posts in each area
    const held = new Map<string, Map<string, { unitId: string; mask: number }[]>>();
    for (const assignment of structure.assignments) {
      if (!inForce_(assignment, asOf)) continue;
      const unit = unitsById.get(assignment.unitId);
      if (unit === undefined || !inForce_(unit, asOf)) continue;
      const sector = (unit as { sector?: string }).sector;
      let mask = 0;
      selectors.forEach((selector, i) => {
        if (selectorMatches(selector, assignment.role, unit.kind, sector)) mask |= 1 << i;
      });
      if (mask === 0) continue;
      const areaId = isAreaKind(unit.kind) ? unit.id : (unit as { areaId: string }).areaId;
      const area = unitsById.get(areaId);
      if (area === undefined || !isAreaKind(area.kind)) continue;
      let byPerson = held.get(areaId);
      if (byPerson === undefined) {
        byPerson = new Map();
        held.set(areaId, byPerson);
      }
      const list = byPerson.get(assignment.personId);
      if (list === undefined) byPerson.set(assignment.personId, [{ unitId: unit.id, mask }]);
      else list.push({ unitId: unit.id, mask });
    }
    for (const [areaId, present] of kinds) {
      if (present !== full) continue;
      const area = unitsById.get(areaId);
      if (area === undefined || !isAreaKind(area.kind) || !inForce_(area, asOf)) continue;
      if (!params.levels.includes(getAreaLevel((area as AreaUnit).kind))) continue;
      if (params.withinAreaIds !== undefined && !params.withinAreaIds.some((id) => isWithin(unitsById, areaId, id))) continue;
      const people = held.get(areaId);
      let covered = false;
      if (people !== undefined) {
        for (const entries of people.values()) {
          if (fillsEveryPost(entries, selectors.length)) {
            covered = true;
            break;
          }
        }
      }
      if (!covered) found.push({ areaId, rule, unitIds: unitIds.get(areaId) ?? [] });
    }
  });
  found.sort((a, b) => (a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : a.rule - b.rule));
  return found.map(({ areaId, rule, unitIds }) => ({
    code: 'role_combination_missing',
    severity: 'warning',
    unitIds: [areaId, ...unitIds.filter((id) => id !== areaId)],
    ruleId: (required[rule] as RuleInForce<'role-combination'>).rule.id,
  }));
}

function inForce_(interval: { readonly from: string; readonly to?: string | undefined }, asOf: string): boolean {
  return inForce(interval.from, interval.to, asOf);
}

/** Whether one person's posts in an area fill every post of the rule, each from a different unit. */
function fillsEveryPost(entries: readonly { readonly unitId: string; readonly mask: number }[], posts: number): boolean {
  const used = new Set<string>();
  const fill = (position: number): boolean => {
    if (position === posts) return true;
    for (const entry of entries) {
      if ((entry.mask & (1 << position)) === 0 || used.has(entry.unitId)) continue;
      used.add(entry.unitId);
      if (fill(position + 1)) return true;
      used.delete(entry.unitId);
    }
    return false;
  };
  return fill(0);
}
