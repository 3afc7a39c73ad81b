import { assertCount, assertRounding, divideRounded, type Rounding } from '../core/divideRounded.js';
import { daysBetween } from '../core/Interval.js';
import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import { createIssue } from '../report/createIssue.js';
import type { Success } from '../report/Result.js';
import { readOptions, requireOptions } from './contract.js';

/**
 * A reduction under way: the cut due between `start` and `deadline`, and the people gone so far.
 *
 * @example
 * ```ts
 * const plan: ReductionPlan = { target: 92, start: isoDate('2019-01-01'), deadline: isoDate('2026-01-01'), achieved: 40 };
 * ```
 * @category Staffing
 */
export interface ReductionPlan {
  /** People to cut in total. */
  readonly target: number;
  /** The day the path starts (nothing required yet). */
  readonly start: IsoDate;
  /** The day the whole target is due (exclusive end: `2026-01-01` for "by 2025"). */
  readonly deadline: IsoDate;
  /** People gone so far. */
  readonly achieved: number;
  /** The unit, for the issue. */
  readonly unitId?: string;
}

/**
 * Options of {@link reductionProgress}.
 *
 * @example
 * ```ts
 * const options: ReductionProgressOptions = { rounding: 'up' };
 * ```
 * @category Staffing
 */
export interface ReductionProgressOptions {
  /** Rounding of the people required by now (default `up`: a started person counts). */
  readonly rounding?: Rounding;
}

/**
 * Progress on a date against a linear path.
 *
 * @example
 * ```ts
 * const plan = { target: 92, start: isoDate('2019-01-01'), deadline: isoDate('2026-01-01'), achieved: 40 };
 * const progress: ReductionProgress = reductionProgress(plan, isoDate('2022-07-02')).value;
 * progress.required; //=> 46
 * ```
 * @category Staffing
 */
export interface ReductionProgress {
  readonly asOf: IsoDate;
  /** Days elapsed, in days (date-fns calendar days), between 0 and `totalDays`. */
  readonly elapsedDays: number;
  /** The path's length, in days. */
  readonly totalDays: number;
  /** People due by `asOf` on the linear path: `target × elapsed / total`, rounded as stated. */
  readonly required: number;
  readonly achieved: number;
  /** `required − achieved` when behind, else 0. */
  readonly gap: number;
  /** People still to go for the whole target. */
  readonly remaining: number;
  readonly onTrack: boolean;
}

/**
 * Checks a reduction's progress on a date against the linear path from `start` (nothing due) to
 * `deadline` (everything due), counted in calendar days with date-fns; the people due by now are
 * an integer, rounded up by default. Being behind is a `reduction_behind_schedule` warning, not a
 * failure: the answer is always a success.
 *
 * @param plan - Target, start, deadline and the people gone so far.
 * @param asOf - The day asked about.
 * @param options - `rounding` of the required figure (default `up`).
 * @returns Required, achieved, gap, remaining and whether it is on track, with a
 *   `reduction_behind_schedule` warning or a `reduction_on_track` info.
 * @throws {RangeError} When a count is invalid or the deadline is not after the start.
 * @throws {TypeError} When a date is not an ISO date, or `plan` or `options` is not an object.
 * @example
 * ```ts
 * const plan = { target: 92, start: isoDate('2019-01-01'), deadline: isoDate('2026-01-01'), achieved: 40 };
 * reductionProgress(plan, isoDate('2022-07-02')).value.required; //=> 46 (half of 2557 days → 45.9…, up)
 * reductionProgress(plan, isoDate('2022-07-02')).value.gap;      //=> 6
 * ```
 * @category Staffing
 */
export function reductionProgress(plan: ReductionPlan, asOf: IsoDate, options?: ReductionProgressOptions): Success<ReductionProgress> {
  requireOptions(plan, 'plan');
  const read = readOptions(options);
  assertCount(plan.target, 'plan.target');
  assertCount(plan.achieved, 'plan.achieved');
  assertIsoDate(plan.start, 'plan.start');
  assertIsoDate(plan.deadline, 'plan.deadline');
  assertIsoDate(asOf, 'asOf');
  const rounding = assertRounding(read.rounding ?? 'up', 'options.rounding');
  const totalDays = daysBetween(plan.start, plan.deadline);
  if (totalDays <= 0) throw new RangeError('[tinh-gon] plan.deadline must be after plan.start');
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(plan.start, asOf)));
  const required = divideRounded(BigInt(plan.target) * BigInt(elapsedDays), totalDays, rounding);
  const gap = Math.max(0, required - plan.achieved);
  const onTrack = gap === 0;
  const params = { asOf, achieved: plan.achieved, required, gap };
  const unitIds = plan.unitId === undefined ? {} : { unitIds: [plan.unitId] };
  return {
    ok: true,
    value: { asOf, elapsedDays, totalDays, required, achieved: plan.achieved, gap, remaining: Math.max(0, plan.target - plan.achieved), onTrack },
    issues: [createIssue(onTrack ? 'reduction_on_track' : 'reduction_behind_schedule', { params, ...unitIds })],
  };
}
