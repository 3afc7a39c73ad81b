import type { Issue } from '../report/Issue.js';
import { type ApportionMethod, type ApportionTie, apportion } from './apportion.js';
import { assertCount } from '../core/divideRounded.js';

/**
 * Options of {@link reductionSchedule}.
 *
 * @example
 * ```ts
 * const options: ReductionScheduleOptions = { order: 'front-loaded' };
 * ```
 * @category Staffing
 */
export interface ReductionScheduleOptions {
  /** Relative weight of each year (default all 1: an even spread), e.g. expected retirements. */
  readonly weights?: readonly number[];
  /** Apportionment method (default `hamilton`). */
  readonly method?: ApportionMethod;
  /**
   * Which years get the odd people when the spread is tied (default `front-loaded`: earlier years
   * first, so an "at least" target is met early). The tie is always reported in `tie`.
   */
  readonly order?: 'front-loaded' | 'back-loaded';
}

/**
 * A year-by-year schedule that sums exactly to the target.
 *
 * @example
 * ```ts
 * reductionSchedule(92, 2019, 2025).years.map((year) => year.cut); //=> [14, 13, 13, 13, 13, 13, 13]
 * ```
 * @category Staffing
 */
export interface ReductionSchedule {
  readonly ok: boolean;
  readonly target: number;
  readonly years: readonly { readonly year: number; readonly cut: number; readonly cumulative: number }[];
  /** The tie for the odd people and how `order` resolved it. */
  readonly tie?: ApportionTie;
  readonly issues: readonly Issue[];
}

/**
 * Spreads a reduction target over the years from `firstYear` to `lastYear` inclusive, with
 * {@link apportion}: whole people per year, summing exactly to the target ("spread 92 over
 * 2019–2025" is 14 in 2019 and 13 in each later year).
 *
 * @param target - People to cut in total.
 * @param firstYear - The first year of the schedule.
 * @param lastYear - The last year (inclusive).
 * @param options - Year `weights`, `method`, tie `order`.
 * @returns The years with their cut and the running total; the tie, if any, is reported.
 * @throws {RangeError} When `target` is not a non-negative integer, the years are reversed or not
 *   integers, or `weights` does not have one entry per year.
 * @example
 * ```ts
 * reductionSchedule(450, 2019, 2025).years.map((year) => year.cut); //=> [65, 65, 64, 64, 64, 64, 64]
 * reductionSchedule(450, 2019, 2025, { order: 'back-loaded' }).years[6]?.cut; //=> 65
 * ```
 * @category Staffing
 */
export function reductionSchedule(
  target: number,
  firstYear: number,
  lastYear: number,
  options: ReductionScheduleOptions = {},
): ReductionSchedule {
  assertCount(target, 'target');
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || lastYear < firstYear) {
    throw new RangeError(`[tinh-gon] firstYear..lastYear must be an integer range, received ${firstYear}..${lastYear}`);
  }
  const count = lastYear - firstYear + 1;
  const weights = options.weights ?? new Array<number>(count).fill(1);
  if (weights.length !== count) {
    throw new RangeError(`[tinh-gon] options.weights must have ${count} entries (one per year), received ${weights.length}`);
  }
  const backLoaded = options.order === 'back-loaded';
  const ordered = backLoaded ? [...weights].reverse() : weights;
  const result = apportion(target, ordered, { method: options.method ?? 'hamilton', tiePolicy: 'by-order' });
  const shares = backLoaded ? [...result.shares].reverse() : result.shares;
  const mapIndex = (index: number): number => (backLoaded ? count - 1 - index : index);
  let cumulative = 0;
  const years = shares.map((cut, index) => {
    cumulative += cut;
    return { year: firstYear + index, cut, cumulative };
  });
  const tie =
    result.tie === undefined
      ? undefined
      : {
          ...result.tie,
          units: result.tie.units.map(mapIndex).sort((a, b) => a - b),
          ...(result.tie.winners === undefined ? {} : { winners: result.tie.winners.map(mapIndex).sort((a, b) => a - b) }),
        };
  return { ok: result.ok, target, years, ...(tie === undefined ? {} : { tie }), issues: result.issues };
}
