import { kindLabel } from '../../structure/labels.js';
import type { PlanContext } from '../context.js';

/**
 * Conversions: only a public service unit is converted, and a change of autonomy group changes
 * something (a warning when the unit is already in the group).
 * @internal
 */
export function checkConversions(context: PlanContext): void {
  const { analysis } = context;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type !== 'convert') return;
    const unit = analysis.index.unitsById.get(operation.unitId);
    if (unit === undefined) return;
    const path = ['operations', operationIndex];
    if (unit.kind !== 'public-service-unit') {
      context.add('plan_convert_not_public_service', { path, unitIds: [unit.id], params: { unitId: unit.id, kind: kindLabel(unit.kind) } });
    } else if (operation.autonomyGroup !== undefined && unit.autonomyGroup === operation.autonomyGroup) {
      context.add('plan_convert_no_change', { path, unitIds: [unit.id], params: { unitId: unit.id, autonomyGroup: operation.autonomyGroup } });
    }
  });
}
