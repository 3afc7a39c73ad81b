import { assertOptions, notAnObject } from '../core/assertOptions.js';
import { isInForce } from '../core/Interval.js';
import { type IsoDate, assertIsoDate } from '../core/IsoDate.js';
import { type Level, getAreaLevel, isAreaKind } from './kinds.js';
import type { AreaUnit, Assignment, Organisation, Person, Structure, Unit } from './Structure.js';
import { assertStructure } from './assertStructure.js';
import { getUnitTree } from './unitTree.js';

/**
 * Lookup tables over a structure, built once in linear time and cached per structure object.
 * Every query function uses it; call {@link indexStructure} yourself to build it eagerly.
 *
 * @example
 * ```ts
 * const index = indexStructure(kyAnhTown2018);
 * index.unitsById.get('tx-ky-anh')?.kind; //=> 'town'
 * ```
 * @category Model
 */
export interface StructureIndex {
  readonly structure: Structure;
  /** The position in `structure.units` of the first unit of each id: the one table of unit ids. */
  readonly unitPositionById: ReadonlyMap<string, number>;
  /** The first unit of each id (read through {@link StructureIndex.unitPositionById}). */
  readonly unitsById: ReadonlyMap<string, Unit>;
  /** The first person of each id. */
  readonly peopleById: ReadonlyMap<string, Person>;
  /** Units whose `parentId` is the key, in input order. */
  readonly childrenById: ReadonlyMap<string, readonly Unit[]>;
  /** Organisations whose `areaId` is the key, in input order. */
  readonly organisationsByAreaId: ReadonlyMap<string, readonly Organisation[]>;
  readonly assignmentsByPersonId: ReadonlyMap<string, readonly Assignment[]>;
  readonly assignmentsByUnitId: ReadonlyMap<string, readonly Assignment[]>;
}

const cache = new WeakMap<Structure, StructureIndex>();

/**
 * The position of the first record of each id. Built backwards with one `set` per record (a later
 * `set` of an id overwrites an earlier one, so the first record wins): no `has` before each `set`.
 * @internal
 */
export function findFirstPositions(items: readonly { readonly id: string }[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let position = items.length - 1; position >= 0; position -= 1) positions.set((items[position] as { id: string }).id, position);
  return positions;
}

/** A read-only map from id to record, over a table of positions (no second map of a million entries). */
class RecordsById<T extends { readonly id: string }> implements ReadonlyMap<string, T> {
  constructor(
    private readonly items: readonly T[],
    private readonly positions: ReadonlyMap<string, number>,
  ) {}
  get size(): number {
    return this.positions.size;
  }
  get(id: string): T | undefined {
    const position = this.positions.get(id);
    return position === undefined ? undefined : this.items[position];
  }
  has(id: string): boolean {
    return this.positions.has(id);
  }
  *entries(): MapIterator<[string, T]> {
    // in input order, as a Map filled front to back would give them
    for (let position = 0; position < this.items.length; position += 1) {
      const item = this.items[position] as T;
      if (this.positions.get(item.id) === position) yield [item.id, item];
    }
  }
  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }
  *values(): MapIterator<T> {
    for (const [, item] of this.entries()) yield item;
  }
  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    for (const [id, item] of this.entries()) callback.call(thisArg, item, id, this);
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = map.get(key);
    if (list === undefined) map.set(key, [item]);
    else list.push(item);
  }
  return map;
}

/** The tables a caller may already hold (`parseStructure` builds them while looking for duplicates). */
interface KnownPositions {
  readonly units?: ReadonlyMap<string, number>;
  readonly people?: ReadonlyMap<string, number>;
}

