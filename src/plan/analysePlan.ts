import { addDaysToIsoDate } from '../core/Interval.js';
import type { Bilingual } from '../core/Bilingual.js';
import type { IsoDate } from '../core/IsoDate.js';
import { getAreaLevel, isAreaKind, type Level } from '../model/kinds.js';
import { indexStructure, type StructureIndex } from '../model/indexStructure.js';
import type { Structure, Unit } from '../model/Structure.js';
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

/** The units an operation combines into one result: its full and partial sources and the result. @internal */
export interface Combination {
  /** The full sources, then the sources of the partial transfers into the result. */
  readonly sourceIds: readonly string[];
  readonly resultId: string;
  /** The partial transfers into the result that count for this operation. */
  readonly partialTransferIndexes: readonly number[];
}

/**
 * What a plan does, indexed once: the units it creates and ends, their successors, the partial
 * transfers by source and by target, and what each merger or consolidation combines. Built by
 * `validatePlan` and `applyPlan` in time linear in the plan and the structure.
 * @internal
 */
export interface PlanAnalysis {
  readonly structure: Structure;
  readonly index: StructureIndex;
  readonly plan: Plan;
  readonly effectiveOn: IsoDate;
  readonly dayBefore: IsoDate;
  /** New units by id, with the index of the operation creating them (first one wins). */
  readonly created: ReadonlyMap<string, { readonly unit: NewUnit; readonly operationIndex: number }>;
  /** Ids created more than once, with the later operations creating them. */
  readonly createdTwice: ReadonlyMap<string, readonly number[]>;
  readonly endings: ReadonlyMap<string, Ending>;
  /** Every operation touching a unit (ending, surviving target, renamed, moved, converted). */
  readonly touchedBy: ReadonlyMap<string, readonly number[]>;
  readonly partialBySource: ReadonlyMap<string, readonly number[]>;
  readonly partialByTarget: ReadonlyMap<string, readonly number[]>;
  /**
   * What each merger or consolidation combines, by operation index (`undefined` for the other
   * operations). Partial transfers into a result count for the first operation forming it only,
   * so that a result named by several operations (itself an error) costs no k × m work.
   */
  readonly combinations: readonly (Combination | undefined)[];
  /** The unit that finally takes over an ending unit's children, posts and organisations. */
  readonly successorOf: (id: string) => string | undefined;
  /** Ending units whose final successor is the key. */
  readonly predecessorsOf: (id: string) => readonly string[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The label of an operation in params: its own label or `#n type`. @internal */
export function operationLabel(operation: PlanOperation, operationIndex: number): string {
  return operation.label ?? `#${operationIndex + 1} ${operation.type}`;
}

/** What an operation does, in each language (the words of `PlanOperation`'s doc). */
function operationTypeName(type: PlanOperation['type']): Bilingual {
  switch (type) {
    case 'merge':
      return { vi: 'sáp nhập', en: 'merge' };
    case 'consolidate':
      return { vi: 'hợp nhất', en: 'consolidate' };
    case 'split':
      return { vi: 'chia tách', en: 'split' };
    case 'partial-transfer':
      return { vi: 'điều chỉnh một phần', en: 'partial transfer' };
    case 'dissolve':
      return { vi: 'giải thể', en: 'dissolve' };
    case 'rename':
      return { vi: 'đổi tên', en: 'rename' };
    case 'transfer':
      return { vi: 'chuyển trực thuộc', en: 'transfer' };
    case 'convert':
      return { vi: 'chuyển đổi', en: 'convert' };
    default: {
      // a type the schema does not know (a caller who skipped parsePlan) is shown as written
      const written: string = type satisfies never;
      return { vi: written, en: written };
    }
  }
}

/**
 * An operation as messages show it, in each language: its own label, or `#n` and what it does
 * (`#2 hợp nhất` / `#2 consolidate`). @internal
 */
export function operationName(operation: PlanOperation, operationIndex: number): Bilingual {
  if (operation.label !== undefined) return { vi: operation.label, en: operation.label };
  const { vi, en } = operationTypeName(operation.type);
  return { vi: `#${operationIndex + 1} ${vi}`, en: `#${operationIndex + 1} ${en}` };
}

/** Builds the {@link PlanAnalysis} of a plan over a structure, in linear time. @internal */
export function analysePlan(structure: Structure, plan: Plan): PlanAnalysis {
  const created = new Map<string, { unit: NewUnit; operationIndex: number }>();
  const createdTwice = new Map<string, number[]>();
  const endings = new Map<string, Ending>();
  const touchedBy = new Map<string, number[]>();
  const partialBySource = new Map<string, number[]>();
  const partialByTarget = new Map<string, number[]>();
  const create = (unit: NewUnit, operationIndex: number) => {
    if (!created.has(unit.id)) created.set(unit.id, { unit, operationIndex });
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
        }
        touch(operation.targetId, operationIndex);
        break;
      case 'consolidate':
        create(operation.newUnit, operationIndex);
        for (const sourceId of operation.sourceIds) {
          end(sourceId, operationIndex, operation.newUnit.id);
          touch(sourceId, operationIndex);
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
        // several transfers ending one source are one ending listing each (references.ts tells them from a unit ended twice)
        if (operation.sourceEnds === true) end(operation.sourceId, operationIndex, undefined);
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

  const claimed = new Set<string>();
  const combinations = plan.operations.map((operation): Combination | undefined => {
    let resultId: string;
    if (operation.type === 'merge') resultId = operation.targetId;
    else if (operation.type === 'consolidate') resultId = operation.newUnit.id;
    else return undefined;
    const sourceIds = [...operation.sourceIds];
    let partialTransferIndexes: readonly number[] = [];
    if (!claimed.has(resultId)) {
      claimed.add(resultId);
      partialTransferIndexes = partialByTarget.get(resultId) ?? [];
      for (const transferIndex of partialTransferIndexes) sourceIds.push((plan.operations[transferIndex] as { sourceId: string }).sourceId);
    }
    return { sourceIds, resultId, partialTransferIndexes };
  });

  // final successors, each found once: a chain of k endings costs k, a cycle ends in no successor
  const successors = new Map<string, string | undefined>();
  const successorOf = (id: string): string | undefined => {
    const known = successors.get(id);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the memo of final successors; skipping it walks the chain again to the same answer
    if (known !== undefined || successors.has(id)) return known;
    const first = endings.get(id);
    if (first === undefined) return undefined;
    // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator,LogicalOperator: a shortcut for a successor that does not end; without it (or with a weaker test) the walk below finds the same successor
    if (first.successorId === undefined || (first.successorId !== id && !endings.has(first.successorId))) {
      // the usual case: no successor, or one that does not end
      successors.set(id, first.successorId);
      return first.successorId;
    }
    // Stryker disable next-line ArrayDeclaration: an extra memo entry under an id no unit has changes no answer
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let current = id;
    let found: string | undefined;
    for (;;) {
      // Stryker disable next-line BlockStatement,ConditionalExpression: the memo inside the walk; without it the walk goes on to the same successor
      if (successors.has(current)) {
        found = successors.get(current);
        break;
      }
      const ending = endings.get(current);
      if (ending === undefined) {
        found = current;
        break;
      }
      if (ending.successorId === undefined || onWalk.has(current)) {
        found = undefined;
        break;
      }
      walk.push(current);
      onWalk.add(current);
      current = ending.successorId;
    }
    for (const step of walk) successors.set(step, found);
    return endings.has(id) ? found : undefined;
  };
  let predecessors: Map<string, string[]> | undefined;
  const predecessorsOf = (id: string): readonly string[] => {
    // Stryker disable next-line ConditionalExpression: rebuilding the table of predecessors on every question gives the same table
    if (predecessors === undefined) {
      predecessors = new Map();
      for (const endingId of endings.keys()) {
        const successorId = successorOf(endingId);
        // Stryker disable next-line ConditionalExpression: an entry under an undefined successor is never asked for (predecessorsOf takes an id)
        if (successorId !== undefined) push(predecessors, successorId, endingId);
      }
    }
    return predecessors.get(id) ?? [];
  };

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
    combinations,
    successorOf,
    predecessorsOf,
  };
}

/** A unit of the structure, else one the plan creates. @internal */
export function resolveUnit(analysis: PlanAnalysis, id: string): PlannedUnit | undefined {
  return analysis.index.unitsById.get(id) ?? analysis.created.get(id)?.unit;
}

/** The id of the area an organisation serves (`undefined` for an area). @internal */
export function areaIdOf(unit: PlannedUnit): string | undefined {
  return isAreaKind(unit.kind) ? undefined : (unit as { readonly areaId: string }).areaId;
}

/** The level of a unit, existing or planned (an organisation's from its area). @internal */
export function levelOf(analysis: PlanAnalysis, unit: PlannedUnit): Level | undefined {
  if (isAreaKind(unit.kind)) return getAreaLevel(unit.kind);
  const area = resolveUnit(analysis, areaIdOf(unit) as string);
  return area !== undefined && isAreaKind(area.kind) ? getAreaLevel(area.kind) : undefined;
}
