import type { RuleParams } from '../../rules/Rule.js';
import type { PlannedUnit } from '../analysePlan.js';
import type { Ancestry } from '../ancestry.js';

/*
 * The standards lookups `validatePlan` and `findMergeCandidates` share. Every threshold and every
 * choice between thresholds (terrain, region, border, kind, the kind of city an area lies in, the
 * province, the kind of area a ward lies in, the special factors that lower a standard) is in the
 * rule's params; the code only finds the line whose conditions an area meets, so a new resolution
 * is a new rule version, not a change here.
 */

/** The conditions a line of a standard may put on an area (see `mergeRuleParams`). @internal */
export interface AreaConditions {
  readonly kinds?: readonly string[] | undefined;
  readonly terrains?: readonly string[] | undefined;
  readonly regions?: readonly string[] | undefined;
  readonly border?: true | undefined;
  readonly parentTerrains?: readonly string[] | undefined;
  readonly parentBorder?: true | undefined;
  readonly withinKinds?: readonly string[] | undefined;
}

/**
 * Whether an area meets every condition of a line (facts it lacks read from its ancestors).
 * `assumedTerrain` stands in for a terrain the area and its ancestors do not record (a reading
 * to compare against, never a fact).
 * @internal
 */
export function meetsConditions(ancestry: Ancestry, unit: PlannedUnit, line: AreaConditions, assumedTerrain?: string): boolean {
  if (line.kinds !== undefined && !line.kinds.includes(unit.kind)) return false;
  if (line.terrains !== undefined && !includes(line.terrains, ancestry.inheritedFact(unit, 'terrain') ?? assumedTerrain)) return false;
  if (line.regions !== undefined && !includes(line.regions, ancestry.inheritedFact(unit, 'region'))) return false;
  if (line.border === true && ancestry.inheritedFact(unit, 'border') !== true) return false;
  if (line.parentTerrains !== undefined && !includes(line.parentTerrains, ancestry.parentFact(unit, 'terrain') ?? assumedTerrain)) return false;
  if (line.parentBorder === true && ancestry.parentFact(unit, 'border') !== true) return false;
  if (line.withinKinds !== undefined && !ancestry.hasAncestorOfKind(unit, line.withinKinds)) return false;
  return true;
}

function includes(list: readonly string[], value: string | undefined): boolean {
  return value !== undefined && list.includes(value);
}

/** The first line an area meets, if any (under an assumed terrain where it records none). @internal */
export function findLine<L extends AreaConditions>(ancestry: Ancestry, unit: PlannedUnit, lines: readonly L[], assumedTerrain?: string): L | undefined {
  for (const line of lines) if (meetsConditions(ancestry, unit, line, assumedTerrain)) return line;
  return undefined;
}

/**
 * The terrains the lines name that an area's record (and its ancestors') leaves open: none when
 * the area's terrain is known or no line asks for one. Each is a reading under which a standard
 * may differ from the one the area gets as recorded.
 * @internal
 */
export function openTerrains(ancestry: Ancestry, unit: PlannedUnit, lines: readonly AreaConditions[]): readonly string[] {
  if (ancestry.inheritedFact(unit, 'terrain') !== undefined) return [];
  const terrains = new Set<string>();
  for (const line of lines) for (const terrain of [...(line.terrains ?? []), ...(line.parentTerrains ?? [])]) terrains.add(terrain);
  return [...terrains];
}

/**
 * The household minimum of a village or residential group under a standard version: a province's
 * own minimum first (`provinceOverrides`, by the statistics code of the province it lies in), then
 * the first line it meets, unless the value used is one the sources do not give (`null`).
 * @internal
 */
export function householdMinimum(
  ancestry: Ancestry,
  params: RuleParams<'village-household-standard'>,
  unit: PlannedUnit,
): { found: true; households: number; provinceCode?: string } | { found: false; region: string; terrain: string } {
  const residential = unit.kind === 'residential-group';
  const notFound = () => ({ found: false as const, region: ancestry.inheritedFact(unit, 'region') ?? '?', terrain: ancestry.inheritedFact(unit, 'terrain') ?? '?' });
  if (params.provinceOverrides !== undefined) {
    const code = ancestry.provinceCode(unit);
    const override = code === undefined ? undefined : params.provinceOverrides.find((line) => line.provinceCodes.includes(code));
    const value = override === undefined ? undefined : residential ? override.residentialGroup : override.village;
    if (value === null) return notFound();
    if (value !== undefined) return { found: true, households: value, provinceCode: code as string };
  }
  const line = findLine(ancestry, unit, residential ? params.residentialGroup : params.village);
  if (line !== undefined && line.households !== null) return { found: true, households: line.households };
  return notFound();
}

