import { type Bilingual, joinBilingual } from '../../core/Bilingual.js';
import type { UnitKind } from '../../model/kinds.js';
import type { Severity } from '../../report/Issue.js';
import type { RuleInForce } from '../../rules/findRule.js';
import { kindLabel, nameLabel, ruleTitleParams } from '../../structure/labels.js';
import { levelOf } from '../analysePlan.js';
import { type AreaResult, findAreaResults } from '../areaResults.js';
import { basisOf, type PlanContext } from '../context.js';
import { type AdminStandard, adminStandard, householdMinimum, mergedUnitDirection, openTerrains } from '../standards/lines.js';
import { allowedExemptions, meetsMergeCriterion } from '../standards/mergeCriteria.js';
import { exemptionLabel, formedFromSourcesLabel, type Measure, measureLabel, regionLabel, terrainLabel } from './areaWords.js';

function roundToHundredth(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Areas the plan forms whose kind the standard of the date has no line for, by kind (reported once per kind). */
type Unmeasured = Map<UnitKind, { readonly unitIds: string[]; readonly operationIndex: number; readonly rule: RuleInForce }>;

/** Areas a rule does not measure, by rule and reason (reported once per pair, naming the units). */
type Exempt = Map<string, { readonly unitIds: string[]; readonly operationIndex: number; readonly rule: RuleInForce; readonly reason: string; readonly label: Bilingual }>;

/** One measure of an area below what a rule asks. */
interface Finding {
  readonly inForce: RuleInForce;
  readonly measure: Measure;
  readonly value: number;
  readonly required: number;
  readonly reduction?: AdminStandard['reduction'];
}

function exempt(into: Exempt, rule: RuleInForce, reason: string, label: Bilingual, unitId: string, operationIndex: number): void {
  const key = `${rule.rule.id}\u0000${reason}`;
  const entry = into.get(key);
  if (entry === undefined) into.set(key, { unitIds: [unitId], operationIndex, rule, reason, label });
  else entry.unitIds.push(unitId);
}

/**
 * The findings of a commune or province the plan forms, under the law of the date and, for a
 * terrain the area does not record, under an assumed one (`assumedTerrain`): the merged province
 * against its standard (NQ 76 Art. 4); a commune-level unit formed from several units against the
 * directions for merged units (NQ 76 Art. 5), which are what the law asks of it while they are in
 * force; any other against the standard when it meets a merge criterion. `directions` is the rule
 * of those directions when it applies to the unit (a commune formed from two units or more, fewer
 * than the count it exempts: the caller reports an exempted one and does not ask).
 */
function findingsOf(
  context: PlanContext,
  result: AreaResult,
  population: number,
  areaKm2: number,
  assumedTerrain: string | undefined,
  exempted: Exempt | undefined,
  directions: RuleInForce<'merged-unit-directions'> | undefined,
): Finding[] {
  const { analysis, ancestry } = context;
  const { unit, operationIndex } = result;
  const level = levelOf(analysis, unit);
  const standardRule = context.rule('merge.admin-unit-standard', 'admin-unit-standard') as RuleInForce<'admin-unit-standard'>;
  const standard = adminStandard(ancestry, standardRule.version.params, unit, assumedTerrain);
  const findings: Finding[] = [];
  const below = (inForce: RuleInForce, required: { readonly population: number; readonly areaKm2: number; readonly reduction?: AdminStandard['reduction'] }) => {
    const reduction = required.reduction === undefined ? {} : { reduction: required.reduction };
    if (population < required.population) findings.push({ inForce, measure: 'population', value: population, required: required.population, ...reduction });
    if (areaKm2 < required.areaKm2) findings.push({ inForce, measure: 'areaKm2', value: areaKm2, required: required.areaKm2, ...reduction });
  };

  if (level === 'province') {
    // a merged province (or centrally-run city) is held to the standard itself
    if (standard !== undefined && result.contributors >= 2) below(standardRule, standard);
    return findings;
  }
  if (directions !== undefined) {
    const direction = mergedUnitDirection(ancestry, directions.version.params, unit, standard, assumedTerrain);
    if (direction !== undefined) {
      below(directions, direction);
      return findings;
    }
  }
  if (standard === undefined) return findings;
  const criteria = context.rule('merge.admin-unit-merge-criteria', 'admin-unit-merge-criteria');
  if (criteria === undefined) return findings;
  const triggered = meetsMergeCriterion(criteria.version.params, level, { population, areaKm2 }, standard);
  if (!triggered) return findings;
  const reasons = allowedExemptions(criteria.version.params, context.exemptions, unit.id);
  if (reasons.length > 0) {
    if (exempted !== undefined) for (const reason of reasons) exempt(exempted, criteria, reason, exemptionLabel(reason), unit.id, operationIndex);
    return findings;
  }
  below(criteria, standard);
  return findings;
}

function checkAreaResult(context: PlanContext, result: AreaResult, unmeasured: Unmeasured, exempted: Exempt): void {
  const { analysis, ancestry } = context;
  const { unit, facts, operationIndex } = result;
  const level = levelOf(analysis, unit);
  const path = ['operations', operationIndex];
  const missing = (measure: Measure) =>
    context.add('plan_area_data_missing', { path, unitIds: [unit.id], params: { unitId: unit.id, unitName: nameLabel(unit.name), measure }, labels: { measure: measureLabel(measure) } });
  // a figure the unit's own record marks as doubtful is reported as doubtful input, not as a shortfall
  const doubtful: readonly string[] = unit.doubtful ?? [];
  const short = ({ inForce, measure, value, required, reduction }: Finding, severity: Severity) =>
    context.add(doubtful.includes(measure) ? 'plan_area_figure_doubtful' : 'plan_area_below_standard', {
      severity,
      path,
      unitIds: [unit.id],
      params: {
        unitId: unit.id,
        unitName: nameLabel(unit.name),
        measure,
        value,
        required,
        ...ruleTitleParams(inForce),
        shortfall: roundToHundredth(required - value),
        ...(reduction === undefined ? {} : { populationBps: reduction.populationBps, areaBps: reduction.areaBps }),
      },
      labels: { measure: measureLabel(measure) },
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
        params: { unitId: unit.id, unitName: nameLabel(unit.name), kind: unit.kind, region: minimum.region, terrain: minimum.terrain, asOf: analysis.effectiveOn },
        labels: { kind: kindLabel(unit.kind), region: regionLabel(minimum.region), terrain: terrainLabel(minimum.terrain) },
        ...basisOf(standard),
      });
      return;
    }
    const { mustMergeBelowBps, encouragedBelowBps } = standard.version.params;
    const finding: Finding = { inForce: standard, measure: 'households', value: facts.households, required: minimum.households };
    if (facts.households * 10_000 < minimum.households * mustMergeBelowBps) short(finding, 'warning');
    else if (facts.households * 10_000 < minimum.households * encouragedBelowBps) short(finding, 'info');
    return;
  }
  if (level !== 'commune' && level !== 'province') return;

  const standardRule = context.rule('merge.admin-unit-standard', 'admin-unit-standard');
  if (standardRule === undefined) return;
  const standard = adminStandard(ancestry, standardRule.version.params, unit);
  const directions = level !== 'commune' || result.contributors < 2 ? undefined : context.ruleIfInForce('merge.merged-unit-directions', 'merged-unit-directions');
  const exemptByCount = directions !== undefined && result.contributors >= directions.version.params.exemptFromSourceCount;
  const direction = directions === undefined || exemptByCount ? undefined : mergedUnitDirection(ancestry, directions.version.params, unit, standard);
  if (standard === undefined && !exemptByCount) {
    const sameKind = unmeasured.get(unit.kind);
    if (sameKind === undefined) unmeasured.set(unit.kind, { unitIds: [unit.id], operationIndex, rule: standardRule });
    else sameKind.unitIds.push(unit.id);
    if (direction === undefined) return;
  }
  if (exemptByCount) {
    // formed from this many units or more: not measured (NQ 76/2025 Art. 5(2))
    const label = formedFromSourcesLabel(directions.version.params.exemptFromSourceCount);
    exempt(exempted, directions, 'formed-from-sources', label, unit.id, operationIndex);
    return;
  }
  if (facts.population === undefined) missing('population');
  if (facts.areaKm2 === undefined) missing('areaKm2');
  if (facts.population === undefined || facts.areaKm2 === undefined) return;
  const { population, areaKm2 } = facts;

  const findings = findingsOf(context, result, population, areaKm2, undefined, exempted, directions);
  if (findings.length === 0) return;
  // a terrain the record leaves open: a shortfall that another terrain's standard would not find is not one the law supports yet
  const lines = [...standardRule.version.params.lines, ...(directions?.version.params.lines ?? [])];
  const meetsAs = openTerrains(ancestry, unit, lines).filter((terrain) => findingsOf(context, result, population, areaKm2, terrain, undefined, directions).length === 0);
  if (meetsAs.length > 0) {
    const first = findings[0] as Finding;
    context.add('plan_area_terrain_unknown', {
      path,
      unitIds: [unit.id],
      params: {
        unitId: unit.id,
        unitName: nameLabel(unit.name),
        measure: first.measure,
        value: first.value,
        required: first.required,
        ...ruleTitleParams(first.inForce),
        terrains: meetsAs.join(', '),
      },
      labels: { measure: measureLabel(first.measure), terrains: joinBilingual(meetsAs.map(terrainLabel)) },
      ...basisOf(first.inForce),
    });
    return;
  }
  for (const finding of findings) short(finding, 'warning');
}

