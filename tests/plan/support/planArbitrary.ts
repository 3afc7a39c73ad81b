/**
 * A fast-check generator of reorganisation plans over any {@link Structure}: mergers,
 * consolidations, splits, partial transfers, dissolutions, renames, transfers and conversions of
 * the units in force on a date, most of them plausible (siblings of one kind, shares that add up)
 * and some of them wrong on purpose — among them the four kinds of plan that `validatePlan` once
 * accepted while `applyPlan` built a structure `validateStructure` rejects:
 *
 * 1. an ordinary village moved to another commune (its party cell and Front committee stay behind);
 * 2. an area moved under an organisation;
 * 3. a unit moved under a parent the same plan ends;
 * 4. an area dissolved into an organisation.
 *
 * It reads nothing but the structure it is given (no sample ids), so the real country of
 * `tinh-gon/vn` can be plugged in as it is: `planArbitrary(getVietnam('2025-03-01'), { dates })`.
 * Index the structure is done once per date; each plan costs a few array picks.
 */
import { fc } from '@fast-check/vitest';
import { addDaysToIsoDate, isInForce, type IsoDate } from '../../../src/core/index.js';
import { isAreaKind, type Structure, type Unit } from '../../../src/model/index.js';
import type { NewUnit, Plan, PlanOperation } from '../../../src/plan/index.js';

/**
 * Options of {@link planArbitrary}.
 */
export interface PlanArbitraryOptions {
  /** The dates plans may take effect on (each plan picks one). */
  readonly dates: readonly IsoDate[];
  /** At most this many recipes per plan (a recipe gives one or two operations); default 4. */
  readonly maxRecipes?: number;
}

/** What a generated plan was built from, for the reports of a failing property. */
export interface GeneratedPlan {
  readonly plan: Plan;
  /** The recipe of each group of operations, in order (`transfer-village`, `dissolve-into-organisation`, …). */
  readonly recipes: readonly RecipeName[];
}

/** The recipes, each giving one or two operations. */
export const RECIPES = [
  'merge-siblings',
  'merge-any',
  'consolidate-siblings',
  'split',
  'split-leaf',
  'partial-transfer',
  'partial-transfers-ending',
  'dissolve-into-sibling',
  'dissolve-into-parent',
  'dissolve-into-organisation',
  'dissolve-any',
  'rename',
  'transfer-village',
  'transfer-under-organisation',
  'transfer-to-ending-parent',
  'transfer-organisation',
  'transfer-any',
  'convert',
] as const;

/** One recipe name. */
export type RecipeName = (typeof RECIPES)[number];