function buildIndex(structure: Structure, known: KnownPositions): StructureIndex {
  let unitPositionById = known.units;
  let personPositionById = known.people;
  let unitsById: RecordsById<Unit> | undefined;
  let peopleById: RecordsById<Person> | undefined;
  let childrenById: Map<string, Unit[]> | undefined;
  let organisationsByAreaId: Map<string, Organisation[]> | undefined;
  let assignmentsByPersonId: Map<string, Assignment[]> | undefined;
  let assignmentsByUnitId: Map<string, Assignment[]> | undefined;
  const index: StructureIndex = {
    structure,
    get unitPositionById() {
      unitPositionById ??= findFirstPositions(structure.units);
      return unitPositionById;
    },
    get unitsById() {
      unitsById ??= new RecordsById(structure.units, this.unitPositionById);
      return unitsById;
    },
    get peopleById() {
      personPositionById ??= findFirstPositions(structure.people);
      peopleById ??= new RecordsById(structure.people, personPositionById);
      return peopleById;
    },
    get childrenById() {
      childrenById ??= groupBy(structure.units, (unit) => unit.parentId);
      return childrenById;
    },
    get organisationsByAreaId() {
      organisationsByAreaId ??= groupBy(
        // Stryker disable next-line MethodExpression: an area has no areaId (the type has none and parseStructure rejects one), so grouping every unit by areaId skips the areas anyway
        structure.units.filter((unit): unit is Organisation => !isAreaKind(unit.kind)),
        (unit) => unit.areaId,
      );
      return organisationsByAreaId;
    },
    get assignmentsByPersonId() {
      assignmentsByPersonId ??= groupBy(structure.assignments, (assignment) => assignment.personId);
      return assignmentsByPersonId;
    },
    get assignmentsByUnitId() {
      assignmentsByUnitId ??= groupBy(structure.assignments, (assignment) => assignment.unitId);
      return assignmentsByUnitId;
    },
  };
  return index;
}

/**
 * Builds (or returns the cached) {@link StructureIndex} of a structure. Each table is built on its
 * first use, in linear time, and kept: a validator that needs only units and people never pays for
 * the assignment tables. When two units share an id the first wins; `parseStructure` reports such
 * duplicates.
 *
 * @param structure - A parsed structure; treat it as immutable afterwards.
 * @returns The index.
 * @throws {TypeError} When `structure` is not an object with `units`, `people` and `assignments`
 *   arrays (a `StructureInput` that did not go through `parseStructure`, say).
 * @example
 * ```ts
 * indexStructure(kyAnhTown2018).childrenById.get('tx-ky-anh')?.length; //=> 12
 * ```
 * @category Model
 */
export function indexStructure(structure: Structure): StructureIndex {
  return indexFor(structure, 'indexStructure');
}

/** {@link indexStructure}, whose check of the structure names the public function that asked. */
function indexFor(structure: Structure, functionName: string): StructureIndex {
  const cached = cache.get(structure);
  if (cached !== undefined) return cached;
  assertStructure(structure, functionName);
  const index = buildIndex(structure, {});
  cache.set(structure, index);
  return index;
}

/**
 * Starts the index of a structure that was just built (never indexed), with the id tables its
 * builder already has.
 * @internal
 */
// Stryker disable next-line BlockStatement: seeding only hands over tables the index builds equal on first use
export function seedStructureIndex(structure: Structure, known: KnownPositions): void {
  cache.set(structure, buildIndex(structure, known));
}

/**
 * Whether a unit is an area.
 *
 * @param unit - Any unit.
 * @returns `true` for areas, narrowing the type.
 * @throws {TypeError} When `unit` is not an object (`null`).
 * @example
 * ```ts
 * isArea({ id: 'v', kind: 'village', name: { vi: 'Thôn 1' }, from: isoDate('2015-01-01') }); //=> true
 * ```
 * @category Model
 */
export function isArea(unit: Unit): unit is AreaUnit {
  // typeof and null only: this runs for every unit of a national structure
  if (typeof unit !== 'object' || unit === null) throw notAnObject(unit, 'isArea: unit');
  return isAreaKind(unit.kind);
}

/**
 * Finds a unit by id.
 *
 * @param structure - The structure.
 * @param id - The unit id.
 * @returns The unit, or `undefined`.
 * @example
 * ```ts
 * findUnit(kyAnhTown2018, 'phuong-ky-long')?.name.vi; //=> 'Phường Kỳ Long'
 * ```
 * @category Model
 */
