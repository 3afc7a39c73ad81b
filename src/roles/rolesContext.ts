import { type StructureIndex, indexStructure, isArea, isWithinArea } from '../model/indexStructure.js';
import { type Family, type Level, getAreaLevel, getFamily } from '../model/kinds.js';
import { ROLES, type Role } from '../model/roles.js';
import type { Assignment, Organisation, Structure, Unit } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';
import type { Issue, IssueParamValue } from '../report/Issue.js';
import { type RuleInForce, rulesInForce } from '../rules/findRule.js';
import type { RuleParams, Rulebook } from '../rules/Rule.js';
import { isInForce } from '../core/Interval.js';
import type { IsoDate } from '../core/IsoDate.js';

/** @internal The params of a combination rule. */
export type CombinationParams = RuleParams<'role-combination'>;
/** @internal The params of a cap rule. */
export type CapParams = RuleParams<'role-cap'>;
/** @internal One post selector of a rule. */
export type PostSelector = CombinationParams['posts'][number];

/**
 * A post held on the date asked: the assignment with its unit, the area the unit serves and the
 * level of that area.
 * @internal
 */
export interface HeldPost {
  readonly assignment: Assignment;
  readonly unit: Unit;
  readonly areaId: string;
  readonly level: Level;
  /** Canonical sort key: unit, role, dates (order-independent results). */
  readonly key: string;
}

/**
 * Everything the role checks need for one structure, rulebook and date, built once.
 * @internal
 */
export interface RolesContext {
  readonly structure: Structure;
  readonly index: StructureIndex;
  readonly asOf: IsoDate;
  readonly combinations: readonly RuleInForce<'role-combination'>[];
  readonly caps: readonly RuleInForce<'role-cap'>[];
  /** For each combination rule (same order), every role its posts name: a quick reject. */
  readonly combinationRoles: readonly ReadonlySet<Role>[];
  /** Whether info issues (combinations a rule permits, encourages, pilots or requires) are built. */
  readonly includeInfo: boolean;
}


/**
 * Builds the {@link RolesContext}: the structure's index and the role rules in force on `asOf`.
 * @internal
 */
export function createRolesContext(
  structure: Structure,
  rulebook: Rulebook,
  asOf: IsoDate,
  includeInfo = true,
): RolesContext {
  const combinations = rulesInForce(rulebook, asOf, { type: 'role-combination' });
  return {
    structure,
    index: indexStructure(structure),
    asOf,
    combinations,
    caps: rulesInForce(rulebook, asOf, { type: 'role-cap' }),
    combinationRoles: combinations.map(
      (inForce) => new Set<Role>(inForce.version.params.posts.flatMap((selector) => selector.roles)),
    ),
    includeInfo,
  };
}

/**
 * The post an assignment stands for, or `undefined` when its unit or the unit's area is unknown.
 * @internal
 */
export function resolvePost(index: StructureIndex, assignment: Assignment): HeldPost | undefined {
  const unit = index.unitsById.get(assignment.unitId);
  if (unit === undefined) return undefined;
  const area = isArea(unit) ? unit : index.unitsById.get((unit as Organisation).areaId);
  if (area === undefined || !isArea(area)) return undefined;
  return {
    assignment,
    unit,
    areaId: area.id,
    level: getAreaLevel(area.kind),
    key: `${unit.id}\u0000${assignment.role}\u0000${assignment.from}\u0000${assignment.to ?? ''}`,
  };
}

/**
 * The posts a person holds on the date, in canonical order (independent of input order).
 * @internal
 */
