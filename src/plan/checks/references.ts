import { isInForce } from '../../core/Interval.js';
import { isAreaKind } from '../../model/kinds.js';
import { areaIdOf, type PlannedUnit } from '../analysePlan.js';
import type { PlanContext } from '../context.js';

type Path = (string | number)[];

function checkExisting(context: PlanContext, id: string, operationIndex: number, path: Path): void {
  const { analysis } = context;
  const unit = analysis.index.unitsById.get(id);
  const operation = context.label(operationIndex);
  if (unit === undefined) {
    context.add('plan_unit_unknown', { path, unitIds: [id], params: { unitId: id, operation } });
    return;
  }
  for (const asOf of [analysis.dayBefore, analysis.effectiveOn]) {
    if (!isInForce(unit, asOf)) {
      context.add('plan_unit_not_in_force', { path, unitIds: [id], params: { unitId: id, operation, asOf } });
      return;
    }
  }
}

function checkExistingOrNew(context: PlanContext, id: string, operationIndex: number, path: Path): void {
  if (!context.analysis.created.has(id)) checkExisting(context, id, operationIndex, path);
}

function checkNewUnitLinks(context: PlanContext, unit: PlannedUnit, operationIndex: number, path: Path): void {
  if (unit.parentId !== undefined) checkExistingOrNew(context, unit.parentId, operationIndex, [...path, 'parentId']);
  if (!isAreaKind(unit.kind)) checkExistingOrNew(context, areaIdOf(unit) as string, operationIndex, [...path, 'areaId']);
}

/**
 * References: every unit a plan names exists and is in force the day before and on `effectiveOn`
 * (or is created by the plan, where a new unit may be named), new ids are fresh and created once,
 * a merge target is not among its sources, a consolidation is formed from something, no unit is
 * ended or changed by two operations (several partial transfers of one source excepted), and no
 * successor (merge target, dissolution successor, partial-transfer target, new parent or area of
 * a transfer) ends in the same plan.
 * @internal
 */
export function checkReferences(context: PlanContext): void {
  const { analysis } = context;
  const { operations } = analysis.plan;
  const dissolveSuccessors = new Set(operations.flatMap((operation) => (operation.type === 'dissolve' ? [operation.successorId] : [])));
  operations.forEach((operation, operationIndex) => {
    const at = ['operations', operationIndex];
    switch (operation.type) {
      case 'merge':
        operation.sourceIds.forEach((id, position) => {
          checkExisting(context, id, operationIndex, [...at, 'sourceIds', position]);
        });
        checkExisting(context, operation.targetId, operationIndex, [...at, 'targetId']);
        if (operation.sourceIds.includes(operation.targetId)) {
          context.add('plan_target_among_sources', {
            path: [...at, 'targetId'],
            unitIds: [operation.targetId],
            params: { unitId: operation.targetId, operation: context.label(operationIndex) },
          });
        }
        break;
      case 'consolidate':
        operation.sourceIds.forEach((id, position) => {
          checkExisting(context, id, operationIndex, [...at, 'sourceIds', position]);
        });
        checkNewUnitLinks(context, operation.newUnit, operationIndex, [...at, 'newUnit']);
        if (operation.sourceIds.length === 0 && !analysis.partialByTarget.has(operation.newUnit.id) && !dissolveSuccessors.has(operation.newUnit.id)) {
          context.add('plan_no_sources', {
            path: [...at, 'sourceIds'],
            unitIds: [operation.newUnit.id],
            params: { unitId: operation.newUnit.id, operation: context.label(operationIndex) },
          });
        }
        break;
      case 'split':
        checkExisting(context, operation.sourceId, operationIndex, [...at, 'sourceId']);
        operation.parts.forEach((part, position) => {
          checkNewUnitLinks(context, part.newUnit, operationIndex, [...at, 'parts', position, 'newUnit']);
        });
        break;
      case 'partial-transfer':
        checkExisting(context, operation.sourceId, operationIndex, [...at, 'sourceId']);
        checkExistingOrNew(context, operation.targetId, operationIndex, [...at, 'targetId']);
        break;
      case 'dissolve':
        checkExisting(context, operation.sourceId, operationIndex, [...at, 'sourceId']);
        checkExistingOrNew(context, operation.successorId, operationIndex, [...at, 'successorId']);
        break;
      case 'rename':
      case 'convert':
        checkExisting(context, operation.unitId, operationIndex, [...at, 'unitId']);
        break;
      case 'transfer':
        checkExisting(context, operation.unitId, operationIndex, [...at, 'unitId']);
        if (operation.newParentId !== undefined) checkExistingOrNew(context, operation.newParentId, operationIndex, [...at, 'newParentId']);
        if (operation.newAreaId !== undefined) checkExistingOrNew(context, operation.newAreaId, operationIndex, [...at, 'newAreaId']);
        break;
      default:
        operation satisfies never;
    }
  });
  for (const [id, { operationIndex }] of analysis.created) {
    if (analysis.index.unitsById.has(id)) {
      context.add('plan_id_not_fresh', { path: ['operations', operationIndex], unitIds: [id], params: { unitId: id, operation: context.label(operationIndex) }, labels: { unitId: id } });
    }
  }
  for (const [id, operationIndexes] of analysis.createdTwice) {
    for (const operationIndex of operationIndexes) {
      context.add('plan_id_not_fresh', { path: ['operations', operationIndex], unitIds: [id], params: { unitId: id, operation: context.label(operationIndex) }, labels: { unitId: id } });
    }
  }
  for (const [id, operationIndexes] of analysis.touchedBy) {
    if (operationIndexes.length < 2) continue;
    const onlyPartial = operationIndexes.every((operationIndex) => {
      const operation = operations[operationIndex];
      return operation?.type === 'partial-transfer' && operation.sourceId === id;
    });
    // a unit may be renamed, moved and converted in one plan (Hà Nội 2024: a board renamed and put
    // under a department): edits that keep it in force, each kind once, do not conflict
    const editTypes = operationIndexes.map((operationIndex) => {
      const operation = operations[operationIndex];
      if (operation?.type === 'rename' || operation?.type === 'transfer') return operation.type;
      return operation?.type === 'convert' && operation.leavesPublicSector !== true ? 'convert' : undefined;
    });
    const compatibleEdits = editTypes.every((type) => type !== undefined) && new Set(editTypes).size === editTypes.length;
    if (!onlyPartial && !compatibleEdits) {
      context.add('plan_unit_consumed_twice', {
        unitIds: [id],
        params: { unitId: id, operations: operationIndexes.map((operationIndex) => context.label(operationIndex)) },
      });
    }
  }
  // successors and new homes that end themselves
  operations.forEach((operation, operationIndex) => {
    const successorIds: string[] = [];
    if (operation.type === 'merge') successorIds.push(operation.targetId);
    else if (operation.type === 'dissolve') successorIds.push(operation.successorId);
    else if (operation.type === 'partial-transfer') successorIds.push(operation.targetId);
    else if (operation.type === 'transfer') {
      if (operation.newParentId !== undefined) successorIds.push(operation.newParentId);
      if (operation.newAreaId !== undefined && operation.newAreaId !== operation.newParentId) successorIds.push(operation.newAreaId);
    }
    for (const successorId of successorIds) {
      if (!analysis.endings.has(successorId)) continue;
      context.add('plan_successor_ends', {
        path: ['operations', operationIndex],
        unitIds: [successorId],
        params: { unitId: successorId, operation: context.label(operationIndex) },
      });
    }
  });
}
