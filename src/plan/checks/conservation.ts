import { isOverBy } from '../../core/Interval.js';
import { isAreaKind } from '../../model/kinds.js';
import { postName } from '../../model/roles.js';
import { kindLabel } from '../../structure/labels.js';
import { type PlanAnalysis, resolveUnit } from '../analysePlan.js';
import { basisOf, type PlanContext } from '../context.js';

function transferredAway(analysis: PlanAnalysis, unitId: string, field: 'newParentId' | 'newAreaId'): boolean {
  return (analysis.touchedBy.get(unitId) ?? []).some((operationIndex) => {
    const operation = analysis.plan.operations[operationIndex];
    return operation?.type === 'transfer' && operation[field] !== undefined;
  });
}

/**
 * Conservation: what an ending unit holds goes somewhere. Its child units, organisations and posts
 * that are not over by the day (in force on it, or starting later) go to its final successor
 * (following successors through the plan);
 * with no successor (a split, a source ended by partial transfers) each must be moved by a
 * transfer of the same plan, or it is orphaned (the posts of a unit leaving the public sector just
 * end). A child area moved to a successor must be allowed under it by the area hierarchy in force.
 * @internal
 */
export function checkConservation(context: PlanContext): void {
  const { analysis, hierarchy } = context;
  for (const [endingId, ending] of analysis.endings) {
    const firstOperation = ending.operationIndexes[0] as number;
    const path = ['operations', firstOperation];
    const operation = context.label(firstOperation);
    const successorId = analysis.successorOf(endingId);
    const successor = successorId === undefined ? undefined : resolveUnit(analysis, successorId);
    for (const child of analysis.index.childrenById.get(endingId) ?? []) {
      if (isOverBy(child, analysis.effectiveOn) || analysis.endings.has(child.id) || transferredAway(analysis, child.id, 'newParentId')) continue;
      if (successor === undefined) {
        context.add('plan_orphaned_unit', { path, unitIds: [child.id, endingId], params: { unitId: child.id, parentId: endingId, operation } });
      } else if (hierarchy !== undefined && isAreaKind(child.kind)) {
        const allowed = hierarchy.version.params.parents[child.kind];
        if (allowed !== undefined && !(isAreaKind(successor.kind) && allowed.includes(successor.kind))) {
          context.add('plan_parent_kind_not_allowed', {
            path,
            unitIds: [child.id, successor.id],
            params: { unitId: child.id, kind: child.kind, parentId: successor.id, parentKind: successor.kind, asOf: analysis.effectiveOn },
            labels: { kind: kindLabel(child.kind), parentKind: kindLabel(successor.kind) },
            ...basisOf(hierarchy),
          });
        }
      }
    }
    for (const organisation of analysis.index.organisationsByAreaId.get(endingId) ?? []) {
      if (isOverBy(organisation, analysis.effectiveOn) || analysis.endings.has(organisation.id)) continue;
      if (transferredAway(analysis, organisation.id, 'newAreaId') || successor !== undefined) continue;
      context.add('plan_orphaned_unit', { path, unitIds: [organisation.id, endingId], params: { unitId: organisation.id, parentId: endingId, operation } });
    }
    const convertedAway = analysis.plan.operations[firstOperation]?.type === 'convert';
    if (successor !== undefined || convertedAway) continue;
    const endingUnit = analysis.index.unitsById.get(endingId);
    for (const assignment of analysis.index.assignmentsByUnitId.get(endingId) ?? []) {
      if (isOverBy(assignment, analysis.effectiveOn)) continue;
      context.add('plan_orphaned_assignment', {
        path,
        unitIds: [endingId],
        personIds: [assignment.personId],
        params: { personId: assignment.personId, role: assignment.role, unitId: endingId, operation },
        // the post names the unit: its id alone follows it
        labels: { post: postName(assignment.role, endingUnit?.name ?? { vi: endingId }), unitId: endingId },
      });
    }
  }
}