export function findHeldPosts(context: RolesContext, assignments: readonly Assignment[]): HeldPost[] {
  const posts: HeldPost[] = [];
  for (const assignment of assignments) {
    if (!isInForce(assignment, context.asOf)) continue;
    const post = resolvePost(context.index, assignment);
    if (post !== undefined) posts.push(post);
  }
  return posts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Whether a post fits a selector: role, unit kind and (when given) the unit's sector.
 * @internal
 */
export function matchesSelector(post: HeldPost, selector: PostSelector): boolean {
  if (!selector.roles.includes(post.assignment.role)) return false;
  if (!selector.unitKinds.includes(post.unit.kind)) return false;
  if (selector.sectors === undefined) return true;
  const sector = isArea(post.unit) ? undefined : (post.unit as Organisation).sector;
  return sector !== undefined && selector.sectors.includes(sector);
}

/**
 * Whether a post lies where a combination rule applies: at one of its levels and inside its
 * `withinAreaIds` (a local rule's reach).
 * @internal
 */
export function isPostInScope(structure: Structure, post: HeldPost, params: CombinationParams | CapParams): boolean {
  if (!params.levels.includes(post.level)) return false;
  const within = 'withinAreaIds' in params ? params.withinAreaIds : undefined;
  return within === undefined || within.some((areaId) => isWithinArea(structure, post.areaId, areaId));
}

function isSecondUnderFirst(i: number, j: number, a: HeldPost, b: HeldPost): boolean {
  if (i === 0 && j === 1) return b.unit.parentId === a.unit.id;
  if (i === 1 && j === 0) return a.unit.parentId === b.unit.id;
  return true;
}

/**
 * Whether two posts of one person make the combination a rule speaks of: each fits a different
 * post of the rule, both are in the rule's scope, and (if `sameArea`) they serve the same area.
 * @internal
 */
export function isCombinationMatch(structure: Structure, params: CombinationParams, a: HeldPost, b: HeldPost): boolean {
  if (params.sameArea && a.areaId !== b.areaId) return false;
  if (!isPostInScope(structure, a, params) || !isPostInScope(structure, b, params)) return false;
  const { posts } = params;
  for (let i = 0; i < posts.length; i += 1) {
    const first = posts[i];
    if (first === undefined || !matchesSelector(a, first)) continue;
    for (let j = 0; j < posts.length; j += 1) {
      const second = posts[j];
      if (j === i || second === undefined || !matchesSelector(b, second)) continue;
      if (params.secondUnderFirst === true && !isSecondUnderFirst(i, j, a, b)) continue;
      return true;
    }
  }
  return false;
}

const FAMILY_RANK: Record<Family, number> = { party: 0, state: 1, front: 2, 'public-service': 3, area: 4 };

const ROLE_SHORT_VI: Record<Role, string> = {
  secretary: 'bí thư',
  standingDeputySecretary: 'phó bí thư thường trực',
  deputySecretary: 'phó bí thư',
  standingCommitteeMember: 'ủy viên ban thường vụ',
  committeeMember: 'ủy viên ban chấp hành',
  chair: 'chủ tịch',
  standingViceChair: 'phó chủ tịch thường trực',
  viceChair: 'phó chủ tịch',
  head: 'trưởng',
  deputyHead: 'phó trưởng',
  director: 'giám đốc',
  deputyDirector: 'phó giám đốc',
  villageHead: 'trưởng',
  frontCommitteeHead: 'trưởng',
  member: 'thành viên',
  staff: 'cán bộ',
};

/**
 * A post written for people, in Vietnamese and English: "chủ tịch UBND phường Cẩm Tây",
 * "chair of Cẩm Tây ward people's committee".
 * @internal
 */
export function describePost(post: HeldPost): { readonly vi: string; readonly en: string } {
  const { role } = post.assignment;
  return {
    vi: `${ROLE_SHORT_VI[role]} ${post.unit.name.vi}`,
    en: `${ROLES[role].en} of ${post.unit.name.en ?? post.unit.name.vi}`,
  };
}

/**
 * A person's name, or the id when the structure does not list the person.
 * @internal
 */
export function getPersonName(context: RolesContext, personId: string): string {
  return context.index.peopleById.get(personId)?.name ?? personId;
}

function ruleContext(inForce: RuleInForce) {
  return {
    ruleId: inForce.rule.id,
    citation: inForce.version.citation,
    verification: inForce.verification,
  };
}

function ruleTitles(inForce: RuleInForce): Record<string, IssueParamValue> {
  return { rule: inForce.rule.title, ruleId: inForce.rule.id };
}

/**
 * The issues of one pair of posts of one person: one per combination rule that speaks of the pair
 * (forbidden → error, others → info), or one warning when none does. Pairs within one unit (the
 * secretary who also sits on the standing committee of the same committee) are ranks of one body,
 * not a combination, and give nothing.
 * @internal
 */
export function checkPair(context: RolesContext, personId: string, a: HeldPost, b: HeldPost): Issue[] {
  if (a.unit.id === b.unit.id) return [];
  // Messages name the party post first, then state, front, public service, village.
  const [first, second] = FAMILY_RANK[getFamily(b.unit.kind)] < FAMILY_RANK[getFamily(a.unit.kind)] ? [b, a] : [a, b];
  const postA = describePost(first);
  const postB = describePost(second);
  const base = {
    personName: getPersonName(context, personId),
    personId,
    postA,
    postB,
    asOf: context.asOf,
  };
  const unitIds = [a.unit.id, b.unit.id];
  const issues: Issue[] = [];
  const roleA = a.assignment.role;
  const roleB = b.assignment.role;
  let matched = false;
  context.combinations.forEach((inForce, position) => {
    const roles = context.combinationRoles[position];
    if (roles !== undefined && (!roles.has(roleA) || !roles.has(roleB))) return;
    const { params, strength } = inForce.version;
    if (!isCombinationMatch(context.structure, params, a, b)) return;
    matched = true;
    if (!context.includeInfo && strength !== 'forbidden') return;
    const code = strengthCode(strength ?? 'permitted');
    issues.push(
      createIssue(code, {
        personIds: [personId],
        unitIds,
        ...ruleContext(inForce),
        params: { ...base, ...ruleTitles(inForce), strength: strength ?? 'permitted' },
      }),
    );
  });
  if (!matched) {
    issues.push(createIssue('role_combination_unregulated', { personIds: [personId], unitIds, params: base }));
  }
  return issues;
}

function strengthCode(
  strength: 'required' | 'encouraged' | 'pilot' | 'permitted' | 'forbidden',
):
  | 'role_combination_forbidden'
  | 'role_combination_required'
  | 'role_combination_encouraged'
  | 'role_combination_pilot'
  | 'role_combination_permitted' {
  switch (strength) {
    case 'forbidden':
      return 'role_combination_forbidden';
    case 'required':
      return 'role_combination_required';
    case 'encouraged':
      return 'role_combination_encouraged';
    case 'pilot':
      return 'role_combination_pilot';
    case 'permitted':
      return 'role_combination_permitted';
    default:
      return strength satisfies never;
  }
}

/**
 * The cap issues of one person: for each cap rule whose `appliesTo` the person holds, an error when
 * the person holds more than `maxPosts` of its key posts.
 * @internal
 */
export function checkCaps(context: RolesContext, personId: string, posts: readonly HeldPost[]): Issue[] {
  const issues: Issue[] = [];
  for (const inForce of context.caps) {
    const { params } = inForce.version;
    const inScope = posts.filter((post) => isPostInScope(context.structure, post, params));
    if (!inScope.some((post) => params.appliesTo.some((selector) => matchesSelector(post, selector)))) continue;
    const keyPosts = inScope.filter((post) => params.keyPosts.some((selector) => matchesSelector(post, selector)));
    const distinct = new Map<string, HeldPost>();
    for (const post of keyPosts) distinct.set(`${post.unit.id}\u0000${post.assignment.role}`, post);
    if (distinct.size <= params.maxPosts) continue;
    const held = [...distinct.values()];
    issues.push(
      createIssue('role_cap_exceeded', {
        personIds: [personId],
        unitIds: [...new Set(held.map((post) => post.unit.id))],
        ...ruleContext(inForce),
        params: {
          personName: getPersonName(context, personId),
          personId,
          count: distinct.size,
          maxPosts: params.maxPosts,
          posts: {
            vi: held.map((post) => describePost(post).vi).join('; '),
            en: held.map((post) => describePost(post).en).join('; '),
          },
          ...ruleTitles(inForce),
        },
      }),
    );
  }
  return issues;
}

/**
 * Who holds all the posts of a combination rule in one area on the date, and whether the area has
 * a unit in force for every post (without one, the combination cannot be asked of it). Looks only
 * at the area and the organisations serving it, so it costs their assignments.
 * @internal
 */
export function findAreaCombination(
  context: RolesContext,
  params: CombinationParams,
  area: Unit,
): { readonly holderIds: readonly string[]; readonly hasEveryPostUnit: boolean; readonly unitIds: readonly string[] } {
  const { index, asOf } = context;
  const candidates: Unit[] = [area, ...(index.organisationsByAreaId.get(area.id) ?? [])].filter((unit) =>
    isInForce(unit, asOf),
  );
  const { posts } = params;
  const full = (1 << posts.length) - 1;
  let kindsPresent = 0;
  // per person, the posts they hold here: which of the rule's posts each fits, and in which unit
  const held = new Map<string, { readonly unitId: string; readonly mask: number }[]>();
  const unitIds: string[] = [];
  for (const unit of candidates) {
    let unitMask = 0;
    posts.forEach((selector, position) => {
      if (!selector.unitKinds.includes(unit.kind)) return;
      const sector = isArea(unit) ? undefined : (unit as Organisation).sector;
      if (selector.sectors !== undefined && (sector === undefined || !selector.sectors.includes(sector))) return;
      unitMask |= 1 << position;
    });
    if (unitMask === 0) continue;
    kindsPresent |= unitMask;
    unitIds.push(unit.id);
    for (const assignment of index.assignmentsByUnitId.get(unit.id) ?? []) {
      if (!isInForce(assignment, asOf)) continue;
      const post = resolvePost(index, assignment);
      if (post === undefined) continue;
      let mask = 0;
      posts.forEach((selector, position) => {
        if (matchesSelector(post, selector)) mask |= 1 << position;
      });
      if (mask === 0) continue;
      const list = held.get(assignment.personId);
      if (list === undefined) held.set(assignment.personId, [{ unitId: unit.id, mask }]);
      else list.push({ unitId: unit.id, mask });
    }
  }
  // a combination is one person holding each of the rule's posts in a different unit: one post
  // never fills two places (a small matching, the rules have two or three posts)
  const fillsEveryPost = (entries: readonly { readonly unitId: string; readonly mask: number }[]): boolean => {
    const usedUnits = new Set<string>();
    const fill = (position: number): boolean => {
      if (position === posts.length) return true;
      for (const entry of entries) {
        if ((entry.mask & (1 << position)) === 0 || usedUnits.has(entry.unitId)) continue;
        usedUnits.add(entry.unitId);
        if (fill(position + 1)) return true;
        usedUnits.delete(entry.unitId);
      }
      return false;
    };
    return fill(0);
  };
  const holderIds = [...held].filter(([, entries]) => fillsEveryPost(entries)).map(([personId]) => personId);
  holderIds.sort();
  return { holderIds, hasEveryPostUnit: kindsPresent === full, unitIds };
}

/**
 * Whether an area lies where a combination rule applies (level and `withinAreaIds`).
 * @internal
 */
export function isAreaInScope(structure: Structure, params: CombinationParams, area: Unit): boolean {
  if (!isArea(area) || !params.levels.includes(getAreaLevel(area.kind))) return false;
  const within = params.withinAreaIds;
  return within === undefined || within.some((areaId) => isWithinArea(structure, area.id, areaId));
}

/**
 * The `role_combination_missing` warning for one area and one required rule, or nothing when the
 * combination holds there (or cannot be asked of it).
 * @internal
 */
export function checkRequiredInArea(context: RolesContext, inForce: RuleInForce<'role-combination'>, area: Unit): Issue[] {
  const { params } = inForce.version;
  if (!params.sameArea || !isAreaInScope(context.structure, params, area)) return [];
  const found = findAreaCombination(context, params, area);
  if (!found.hasEveryPostUnit || found.holderIds.length > 0) return [];
  return [
    createIssue('role_combination_missing', {
      unitIds: [area.id, ...found.unitIds.filter((id) => id !== area.id)],
      ...ruleContext(inForce),
      params: {
        areaId: area.id,
        areaName: { vi: area.name.vi, en: area.name.en ?? area.name.vi },
        asOf: context.asOf,
        ...ruleTitles(inForce),
      },
    }),
  ];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function issueKey(issue: Issue): string {
  return [
    SEVERITY_RANK[issue.severity],
    issue.code,
    (issue.personIds ?? []).join(','),
    (issue.unitIds ?? []).join(','),
    issue.ruleId ?? '',
    issue.message.en,
  ].join('\u0000');
}

/**
 * Sorts issues into a canonical order (severity, code, people, units, rule), so that a report does
 * not depend on the order of the input.
 * @internal
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((issue) => ({ issue, key: issueKey(issue) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ issue }) => issue);
}
