/**
 * A percentage as an integer number of basis points (1% = 100 bps): `8.93%` is `893`.
 *
 * @example
 * ```ts
 * const tenPercent: BasisPoints = 1000;
 * ```
 * @category Staffing
 */
export type BasisPoints = number;

const PERCENT_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Converts a percent written with at most two decimals into integer basis points, exactly.
 *
 * Strings are parsed digit by digit (`'8.93'` → `893`), never through a floating-point product.
 * Numbers are accepted when they round-trip: `1.1` becomes `110` because `110 / 100 === 1.1`;
 * a number with a third decimal (`8.935`) or that is not finite is refused.
 *
 * @param percent - A percent such as `10`, `'10'`, `'8.93'` or `4.35` (0 or more, at most 2 decimals).
 * @param name - The argument's name, used in error messages (default `percent`).
 * @returns The percent in basis points, a non-negative safe integer.
 * @throws {RangeError} When the percent is negative, not finite, or has more than two decimals.
 * @example
 * ```ts
 * toBasisPoints('10');   //=> 1000
 * toBasisPoints('8.93'); //=> 893
 * toBasisPoints(4.35);   //=> 435
 * toBasisPoints('8.935'); // throws RangeError
 * ```
 * @category Staffing
 */
export function toBasisPoints(percent: number | string, name = 'percent'): BasisPoints {
  if (typeof percent === 'string') {
    const match = PERCENT_PATTERN.exec(percent.trim());
    if (match === null) {
      throw new RangeError(
        `[tinh-gon] ${name} must be a non-negative percent with at most two decimals, received ${JSON.stringify(percent)}`,
      );
    }
    const whole = Number(match[1]);
    const fraction = Number((match[2] ?? '').padEnd(2, '0'));
    const bps = whole * 100 + fraction;
    if (!Number.isSafeInteger(bps)) throw new RangeError(`[tinh-gon] ${name} is too large: ${percent}`);
    return bps;
  }
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0) {
    throw new RangeError(`[tinh-gon] ${name} must be a finite non-negative percent, received ${String(percent)}`);
  }
  const bps = Math.round(percent * 100);
  if (!Number.isSafeInteger(bps) || bps / 100 !== percent) {
    throw new RangeError(`[tinh-gon] ${name} must have at most two decimals, received ${String(percent)}`);
  }
  return bps;
}

/**
 * Writes basis points as a percent string with exactly the decimals needed (`893` → `'8.93'`).
 *
 * @param bps - Non-negative integer basis points.
 * @returns The percent without the `%` sign.
 * @throws {RangeError} When `bps` is not a non-negative safe integer.
 * @example
 * ```ts
 * formatBasisPoints(893);  //=> '8.93'
 * formatBasisPoints(1000); //=> '10'
 * formatBasisPoints(450);  //=> '4.5'
 * ```
 * @category Staffing
 */
export function formatBasisPoints(bps: BasisPoints): string {
  if (!Number.isSafeInteger(bps) || bps < 0) {
    throw new RangeError(`[tinh-gon] bps must be a non-negative safe integer, received ${String(bps)}`);
  }
  const whole = Math.trunc(bps / 100);
  const fraction = bps % 100;
  if (fraction === 0) return String(whole);
  return `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}
