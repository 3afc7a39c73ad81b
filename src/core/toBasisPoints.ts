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
 * Options of {@link formatBasisPoints}.
 *
 * @example
 * ```ts
 * const options: FormatBasisPointsOptions = { fixed: true, percentSign: true };
 * ```
 * @category Staffing
 */
export interface FormatBasisPointsOptions {
  /** Always write two decimals (`50.00`), instead of only the decimals needed (`50`). */
  readonly fixed?: boolean;
  /** Append `%`. */
  readonly percentSign?: boolean;
}

/**
 * Writes basis points as a percent string, exactly (integer arithmetic, no float formatting):
 * by default with only the decimals needed (`893` → `'8.93'`, `1000` → `'10'`).
 *
 * @param bps - Non-negative integer basis points.
 * @param options - `fixed` for two decimals always, `percentSign` to append `%`.
 * @returns The percent.
 * @throws {RangeError} When `bps` is not a non-negative safe integer.
 * @example
 * ```ts
 * formatBasisPoints(893);  //=> '8.93'
 * formatBasisPoints(1000); //=> '10'
 * formatBasisPoints(450);  //=> '4.5'
 * formatBasisPoints(5000, { fixed: true, percentSign: true }); //=> '50.00%'
 * ```
 * @category Staffing
 */
export function formatBasisPoints(bps: BasisPoints, options: FormatBasisPointsOptions = {}): string {
  if (!Number.isSafeInteger(bps) || bps < 0) {
    throw new RangeError(`[tinh-gon] bps must be a non-negative safe integer, received ${String(bps)}`);
  }
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100).padStart(2, '0');
  const sign = options.percentSign === true ? '%' : '';
  if (options.fixed === true) return `${whole}.${fraction}${sign}`;
  if (fraction === '00') return `${whole}${sign}`;
  return `${whole}.${fraction.replace(/0$/, '')}${sign}`;
}
