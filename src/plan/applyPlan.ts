import { isAreaKind } from '../model/kinds.js';
import type { Assignment, AreaUnit, Structure, Unit } from '../model/Structure.js';
import type { Citation } from '../core/Citation.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { isInForce } from '../core/Interval.js';
import type { IsoDate } from '../core/IsoDate.js';
import { analysePlan, finalSuccessor, type PlanAnalysis } from './analysePlan.js';
import type { Plan, PlanOperation, Share } from './Plan.js';
import { assertPlan, validateAnalysedPlan, type ValidatePlanOptions } from './validatePlan.js';
import type { Result } from '../report/Result.js';

/**
 * One change a plan makes to one unit: it `ended`, `started` or `continued` (changed but kept its
 * identity), by which operation, with the units it came from or went into, the shares moved and
 * the legal basis of the plan and operation.
 *
 * @example
 * ```ts
 * const event: PlanEvent = {
 *   change: 'ended', unitId: 'thon-2', on: isoDate('2019-01-01'), operation: 'merge',
 *   operationIndex: 0, into: ['thon-1'],
 * };
 * ```
 * @category Plan
 */
export interface PlanEvent {
  readonly change: 'ended' | 'started' | 'continued';
  readonly unitId: string;
  readonly on: IsoDate;
  readonly operation: PlanOperation['type'];
  readonly operationIndex: number;
  /** For an ended unit: the units taking it over (whole or in part). */
  readonly into?: readonly string[];
  /** For a started or continued unit: the units it was formed from or absorbed. */
  readonly from?: readonly string[];
  /** Shares moved, by the unit they went into (splits, partial transfers). */
  readonly shares?: readonly { readonly unitId: string; readonly share: Share }[];
  /** The plan's basis followed by the operation's own. */
  readonly basis?: readonly Citation[];
}

/**
 * The answer of {@link applyPlan}: the structure after the plan with the change events, or the
 * report that made it refuse.
 *
 * @example
 * ```ts
 * const result: ApplyPlanResult = applyPlan(structure, plan);
 * if (result.ok) result.events.length; //=> 3
 * ```
 * @category Plan
 */
export type ApplyPlanResult =
  | { readonly ok: true; readonly structure: Structure; readonly events: readonly PlanEvent[]; readonly report: Result<void> }
  | { readonly ok: false; readonly report: Result<void> };

type MutableUnit = { -readonly [K in keyof Unit]?: unknown } & Record<string, unknown>;

function basisOf(plan: Plan, operation: PlanOperation): Citation[] | undefined {
  const basis = [...(plan.basis ?? []), ...(operation.basis ?? [])];
  return basis.length > 0 ? basis : undefined;
}

function addFigures(target: MutableUnit, share: Share | undefined, sign: 1 | -1, source: AreaUnit | undefined): void {
  for (const field of ['population', 'households', 'areaKm2'] as const) {
    let amount = share?.[field];
    if (amount === undefined && share?.basisPoints !== undefined && source?.[field] !== undefined) {
      const whole = source[field];
      amount = field === 'areaKm2' ? (whole * share.basisPoints) / 10_000 : Math.floor((whole * share.basisPoints) / 10_000);
    }
    if (amount === undefined) continue;
    const current = target[field];
    if (typeof current !== 'number') continue;
    const next = field === 'areaKm2' ? Math.round((current + sign * amount) * 100) / 100 : current + sign * amount;
    target[field] = next;
  }
}

function sumField(units: readonly (Unit | undefined)[], field: 'population' | 'households' | 'areaKm2'): number | undefined {
  let total = 0;
  for (const unit of units) {
    const value = unit === undefined || !isAreaKind(unit.kind) ? undefined : (unit as AreaUnit)[field];
    if (value === undefined) return undefined;
    total += field === 'areaKm2' ? Math.round(value * 100) : value;
  }
  return field === 'areaKm2' ? total / 100 : total;
}

