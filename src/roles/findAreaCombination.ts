import { isInForce } from '../core/Interval.js';
import { isArea } from '../model/indexStructure.js';
import type { Organisation, Unit } from '../model/Structure.js';
import { type CombinationParams, fitsSelector } from './postSignature.js';
import type { RolesContext } from './RolesContext.js';

/**
 * Who holds the posts of a combination rule together in one area, and what the area has.
 * @internal
 */
export interface AreaCombination {
  /** People holding every post of the rule here, each in a different unit, in id order. */
  readonly holderIds: readonly string[];
  /** Whether the area has a unit in force for every post (without one, the combination cannot be asked of it). */
  readonly hasEveryPostUnit: boolean;
  /** The units in force that fit one of the rule's posts: the area and the organisations serving it. */
  readonly unitIds: readonly string[];
}

interface HeldHere {
  readonly unitId: string;
  /** Bit i set when the post fits the rule's post i. */
  readonly mask: number;
}

/**
 * Who holds all the posts of a combination rule in one area on the date, and whether the area has
 * a unit in force for every post. Looks only at the area and the organisations serving it, so it
 * costs their assignments.
 * @internal
 */
export function findAreaCombination(context: RolesContext, params: CombinationParams, area: Unit): AreaCombination {
  const { index, asOf } = context;
  const { posts } = params;
  const full = (1 << posts.length) - 1;
  // an assignment counts only when its area is known to the structure (as `resolvePost` requires)
  const known = index.unitsById.get(area.id);
  const areaKnown = known !== undefined && isArea(known);
  let kindsPresent = 0;
  // per person, the posts they hold here: which of the rule's posts each fits, and in which unit
  const held = new Map<string, HeldHere[]>();
  const unitIds: string[] = [];
  const candidates: readonly Unit[] = [area, ...(index.organisationsByAreaId.get(area.id) ?? [])];
  for (const unit of candidates) {
    if (!isInForce(unit, asOf)) continue;
    const sector = isArea(unit) ? undefined : (unit as Organisation).sector;
    let unitMask = 0;
    posts.forEach((selector, position) => {
      if (!selector.unitKinds.includes(unit.kind)) return;
      if (selector.sectors !== undefined && (sector === undefined || !selector.sectors.includes(sector))) return;
      unitMask |= 1 << position;
    });
    if (unitMask === 0) continue;
    kindsPresent |= unitMask;
    unitIds.push(unit.id);
    if (!areaKnown) continue;
    for (const assignment of index.assignmentsByUnitId.get(unit.id) ?? []) {
      if (!isInForce(assignment, asOf)) continue;
      let mask = 0;
      posts.forEach((selector, position) => {
        if (fitsSelector(selector, assignment.role, unit.kind, sector)) mask |= 1 << position;
      });
      if (mask === 0) continue;
      const list = held.get(assignment.personId);
      if (list === undefined) held.set(assignment.personId, [{ unitId: unit.id, mask }]);
      else list.push({ unitId: unit.id, mask });
    }
  }
  const holderIds: string[] = [];
  for (const [personId, entries] of held) if (fillsEveryPost(entries, posts.length)) holderIds.push(personId);
  holderIds.sort();
  return { holderIds, hasEveryPostUnit: kindsPresent === full, unitIds };
}

/**
 * Whether one person's posts in an area fill every post of a rule, each from a different unit: one
 * post never fills two places (a small matching; the rules name two or three posts).
 */
function fillsEveryPost(entries: readonly HeldHere[], postCount: number): boolean {
  if (entries.length < postCount) return false;
  const usedUnits = new Set<string>();
  const fill = (position: number): boolean => {
    if (position === postCount) return true;
    for (const entry of entries) {
      if ((entry.mask & (1 << position)) === 0 || usedUnits.has(entry.unitId)) continue;
      usedUnits.add(entry.unitId);
      if (fill(position + 1)) return true;
      usedUnits.delete(entry.unitId);
    }
    return false;
  };
  return fill(0);
}
