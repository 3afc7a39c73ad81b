import type { Citation } from '../core/Citation.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { Structure } from '../model/Structure.js';
import type { PlanOperation, Share } from './Plan.js';

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
 * What a plan leaves behind: the structure after it and the change events, the value of
 * `applyPlan`'s success.
 *
 * @example
 * ```ts
 * const result = applyPlan(kyAnhTown2018, {
 *   effectiveOn: isoDate('2019-01-01'),
 *   operations: [{ type: 'merge', sourceIds: ['thon-ky-nam-2'], targetId: 'thon-ky-nam-3' }],
 * });
 * if (result.ok) {
 *   const applied: AppliedPlan = result.value;
 *   applied.events.map((event) => `${event.change} ${event.unitId}`); //=> ['ended thon-ky-nam-2', 'continued thon-ky-nam-3']
 * }
 * ```
 * @category Plan
 */
export interface AppliedPlan {
  /** The structure after the plan: ended units carry `to: effectiveOn`, new ones `from: effectiveOn`. */
  readonly structure: Structure;
  /** What happened to each unit, in the order of the operations. */
  readonly events: readonly PlanEvent[];
}