/** A population and area standard, after any reduction for a special factor. @internal */
export interface AdminStandard {
  readonly population: number;
  readonly areaKm2: number;
  /** The reductions applied (basis points of the unreduced figures), for the params. */
  readonly reduction?: { readonly populationBps: number; readonly areaBps: number } | undefined;
}

function scaled(value: number, bps: number, hundredths: boolean): number {
  // in integers: areas in hundredths of a km², people rounded up (a standard is a minimum)
  return hundredths ? Math.round((Math.round(value * 100) * bps) / 10_000) / 100 : Math.ceil((value * bps) / 10_000);
}

/**
 * The population and area standard of an administrative unit: the first line it meets; for a
 * ward no line selects, the `wardByParent` line of the kind of area it lies in (a `null` figure
 * there: not found); then the `reductions` whose level and region it meets, applied in basis
 * points. `undefined` when the date has no standard for it (reported once per kind).
 * @internal
 */
export function adminStandard(
  ancestry: Ancestry,
  params: RuleParams<'admin-unit-standard'>,
  unit: PlannedUnit,
  assumedTerrain?: string,
): AdminStandard | undefined {
  let base: { readonly population: number; readonly areaKm2: number } | undefined = findLine(ancestry, unit, params.lines, assumedTerrain);
  if (base === undefined && unit.kind === 'ward' && params.wardByParent !== undefined) {
    const parentKind = ancestry.parentOf(unit)?.kind;
    const line = parentKind === undefined ? undefined : params.wardByParent.find((candidate) => (candidate.parentKinds as readonly string[]).includes(parentKind));
    if (line !== undefined && line.population !== null && line.areaKm2 !== null) base = { population: line.population, areaKm2: line.areaKm2 };
  }
  if (base === undefined) return undefined;
  const level = unit.kind === 'province' || unit.kind === 'centrally-run-city' ? 'province' : 'commune';
  const region = ancestry.inheritedFact(unit, 'region');
  let populationBps = 10_000;
  let areaBps = 10_000;
  for (const reduction of params.reductions ?? []) {
    if (!reduction.levels.includes(level)) continue;
    if (reduction.regions !== undefined && (region === undefined || !reduction.regions.includes(region))) continue;
    populationBps = Math.min(populationBps, reduction.populationBps ?? 10_000);
    areaBps = Math.min(areaBps, reduction.areaBps ?? 10_000);
  }
  if (populationBps === 10_000 && areaBps === 10_000) return { population: base.population, areaKm2: base.areaKm2 };
  return {
    population: scaled(base.population, populationBps, false),
    areaKm2: scaled(base.areaKm2, areaBps, true),
    reduction: { populationBps, areaBps },
  };
}

/**
 * What a commune or ward formed by a merger should reach under the directions in force: the first
 * line it meets, as absolute figures (a line given as a multiple of the admin-unit standard needs
 * that standard: without one, nothing is required).
 * @internal
 */
export function mergedUnitDirection(
  ancestry: Ancestry,
  params: RuleParams<'merged-unit-directions'>,
  unit: PlannedUnit,
  standard: { readonly population: number; readonly areaKm2: number } | undefined,
  assumedTerrain?: string,
): { readonly population: number; readonly areaKm2: number } | undefined {
  const line = findLine(ancestry, unit, params.lines, assumedTerrain);
  if (line === undefined) return undefined;
  if ('population' in line) return { population: line.population, areaKm2: line.areaKm2 };
  if (standard === undefined) return undefined;
  return {
    population: Math.ceil((standard.population * line.populationBps) / 10_000),
    areaKm2: Math.round((standard.areaKm2 * 100 * line.areaBps) / 10_000) / 100,
  };
}