/** Units in force on a plan's date and the day before, grouped the ways the recipes pick them. */
interface Pools {
  readonly units: readonly Unit[];
  readonly areas: readonly Unit[];
  readonly organisations: readonly Unit[];
  readonly publicServiceUnits: readonly Unit[];
  /** Units with at least one sibling of the same kind (same parent for areas, same area and parent for organisations). */
  readonly withSiblings: readonly Unit[];
  readonly siblingsOf: ReadonlyMap<string, readonly Unit[]>;
  /** Units with no child, organisation or post in force. */
  readonly leaves: readonly Unit[];
  /** Villages and residential groups. */
  readonly villages: readonly Unit[];
  /** Areas by kind. */
  readonly areasByKind: ReadonlyMap<string, readonly Unit[]>;
  /** Organisations by the area they serve. */
  readonly organisationsByArea: ReadonlyMap<string, readonly Unit[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function poolsOf(structure: Structure, effectiveOn: IsoDate): Pools {
  const dayBefore = addDaysToIsoDate(effectiveOn, -1);
  const units = structure.units.filter((unit) => isInForce(unit, dayBefore) && isInForce(unit, effectiveOn));
  const areas = units.filter((unit) => isAreaKind(unit.kind));
  const organisations = units.filter((unit) => !isAreaKind(unit.kind));
  const siblingKey = (unit: Unit) =>
    isAreaKind(unit.kind) ? `${unit.kind}|${unit.parentId ?? ''}` : `${unit.kind}|${(unit as { areaId: string }).areaId}|${unit.parentId ?? ''}`;
  const groups = new Map<string, Unit[]>();
  for (const unit of units) push(groups, siblingKey(unit), unit);
  const siblingsOf = new Map<string, Unit[]>();
  for (const unit of units) siblingsOf.set(unit.id, (groups.get(siblingKey(unit)) ?? []).filter((other) => other.id !== unit.id));
  const busy = new Set<string>();
  for (const unit of units) {
    if (unit.parentId !== undefined) busy.add(unit.parentId);
    if (!isAreaKind(unit.kind)) busy.add((unit as { areaId: string }).areaId);
  }
  for (const assignment of structure.assignments) if (isInForce(assignment, effectiveOn)) busy.add(assignment.unitId);
  const areasByKind = new Map<string, Unit[]>();
  for (const area of areas) push(areasByKind, area.kind, area);
  const organisationsByArea = new Map<string, Unit[]>();
  for (const organisation of organisations) push(organisationsByArea, (organisation as { areaId: string }).areaId, organisation);
  return {
    units,
    areas,
    organisations,
    publicServiceUnits: organisations.filter((unit) => unit.kind === 'public-service-unit'),
    withSiblings: units.filter((unit) => (siblingsOf.get(unit.id)?.length ?? 0) > 0),
    siblingsOf,
    leaves: units.filter((unit) => !busy.has(unit.id)),
    villages: areas.filter((unit) => unit.kind === 'village' || unit.kind === 'residential-group'),
    areasByKind,
    organisationsByArea,
  };
}

const pick = <T>(list: readonly T[], seed: number): T | undefined => (list.length === 0 ? undefined : list[seed % list.length]);

/** A new unit like `model`: same kind, parent and area, a fresh id. */
function newUnitLike(model: Unit, id: string): NewUnit {
  const { from: _from, to: _to, code: _code, ...rest } = model as Unit & { code?: string };
  void _from;
  void _to;
  void _code;
  const copy = { ...rest, id, name: { vi: `${model.name.vi} (mới)` } } as Record<string, unknown>;
  // figures are left to the plan's sums and shares, staffing to the sources'
  for (const field of ['population', 'households', 'areaKm2', 'staffing']) delete copy[field];
  return copy as unknown as NewUnit;
}

/** The operations of one recipe, or none when the structure offers nothing to build it from. */
function cook(recipe: RecipeName, pools: Pools, seeds: readonly number[], fresh: () => string): PlanOperation[] {
  const [a = 0, b = 0, c = 0, d = 0] = seeds;
  const siblings = (unit: Unit) => pools.siblingsOf.get(unit.id) ?? [];
  switch (recipe) {
    case 'merge-siblings':
    case 'consolidate-siblings': {
      const target = pick(pools.withSiblings, a);
      if (target === undefined) return [];
      const others = siblings(target);
      const sources = [pick(others, b), ...(c % 3 === 0 ? [pick(others, b + 1)] : [])].filter(
        (unit, position, list): unit is Unit => unit !== undefined && list.findIndex((other) => other?.id === unit.id) === position,
      );
      if (recipe === 'merge-siblings') return [{ type: 'merge', sourceIds: sources.map((unit) => unit.id), targetId: target.id }];
      return [{ type: 'consolidate', sourceIds: [target.id, ...sources.map((unit) => unit.id)], newUnit: newUnitLike(target, fresh()) }];
    }
    case 'merge-any': {
      const target = pick(pools.units, a);
      const source = pick(pools.units, b);
      if (target === undefined || source === undefined) return [];
      return [{ type: 'merge', sourceIds: [source.id], targetId: target.id }];
    }
    case 'split':
    case 'split-leaf': {
      const source = pick(recipe === 'split' ? pools.units : pools.leaves, a);
      if (source === undefined) return [];
      const first = 1 + (b % 9_999);
      const second = 10_000 - first - (c % 4 === 0 ? 1 : 0);
      return [
        {
          type: 'split',
          sourceId: source.id,
          parts: [
            { newUnit: newUnitLike(source, fresh()), share: { basisPoints: first } },
            { newUnit: newUnitLike(source, fresh()), share: { basisPoints: second } },
          ],
        },
      ];
    }
    case 'partial-transfer': {
      const source = pick(pools.areas.filter((unit) => siblings(unit).length > 0), a);
      if (source === undefined) return [];
      const target = pick(siblings(source), b) as Unit;
      const population = (source as { population?: number }).population;
      const share = population !== undefined && c % 2 === 0 ? { population: d % (population + 1) } : { basisPoints: 1 + (d % 9_999) };
      return [{ type: 'partial-transfer', sourceId: source.id, targetId: target.id, share }];
    }
    case 'partial-transfers-ending': {
      const source = pick(pools.areas.filter((unit) => siblings(unit).length > 0), a);
      if (source === undefined) return [];
      const first = pick(siblings(source), b) as Unit;
      const second = pick(siblings(source), c) as Unit;
      const part = 1 + (d % 9_999);
      return [
        { type: 'partial-transfer', sourceId: source.id, targetId: first.id, share: { basisPoints: part }, sourceEnds: true },
        { type: 'partial-transfer', sourceId: source.id, targetId: second.id, share: { basisPoints: 10_000 - part }, sourceEnds: true },
      ];
    }
    case 'dissolve-into-sibling': {
      const source = pick(pools.withSiblings, a);
      if (source === undefined) return [];
      return [{ type: 'dissolve', sourceId: source.id, successorId: (pick(siblings(source), b) as Unit).id }];
    }
    case 'dissolve-into-parent': {
      const source = pick(pools.areas.filter((unit) => unit.parentId !== undefined), a);
      if (source === undefined || source.parentId === undefined) return [];
      return [{ type: 'dissolve', sourceId: source.id, successorId: source.parentId }];
    }
    case 'dissolve-into-organisation': {
      const source = pick(pools.areas, a);
      if (source === undefined) return [];
      const near = [...(pools.organisationsByArea.get(source.id) ?? []), ...(pools.organisationsByArea.get(source.parentId ?? '') ?? [])];
      const successor = pick(near.length > 0 ? near : pools.organisations, b);
      if (successor === undefined) return [];
      return [{ type: 'dissolve', sourceId: source.id, successorId: successor.id }];
    }
    case 'dissolve-any': {
      const source = pick(pools.units, a);
      const successor = pick(pools.units, b);
      if (source === undefined || successor === undefined) return [];
      return [{ type: 'dissolve', sourceId: source.id, successorId: successor.id }];
    }
    case 'rename': {
      const unit = pick(pools.units, a);
      return unit === undefined ? [] : [{ type: 'rename', unitId: unit.id, name: { vi: `${unit.name.vi} ${b % 100}` } }];
    }
    case 'transfer-village': {
      const village = pick(pools.villages, a);
      const parent = village?.parentId === undefined ? undefined : pools.units.find((unit) => unit.id === village.parentId);
      if (village === undefined || parent === undefined) return [];
      const elsewhere = (pools.areasByKind.get(parent.kind) ?? []).filter((unit) => unit.id !== parent.id);
      const newParent = pick(elsewhere, b);
      return newParent === undefined ? [] : [{ type: 'transfer', unitId: village.id, newParentId: newParent.id }];
    }
    case 'transfer-under-organisation': {
      const area = pick(pools.areas, a);
      const organisation = pick(pools.organisations, b);
      if (area === undefined || organisation === undefined) return [];
      return [{ type: 'transfer', unitId: area.id, newParentId: organisation.id }];
    }
    case 'transfer-to-ending-parent': {
      // a parent P merged into its sibling Q, and a unit moved under P (or an organisation into P's area)
      const ending = pick(pools.withSiblings, a);
      if (ending === undefined) return [];
      const survivor = pick(siblings(ending), b) as Unit;
      const merge: PlanOperation = { type: 'merge', sourceIds: [ending.id], targetId: survivor.id };
      if (isAreaKind(ending.kind)) {
        const movable = pick(c % 2 === 0 ? pools.areas : pools.organisations, d);
        if (movable === undefined || movable.id === ending.id || movable.id === survivor.id) return [merge];
        const transfer: PlanOperation = isAreaKind(movable.kind)
          ? { type: 'transfer', unitId: movable.id, newParentId: ending.id }
          : { type: 'transfer', unitId: movable.id, newAreaId: ending.id };
        return c % 3 === 0 ? [transfer, merge] : [merge, transfer];
      }
      const movable = pick(pools.organisations, d);
      if (movable === undefined || movable.id === ending.id || movable.id === survivor.id) return [merge];
      return [merge, { type: 'transfer', unitId: movable.id, newParentId: ending.id }];
    }
    case 'transfer-organisation': {
      const organisation = pick(pools.organisations, a);
      if (organisation === undefined) return [];
      if (b % 2 === 0) {
        const area = pick(pools.areas, c);
        return area === undefined ? [] : [{ type: 'transfer', unitId: organisation.id, newAreaId: area.id }];
      }
      const parent = pick(pools.organisations, c);
      return parent === undefined ? [] : [{ type: 'transfer', unitId: organisation.id, newParentId: parent.id }];
    }
    case 'transfer-any': {
      const unit = pick(pools.units, a);
      const parent = pick(pools.units, b);
      if (unit === undefined || parent === undefined) return [];
      return [{ type: 'transfer', unitId: unit.id, newParentId: parent.id }];
    }
    case 'convert': {
      const unit = pick(c % 4 === 0 ? pools.units : pools.publicServiceUnits, a);
      if (unit === undefined) return [];
      if (b % 3 === 0) return [{ type: 'convert', unitId: unit.id, leavesPublicSector: true }];
      return [{ type: 'convert', unitId: unit.id, autonomyGroup: ((b % 4) + 1) as 1 | 2 | 3 | 4 }];
    }
    default:
      return recipe satisfies never;
  }
}

/**
 * Plans over `structure`, each on one of `options.dates`, of one to `maxRecipes` recipes (see
 * {@link RECIPES}); operations name units in force on the date and the day before, and new units
 * get fresh ids (`generated-1`, …).
 *
 * @param structure - Any structure (a sample, a fixture, the real country).
 * @param options - The dates and the size of a plan.
 * @returns An arbitrary of plans with the recipes they were made of.
 */
export function planArbitrary(structure: Structure, options: PlanArbitraryOptions): fc.Arbitrary<GeneratedPlan> {
  const poolsByDate = new Map<IsoDate, Pools>();
  const pools = (date: IsoDate) => {
    let found = poolsByDate.get(date);
    if (found === undefined) {
      found = poolsOf(structure, date);
      poolsByDate.set(date, found);
    }
    return found;
  };
  const recipe = fc.tuple(fc.constantFrom(...RECIPES), fc.array(fc.nat({ max: 1_000_000 }), { minLength: 4, maxLength: 4 }));
  return fc
    .tuple(fc.constantFrom(...options.dates), fc.array(recipe, { minLength: 1, maxLength: options.maxRecipes ?? 4 }))
    .map(([effectiveOn, recipes]) => {
      let counter = 0;
      const fresh = () => {
        counter += 1;
        return `generated-${counter}`;
      };
      const operations: PlanOperation[] = [];
      const names: RecipeName[] = [];
      for (const [name, seeds] of recipes) {
        const cooked = cook(name, pools(effectiveOn), seeds, fresh);
        if (cooked.length === 0) continue;
        operations.push(...cooked);
        names.push(name);
      }
      return { plan: { effectiveOn, operations }, recipes: names };
    });
}
