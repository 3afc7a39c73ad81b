/**
 * Hand-written baseline of `concurrencyCoverage`: how many areas of a level in force have one person
 * holding every post of a combination rule there, each post in a different unit. One pass over the
 * units (the areas of the level; the organisations in force of the rule's kinds that serve one of
 * them), one over the posts in force of the rule's roles (grouped per area and person), then a
 * count. No options, no issues, no lists of ids: the essential work of the library's answer, whose
 * `covered` and `total` the bench compares with this one's.
 */
import { getAreaLevel, isAreaKind, isInForce, type IsoDate, type Level, type Organisation, type Structure } from '../../src/index.js';

/** One post of a combination rule, as the rulebook writes it. */
export interface PostSelectorByHand {
  readonly roles: readonly string[];
  readonly unitKinds: readonly string[];
  readonly sectors?: readonly string[] | undefined;
}

interface HeldByHand {
  readonly unitId: string;
  readonly mask: number;
}

function fits(selector: PostSelectorByHand, role: string, kind: string, sector: string | undefined): boolean {
  if (!selector.roles.includes(role)) return false;
  if (!selector.unitKinds.includes(kind)) return false;
  return selector.sectors === undefined || (sector !== undefined && selector.sectors.includes(sector));
}

/** Whether one person's posts in an area fill every post, each from a different unit. */
function fillsAll(entries: readonly HeldByHand[], postCount: number, used: string[] = [], position = 0): boolean {
  if (position === postCount) return true;
  for (const entry of entries) {
    if ((entry.mask & (1 << position)) === 0 || used.includes(entry.unitId)) continue;
    used.push(entry.unitId);
    if (fillsAll(entries, postCount, used, position + 1)) return true;
    used.pop();
  }
  return false;
}

/**
 * The coverage of a combination over the areas of a level, by hand.
 *
 * @param structure - A parsed structure without repeated ids.
 * @param posts - The rule's posts.
 * @param level - The level counted.
 * @param asOf - The date.
 * @returns Areas covered and areas counted.
 */
export function concurrencyCoverageByHand(
  structure: Structure,
  posts: readonly PostSelectorByHand[],
  level: Level,
  asOf: IsoDate,
): { readonly covered: number; readonly total: number } {
  const areas = new Set<string>();
  for (const unit of structure.units) if (isAreaKind(unit.kind) && getAreaLevel(unit.kind) === level && isInForce(unit, asOf)) areas.add(unit.id);
  // the organisations in force of a post's kind that serve an area counted, by id
  const kinds = new Set(posts.flatMap((post) => post.unitKinds));
  const postUnits = new Map<string, Organisation>();
  for (const unit of structure.units) {
    if (!kinds.has(unit.kind) || isAreaKind(unit.kind) || !isInForce(unit, asOf)) continue;
    const organisation = unit as Organisation;
    if (areas.has(organisation.areaId)) postUnits.set(organisation.id, organisation);
  }
  const roles = new Set(posts.flatMap((post) => post.roles));
  const held = new Map<string, Map<string, HeldByHand[]>>();
  for (const assignment of structure.assignments) {
    if (!roles.has(assignment.role)) continue;
    const unit = postUnits.get(assignment.unitId);
    if (unit === undefined || !isInForce(assignment, asOf)) continue;
    let mask = 0;
    for (let position = 0; position < posts.length; position += 1) {
      if (fits(posts[position] as PostSelectorByHand, assignment.role, unit.kind, unit.sector)) mask |= 1 << position;
    }
    if (mask === 0) continue;
    let people = held.get(unit.areaId);
    if (people === undefined) {
      people = new Map();
      held.set(unit.areaId, people);
    }
    const list = people.get(assignment.personId);
    if (list === undefined) people.set(assignment.personId, [{ unitId: unit.id, mask }]);
    else list.push({ unitId: unit.id, mask });
  }
  let covered = 0;
  for (const people of held.values()) {
    for (const entries of people.values()) {
      if (fillsAll(entries, posts.length)) {
        covered += 1;
        break;
      }
    }
  }
  return { covered, total: areas.size };
}