/**
 * Area standards of `effectiveOn` for each area the plan forms: a village or residential group
 * against its household minimum (its province's own minimum first; a warning below the must-merge
 * line, an info below the minimum); a merged province or centrally-run city against its
 * population and area standard; a commune or ward formed from several units against the
 * directions for merged units while they are in force (NQ 76/2025 Art. 5), not measured when it
 * was formed from the exemption count or more (Art. 5(2)); any other commune-level unit against
 * the standard when it meets a merge criterion, unless the caller names a reason the criteria
 * exempt (NQ 76 Art. 3). Standards are chosen by the area's kind, terrain, region and the kind of
 * area a ward lies in, and lowered by the special factors of the date (NQ 112/2025). Every line
 * and threshold comes from the rule in force. Reported apart from shortfalls: a kind no line
 * selects (once per kind), exempt units (once per rule and reason), a missing figure, a figure
 * the area's record marks as doubtful (`plan_area_figure_doubtful`), and a shortfall that holds
 * only if the area is not of a terrain it does not record (`plan_area_terrain_unknown`).
 * @internal
 */
export function checkAreaStandards(context: PlanContext): void {
  const unmeasured: Unmeasured = new Map();
  const exempted: Exempt = new Map();
  for (const result of findAreaResults(context.analysis)) checkAreaResult(context, result, unmeasured, exempted);
  // one issue per kind, not per unit: the 2025 reform forms 687 wards before the 2026 ward standard
  for (const [kind, { unitIds, operationIndex, rule }] of unmeasured) {
    context.add('plan_admin_standard_not_found', {
      path: ['operations', operationIndex],
      unitIds,
      params: { unitIds, count: unitIds.length, kind, asOf: context.analysis.effectiveOn },
      labels: { kind: kindLabel(kind) },
      ...basisOf(rule),
    });
  }
  for (const { unitIds, operationIndex, rule, reason, label } of exempted.values()) {
    context.add('plan_area_exempt', {
      path: ['operations', operationIndex],
      unitIds,
      params: { unitIds, count: unitIds.length, ...ruleTitleParams(rule), reason },
      labels: { reason: label },
      ...basisOf(rule),
    });
  }
}
