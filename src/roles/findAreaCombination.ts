import { isInForce } from '../core/Interval.js';
import { isArea } from '../model/indexStructure.js';
import type { UnitKind } from '../model/kinds.js';
import type { Role } from '../model/roles.js';
import type { Assignment, Unit } from '../model/Structure.js';
import { type CombinationParams, fitsSelector, type PostSelector } from './postSignature.js';
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

/**
 * The records every combination rule's finder reads, grouped once per check: units in force by kind
 * (their positions in `structure.units`, ascending) and posts in force by role (in input order).
 * Without them each rule scanned every unit and every assignment again.
 * @internal
 */
export interface InForceTables {
  readonly unitPositionsByKind: ReadonlyMap<UnitKind, readonly number[]>;
  /** The posts in force of a role, in input order. */
  readonly assignmentsByRole: ReadonlyMap<Role, readonly Assignment[]>;
}

/**
 * Groups the units and posts in force on `asOf` (see {@link InForceTables}): all of them, for a
 * check that asks every rule, or only the kinds and roles one rule names.
 *
 * @param structure - The structure.
 * @param asOf - The date.
 * @param only - The unit kinds and roles to keep (default: every one).
 * @returns The tables.
 * @example
 * ```ts
 * buildInForceTables(kyAnhTown2018, isoDate('2018-06-01')).assignmentsByRole.get('chair')!.length > 0; //=> true
 * ```
 * @internal
 */
export function buildInForceTables(
  structure: Structure,
  asOf: IsoDate,
  only?: { readonly kinds: ReadonlySet<UnitKind>; readonly roles: ReadonlySet<Role> },
): InForceTables {
  const { units, assignments } = structure;
  const unitPositionsByKind = new Map<UnitKind, number[]>();
  for (let position = 0; position < units.length; position += 1) {
    const unit = units[position] as Unit;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: only a saving: the finder reads the tables of its rule's kinds alone
    if (only !== undefined && !only.kinds.has(unit.kind)) continue;
    if (!isInForce(unit, asOf)) continue;
    const list = unitPositionsByKind.get(unit.kind);
    if (list === undefined) unitPositionsByKind.set(unit.kind, [position]);
    else list.push(position);
  }
  const assignmentsByRole = new Map<Role, Assignment[]>();
  for (const assignment of assignments) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: only a saving: the finder reads the posts of its rule's roles alone
    if (only !== undefined && !only.roles.has(assignment.role)) continue;
    if (!isInForce(assignment, asOf)) continue;
    const list = assignmentsByRole.get(assignment.role);
    if (list === undefined) assignmentsByRole.set(assignment.role, [assignment]);
    else list.push(assignment);
  }
  return { unitPositionsByKind, assignmentsByRole };
}

/** The positions of several ascending lists, merged in ascending order. */
function mergePositions(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0] as readonly number[];
  return lists.flat().sort((a, b) => a - b);
}

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
  context: { readonly index: StructureIndex; readonly asOf: IsoDate; readonly structure: Structure; readonly inForce?: () => InForceTables },
  params: CombinationParams,
): AreaCombinationFinder {
  const { index, asOf, structure } = context;
  const { units } = structure;
  const { posts } = params;
  const kinds = new Set<UnitKind>(posts.flatMap((selector) => selector.unitKinds));
  const roles = new Set<Role>(posts.flatMap((selector) => selector.roles));
  // a check of every rule shares one grouping of everything; a question about one rule groups only its kinds and roles
  const tables = context.inForce?.() ?? buildInForceTables(structure, asOf, { kinds, roles });
  // organisations in force fitting a post, by the area they serve (in input order); and the units a
  // post can be held in: in force, of a kind the rule names, the first unit of its id (the one an
  // assignment's unitId names) and serving an area the structure knows. A post is looked up in this
  // small table, not in the index of every unit: the rule names a few kinds of a large structure.
  const present = new Map<string, PostUnits>();
  const postUnits = new Map<string, { readonly unit: Unit; readonly areaId: string; readonly sector: string | undefined }>();
  const positions = mergePositions([...kinds].map((kind) => tables.unitPositionsByKind.get(kind) ?? []));
  for (const position of positions) {
    const unit = units[position] as Unit;
    let areaId = unit.id;
    let sector: string | undefined;
    if (!isArea(unit)) {
      ({ areaId, sector } = unit);
      addPresent(present, areaId, unit.id, unitMask(params, unit.kind, sector));
    }
    if (index.unitPositionById.get(unit.id) !== position) continue;
    const served = index.unitsById.get(areaId); // an area serves itself (the first unit of its id, checked above)
    if (served !== undefined && isArea(served)) postUnits.set(unit.id, { unit, areaId, sector });
  }
  // per area and person, the posts held there: which of the rule's posts each fits, in which unit
  const held = new Map<string, Map<string, HeldHere[]>>();
  for (const role of roles) {
    for (const { personId, unitId } of tables.assignmentsByRole.get(role) ?? []) {
      const found = postUnits.get(unitId);
      if (found === undefined) continue;
      const { unit, areaId, sector } = found;
      let mask = 0;
      for (let position = 0; position < posts.length; position += 1) {
        if (fitsSelector(posts[position] as PostSelector, role, unit.kind, sector)) mask |= 1 << position;
      }
      if (mask !== 0) holdHere(held, areaId, personId, { unitId: unit.id, mask });
    }
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

/** Records that the area `areaId` has the organisation `unitId`, fitting the rule's posts of `mask` (none when 0). */
function addPresent(present: Map<string, PostUnits>, areaId: string, unitId: string, mask: number): void {
  if (mask === 0) return;
  const entry = present.get(areaId);
  if (entry === undefined) present.set(areaId, { mask, unitIds: [unitId] });
  else {
    entry.mask |= mask;
    entry.unitIds.push(unitId);
  }
}

/** Records that `personId` holds, in the area `areaId`, a post fitting the rule's posts of `here.mask`. */
function holdHere(held: Map<string, Map<string, HeldHere[]>>, areaId: string, personId: string, here: HeldHere): void {
  let people = held.get(areaId);
  if (people === undefined) {
    people = new Map();
    held.set(areaId, people);
  }
  const list = people.get(personId);
  if (list === undefined) people.set(personId, [here]);
  else list.push(here);
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
