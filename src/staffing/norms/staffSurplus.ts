import { assertCount } from '../../core/divideRounded.js';
import { createIssue } from '../../report/createIssue.js';
import type { Success } from '../../report/Result.js';

/**
 * Staff above and below a norm.
 *
 * @example
 * ```ts
 * const surplus: StaffSurplus = staffSurplus(25, 22).value;
 * surplus.surplus; //=> 3
 * ```
 * @category Staffing
 */
export interface StaffSurplus {
  /** People above the norm (dôi dư), else 0. */
  readonly surplus: number;
  /** Posts left below the norm, else 0. */
  readonly shortfall: number;
}

/**
 * Staff above (or below) a norm: `surplus` (dôi dư) and `shortfall`, with a `staff_above_norm`
 * warning when there is a surplus. It cannot fail: the answer is always a success.
 *
 * @param actual - Staff in post.
 * @param norm - The maximum.
 * @param unitId - For the issue (optional).
 * @returns `{ surplus, shortfall }` and the warning, if any.
 * @throws {RangeError} When a count is not a non-negative safe integer.
 * @throws {TypeError} When a count is not a number or `unitId` not a string.
 * @example
 * ```ts
 * staffSurplus(25, 22).value.surplus;   //=> 3
 * staffSurplus(20, 22).value.shortfall; //=> 2
 * ```
 * @category Staffing
 */
export function staffSurplus(actual: number, norm: number, unitId?: string): Success<StaffSurplus> {
  assertCount(actual, 'actual');
  assertCount(norm, 'norm');
  if (unitId !== undefined && typeof unitId !== 'string') throw new TypeError(`[tinh-gon] unitId must be a string, received ${typeof unitId}`);
  const surplus = Math.max(0, actual - norm);
  const issues =
    surplus > 0
      ? [createIssue('staff_above_norm', { params: { unitId: unitId ?? '?', actual, norm, surplus }, ...(unitId === undefined ? {} : { unitIds: [unitId] }) })]
      : [];
  return { ok: true, value: { surplus, shortfall: Math.max(0, norm - actual) }, issues };
}
