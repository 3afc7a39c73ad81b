import { divideRounded, type Rounding } from '../../core/divideRounded.js';

const MONTHS_PER_YEAR = 12;

/**
 * Years of insurance in half-years: whole years, plus the odd months as half a year (up to
 * `halfYearUpTo` of them) or as a full year (more).
 *
 * @param months - Months of insurance.
 * @param halfYearUpTo - The most odd months that count half a year (the rule's `oddMonthsAsHalfYear`).
 * @returns Half-years.
 * @example
 * ```ts
 * insuranceHalfYears(303, 6); //=> 51 (25 years and 3 months → 25.5 years)
 * insuranceHalfYears(307, 6); //=> 52
 * ```
 * @internal
 */
export function insuranceHalfYears(months: number, halfYearUpTo: number): number {
  const odd = months % MONTHS_PER_YEAR;
  const whole = 2 * ((months - odd) / MONTHS_PER_YEAR);
  if (odd === 0) return whole;
  return whole + (odd <= halfYearUpTo ? 1 : 2);
}

/**
 * Writes hundredths of a month as an exact decimal string.
 *
 * @param hundredths - Non-negative integer hundredths.
 * @returns For example `'58.5'` for 5850.
 * @example
 * ```ts
 * formatSalaryMonths(5850); //=> '58.5'
 * ```
 * @internal
 */
export function formatSalaryMonths(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * `salary × hundredths / 100` rounded to whole đồng: in `number` while the product is exact, else
 * in `bigint`.
 *
 * @param salary - Whole đồng, a safe integer.
 * @param hundredths - Hundredths of a month.
 * @param rounding - The rounding.
 * @returns The amount.
 * @throws {RangeError} When the amount passes 2^53 − 1.
 * @example
 * ```ts
 * priceLine(10_000_001, 775, 'nearest'); //=> 77500008
 * ```
 * @internal
 */
export function priceLine(salary: number, hundredths: number, rounding: Rounding): number {
  const product = salary * hundredths;
  if (product > Number.MAX_SAFE_INTEGER) return divideRounded(BigInt(salary) * BigInt(hundredths), 100n, rounding);
  const remainder = product % 100;
  const quotient = (product - remainder) / 100;
  if (remainder === 0 || rounding === 'down') return quotient;
  if (rounding === 'up') return quotient + 1;
  return remainder >= 50 ? quotient + 1 : quotient;
}
