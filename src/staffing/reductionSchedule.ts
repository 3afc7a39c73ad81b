import { assertCount } from '../core/divideRounded.js';
import type { Success } from '../report/Result.js';
import { apportion } from './apportion/apportion.js';
import type { ApportionMethod, ApportionTie } from './apportion/Apportionment.js';
import { assertArray, readOptions } from './contract.js';

/** The longest schedule, in years: a contract limit that keeps the work and the answer bounded. */
const MAX_YEARS = 100;

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
 * One year of a {@link ReductionSchedule}.
 *
 * @example
 * ```ts
 * const year: ScheduleYear = { year: 2019, cut: 14, cumulative: 14 };
 * ```
 * @category Staffing
 */
export interface ScheduleYear {
  readonly year: number;
  /** People to cut that year. */
  readonly cut: number;
  /** People cut from the first year up to this one. */
  readonly cumulative: number;
}

/**
 * A year-by-year schedule that sums exactly to the target.
 *
 * @example
 * ```ts
 * reductionSchedule(92, 2019, 2025).value.years.map((year) => year.cut); //=> [14, 13, 13, 13, 13, 13, 13]
 * ```
 * @category Staffing
 */
export interface ReductionSchedule {
  readonly target: number;
  readonly years: readonly ScheduleYear[];
  /** The tie for the odd people and how `order` resolved it (`units` and `winners` index `years`). */
  readonly tie?: Omit<ApportionTie, 'unitIds'>;
}

/**
 * Spreads a reduction target over the years from `firstYear` to `lastYear` inclusive (at most
 * 100 years), with {@link apportion}: whole people per year, summing exactly to the target
 * ("spread 92 over 2019–2025" is 14 in 2019 and 13 in each later year). It cannot fail for a
 * domain reason — an exact tie is resolved by `order` and reported as an `apportion_tie_resolved`
 * info naming the years — so the answer is always a success.
 *
 * @param target - People to cut in total.
 * @param firstYear - The first year of the schedule.
 * @param lastYear - The last year (inclusive), at most 99 years after the first.
 * @param options - Year `weights`, `method`, tie `order`.
 * @returns The years with their cut and the running total; the tie, if any, is reported.
 * @throws {RangeError} When `target` is not a non-negative safe integer, the years are not safe
 *   integers, are reversed or span more than 100 years, `weights` does not have one entry per
 *   year, or every weight is 0 while the target is not, or `order` is unknown.
 * @throws {TypeError} When `options` or `weights` has the wrong type.
 * @example
 * ```ts
 * reductionSchedule(450, 2019, 2025).value.years.map((year) => year.cut); //=> [65, 65, 64, 64, 64, 64, 64]
 * reductionSchedule(450, 2019, 2025, { order: 'back-loaded' }).value.years[6]?.cut; //=> 65
 * reductionSchedule(10, 0, 1e7); //=> throws RangeError (more than 100 years)
 * ```
 * @category Staffing
 */
export function reductionSchedule(target: number, firstYear: number, lastYear: number, options?: ReductionScheduleOptions): Success<ReductionSchedule> {
  const read = readOptions(options);
  assertCount(target, 'target');
  if (!Number.isSafeInteger(firstYear) || !Number.isSafeInteger(lastYear) || lastYear < firstYear) {
    throw new RangeError(`[tinh-gon] firstYear..lastYear must be an ascending integer range, received ${String(firstYear)}..${String(lastYear)}`);
  }
  const count = lastYear - firstYear + 1;
  if (count > MAX_YEARS) {
    throw new RangeError(`[tinh-gon] a schedule spans at most ${MAX_YEARS} years, received ${firstYear}..${lastYear} (${count} years)`);
  }
  const weights = read.weights === undefined ? new Array<number>(count).fill(1) : assertArray(read.weights, 'options.weights');
  if (weights.length !== count) {
    throw new RangeError(`[tinh-gon] options.weights must have ${count} entries (one per year), received ${weights.length}`);
  }
  if (read.order !== undefined && read.order !== 'front-loaded' && read.order !== 'back-loaded') {
    throw new RangeError(`[tinh-gon] options.order must be 'front-loaded' or 'back-loaded', received ${String(read.order)}`);
  }
  const backLoaded = read.order === 'back-loaded';
  const years = Array.from({ length: count }, (_, index) => firstYear + index);
  const inOrder = <T>(values: readonly T[]): T[] => (backLoaded ? [...values].reverse() : [...values]);
  const result = apportion(target, inOrder(weights), { method: read.method ?? 'hamilton', tiePolicy: 'by-order', ids: inOrder(years).map(String) });
  if (!result.ok) {
    throw new RangeError(`[tinh-gon] options.weights must have a positive entry to spread a target of ${target}`);
  }
  const shares = inOrder(result.value.shares);
  let cumulative = 0;
  const schedule = shares.map((cut, index): ScheduleYear => {
    cumulative += cut;
    return { year: years[index] as number, cut, cumulative };
  });
  const mapIndex = (index: number): number => (backLoaded ? count - 1 - index : index);
  const found = result.value.tie;
  const tie =
    found === undefined
      ? undefined
      : {
          units: found.units.map(mapIndex).sort((a, b) => a - b),
          seats: found.seats,
          winners: found.winners.map(mapIndex).sort((a, b) => a - b),
          resolvedBy: found.resolvedBy,
        };
  return { ok: true, value: { target, years: schedule, ...(tie === undefined ? {} : { tie }) }, issues: result.issues };
}
