import { isAreaKind } from '../../model/kinds.js';
import { areaIdOf, resolveUnit } from '../analysePlan.js';
import type { PlanContext } from '../context.js';

/**
 * Locality: organisations combine or split only within the area they serve (or the area that
 * area ends into); areas combine or split only within the area that holds the result, as it
 * stands after the plan (an ancestor of the source is the result's parent, or ends into it).
 * @internal
 */
export function checkLocality(context: PlanContext): void {
  const { analysis, ancestry } = context;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = analysis.combinations[operationIndex];
    let pairs: readonly { readonly sourceIds: readonly string[]; readonly resultId: string }[] = [];
    if (combined !== undefined) pairs = [combined];
    else if (operation.type === 'split') pairs = operation.parts.map((part) => ({ sourceIds: [operation.sourceId], resultId: part.newUnit.id }));
    for (const { sourceIds, resultId } of pairs) {
      const result = resolveUnit(analysis, resultId);
      if (result === undefined) continue;
      for (const sourceId of sourceIds) {
        const source = resolveUnit(analysis, sourceId);
        if (source === undefined || isAreaKind(source.kind) !== isAreaKind(result.kind)) continue;
        if (!isAreaKind(result.kind)) {
          const areaId = areaIdOf(result) as string;
          const sourceAreaId = areaIdOf(source) as string;
          if (sourceAreaId !== areaId && analysis.successorOf(sourceAreaId) !== areaId) {
            context.add('plan_locality_mismatch', {
              path: ['operations', operationIndex],
              unitIds: [sourceId, resultId],
              params: { operation: context.label(operationIndex), unitId: sourceId, areaId: sourceAreaId, otherId: resultId, otherAreaId: areaId },
            });
          }
        } else if (result.parentId !== undefined && !ancestry.liesWithin(source, result.parentId)) {
          context.add('plan_area_outside_parent', {
            path: ['operations', operationIndex],
            unitIds: [sourceId, resultId],
            params: { operation: context.label(operationIndex), unitId: sourceId, parentId: result.parentId, resultId },
          });
        }
      }
    }
  });
}
