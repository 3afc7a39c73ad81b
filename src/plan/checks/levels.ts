import { getAreaLevel, isAreaKind } from '../../model/kinds.js';
import { kindLabel, LEVEL_LABELS } from '../../structure/labels.js';
import { areaIdOf, levelOf, type PlannedUnit, resolveUnit } from '../analysePlan.js';
import { basisOf, type PlanContext } from '../context.js';

function checkSameLevel(context: PlanContext, operationIndex: number, unitId: string, otherId: string): void {
  const { analysis } = context;
  const unit = resolveUnit(analysis, unitId);
  const other = resolveUnit(analysis, otherId);
  if (unit === undefined || other === undefined) return;
  const level = levelOf(analysis, unit);
  const otherLevel = levelOf(analysis, other);
  if (level === undefined || otherLevel === undefined || level === otherLevel) return;
  context.add('plan_level_mismatch', {
    path: ['operations', operationIndex],
    unitIds: [unitId, otherId],
    params: { operation: context.label(operationIndex), unitId, level, otherId, otherLevel },
    labels: { level: LEVEL_LABELS[level], otherLevel: LEVEL_LABELS[otherLevel] },
  });
}

/**
 * Levels: the units an operation combines, splits or moves shares between stand at one level;
 * and under the area hierarchy in force on `effectiveOn`, no unit is created at a level that no
 * longer exists (an area of a kind the hierarchy leaves out, an organisation serving such an
 * area), a new or moved area sits under a parent area of an allowed kind (never under an
 * organisation), and an organisation is not moved to serve an area of a level that has ended.
 * @internal
 */
export function checkLevels(context: PlanContext): void {
  const { analysis, hierarchy } = context;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = analysis.combinations[operationIndex];
    if (combined !== undefined) {
      for (const sourceId of combined.sourceIds) checkSameLevel(context, operationIndex, sourceId, combined.resultId);
    } else if (operation.type === 'split') {
      for (const part of operation.parts) checkSameLevel(context, operationIndex, operation.sourceId, part.newUnit.id);
    } else if (operation.type === 'partial-transfer') {
      checkSameLevel(context, operationIndex, operation.sourceId, operation.targetId);
    }
  });
  if (hierarchy === undefined) return;
  const parents = hierarchy.version.params.parents;
  const checkPlacement = (unit: PlannedUnit, parentId: string | undefined, operationIndex: number) => {
    const path = ['operations', operationIndex];
    if (isAreaKind(unit.kind)) {
      const allowed = parents[unit.kind];
      if (allowed === undefined) {
        context.add('plan_level_not_in_force', {
          path,
          unitIds: [unit.id],
          params: { unitId: unit.id, kind: unit.kind, level: getAreaLevel(unit.kind), asOf: analysis.effectiveOn },
          labels: { kind: kindLabel(unit.kind), level: LEVEL_LABELS[getAreaLevel(unit.kind)] },
          ...basisOf(hierarchy),
        });
        return;
      }
      const parent = parentId === undefined ? undefined : resolveUnit(analysis, parentId);
      if (parent !== undefined && !(isAreaKind(parent.kind) && allowed.includes(parent.kind))) {
        context.add('plan_parent_kind_not_allowed', {
          path,
          unitIds: [unit.id, parent.id],
          params: { unitId: unit.id, kind: unit.kind, parentId: parent.id, parentKind: parent.kind, asOf: analysis.effectiveOn },
          labels: { kind: kindLabel(unit.kind), parentKind: kindLabel(parent.kind) },
          ...basisOf(hierarchy),
        });
      }
      return;
    }
    const area = resolveUnit(analysis, areaIdOf(unit) as string);
    if (area !== undefined && isAreaKind(area.kind) && parents[area.kind] === undefined) {
      context.add('plan_level_not_in_force', {
        path,
        unitIds: [unit.id, area.id],
        params: { unitId: unit.id, kind: area.kind, level: getAreaLevel(area.kind), asOf: analysis.effectiveOn },
        labels: { kind: kindLabel(area.kind), level: LEVEL_LABELS[getAreaLevel(area.kind)] },
        ...basisOf(hierarchy),
      });
    }
  };
  for (const { unit, operationIndex } of analysis.created.values()) checkPlacement(unit, unit.parentId, operationIndex);
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type !== 'transfer') return;
    const unit = analysis.index.unitsById.get(operation.unitId);
    if (unit === undefined) return;
    if (operation.newParentId !== undefined && isAreaKind(unit.kind)) checkPlacement(unit, operation.newParentId, operationIndex);
    if (operation.newAreaId !== undefined && !isAreaKind(unit.kind)) checkPlacement({ ...unit, areaId: operation.newAreaId } as PlannedUnit, undefined, operationIndex);
  });
}
