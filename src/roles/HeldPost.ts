import { isInForce } from '../core/Interval.js';
import { type StructureIndex, isArea } from '../model/indexStructure.js';
import { type Level, getAreaLevel } from '../model/kinds.js';
import type { AreaUnit, Assignment, Organisation, Unit } from '../model/Structure.js';
import type { IsoDate } from '../core/IsoDate.js';
import { compareText } from '../core/compareText.js';

/**
 * A post held on the date asked: the assignment with its unit, the area the unit serves, the
 * level of that area and the unit's sector (organisations only).
 * @internal
 */
export interface HeldPost {
  readonly assignment: Assignment;
  readonly unit: Unit;
  /** The area the unit serves (the unit itself for an area). */
  readonly area: AreaUnit;
  readonly areaId: string;
  readonly level: Level;
  readonly sector: string | undefined;
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
    area,
    areaId: area.id,
    level: getAreaLevel(area.kind),
    sector: isArea(unit) ? undefined : (unit as Organisation).sector,
  };
}

/**
 * The canonical order of a person's posts: unit id, role, then dates (so that results do not
 * depend on the order of the input). Two copies of one assignment compare equal.
 * @internal
 */
export function comparePosts(a: HeldPost, b: HeldPost): number {
  return (
    compareText(a.unit.id, b.unit.id) ||
    compareText(a.assignment.role, b.assignment.role) ||
    compareText(a.assignment.from, b.assignment.from) ||
    compareText(a.assignment.to ?? '', b.assignment.to ?? '')
  );
}

/**
 * The posts held on a date among some assignments (a person's), in canonical order; assignments
 * not in force that day, or whose unit or area is unknown, are left out.
 * @internal
 */
export function findHeldPosts(index: StructureIndex, asOf: IsoDate, assignments: readonly Assignment[]): HeldPost[] {
  const posts: HeldPost[] = [];
  for (const assignment of assignments) {
    if (!isInForce(assignment, asOf)) continue;
    const post = resolvePost(index, assignment);
    if (post !== undefined) posts.push(post);
  }
  return posts.sort(comparePosts);
}
