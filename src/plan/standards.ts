import type { RuleParams } from '../rules/Rule.js';
import type { PlannedUnit } from './analysePlan.js';
import type { Ancestry } from './ancestry.js';

/*
 * The standards lookups `validatePlan` and `findMergeCandidates` share. Every threshold and every
 * choice between thresholds (terrain, region, border, kind, the kind of city an area lies in) is
 * in the rule's params as lines; the code only finds the first line whose conditions an area meets,
 * so a new resolution is a new rule version, not a change here.
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

/** Whether an area meets every condition of a line (facts it lacks read from its ancestors). @internal */
export function meetsConditions(ancestry: Ancestry, unit: PlannedUnit, line: AreaConditions): boolean {
  if (line.kinds !== undefined && !line.kinds.includes(unit.kind)) return false;
  if (line.terrains !== undefined && !includes(line.terrains, ancestry.inheritedFact(unit, 'terrain'))) return false;
  if (line.regions !== undefined && !includes(line.regions, ancestry.inheritedFact(unit, 'region'))) return false;
  if (line.border === true && ancestry.inheritedFact(unit, 'border') !== true) return false;
  if (line.parentTerrains !== undefined && !includes(line.parentTerrains, ancestry.parentFact(unit, 'terrain'))) return false;
  if (line.parentBorder === true && ancestry.parentFact(unit, 'border') !== true) return false;
  if (line.withinKinds !== undefined && !ancestry.hasAncestorOfKind(unit, line.withinKinds)) return false;
  return true;
}

function includes(list: readonly string[], value: string | undefined): boolean {
  return value !== undefined && list.includes(value);
}

/** The first line an area meets, if any. @internal */
export function findLine<L extends AreaConditions>(ancestry: Ancestry, unit: PlannedUnit, lines: readonly L[]): L | undefined {
  for (const line of lines) if (meetsConditions(ancestry, unit, line)) return line;
  return undefined;
}

/**
 * The household minimum of a village or residential group under a standard version: the first line
 * it meets, unless that line records a value the sources do not give (`households: null`).
 * @internal
 */
export function householdMinimum(
  ancestry: Ancestry,
  params: RuleParams<'village-household-standard'>,
  unit: PlannedUnit,
): { found: true; households: number } | { found: false; region: string; terrain: string } {
  const line = findLine(ancestry, unit, unit.kind === 'residential-group' ? params.residentialGroup : params.village);
  if (line !== undefined && line.households !== null) return { found: true, households: line.households };
  return { found: false, region: ancestry.inheritedFact(unit, 'region') ?? '?', terrain: ancestry.inheritedFact(unit, 'terrain') ?? '?' };
}

/** The population and area standard of an administrative unit, or `undefined` when no line selects its kind. @internal */
export function adminStandard(
  ancestry: Ancestry,
  params: RuleParams<'admin-unit-standard'>,
  unit: PlannedUnit,
): { readonly population: number; readonly areaKm2: number } | undefined {
  return findLine(ancestry, unit, params.lines);
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
): { readonly population: number; readonly areaKm2: number } | undefined {
  const line = findLine(ancestry, unit, params.lines);
  if (line === undefined) return undefined;
  if ('population' in line) return { population: line.population, areaKm2: line.areaKm2 };
  if (standard === undefined) return undefined;
  return {
    population: Math.ceil((standard.population * line.populationBps) / 10_000),
    areaKm2: Math.round((standard.areaKm2 * 100 * line.areaBps) / 10_000) / 100,
  };
}
