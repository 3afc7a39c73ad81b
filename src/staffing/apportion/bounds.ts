import { createIssue } from '../../report/createIssue.js';
import type { Issue } from '../../report/Issue.js';
import { assertCount } from '../../core/divideRounded.js';
import { assertArray } from '../contract.js';
import type { ApportionOptions } from './Apportionment.js';

/**
 * Per-unit floors and caps, a cap of `Infinity` for none.
 * @internal
 */
export interface Bounds {
  readonly lo: number[];
  readonly hi: number[];
}

/**
 * Reads and checks `floors` and `caps` against the weights.
 *
 * @param n - The number of weights.
 * @param options - The caller's options.
 * @returns Floors (default 0) and caps (default none); `undefined` when neither is given (every floor
 *   0, no cap), so that the common case allocates nothing ({@link freeBounds} builds them).
 * @throws {RangeError} When an array's length differs from the weights', or an entry is not a
 *   non-negative safe integer.
 * @throws {TypeError} When `floors` or `caps` is not an array.
 * @example
 * ```ts
 * readBounds(2, { caps: [3, null] }); //=> { lo: [0, 0], hi: [3, Infinity] }
 * ```
 * @internal
 */
export function readBounds(n: number, options: ApportionOptions): Bounds | undefined {
  const { floors, caps } = options;
  if (floors !== undefined && assertArray(floors, 'options.floors').length !== n) {
    throw new RangeError(`[tinh-gon] options.floors must have ${n} entries, received ${floors.length}`);
  }
  if (caps !== undefined && assertArray(caps, 'options.caps').length !== n) {
    throw new RangeError(`[tinh-gon] options.caps must have ${n} entries, received ${caps.length}`);
  }
  // Stryker disable next-line ConditionalExpression: floors of 0 and no caps, built or not, give the same shares (the shortcut spares the arrays)
  if (floors === undefined && caps === undefined) return undefined;
  const { lo, hi } = freeBounds(n);
  for (let i = 0; i < n; i += 1) {
    if (floors !== undefined) lo[i] = assertCount(floors[i], `options.floors[${i}]`);
    const cap = caps?.[i];
    if (cap !== undefined && cap !== null) hi[i] = assertCount(cap, `options.caps[${i}]`);
  }
  return { lo, hi };
}

/**
 * No floor and no cap for `n` units: floors of 0, caps of `Infinity`.
 *
 * @param n - The number of units.
 * @returns Fresh arrays.
 * @example
 * ```ts
 * freeBounds(2); //=> { lo: [0, 0], hi: [Infinity, Infinity] }
 * ```
 * @internal
 */
export function freeBounds(n: number): Bounds {
  return { lo: new Array<number>(n).fill(0), hi: new Array<number>(n).fill(Number.POSITIVE_INFINITY) };
}

/**
 * Reads and checks `ids` and the tie policy.
 *
 * @param options - The caller's options.
 * @param n - The number of weights.
 * @returns The ids, or `undefined`.
 * @throws {TypeError} When the policy is unknown, `by-id` comes without ids, or ids repeat.
 * @throws {RangeError} When the ids' length differs from the weights'.
 * @example
 * ```ts
 * readIds({ ids: ['a', 'b'] }, 2); //=> ['a', 'b']
 * ```
 * @internal
 */
export function readIds(options: ApportionOptions, n: number): readonly string[] | undefined {
  const { ids, tiePolicy } = options;
  if (tiePolicy !== undefined && tiePolicy !== 'by-order' && tiePolicy !== 'by-id') {
    throw new TypeError(`[tinh-gon] options.tiePolicy must be 'by-order' or 'by-id', received ${String(tiePolicy)}`);
  }
  if (ids === undefined) {
    if (tiePolicy === 'by-id') throw new TypeError("[tinh-gon] options.tiePolicy 'by-id' needs options.ids");
    return undefined;
  }
  if (assertArray(ids, 'options.ids').length !== n) {
    throw new RangeError(`[tinh-gon] options.ids must have ${n} entries, received ${ids.length}`);
  }
  if (new Set(ids).size !== n) throw new TypeError('[tinh-gon] options.ids must be unique');
  return ids;
}

/**
 * Whether the bounds leave room for the total: a floor above its cap is `apportion_bounds_conflict`
 * (one issue per unit); floors summing above the total, or caps (a unit of weight 0 counts its
 * floor) summing below it, are `apportion_infeasible`.
 *
 * @param total - The total to share out.
 * @param weights - The weights.
 * @param bounds - Floors and caps; `undefined` for none.
 * @param ids - Unit ids, for the issues.
 * @param weightSum - The sum of the weights.
 * @returns The issues, empty when the bounds are feasible.
 * @example
 * ```ts
 * checkFeasible(10, [1, 1], { lo: [0, 0], hi: [3, 3] }, undefined, 2)[0]?.code; //=> 'apportion_infeasible'
 * checkFeasible(10, [0, 0], undefined, undefined, 0)[0]?.code;                 //=> 'apportion_infeasible'
 * ```
 * @internal
 */
export function checkFeasible(
  total: number,
  weights: readonly number[],
  bounds: Bounds | undefined,
  ids: readonly string[] | undefined,
  weightSum: number,
): Issue[] {
  const issues: Issue[] = [];
  if (bounds === undefined) {
    // floors sum to 0; the caps are unlimited unless every weight is 0 (then they sum to 0)
    if (total > 0 && weightSum === 0) issues.push(createIssue('apportion_infeasible', { params: { total, floorSum: 0, capSum: 0 } }));
    return issues;
  }
  let floorSum = 0;
  let capSum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const lo = bounds.lo[i] as number;
    const hi = bounds.hi[i] as number;
    if (lo > hi) {
      issues.push(
        createIssue('apportion_bounds_conflict', {
          params: { unit: ids?.[i] ?? i, floor: lo, cap: hi },
          path: ['floors', i],
          ...(ids === undefined ? {} : { unitIds: [ids[i] as string] }),
        }),
      );
    }
    floorSum += lo;
    capSum += (weights[i] as number) > 0 ? hi : lo;
  }
  if (issues.length === 0 && (floorSum > total || capSum < total)) {
    issues.push(createIssue('apportion_infeasible', { params: { total, floorSum, capSum: Number.isFinite(capSum) ? capSum : '∞' } }));
  }
  return issues;
}
