import type { Severity } from '../../report/Issue.js';
import type { RuleInForce } from '../../rules/findRule.js';
import { levelOf } from '../analysePlan.js';
import { type AreaResult, findAreaResults } from '../areaResults.js';
import { basisOf, type PlanContext } from '../context.js';
import { adminStandard, householdMinimum, mergedUnitDirection } from '../standards.js';

type Measure = 'population' | 'households' | 'areaKm2';
const MEASURE_VI: Readonly<Record<Measure, string>> = { population: 'dân số', households: 'số hộ', areaKm2: 'diện tích (km²)' };

function roundToHundredth(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Areas the plan forms whose kind the standard of the date has no line for, by kind (reported once per kind). */
type Unmeasured = Map<string, { readonly unitIds: string[]; readonly operationIndex: number; readonly rule: RuleInForce }>;

function checkAreaResult(context: PlanContext, result: AreaResult, unmeasured: Unmeasured): void {
  const { analysis, ancestry } = context;
  const { unit, facts, operationIndex } = result;
  const level = levelOf(analysis, unit);
  const path = ['operations', operationIndex];
  const missing = (measure: Measure) =>
    context.add('plan_area_data_missing', { path, unitIds: [unit.id], params: { unitId: unit.id, measure, measureVi: MEASURE_VI[measure] } });
  // a figure the unit's own record marks as doubtful is reported as doubtful input, not as a shortfall
  const doubtful: readonly string[] = unit.doubtful ?? [];
  const short = (inForce: RuleInForce, measure: Measure, value: number, required: number, severity: Severity) =>
    context.add(doubtful.includes(measure) ? 'plan_area_figure_doubtful' : 'plan_area_below_standard', {
      severity,
      path,
      unitIds: [unit.id],
      params: {
        unitId: unit.id,
        measure,
        measureVi: MEASURE_VI[measure],
        value,
        required,
        ruleId: inForce.rule.id,
        shortfall: roundToHundredth(required - value),
      },
      ...basisOf(inForce),
    });

  if (level === 'village') {
    const standard = context.rule('merge.village-household-standard', 'village-household-standard');
    if (standard === undefined) return;
    if (facts.households === undefined) {
      missing('households');
      return;
    }
    const minimum = householdMinimum(ancestry, standard.version.params, unit);
    if (!minimum.found) {
      context.add('plan_standard_not_found', {
        path,
        unitIds: [unit.id],
        params: { unitId: unit.id, kind: unit.kind, region: minimum.region, terrain: minimum.terrain, asOf: analysis.effectiveOn },
        ...basisOf(standard),
      });
      return;
    }
    const { mustMergeBelowBps, encouragedBelowBps } = standard.version.params;
    if (facts.households * 10_000 < minimum.households * mustMergeBelowBps) short(standard, 'households', facts.households, minimum.households, 'warning');
    else if (facts.households * 10_000 < minimum.households * encouragedBelowBps) short(standard, 'households', facts.households, minimum.households, 'info');
    return;
  }
  if (level !== 'commune' && level !== 'province') return;

  const standardRule = context.rule('merge.admin-unit-standard', 'admin-unit-standard');
  if (standardRule === undefined) return;
  const standard = adminStandard(ancestry, standardRule.version.params, unit);
  const directions = result.contributors < 2 ? undefined : context.ruleIfInForce('merge.merged-unit-directions', 'merged-unit-directions');
  const direction =
    directions === undefined || result.contributors >= directions.version.params.exemptFromSourceCount
      ? undefined
      : mergedUnitDirection(ancestry, directions.version.params, unit, standard);
  if (standard === undefined) {
    const sameKind = unmeasured.get(unit.kind);
    if (sameKind === undefined) unmeasured.set(unit.kind, { unitIds: [unit.id], operationIndex, rule: standardRule });
    else sameKind.unitIds.push(unit.id);
    if (direction === undefined) return;
  }
  if (facts.population === undefined) missing('population');
  if (facts.areaKm2 === undefined) missing('areaKm2');
  if (facts.population === undefined || facts.areaKm2 === undefined) return;
  const { population, areaKm2 } = facts;

  if (level === 'province' && standard !== undefined) {
    // a merged province (or centrally-run city) is held to the standard itself
    if (result.contributors < 2) return;
    if (population < standard.population) short(standardRule, 'population', population, standard.population, 'warning');
    if (areaKm2 < standard.areaKm2) short(standardRule, 'areaKm2', areaKm2, standard.areaKm2, 'warning');
    return;
  }
  if (standard !== undefined) {
    const criteria = context.rule('merge.admin-unit-merge-criteria', 'admin-unit-merge-criteria');
    const triggered = criteria?.version.params.triggers.some((trigger) => {
      if (!trigger.levels.includes(level)) return false;
      const areaBelow = trigger.areaBelowBps !== undefined && areaKm2 * 10_000 < standard.areaKm2 * trigger.areaBelowBps;
      const populationBelow = trigger.populationBelowBps !== undefined && population * 10_000 < standard.population * trigger.populationBelowBps;
      return trigger.match === 'both' ? areaBelow && populationBelow : areaBelow || populationBelow;
    });
    if (criteria !== undefined && triggered === true) {
      if (population < standard.population) short(criteria, 'population', population, standard.population, 'warning');
      if (areaKm2 < standard.areaKm2) short(criteria, 'areaKm2', areaKm2, standard.areaKm2, 'warning');
    }
  }
  if (directions === undefined || direction === undefined) return;
  if (population < direction.population) short(directions, 'population', population, direction.population, 'warning');
  if (areaKm2 < direction.areaKm2) short(directions, 'areaKm2', areaKm2, direction.areaKm2, 'warning');
}

/**
 * Area standards of `effectiveOn` for each area the plan forms: a village or residential group
 * against its household minimum (a warning below the must-merge line, an info below the
 * minimum); a merged province or centrally-run city against its population and area standard; a
 * commune-level unit that meets a merge criterion against the standard; and a commune or ward
 * formed from fewer units than the exemption count against the directions for merged units (NQ
 * 76/2025). Every line and threshold comes from the rule in force; a kind no line selects is
 * reported as having no standard on the date (once per kind, naming its units), a missing figure
 * as not checkable, and a figure the
 * area's record marks as doubtful as doubtful input (`plan_area_figure_doubtful`), not a shortfall.
 * @internal
 */
export function checkAreaStandards(context: PlanContext): void {
  const unmeasured: Unmeasured = new Map();
  for (const result of findAreaResults(context.analysis)) checkAreaResult(context, result, unmeasured);
  // one issue per kind, not per unit: the 2025 reform forms 687 wards before the 2026 ward standard
  for (const [kind, { unitIds, operationIndex, rule }] of unmeasured) {
    context.add('plan_admin_standard_not_found', {
      path: ['operations', operationIndex],
      unitIds,
      params: { unitIds, count: unitIds.length, kind, asOf: context.analysis.effectiveOn },
      ...basisOf(rule),
    });
  }
}
