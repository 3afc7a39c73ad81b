import { getAreaLevel, isAreaKind, type Level } from '../model/kinds.js';
import { indexStructure, type StructureIndex } from '../model/indexStructure.js';
import type { Structure, Unit } from '../model/Structure.js';
import { addDaysToIsoDate } from '../core/Interval.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { NewUnit, Plan, PlanOperation } from './Plan.js';

/** A unit of the structure or one a plan creates. @internal */
export type PlannedUnit = Unit | NewUnit;

/** How an ending unit ends. @internal */
export interface Ending {
  /** Operations that end it (more than one for several partial transfers of one source). */
  readonly operationIndexes: number[];
  /** Where its children, organisations and people go, when one unit takes them all. */
  readonly successorId: string | undefined;
}

/**
 * What a plan does, indexed once: the units it creates and ends, their successors, and the
 * partial transfers by source and by target. Built by `validatePlan` and `applyPlan`.
 * @internal
 */
export interface PlanAnalysis {
  readonly structure: Structure;
  readonly index: StructureIndex;
  readonly plan: Plan;
  readonly effectiveOn: IsoDate;
  readonly dayBefore: IsoDate;
  /** New units by id, with the index of the operation creating them (first one wins). */
  readonly created: Map<string, { readonly unit: NewUnit; readonly operationIndex: number }>;
  /** Ids created more than once. */
  readonly createdTwice: Map<string, number[]>;
  readonly endings: Map<string, Ending>;
  /** Every operation touching a unit (ending, surviving target, renamed, moved, converted). */
  readonly touchedBy: Map<string, number[]>;
  readonly partialBySource: Map<string, number[]>;
  readonly partialByTarget: Map<string, number[]>;
  /** Full sources feeding a result (merge target or consolidated unit). */
  readonly fullSourcesOf: Map<string, string[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The label of an operation in messages: its own label or `#n type`. @internal */
export function operationLabel(operation: PlanOperation, operationIndex: number): string {
  return operation.label ?? `#${operationIndex + 1} ${operation.type}`;
}

/** Builds the {@link PlanAnalysis} of a plan over a structure, in linear time. @internal */
export function analysePlan(structure: Structure, plan: Plan): PlanAnalysis {
  const created = new Map<string, { unit: NewUnit; operationIndex: number }>();
  const createdTwice = new Map<string, number[]>();
  const endings = new Map<string, Ending>();
  const touchedBy = new Map<string, number[]>();
  const partialBySource = new Map<string, number[]>();
  const partialByTarget = new Map<string, number[]>();
  const fullSourcesOf = new Map<string, string[]>();
  const create = (unit: NewUnit, operationIndex: number) => {
    const first = created.get(unit.id);
    if (first === undefined) created.set(unit.id, { unit, operationIndex });
    else push(createdTwice, unit.id, operationIndex);
  };
  const end = (unitId: string, operationIndex: number, successorId: string | undefined) => {
    const existing = endings.get(unitId);
    if (existing === undefined) endings.set(unitId, { operationIndexes: [operationIndex], successorId });
    else existing.operationIndexes.push(operationIndex);
  };
  const touch = (unitId: string, operationIndex: number) => {
    const list = touchedBy.get(unitId);
    if (list === undefined) touchedBy.set(unitId, [operationIndex]);
    else if (list[list.length - 1] !== operationIndex) list.push(operationIndex);
  };
  plan.operations.forEach((operation, operationIndex) => {
    switch (operation.type) {
      case 'merge':
        for (const sourceId of operation.sourceIds) {
          end(sourceId, operationIndex, operation.targetId);
          touch(sourceId, operationIndex);
          push(fullSourcesOf, operation.targetId, sourceId);
        }
        touch(operation.targetId, operationIndex);
        break;
      case 'consolidate':
        create(operation.newUnit, operationIndex);
        if (!fullSourcesOf.has(operation.newUnit.id)) fullSourcesOf.set(operation.newUnit.id, []);
        for (const sourceId of operation.sourceIds) {
          end(sourceId, operationIndex, operation.newUnit.id);
          touch(sourceId, operationIndex);
          push(fullSourcesOf, operation.newUnit.id, sourceId);
        }
        break;
      case 'split':
        for (const part of operation.parts) create(part.newUnit, operationIndex);
        end(operation.sourceId, operationIndex, undefined);
        touch(operation.sourceId, operationIndex);
        break;
      case 'partial-transfer':
        push(partialBySource, operation.sourceId, operationIndex);
        push(partialByTarget, operation.targetId, operationIndex);
        if (operation.sourceEnds === true) {
          const ending = endings.get(operation.sourceId);
          const alreadyPartial = ending?.operationIndexes.every(
            (other) => plan.operations[other]?.type === 'partial-transfer',
          );
          if (ending === undefined) end(operation.sourceId, operationIndex, undefined);
          else if (alreadyPartial === true) ending.operationIndexes.push(operationIndex);
          else end(operation.sourceId, operationIndex, undefined);
        }
        touch(operation.sourceId, operationIndex);
        break;
      case 'dissolve':
        end(operation.sourceId, operationIndex, operation.successorId);
        touch(operation.sourceId, operationIndex);
        break;
      case 'rename':
      case 'transfer':
        touch(operation.unitId, operationIndex);
        break;
      case 'convert':
        if (operation.leavesPublicSector === true) end(operation.unitId, operationIndex, undefined);
        touch(operation.unitId, operationIndex);
        break;
      default:
        operation satisfies never;
    }
  });
  return {
    structure,
    index: indexStructure(structure),
    plan,
    effectiveOn: plan.effectiveOn,
    dayBefore: addDaysToIsoDate(plan.effectiveOn, -1),
    created,
    createdTwice,
    endings,
    touchedBy,
    partialBySource,
    partialByTarget,
    fullSourcesOf,
  };
}

/** A unit of the structure, else one the plan creates. @internal */
export function resolveUnit(analysis: PlanAnalysis, id: string): PlannedUnit | undefined {
  return analysis.index.unitsById.get(id) ?? analysis.created.get(id)?.unit;
}

/** The level of a unit, existing or planned (an organisation's from its area). @internal */
export function levelOf(analysis: PlanAnalysis, unit: PlannedUnit): Level | undefined {
  if (isAreaKind(unit.kind)) return getAreaLevel(unit.kind);
  const area = resolveUnit(analysis, (unit as { areaId: string }).areaId);
  return area !== undefined && isAreaKind(area.kind) ? getAreaLevel(area.kind) : undefined;
}

/** The unit that finally takes over an ending unit's children, following successors in the plan. @internal */
export function finalSuccessor(analysis: PlanAnalysis, id: string): string | undefined {
  let current = id;
  const seen = new Set<string>();
  for (;;) {
    const ending = analysis.endings.get(current);
    if (ending === undefined) return current === id ? undefined : current;
    if (ending.successorId === undefined || seen.has(current)) return undefined;
    seen.add(current);
    current = ending.successorId;
  }
}
