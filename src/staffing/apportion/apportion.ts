import { assertCount } from '../../core/divideRounded.js';
import type { Result } from '../../report/Result.js';
import { assertArray, readOptions } from '../contract.js';
import type { ApportionMethod, ApportionOptions, Apportionment } from './Apportionment.js';
import { checkFeasible, freeBounds, readBounds, readIds } from './bounds.js';
import { divisor } from './divisor.js';
import { hamilton } from './hamilton.js';
import { settleTie } from './ties.js';

function checkMethod(method: ApportionMethod): void {
  switch (method) {
    case 'hamilton':
    case 'dhondt':
    case 'sainte-lague':
    case 'huntington-hill':
      return;
    default:
      throw new RangeError(`[tinh-gon] options.method is unknown: ${String(method satisfies never)}`);
  }
}

/**
 * Apportions a whole number among units in proportion to their weights, with per-unit floors and
 * caps, exactly: every decision is an integer comparison (cross-multiplication, `bigint` when a
 * product leaves the safe range), and the shares of a success sum to `total`.
 *
 * It fails — no shares at all, never a zero-filled list — when the bounds are infeasible
 * (`apportion_infeasible`, `apportion_bounds_conflict`) or when an exact tie for the last shares
 * is left to the caller (`apportion_tie_unresolved`: its params list the tied units, the contested
 * `seats` and the `shares` every unit is sure of). With a `tiePolicy` the tie is resolved and
 * reported (`apportion_tie_resolved`, and `tie` in the value).
 *
 * Hamilton with bounds uses bounded quotas: the exact quotas are scaled so that, clamped to each
 * unit's floor and cap, they sum to the total; then floors and largest remainders. Divisor
 * methods with bounds clamp each unit's divisor-rounded quotient. A unit of weight 0 gets its floor.
 * Runs in O(n log n): a divisor estimate, then a heap for the last adjustments.
 *
 * @param total - The whole number to share out (people to cut, staff to place).
 * @param weights - Non-negative integer weights (headcounts), one per unit.
 * @param options - Method (default `hamilton`), `floors`, `caps`, `ids`, `tiePolicy`.
 * @returns The shares (and the resolved tie, if any), or the issues that prevent them.
 * @throws {RangeError} When `total` or a weight, floor or cap is not a non-negative safe integer,
 *   the weights sum beyond 2^53 − 1, the method is unknown, or an option array's length differs
 *   from `weights`.
 * @throws {TypeError} When `weights` or an option array is not an array, `options` is not an
 *   object, the tie policy is unknown, `tiePolicy` is `by-id` without `ids`, or ids repeat.
 * @example
 * ```ts
 * const dhondt = apportion(8, [100_000, 80_000, 30_000, 20_000], { method: 'dhondt' });
 * if (dhondt.ok) dhondt.value.shares; //=> [4, 3, 1, 0]
 * apportion(1, [1, 1]).ok;            //=> false (apportion_tie_unresolved)
 * const byOrder = apportion(1, [1, 1], { tiePolicy: 'by-order' });
 * if (byOrder.ok) byOrder.value.shares; //=> [1, 0]
 * ```
 * @category Staffing
 */
export function apportion(total: number, weights: readonly number[], options?: ApportionOptions): Result<Apportionment> {
  const read = readOptions(options);
  const method = read.method ?? 'hamilton';
  assertCount(total, 'total');
  const n = assertArray(weights, 'weights').length;
  let weightSum = 0;
  for (let i = 0; i < n; i += 1) {
    const weight = weights[i];
    // the common case checked inline; assertCount (and its message) only for a bad entry
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a shortcut only; an entry it lets through is one assertCount returns unchanged, and one it sends on is checked there
    const plain = typeof weight === 'number' && weight > 0 && Number.isSafeInteger(weight);
    weightSum += plain ? weight : assertCount(weight, `weights[${i}]`);
  }
  if (!Number.isSafeInteger(weightSum)) throw new RangeError('[tinh-gon] weights sum beyond the safe-integer range');
  checkMethod(method);
  const bounds = readBounds(n, read);
  const ids = readIds(read, n);
  const infeasible = checkFeasible(total, weights, bounds, ids, weightSum);
  if (infeasible.length > 0) return { ok: false, issues: infeasible };
  const contest = method === 'hamilton' ? hamilton(total, weights, bounds, weightSum) : divisor(method, total, weights, bounds ?? freeBounds(n), weightSum);
  const settled = settleTie(contest, ids, read.tiePolicy);
  if (!settled.ok) return settled;
  const value: Apportionment = { method, total, shares: settled.shares, ...(settled.tie === undefined ? {} : { tie: settled.tie }) };
  return { ok: true, value, issues: settled.issues };
}
