import type { Citation } from '../core/Citation.js';
import { isOverBy } from '../core/Interval.js';
import { isAreaKind } from '../model/kinds.js';
import type { Assignment, Unit } from '../model/Structure.js';
import type { PlanAnalysis } from './analysePlan.js';
import { FACT_FIELDS, factsOf, moveFigure, shareAmount, sumFacts } from './figures.js';
import type { Plan, PlanOperation, Share } from './Plan.js';
import type { AppliedPlan, PlanEvent } from './PlanEvent.js';

export type { AppliedPlan } from './PlanEvent.js';

type MutableUnit = Record<string, unknown>;

function basisOf(plan: Plan, operation: PlanOperation): Citation[] | undefined {
  const basis = [...(plan.basis ?? []), ...(operation.basis ?? [])];
  return basis.length > 0 ? basis : undefined;
}

/** Moves a share's figures into (1) or out of (-1) an area that records them; a figure it lacks stays unknown. */
function moveShare(target: MutableUnit, share: Share | undefined, sign: 1 | -1, source: Unit | undefined): void {
  for (const field of FACT_FIELDS) {
    const amount = shareAmount(share, source, field);
    const current = target[field];
    if (amount !== undefined && typeof current === 'number') target[field] = moveFigure(field, current, amount, sign);
  }
}

/**
 * Builds the structure a plan leaves behind and its change events, without checking anything:
 * `validatePlan` runs the structure checks on it and `applyPlan` returns it. Tolerant of a plan
 * with errors (an unknown id is skipped), so that the checks can look at what it would build.
 * Linear in the structure and the plan; unchanged records are shared with the input.
 * @internal
 */
