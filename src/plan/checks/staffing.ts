import { addYearsToIsoDate } from '../../core/Interval.js';
import { isAreaKind } from '../../model/kinds.js';
import { STAFF_CATEGORIES, STAFF_CATEGORY_LIST, type StaffCategory } from '../../model/roles.js';
import type { StaffCounts } from '../../model/Structure.js';
import type { IssueParamValue } from '../../report/Issue.js';
import { type PlannedUnit, resolveUnit } from '../analysePlan.js';
import { basisOf, type PlanContext } from '../context.js';

function staffingOf(unit: PlannedUnit | undefined): { quota?: StaffCounts | undefined; actual?: StaffCounts | undefined } | undefined {
  if (unit === undefined || isAreaKind(unit.kind)) return undefined;
  return (unit as { staffing?: { quota?: StaffCounts; actual?: StaffCounts } }).staffing;
}

function addCounts(counts: readonly (StaffCounts | undefined)[]): Partial<Record<StaffCategory, number>> {
  const total: Partial<Record<StaffCategory, number>> = {};
  for (const count of counts) {
    if (count === undefined) continue;
    for (const category of STAFF_CATEGORY_LIST) {
      const value = count[category];
      if (value !== undefined) total[category] = (total[category] ?? 0) + value;
    }
  }
  return total;
}

/**
 * Staffing of each organisation a merger or consolidation forms: its quota (the one the plan
 * states, else the sum of its sources') never exceeds its sources' total, category by category;
 * people in post above the quota are a surplus to absorb by the deadline of the rule in force
 * (QĐ 759/QĐ-TTg: five years), or with no deadline before such a rule.
 * @internal
 */
export function checkStaffing(context: PlanContext): void {
  const { analysis } = context;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = analysis.combinations[operationIndex];
    if (combined === undefined) return;
    const result = resolveUnit(analysis, combined.resultId);
    if (result === undefined || isAreaKind(result.kind)) return;
    const path = ['operations', operationIndex];
    const contributorIds = operation.type === 'merge' ? [operation.targetId, ...combined.sourceIds] : combined.sourceIds;
    const contributors = contributorIds.map((id) => analysis.index.unitsById.get(id));
    const sourcesQuota = addCounts(contributors.map((unit) => staffingOf(unit)?.quota));
    const sourcesActual = addCounts(contributors.map((unit) => staffingOf(unit)?.actual));
    const given = operation.type === 'merge' ? operation.staffing : staffingOf(result);
    const quota = given?.quota === undefined ? sourcesQuota : addCounts([given.quota]);
    const actual = given?.actual === undefined ? sourcesActual : addCounts([given.actual]);
    if (given?.quota !== undefined && Object.keys(sourcesQuota).length > 0) {
      for (const category of STAFF_CATEGORY_LIST) {
        const value = quota[category] ?? 0;
        const before = sourcesQuota[category] ?? 0;
        if (value <= before) continue;
        const rule = context.rule('merge.quota-not-above-sources', 'quota-not-above-sources');
        context.add('plan_quota_above_sources', {
          path,
          unitIds: [result.id],
          params: { unitId: result.id, quota: value, category, sourcesQuota: before },
          labels: { category: STAFF_CATEGORIES[category] },
          ...(rule === undefined ? {} : basisOf(rule)),
        });
      }
    }
    for (const category of STAFF_CATEGORY_LIST) {
      const inPost = actual[category];
      const allowed = quota[category];
      if (inPost === undefined || allowed === undefined || inPost <= allowed) continue;
      const rule = context.rule('merge.surplus-absorption', 'grace-period');
      const deadline: IssueParamValue = rule === undefined ? null : addYearsToIsoDate(analysis.effectiveOn, rule.version.params.years);
      context.add('plan_staff_surplus', {
        path,
        unitIds: [result.id],
        params: { unitId: result.id, actual: inPost, quota: allowed, category, surplus: inPost - allowed, deadline },
        labels: { category: STAFF_CATEGORIES[category] },
        ...(rule === undefined ? {} : basisOf(rule)),
      });
    }
  });
}
