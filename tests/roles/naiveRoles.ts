/**
 * A deliberately naive reading of the concurrent-role rules, for property tests: every pair of a
 * person's posts against every rule in force, `isWithinArea` walked for every question, areas
 * asked one by one through the index. Slow and obviously right; the library must agree with it.
 */
import { isInForce, type IsoDate } from '../../src/core/index.js';
import { getAreaLevel, indexStructure, isArea, isWithinArea, type Assignment, type Structure, type Unit } from '../../src/model/index.js';
import { type RuleInForce, type Rulebook, rulesInForce } from '../../src/rules/index.js';

type Combination = RuleInForce<'role-combination'>;
type Params = Combination['version']['params'];
type Selector = Params['posts'][number];

interface Post {
  readonly assignment: Assignment;
  readonly unit: Unit;
  readonly areaId: string;
  readonly level: ReturnType<typeof getAreaLevel>;
}

const sectorOf = (unit: Unit) => (isArea(unit) ? undefined : (unit as { sector?: string }).sector);

function fits(post: Post, selector: Selector): boolean {
  if (!selector.roles.includes(post.assignment.role) || !selector.unitKinds.includes(post.unit.kind)) return false;
  const sector = sectorOf(post.unit);
  return selector.sectors === undefined || (sector !== undefined && selector.sectors.includes(sector));
}

function inScope(structure: Structure, areaId: string, level: Post['level'], params: Params): boolean {
  if (!params.levels.includes(level)) return false;
  return params.withinAreaIds === undefined || params.withinAreaIds.some((outer) => isWithinArea(structure, areaId, outer));
}

function matches(structure: Structure, params: Params, a: Post, b: Post): boolean {
  if (params.sameArea && a.areaId !== b.areaId) return false;
  if (!inScope(structure, a.areaId, a.level, params) || !inScope(structure, b.areaId, b.level, params)) return false;
  for (let i = 0; i < params.posts.length; i += 1) {
    if (!fits(a, params.posts[i] as Selector)) continue;
    for (let j = 0; j < params.posts.length; j += 1) {
      if (j === i || !fits(b, params.posts[j] as Selector)) continue;
      if (params.secondUnderFirst === true && i === 0 && j === 1 && b.unit.parentId !== a.unit.id) continue;
      if (params.secondUnderFirst === true && i === 1 && j === 0 && a.unit.parentId !== b.unit.id) continue;
      return true;
    }
  }
  return false;
}

const CODE = {
  forbidden: 'role_combination_forbidden',
  required: 'role_combination_required',
  encouraged: 'role_combination_encouraged',
  pilot: 'role_combination_pilot',
  permitted: 'role_combination_permitted',
} as const;

/** Fingerprints `code|person|unit,unit|rule` of every pair issue and missing combination. */
export function naiveRoleIssues(structure: Structure, rulebook: Rulebook, asOf: IsoDate): string[] {
  const index = indexStructure(structure);
  const combinations = rulesInForce(rulebook, asOf, { type: 'role-combination' });
  const found: string[] = [];
  for (const [personId, assignments] of index.assignmentsByPersonId) {
    const posts: Post[] = [];
    for (const assignment of assignments) {
      if (!isInForce(assignment, asOf)) continue;
      const unit = index.unitsById.get(assignment.unitId);
      if (unit === undefined) continue;
      const area = isArea(unit) ? unit : index.unitsById.get(unit.areaId);
      if (area === undefined || !isArea(area)) continue;
      posts.push({ assignment, unit, areaId: area.id, level: getAreaLevel(area.kind) });
    }
    const key = (post: Post) => `${post.unit.id}\u0000${post.assignment.role}\u0000${post.assignment.from}\u0000${post.assignment.to ?? ''}`;
    posts.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (let i = 0; i < posts.length; i += 1) {
      for (let j = i + 1; j < posts.length; j += 1) {
        const a = posts[i] as Post;
        const b = posts[j] as Post;
        if (a.unit.id === b.unit.id) continue;
        const rules = combinations.filter((inForce) => matches(structure, inForce.version.params, a, b));
        const units = `${a.unit.id},${b.unit.id}`;
        if (rules.length === 0) found.push(`role_combination_unregulated|${personId}|${units}|`);
        for (const inForce of rules) found.push(`${CODE[inForce.version.strength ?? 'permitted']}|${personId}|${units}|${inForce.rule.id}`);
      }
    }
  }
  for (const area of structure.units) {
    if (!isArea(area) || !isInForce(area, asOf)) continue;
    for (const inForce of combinations) {
      const { params } = inForce.version;
      if (inForce.version.strength !== 'required' || !params.sameArea || !inScope(structure, area.id, getAreaLevel(area.kind), params)) continue;
      const units = [area, ...(index.organisationsByAreaId.get(area.id) ?? [])].filter((unit) => isInForce(unit, asOf));
      const present = params.posts.every((selector) =>
        units.some((unit) => selector.unitKinds.includes(unit.kind) && (selector.sectors === undefined || selector.sectors.includes(sectorOf(unit) ?? ''))),
      );
      if (!present) continue;
      // one person holding each post in a different unit (try every assignment of posts to units)
      const holders = new Map<string, Post[]>();
      for (const unit of units) {
        for (const assignment of index.assignmentsByUnitId.get(unit.id) ?? []) {
          if (!isInForce(assignment, asOf)) continue;
          const post: Post = { assignment, unit, areaId: area.id, level: getAreaLevel(area.kind) };
          holders.set(assignment.personId, [...(holders.get(assignment.personId) ?? []), post]);
        }
      }
      const fill = (posts: readonly Post[], position: number, used: ReadonlySet<string>): boolean =>
        position === params.posts.length ||
        posts.some((post) => !used.has(post.unit.id) && fits(post, params.posts[position] as Selector) && fill(posts, position + 1, new Set([...used, post.unit.id])));
      if ([...holders.values()].some((posts) => fill(posts, 0, new Set()))) continue;
      found.push(`role_combination_missing||${area.id}|${inForce.rule.id}`);
    }
  }
  return found.sort();
}