function build(analysis: PlanAnalysis): { structure: Structure; events: PlanEvent[] } {
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
  const target = (id: string): MutableUnit | undefined => createdById.get(id) ?? edit(id);
  /** One `ended` event per source that ends by partial transfers, listing every part. */
  const endedByParts = new Map<string, { into: string[]; shares: { unitId: string; share: Share }[] }>();

  plan.operations.forEach((operation, operationIndex) => {
    const basis = basisOf(plan, operation);
    const common = { on: effectiveOn, operation: operation.type, operationIndex, ...(basis === undefined ? {} : { basis }) };
    switch (operation.type) {
      case 'merge': {
        const survivor = edit(operation.targetId);
        if (survivor !== undefined && isAreaKind(survivor['kind'] as Unit['kind'])) {
          const all = [operation.targetId, ...operation.sourceIds].map((id) => index.unitsById.get(id));
          for (const field of ['population', 'households', 'areaKm2'] as const) {
            // the sum, or unknown when any part is unknown: never the survivor's old figure alone
            const total = sumField(all, field);
            if (total !== undefined) survivor[field] = total;
            else delete survivor[field];
          }
        }
        if (survivor !== undefined && operation.name !== undefined) survivor['name'] = operation.name;
        if (survivor !== undefined && !isAreaKind(survivor['kind'] as Unit['kind'])) {
          if (operation.staffing !== undefined) survivor['staffing'] = operation.staffing;
        }
        for (const sourceId of operation.sourceIds) events.push({ change: 'ended', unitId: sourceId, into: [operation.targetId], ...common });
        events.push({ change: 'continued', unitId: operation.targetId, from: operation.sourceIds, ...common });
        break;
      }
      case 'consolidate': {
        const created = createdById.get(operation.newUnit.id);
        if (created !== undefined && isAreaKind(operation.newUnit.kind)) {
          const sources = operation.sourceIds.map((id) => index.unitsById.get(id));
          for (const field of ['population', 'households', 'areaKm2'] as const) {
            if (created[field] === undefined && (analysis.partialByTarget.get(operation.newUnit.id) ?? []).length === 0) {
              const total = sumField(sources, field);
              if (total !== undefined && sources.length > 0) created[field] = total;
            }
          }
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
        const receiver = target(operation.targetId);
        const sourceArea = source !== undefined && isAreaKind(source.kind) ? (source as AreaUnit) : undefined;
        if (receiver !== undefined && !createdById.has(operation.targetId)) addFigures(receiver, operation.share, 1, sourceArea);
        if (operation.sourceEnds !== true) {
          const remainder = edit(operation.sourceId);
          if (remainder !== undefined) addFigures(remainder, operation.share, -1, sourceArea);
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

  // ending units end; what they held moves to their successor
  for (const endingId of analysis.endings.keys()) {
    const unit = edit(endingId);
    if (unit !== undefined) unit['to'] = effectiveOn;
    const successorId = finalSuccessor(analysis, endingId);
    if (successorId === undefined) continue;
    for (const child of index.childrenById.get(endingId) ?? []) {
      if (!isInForce(child, effectiveOn) || analysis.endings.has(child.id)) continue;
      const moved = edit(child.id);
      if (moved !== undefined && moved['parentId'] === endingId) moved['parentId'] = successorId;
    }
    for (const organisation of index.organisationsByAreaId.get(endingId) ?? []) {
      if (!isInForce(organisation, effectiveOn) || analysis.endings.has(organisation.id)) continue;
      const moved = edit(organisation.id);
      if (moved !== undefined && moved['areaId'] === endingId) moved['areaId'] = successorId;
    }
  }

  const units: Unit[] = structure.units.map((unit) => (changed.get(unit.id) as Unit | undefined) ?? unit);
  units.push(...createdUnits);
  const assignments: Assignment[] = [];
  for (const assignment of structure.assignments) {
    const ending = analysis.endings.get(assignment.unitId);
    if (ending === undefined || !isInForce(assignment, effectiveOn)) {
      assignments.push(assignment);
      continue;
    }
    assignments.push({ ...assignment, to: effectiveOn });
    const successorId = finalSuccessor(analysis, assignment.unitId);
    if (successorId === undefined) continue;
    const { to: _ended, id, ...rest } = assignment;
    void _ended;
    assignments.push({
      ...rest,
      ...(id === undefined ? {} : { id: `${id}@${effectiveOn}` }),
      unitId: successorId,
      from: effectiveOn,
      ...(assignment.to === undefined ? {} : { to: assignment.to }),
    });
  }
  return { structure: { units, people: structure.people, assignments }, events };
}

/**
 * Applies a reorganisation plan: the structure after it, and the change events. Pure: the input
 * structure and plan are untouched and the result shares unchanged records with the input. It
 * first runs {@link validatePlan} and refuses (`ok: false`) a plan with any error.
 *
 * What moves where: ending units get `to: effectiveOn`; units created by the plan start
 * `from: effectiveOn`. The children, organisations and posts in force of an ending unit go to its
 * successor (the merge target, the consolidated unit, the dissolved unit's successor). A surviving
 * area's population, households and area become the sum of what it absorbed; partial transfers
 * move their shares from a continuing source to an existing target (a new unit keeps the figures
 * its record gives). Changed units keep their id and show their state from `effectiveOn`; the
 * events keep the history, so plans can be chained year after year. A source that ends by several
 * partial transfers has one `ended` event listing every part (`into`, and `shares` where given).
 *
 * @param structure - The structure before the plan.
 * @param plan - A parsed plan.
 * @param options - `rulebook` (default `defaultRulebook`).
 * @returns `{ ok: true, structure, events, report }` or `{ ok: false, report }`.
 * @throws {TypeError} When `plan` is not shaped like a plan (parse input with `parsePlan`).
 * @example
 * ```ts
 * const result = applyPlan(kyAnhTown2018, { effectiveOn: isoDate('2019-01-01'),
 *   operations: [{ type: 'merge', sourceIds: ['thon-ky-nam-2'], targetId: 'thon-ky-nam-3' }] });
 * result.ok && result.events.map((event) => `${event.change} ${event.unitId}`);
 * //=> ['ended thon-ky-nam-2', 'continued thon-ky-nam-3']
 * ```
 * @category Plan
 */
export function applyPlan(structure: Structure, plan: Plan, options: ValidatePlanOptions = {}): ApplyPlanResult {
  assertPlan(plan);
  const analysis = analysePlan(structure, plan);
  const report = validateAnalysedPlan(analysis, options.rulebook ?? defaultRulebook);
  if (!report.ok) return { ok: false, report };
  const { structure: next, events } = build(analysis);
  return { ok: true, structure: next, events, report };
}
