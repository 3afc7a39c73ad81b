/**
 * One province's part of the 2025 reform: the 2025-03-01 units of the old provinces that went into
 * a new province (with the country they hang from), and the operations of `getReform2025Plan()`
 * that end or form them. `validatePlan` runs on the slice as on the whole country, a province at a
 * time, which keeps the page quick and the report about that province only.
 *
 * (In an application this reads `import { getReform2025Plan, getVietnam } from 'tinh-gon/vn'`; the
 * playground is built from the repository's sources.)
 */
import type { AreaUnit, Structure } from '../../src/index.js';
import type { Plan, PlanOperation } from '../../src/plan/index.js';
import { findReformSuccessors, getReform2025Plan, getVietnam } from '../../src/vn/index.js';

/** A province of one of the two lists, for a menu. */
export interface ProvinceChoice {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** The reform slice of one new province. */
export interface ReformSlice {
  /** The new (2025-07-01) province. */
  readonly province: AreaUnit;
  /** The old (2025-03-01) provinces that went into it. */
  readonly oldProvinces: readonly AreaUnit[];
  /** The country, the old provinces and every unit under them, on 2025-03-01. */
  readonly structure: Structure;
  /** The operations of the reform that touch them. */
  readonly plan: Plan;
  /** Commune-level units of the old provinces (2025-03-01). */
  readonly oldCommuneCount: number;
  /** Commune-level units of the new province (2025-07-01). */
  readonly newCommuneCount: number;
}

const COMMUNE_KINDS: ReadonlySet<string> = new Set(['commune', 'ward', 'township', 'special-zone']);

/** Whether a unit is a commune-level area (xã, phường, thị trấn, đặc khu). */
export function isCommuneLevel(unit: AreaUnit): boolean {
  return COMMUNE_KINDS.has(unit.kind);
}

/** The provinces of the list in force on `date` (2025-03-01 before the reform, 2025-07-01 from it), by name. */
export function provincesOn(date: string): ProvinceChoice[] {
  const structure = getVietnam(editionOn(date));
  return (structure.units as readonly AreaUnit[])
    .filter((unit) => unit.kind === 'province' || unit.kind === 'centrally-run-city')
    .map((unit) => ({ id: unit.id, code: unit.code ?? '', name: unit.name.vi }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The national list that describes `date`: the two-tier one from 2025-07-01, the three-tier one before. */
export function editionOn(date: string): '2025-03-01' | '2025-07-01' {
  return date >= '2025-07-01' ? '2025-07-01' : '2025-03-01';
}

/** The new province an old one went into (an id of 2025-07-01 is returned as it is). */
export function newProvinceOf(provinceId: string): string {
  if (provinceId.startsWith('vn-2025-07:')) return provinceId;
  const [successor] = findReformSuccessors(provinceId);
  if (successor === undefined) throw new RangeError(`no province of 2025-07-01 succeeds ${provinceId}`);
  return successor.after.id;
}

/** Every unit under the given roots (roots included), in list order. */
export function unitsUnder(structure: Structure, rootIds: readonly string[]): AreaUnit[] {
  const units = structure.units as readonly AreaUnit[];
  const inside = new Set(rootIds);
  // lists are ordered province, districts, communes: a parent comes before its children
  let grown = true;
  while (grown) {
    grown = false;
    for (const unit of units) {
      if (!inside.has(unit.id) && unit.parentId !== undefined && inside.has(unit.parentId)) {
        inside.add(unit.id);
        grown = true;
      }
    }
  }
  return units.filter((unit) => inside.has(unit.id));
}

/**
 * The slice of the 2025 reform for the new province that `provinceId` is or went into.
 *
 * @param provinceId - A province id of either list, e.g. `vn-2025-07:p42` or `vn-2025-03:p44`.
 */
export function sliceReform2025(provinceId: string): ReformSlice {
  const newId = newProvinceOf(provinceId);
  const before = getVietnam('2025-03-01');
  const after = getVietnam('2025-07-01');
  const reform = getReform2025Plan();
  const province = (after.units as readonly AreaUnit[]).find((unit) => unit.id === newId);
  if (province === undefined) throw new RangeError(`no province ${newId} in the 2025-07-01 list`);
  const provinceOperation = reform.operations.find((operation) => operation.type === 'consolidate' && operation.newUnit.id === newId);
  if (provinceOperation?.type !== 'consolidate') throw new RangeError(`the reform does not form ${newId}`);
  const oldIds = provinceOperation.sourceIds;
  const oldUnits = unitsUnder(before, oldIds);
  const oldIdSet = new Set(oldUnits.map((unit) => unit.id));
  const newCommunes = (after.units as readonly AreaUnit[]).filter((unit) => unit.parentId === newId);
  const newIdSet = new Set(newCommunes.map((unit) => unit.id));
  const operations = reform.operations.filter((operation: PlanOperation) => {
    switch (operation.type) {
      case 'consolidate':
        return operation.newUnit.id === newId || newIdSet.has(operation.newUnit.id);
      case 'dissolve':
        return oldIdSet.has(operation.sourceId);
      case 'partial-transfer':
        return newIdSet.has(operation.targetId);
      default:
        return false;
    }
  });
  const country = (before.units as readonly AreaUnit[]).filter((unit) => unit.id === 'vn');
  return {
    province,
    oldProvinces: oldUnits.filter((unit) => oldIds.includes(unit.id)),
    structure: { units: [...country, ...oldUnits], people: [], assignments: [] },
    plan: {
      id: `reform-2025:${province.code ?? newId}`,
      effectiveOn: reform.effectiveOn,
      ...(reform.basis === undefined ? {} : { basis: reform.basis }),
      operations,
    },
    oldCommuneCount: oldUnits.filter(isCommuneLevel).length,
    newCommuneCount: newCommunes.filter(isCommuneLevel).length,
  };
}
