import { isInForce } from '../core/Interval.js';
import { isArea } from '../model/indexStructure.js';
import type { UnitKind } from '../model/kinds.js';
import type { Organisation, Unit } from '../model/Structure.js';
import { type CombinationParams, fitsSelector } from './postSignature.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { StructureIndex } from '../model/indexStructure.js';
import type { Structure } from '../model/Structure.js';

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

/**
 * The {@link AreaCombination} of any area in force on the context's date, for one combination rule.
 * @internal
 */
export type AreaCombinationFinder = (area: Unit) => AreaCombination;

interface HeldHere {
  readonly unitId: string;
  /** Bit i set when the post fits the rule's post i. */
  readonly mask: number;
}

interface PostUnits {
  mask: number;
  readonly unitIds: string[];
}

function unitMask(params: CombinationParams, kind: UnitKind, sector: string | undefined): number {
  let mask = 0;
  params.posts.forEach((selector, position) => {
    if (!selector.unitKinds.includes(kind)) return;
    if (selector.sectors !== undefined && (sector === undefined || !selector.sectors.includes(sector))) return;
    mask |= 1 << position;
  });
  return mask;
}

/**
 * Reads, in one pass over the units and one over the assignments, which organisations in force of
 * each area fit the posts of a combination rule and who holds those posts on the date; answers
 * then come per area from that table. Only units and posts the rule names are kept, so the cost is
 * one pass, whatever the number of areas asked about. An assignment counts only when its unit is
 * in force and the area it serves is known to the structure.
 * @internal
 */
export function createAreaCombinationFinder(
  context: { readonly index: StructureIndex; readonly asOf: IsoDate; readonly structure: Structure },
  params: CombinationParams,
): AreaCombinationFinder {
  const { index, asOf, structure } = context;
  const { posts } = params;
  const kinds = new Set<UnitKind>(posts.flatMap((selector) => selector.unitKinds));
  const roles = new Set<string>(posts.flatMap((selector) => selector.roles));
  // organisations in force fitting a post, by the area they serve (in input order)
  const present = new Map<string, PostUnits>();
  for (const unit of structure.units) {
    if (!kinds.has(unit.kind) || isArea(unit) || !isInForce(unit, asOf)) continue;
    const mask = unitMask(params, unit.kind, (unit as Organisation).sector);
    if (mask === 0) continue;
    const entry = present.get(unit.areaId);
    if (entry === undefined) present.set(unit.areaId, { mask, unitIds: [unit.id] });
    else {
      entry.mask |= mask;
      entry.unitIds.push(unit.id);
    }
  }
  // per area and person, the posts held there: which of the rule's posts each fits, in which unit
  const held = new Map<string, Map<string, HeldHere[]>>();
  for (const assignment of structure.assignments) {
    if (!roles.has(assignment.role) || !isInForce(assignment, asOf)) continue;
    const unit = index.unitsById.get(assignment.unitId);
    if (unit === undefined || !kinds.has(unit.kind) || !isInForce(unit, asOf)) continue;
    const sector = isArea(unit) ? undefined : (unit as Organisation).sector;
    let mask = 0;
    posts.forEach((selector, position) => {
      if (fitsSelector(selector, assignment.role, unit.kind, sector)) mask |= 1 << position;
    });
    if (mask === 0) continue;
    const areaId = isArea(unit) ? unit.id : unit.areaId;
    const area = index.unitsById.get(areaId);
    if (area === undefined || !isArea(area)) continue;
    let people = held.get(areaId);
    if (people === undefined) {
      people = new Map();
      held.set(areaId, people);
    }
    const list = people.get(assignment.personId);
    if (list === undefined) people.set(assignment.personId, [{ unitId: unit.id, mask }]);
    else list.push({ unitId: unit.id, mask });
  }
  const full = (1 << posts.length) - 1;
  return (area) => {
    let kindsPresent = 0;
    const unitIds: string[] = [];
    const mask = unitMask(params, area.kind, undefined);
    if (mask !== 0) {
      kindsPresent |= mask;
      unitIds.push(area.id);
    }
    const organisations = present.get(area.id);
    if (organisations !== undefined) {
      kindsPresent |= organisations.mask;
      unitIds.push(...organisations.unitIds);
    }
    const holderIds: string[] = [];
    for (const [personId, entries] of held.get(area.id) ?? []) if (fillsEveryPost(entries, posts.length)) holderIds.push(personId);
    holderIds.sort();
    return { holderIds, hasEveryPostUnit: kindsPresent === full, unitIds };
  };
}

/**
 * Who holds all the posts of a combination rule in one area (in force) on the date, and whether the
 * area has a unit in force for every post (through the context's finder for the rule, built once).
 * @internal
 */
export function findAreaCombination(
  context: { areaCombinationsOf(params: CombinationParams): AreaCombinationFinder },
  params: CombinationParams,
  area: Unit,
): AreaCombination {
  return context.areaCombinationsOf(params)(area);
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
