import { addYearsToIsoDate, isInForce } from '../../core/Interval.js';
import { isAreaKind } from '../../model/kinds.js';
import { DEPUTY_ROLES } from '../../model/roles.js';
import type { IssueParamValue } from '../../report/Issue.js';
import { resolveUnit } from '../analysePlan.js';
import { basisOf, type PlanContext } from '../context.js';

/**
 * Deputies of each organisation a merger or consolidation of two or more units forms: when it will hold
 * more deputies in post than the largest of its sources did, that is allowed at the merger, with
 * the date by which the numbers must comply under the rule in force (NQ 76/2025 Art. 11(3): five
 * years), reported as an info.
 * @internal
 */
export function checkDeputies(context: PlanContext): void {
  const { analysis } = context;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = analysis.combinations[operationIndex];
    if (combined === undefined) return;
    const result = resolveUnit(analysis, combined.resultId);
    if (result === undefined || isAreaKind(result.kind)) return;
    const contributorIds = operation.type === 'merge' ? [operation.targetId, ...combined.sourceIds] : combined.sourceIds;
    if (contributorIds.length < 2) return;
    const deputyCounts = contributorIds.map(
      (id) =>
        (analysis.index.assignmentsByUnitId.get(id) ?? []).filter(
          (assignment) => isInForce(assignment, analysis.effectiveOn) && DEPUTY_ROLES.includes(assignment.role),
        ).length,
    );
    const deputies = deputyCounts.reduce((sum, count) => sum + count, 0);
    const maxBefore = Math.max(0, ...deputyCounts);
    if (deputies <= maxBefore) return;
    const rule = context.rule('merge.deputy-grace-period', 'grace-period');
    const deadline: IssueParamValue = rule === undefined ? null : addYearsToIsoDate(analysis.effectiveOn, rule.version.params.years);
    context.add('plan_deputies_may_exceed', {
      path: ['operations', operationIndex],
      unitIds: [combined.resultId],
      params: { unitId: combined.resultId, deputies, maxBefore, deadline },
      ...(rule === undefined ? {} : basisOf(rule)),
    });
  });
}