export function findUnit(structure: Structure, id: string): Unit | undefined {
  return indexStructure(structure).unitsById.get(id);
}

/**
 * The units in force on a date (`from <= asOf < to`), in input order.
 *
 * @param structure - The structure.
 * @param asOf - The date.
 * @returns Units in force.
 * @throws {TypeError} When `asOf` is not an ISO date or `structure` is not a structure.
 * @example
 * ```ts
 * findUnitsInForce(kyAnhTown2018, isoDate('2025-07-01')).some((unit) => unit.kind === 'district'); //=> false
 * ```
 * @category Model
 */
export function findUnitsInForce(structure: Structure, asOf: IsoDate): Unit[] {
  assertStructure(structure, 'findUnitsInForce');
  assertIsoDate(asOf, 'findUnitsInForce: asOf');
  return structure.units.filter((unit) => unit.from <= asOf && (unit.to === undefined || asOf < unit.to));
}

/**
 * The direct children of a unit (units whose `parentId` is it), optionally only those in force.
 *
 * @param structure - The structure.
 * @param id - The parent's id.
 * @param asOf - When given, only children in force on that date.
 * @returns Children in input order (empty when none).
 * @throws {TypeError} When `asOf` is given and is not an ISO date.
 * @example
 * ```ts
 * findChildren(kyAnhTown2018, 'xa-ky-nam', isoDate('2018-06-01')).length; //=> 5
 * ```
 * @category Model
 */
export function findChildren(structure: Structure, id: string, asOf?: IsoDate): Unit[] {
  if (asOf !== undefined) assertIsoDate(asOf, 'findChildren: asOf');
  const children = indexStructure(structure).childrenById.get(id) ?? [];
  return asOf === undefined ? [...children] : children.filter((unit) => isInForce(unit, asOf));
}

/**
 * The chain of parents of a unit, nearest first. Iterative, so a 100,000-deep chain does not
 * overflow the stack; stops at a missing parent or at the first repeated unit (a cycle).
 *
 * @param structure - The structure.
 * @param id - The unit's id.
 * @returns Ancestors, nearest first (empty for a root or an unknown id).
 * @example
 * ```ts
 * findAncestors(kyAnhTown2018, 'thon-ky-nam-1').map((unit) => unit.kind); //=> ['commune', 'town', 'province', 'country']
 * ```
 * @category Model
 */
export function findAncestors(structure: Structure, id: string): Unit[] {
  const { unitsById } = indexStructure(structure);
  const seen = new Set<string>([id]);
  const chain: Unit[] = [];
  let parentId = unitsById.get(id)?.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = unitsById.get(parentId);
    if (parent === undefined) break;
    chain.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return chain;
}

/**
 * The area a unit stands for: the unit itself for an area, its `areaId` for an organisation.
 *
 * @param structure - The structure.
 * @param unit - Any unit.
 * @returns The area, or `undefined` when `areaId` is dangling or not an area.
 * @throws {TypeError} When `structure` or `unit` is not an object (`null`), or an organisation's
 *   `structure` is not a structure.
 * @example
 * ```ts
 * findArea(kyAnhTown2018, findUnit(kyAnhTown2018, 'ubnd-tx-ky-anh')!)?.kind; //=> 'town'
 * ```
 * @category Model
 */
export function findArea(structure: Structure, unit: Unit): AreaUnit | undefined {
  return areaOf(structure, unit, 'findArea');
}

/** {@link findArea}, whose checks name the public function that asked (typeof and null only: it runs for every post). */
function areaOf(structure: Structure, unit: Unit, functionName: string): AreaUnit | undefined {
  if (typeof structure !== 'object' || structure === null) throw notAnObject(structure, `${functionName}: structure`);
  if (typeof unit !== 'object' || unit === null) throw notAnObject(unit, `${functionName}: unit`);
  if (isAreaKind(unit.kind)) return unit as AreaUnit;
  const area = indexFor(structure, functionName).unitsById.get((unit as Organisation).areaId);
  return area !== undefined && isAreaKind(area.kind) ? (area as AreaUnit) : undefined;
}

