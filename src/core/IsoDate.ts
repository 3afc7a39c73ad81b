import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { describeArgument, describeType } from './assertOptions.js';

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD`, checked to be a real date.
 *
 * The model holds no `Date` objects: dates are strings that compare correctly with `<` and sort
 * lexicographically. Build one with {@link isoDate} or check one with {@link isIsoDate}.
 *
 * @example
 * ```ts
 * const day: IsoDate = isoDate('2025-07-01');
 * ```
 * @category Time
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** The two digits at `index` as a number, or -1 when they are not digits. */
function twoDigits(value: string, index: number): number {
  const tens = value.charCodeAt(index) - 48;
  const units = value.charCodeAt(index + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * Whether a value is an ISO date string `YYYY-MM-DD` naming a real calendar day.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a string such as `2025-07-01` and the day exists.
 * @example
 * ```ts
 * isIsoDate('2025-07-01'); //=> true
 * isIsoDate('2025-02-30'); //=> false
 * isIsoDate('1/7/2025');   //=> false
 * ```
 * @category Time
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // read digit by digit: no regex, no substring (this runs for every date of a national structure)
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const century = twoDigits(value, 0);
  const yearOfCentury = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  // Stryker disable next-line ArithmeticOperator: 100c − y is a leap year exactly when 100c + y is (0 ≤ y ≤ 99: same remainder by 4, by 100 only when y = 0)
  return day <= daysInMonth(century * 100 + yearOfCentury, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Throws when an argument is not an ISO date: a caller's contract breach, named in the message.
 * Every public function that takes a date calls it at its boundary, so `'2025-6-30'` (which
 * would compare wrongly as a string) and `'2019-02-30'` (a day that does not exist) never reach
 * the law.
 *
 * @param value - The argument.
 * @param name - How the message names it, e.g. `validateStructure: options.asOf`.
 * @throws {TypeError} When `value` is not a string `YYYY-MM-DD` naming a real day.
 * @example
 * ```ts
 * assertIsoDate('2025-07-01', 'asOf'); // passes
 * assertIsoDate('2019-02-30', 'asOf'); // throws TypeError: [tinh-gon] asOf must be an ISO date YYYY-MM-DD, received "2019-02-30"
 * ```
 * @internal
 */
export function assertIsoDate(value: unknown, name: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new TypeError(`[tinh-gon] ${name} must be an ISO date YYYY-MM-DD, received ${describeArgument(value)}`);
  }
}

/**
 * Brands a string as an {@link IsoDate} after checking it.
 *
 * @param value - A date written `YYYY-MM-DD`.
 * @returns The same string, typed as `IsoDate`.
 * @throws {TypeError} When `value` is not a real date in that form: a caller's contract breach.
 * @example
 * ```ts
 * isoDate('2025-07-01'); //=> '2025-07-01'
 * isoDate('2025-7-1');   //=> throws TypeError
 * ```
 * @category Time
 */
export function isoDate(value: string): IsoDate {
  assertIsoDate(value, 'the date');
  return value;
}

/**
 * Writes a `Date` (read in local time, as date-fns does) as an {@link IsoDate}.
 *
 * @param date - A valid `Date`.
 * @returns Its calendar day as `YYYY-MM-DD`.
 * @throws {TypeError} When `date` is not a `Date` (a number, a string…) or is an invalid one.
 * @example
 * ```ts
 * toIsoDate(new Date(2025, 6, 1)); //=> '2025-07-01'
 * ```
 * @category Time
 */
export function toIsoDate(date: Date): IsoDate {
  // a Date from another realm (a vm context, an iframe) is a Date too
  if (!(date instanceof Date) && Object.prototype.toString.call(date) !== '[object Date]') {
    throw new TypeError(`[tinh-gon] toIsoDate: date must be a Date, received ${describeType(date)}`);
  }
  if (!isValid(date)) throw new TypeError('[tinh-gon] toIsoDate: date must be a valid Date, received an invalid Date');
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}` as IsoDate;
}

/**
 * Reads an {@link IsoDate} as a local-time `Date` at midnight, for date-fns arithmetic at the edge.
 *
 * @param value - An ISO date.
 * @returns The `Date` at local midnight of that day.
 * @throws {TypeError} When `value` is not an ISO date (`'2025-7-1'`, `null`…).
 * @example
 * ```ts
 * fromIsoDate(isoDate('2025-07-01')).getMonth(); //=> 6
 * ```
 * @category Time
 */
export function fromIsoDate(value: IsoDate): Date {
  assertIsoDate(value, 'fromIsoDate: value');
  return parseISO(value);
}