export function buildAppliedPlan(analysis: PlanAnalysis): AppliedPlan {
  const { structure, plan, effectiveOn, index } = analysis;
  const events: PlanEvent[] = [];
  const changed = new Map<string, MutableUnit>();
  const edit = (id: string): MutableUnit | undefined => {
    const existing = changed.get(id);
    if (existing !== undefined) return existing;
    const unit = index.unitsById.get(id);
    if (unit === undefined) return undefined;
    const copy = { ...unit } as MutableUnit;
    changed.set(id, copy);
    return copy;
  };
  const createdUnits: Unit[] = [];
  const createdById = new Map<string, MutableUnit>();
  for (const { unit } of analysis.created.values()) {
    const copy = { ...unit, from: effectiveOn } as MutableUnit;
    createdById.set(unit.id, copy);
    createdUnits.push(copy as unknown as Unit);
  }
  /** One `ended` event per source that ends by partial transfers, listing every part. */
  const endedByParts = new Map<string, { into: string[]; shares: { unitId: string; share: Share }[] }>();

  plan.operations.forEach((operation, operationIndex) => {
    const basis = basisOf(plan, operation);
    const common = { on: effectiveOn, operation: operation.type, operationIndex, ...(basis === undefined ? {} : { basis }) };
    switch (operation.type) {
      case 'merge': {
        const survivor = edit(operation.targetId);
        if (survivor !== undefined && isAreaKind(survivor['kind'] as Unit['kind'])) {
          // the sum, or unknown when any part is unknown: never the survivor's old figure alone
          const total = sumFacts([operation.targetId, ...operation.sourceIds].map((id) => factsOf(index.unitsById.get(id))));
          for (const field of FACT_FIELDS) {
            if (total[field] !== undefined) survivor[field] = total[field];
            else delete survivor[field];
          }
        }
        if (survivor !== undefined && operation.name !== undefined) survivor['name'] = operation.name;
        if (survivor !== undefined && !isAreaKind(survivor['kind'] as Unit['kind']) && operation.staffing !== undefined) {
          survivor['staffing'] = operation.staffing;
        }
        for (const sourceId of operation.sourceIds) events.push({ change: 'ended', unitId: sourceId, into: [operation.targetId], ...common });
        events.push({ change: 'continued', unitId: operation.targetId, from: operation.sourceIds, ...common });
        break;
      }
      case 'consolidate': {
        const created = createdById.get(operation.newUnit.id);
        const fedByParts = (analysis.partialByTarget.get(operation.newUnit.id) ?? []).length > 0;
        if (created !== undefined && isAreaKind(operation.newUnit.kind) && !fedByParts && operation.sourceIds.length > 0) {
          const total = sumFacts(operation.sourceIds.map((id) => factsOf(index.unitsById.get(id))));
          for (const field of FACT_FIELDS) if (created[field] === undefined && total[field] !== undefined) created[field] = total[field];
        }
        for (const sourceId of operation.sourceIds) events.push({ change: 'ended', unitId: sourceId, into: [operation.newUnit.id], ...common });
        events.push({ change: 'started', unitId: operation.newUnit.id, from: operation.sourceIds, ...common });
        break;
      }
      case 'split':
        events.push({
          change: 'ended',
          unitId: operation.sourceId,
          into: operation.parts.map((part) => part.newUnit.id),
          shares: operation.parts.map((part) => ({ unitId: part.newUnit.id, share: part.share })),
          ...common,
        });
        for (const part of operation.parts) events.push({ change: 'started', unitId: part.newUnit.id, from: [operation.sourceId], ...common });
        break;
      case 'partial-transfer': {
        const source = index.unitsById.get(operation.sourceId);
        if (!createdById.has(operation.targetId)) {
          const receiver = edit(operation.targetId);
          if (receiver !== undefined) moveShare(receiver, operation.share, 1, source);
        }
        if (operation.sourceEnds !== true) {
          const remainder = edit(operation.sourceId);
          if (remainder !== undefined) moveShare(remainder, operation.share, -1, source);
        }
        const share = operation.share === undefined ? [] : [{ unitId: operation.targetId, share: operation.share }];
        const ending = operation.sourceEnds === true ? endedByParts.get(operation.sourceId) : undefined;
        if (ending !== undefined) {
          ending.into.push(operation.targetId);
          ending.shares.push(...share);
        } else {
          const into = [operation.targetId];
          const shares = [...share];
          if (operation.sourceEnds === true) endedByParts.set(operation.sourceId, { into, shares });
          events.push({ change: operation.sourceEnds === true ? 'ended' : 'continued', unitId: operation.sourceId, into, shares, ...common });
        }
        if (!createdById.has(operation.targetId)) {
          events.push({ change: 'continued', unitId: operation.targetId, from: [operation.sourceId], shares: share, ...common });
        }
        break;
      }
      case 'dissolve':
        events.push({ change: 'ended', unitId: operation.sourceId, into: [operation.successorId], ...common });
        break;
      case 'rename': {
        const unit = edit(operation.unitId);
        if (unit !== undefined) unit['name'] = operation.name;
        events.push({ change: 'continued', unitId: operation.unitId, ...common });
        break;
      }
      case 'transfer': {
        const unit = edit(operation.unitId);
        if (unit !== undefined && operation.newParentId !== undefined) unit['parentId'] = operation.newParentId;
        if (unit !== undefined && operation.newAreaId !== undefined) unit['areaId'] = operation.newAreaId;
        events.push({ change: 'continued', unitId: operation.unitId, ...common });
        break;
      }
      case 'convert': {
        const unit = edit(operation.unitId);
        if (unit !== undefined && operation.autonomyGroup !== undefined) unit['autonomyGroup'] = operation.autonomyGroup;
        events.push({ change: operation.leavesPublicSector === true ? 'ended' : 'continued', unitId: operation.unitId, ...common });
        break;
      }
      default:
        operation satisfies never;
    }
  });

  // ending units end; what they held and is not over by the day (in force, or starting later) moves to their successor
  for (const endingId of analysis.endings.keys()) {
    const unit = edit(endingId);
    if (unit !== undefined) unit['to'] = effectiveOn;
    const successorId = analysis.successorOf(endingId);
    if (successorId === undefined) continue;
    for (const child of index.childrenById.get(endingId) ?? []) {
      if (isOverBy(child, effectiveOn) || analysis.endings.has(child.id)) continue;
      const moved = edit(child.id);
      if (moved !== undefined && moved['parentId'] === endingId) moved['parentId'] = successorId;
    }
    for (const organisation of index.organisationsByAreaId.get(endingId) ?? []) {
      if (isOverBy(organisation, effectiveOn) || analysis.endings.has(organisation.id)) continue;
      const moved = edit(organisation.id);
      if (moved !== undefined && moved['areaId'] === endingId) moved['areaId'] = successorId;
    }
  }

  const units: Unit[] = structure.units.map((unit) => (changed.get(unit.id) as Unit | undefined) ?? unit);
  units.push(...createdUnits);
  const assignments: Assignment[] = [];
  for (const assignment of structure.assignments) {
    if (!analysis.endings.has(assignment.unitId) || isOverBy(assignment, effectiveOn)) {
      assignments.push(assignment);
      continue;
    }
    // a post that starts on the day its unit ends, or later, has no day at the old unit: it only
    // moves, with its id and dates (with no successor it stays as it is, and the conservation check
    // reports it as orphaned)
    const startsThatDayOrLater = assignment.from >= effectiveOn;
    const successorId = analysis.successorOf(assignment.unitId);
    if (!startsThatDayOrLater) assignments.push({ ...assignment, to: effectiveOn });
    else if (successorId === undefined) assignments.push(assignment);
    if (successorId === undefined) continue;
    const { to, id, ...rest } = assignment;
    assignments.push({
      ...rest,
      ...(id === undefined ? {} : { id: startsThatDayOrLater ? id : `${id}@${effectiveOn}` }),
      unitId: successorId,
      from: startsThatDayOrLater ? assignment.from : effectiveOn,
      ...(to === undefined ? {} : { to }),
    });
  }
  return { structure: { units, people: structure.people, assignments }, events };
}