/**
 * The level of a unit: an area's own level, or the level of the area an organisation serves.
 *
 * @param structure - The structure.
 * @param unit - Any unit.
 * @returns The level, or `undefined` when the organisation's area is unknown.
 * @throws {TypeError} When `structure` or `unit` is not an object (`null`), or an organisation's
 *   `structure` is not a structure.
 * @example
 * ```ts
 * getLevel(kyAnhTown2018, findUnit(kyAnhTown2018, 'ubnd-tx-ky-anh')!); //=> 'district'
 * ```
 * @category Model
 */
export function getLevel(structure: Structure, unit: Unit): Level | undefined {
  const area = areaOf(structure, unit, 'getLevel');
  return area === undefined ? undefined : getAreaLevel(area.kind);
}

/**
 * Whether one area lies within another (or is it): whether `outerId` is on the chain of
 * `parentId` links above `innerId`. The links are resolved once per structure (see
 * {@link indexStructure}), so each question takes constant time however deep the chain, and a
 * chain that runs into a parent cycle reaches every unit of the cycle and nothing else.
 *
 * @param structure - The structure.
 * @param innerId - The area that may lie inside.
 * @param outerId - The enclosing area.
 * @returns `true` when `outerId` is `innerId` or one of its ancestors.
 * @example
 * ```ts
 * isWithinArea(kyAnhTown2018, 'thon-ky-nam-1', 'tx-ky-anh'); //=> true
 * ```
 * @category Model
 */
export function isWithinArea(structure: Structure, innerId: string, outerId: string): boolean {
  if (innerId === outerId) return true;
  return getUnitTree(structure, indexStructure(structure).unitPositionById).isWithin(innerId, outerId);
}

/**
 * The filter of {@link findAssignments}: one person or one unit (or both).
 *
 * @example
 * ```ts
 * const filter: FindAssignmentsFilter = { unitId: 'ubnd-tx-ky-anh' };
 * ```
 * @category Model
 */
export interface FindAssignmentsFilter {
  readonly personId?: string | undefined;
  readonly unitId?: string | undefined;
}

/**
 * The assignments in force on a date, for one person or one unit, or all.
 *
 * @param structure - The structure.
 * @param asOf - The date.
 * @param filter - `{ personId }` or `{ unitId }` to narrow (uses the index).
 * @returns Assignments in force, in input order.
 * @throws {TypeError} When `asOf` is not an ISO date or `filter` is not an object.
 * @example
 * ```ts
 * findAssignments(kyAnhTown2018, isoDate('2018-10-01'), { unitId: 'ubnd-tx-ky-anh' }).map((a) => a.role);
 * //=> ['chair', 'viceChair', 'viceChair', 'viceChair']
 * ```
 * @category Model
 */
export function findAssignments(
  structure: Structure,
  asOf: IsoDate,
  filter: FindAssignmentsFilter = {},
): Assignment[] {
  assertIsoDate(asOf, 'findAssignments: asOf');
  assertOptions(filter, 'findAssignments');
  const index = indexStructure(structure);
  let source: readonly Assignment[] = structure.assignments;
  // Stryker disable next-line ArrayDeclaration: a filler item is no post in force (its from is undefined), so the filter below drops it
  if (filter.personId !== undefined) source = index.assignmentsByPersonId.get(filter.personId) ?? [];
  // Stryker disable next-line ArrayDeclaration: a filler item is no post in force (its from is undefined), so the filter below drops it
  else if (filter.unitId !== undefined) source = index.assignmentsByUnitId.get(filter.unitId) ?? [];
  return source.filter(
    (assignment) =>
      isInForce(assignment, asOf) &&
      (filter.unitId === undefined || assignment.unitId === filter.unitId) &&
      (filter.personId === undefined || assignment.personId === filter.personId),
  );
}
