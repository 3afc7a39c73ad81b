import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { notAnObject } from './assertOptions.js';
import { type IsoDate, assertIsoDate, fromIsoDate, toIsoDate } from './IsoDate.js';

/**
 * A half-open validity interval `[from, to)` of ISO dates; `to` absent means "still in force".
 *
 * A unit that ends on `2025-07-01` has `to: '2025-07-01'` and is **not** in force on that day:
 * its successor, starting `from: '2025-07-01'`, is.
 *
 * @example
 * ```ts
 * const districtEra: Interval = { from: isoDate('2014-01-01'), to: isoDate('2025-07-01') };
 * ```
 * @category Time
 */
export interface Interval {
  /** First day in force (inclusive). */
  readonly from: IsoDate;
  /** First day no longer in force (exclusive); absent while in force. */
  readonly to?: IsoDate | undefined;
}

/**
 * Whether an interval is in force on a date: `from <= asOf < to`.
 *
 * @param interval - The half-open interval.
 * @param asOf - The day asked about.
 * @returns `true` when the day lies inside the interval.
 * @throws {TypeError} When `interval` is not an object (`null`), or `asOf` is not an ISO date
 *   (`'2025-6-30'` would compare wrongly as a string).
 * @example
 * ```ts
 * const term = { from: isoDate('2020-01-01'), to: isoDate('2025-07-01') };
 * isInForce(term, isoDate('2025-06-30')); //=> true
 * isInForce(term, isoDate('2025-07-01')); //=> false
 * ```
 * @category Time
 */
export function isInForce(interval: Interval, asOf: IsoDate): boolean {
  // typeof and null only: this runs for every unit, post and rule version on a date
  if (typeof interval !== 'object' || interval === null) throw notAnObject(interval, 'isInForce: interval');
  // callers loop over thousands of intervals on one date: check each new date once
  // Stryker disable next-line ConditionalExpression: checking every date again, not only a new one, changes the time taken, never the answer
  if (asOf !== lastCheckedDate) {
    assertIsoDate(asOf, 'isInForce: asOf');
    lastCheckedDate = asOf;
  }
  return interval.from <= asOf && (interval.to === undefined || asOf < interval.to);
}

let lastCheckedDate: unknown;

/**
 * Whether an interval is over by a date (it ended on or before it): what a plan leaves where it
 * is. An interval in force on the date, or starting after it, is not over. No checks: the callers
 * pass records of a structure already checked.
 * @internal
 */
export function isOverBy(interval: Interval, date: IsoDate): boolean {
  // Stryker disable next-line ConditionalExpression: undefined <= a date is false as well; the test says what is meant
  return interval.to !== undefined && interval.to <= date;
}

/**
 * Whether two half-open intervals share at least one day. A post ending on the day another
 * begins does not overlap it.
 *
 * @param a - One interval.
 * @param b - Another interval.
 * @returns `true` when some day is in both.
 * @throws {TypeError} When `a` or `b` is not an object (`null`).
 * @example
 * ```ts
 * overlaps({ from: isoDate('2020-01-01'), to: isoDate('2021-01-01') },
 *          { from: isoDate('2021-01-01') }); //=> false
 * overlaps({ from: isoDate('2020-01-01') }, { from: isoDate('2024-05-01') }); //=> true
 * ```
 * @category Time
 */
export function overlaps(a: Interval, b: Interval): boolean {
  if (typeof a !== 'object' || a === null) throw notAnObject(a, 'overlaps: a');
  if (typeof b !== 'object' || b === null) throw notAnObject(b, 'overlaps: b');
  const aStartsBeforeBEnds = b.to === undefined || a.from < b.to;
  const bStartsBeforeAEnds = a.to === undefined || b.from < a.to;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/**
 * Whether `inner` lies entirely inside `outer`.
 *
 * @param outer - The enclosing interval.
 * @param inner - The interval that should fit inside.
 * @returns `true` when every day of `inner` is in `outer`.
 * @throws {TypeError} When `outer` or `inner` is not an object (`null`).
 * @example
 * ```ts
 * within({ from: isoDate('2018-01-01'), to: isoDate('2025-07-01') },
 *        { from: isoDate('2020-01-01') }); //=> false (inner never ends)
 * ```
 * @category Time
 */
export function within(outer: Interval, inner: Interval): boolean {
  if (typeof outer !== 'object' || outer === null) throw notAnObject(outer, 'within: outer');
  if (typeof inner !== 'object' || inner === null) throw notAnObject(inner, 'within: inner');
  if (inner.from < outer.from) return false;
  if (outer.to === undefined) return true;
  // Stryker disable next-line ConditionalExpression: `undefined <= date` is false already; the `!== undefined` test only narrows the type
  return inner.to !== undefined && inner.to <= outer.to;
}

function assertWhole(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`[tinh-gon] ${name} must be a safe integer, received ${String(value)}`);
}

/**
 * The date a number of whole years after another (date-fns `addYears`: 29 February moves to
 * 28 February in a common year).
 *
 * @param date - The start date.
 * @param years - Whole years, may be negative.
 * @returns The shifted date.
 * @throws {TypeError} When `date` is not an ISO date.
 * @throws {RangeError} When `years` is not a safe integer.
 * @example
 * ```ts
 * addYearsToIsoDate(isoDate('2025-07-01'), 5); //=> '2030-07-01'
 * ```
 * @category Time
 */
export function addYearsToIsoDate(date: IsoDate, years: number): IsoDate {
  assertIsoDate(date, 'addYearsToIsoDate: date');
  assertWhole(years, 'addYearsToIsoDate: years');
  return toIsoDate(addYears(fromIsoDate(date), years));
}

/**
 * The date a number of whole months after another (date-fns `addMonths`, clamped to month end).
 *
 * @param date - The start date.
 * @param months - Whole months, may be negative.
 * @returns The shifted date.
 * @throws {TypeError} When `date` is not an ISO date.
 * @throws {RangeError} When `months` is not a safe integer.
 * @example
 * ```ts
 * addMonthsToIsoDate(isoDate('2025-01-31'), 1); //=> '2025-02-28'
 * ```
 * @category Time
 */
export function addMonthsToIsoDate(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date, 'addMonthsToIsoDate: date');
  assertWhole(months, 'addMonthsToIsoDate: months');
  return toIsoDate(addMonths(fromIsoDate(date), months));
}

/**
 * The date a number of days after another (negative for before).
 *
 * @param date - The start date.
 * @param days - Whole days, may be negative.
 * @returns The shifted date.
 * @throws {TypeError} When `date` is not an ISO date.
 * @throws {RangeError} When `days` is not a safe integer.
 * @example
 * ```ts
 * addDaysToIsoDate(isoDate('2025-07-01'), -1); //=> '2025-06-30'
 * ```
 * @category Time
 */
export function addDaysToIsoDate(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date, 'addDaysToIsoDate: date');
  assertWhole(days, 'addDaysToIsoDate: days');
  return toIsoDate(addDays(fromIsoDate(date), days));
}

/**
 * Days from one date to another (positive when `to` is later).
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns Calendar days between them.
 * @throws {TypeError} When a date is not an ISO date.
 * @example
 * ```ts
 * daysBetween(isoDate('2025-06-30'), isoDate('2025-07-01')); //=> 1
 * ```
 * @category Time
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'daysBetween: from');
  assertIsoDate(to, 'daysBetween: to');
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}
