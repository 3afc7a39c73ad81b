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

/**
 * A percent written as text, with or without the sign: `'10'`, `'10%'`, `'8.93'`, `'0.5%'` (at most
 * two decimals, checked when it is read). A percent is never a bare number in the staffing API:
 * `10` could mean 10% or, read as a fraction, 1000%, and `0.1` 0.1% or 10%.
 *
 * @example
 * ```ts
 * const tenPercent: PercentString = '10%';
 * ```
 * @category Staffing
 */
export type PercentString = `${number}` | `${number}%`;

/**
 * A percent argument: a {@link PercentString} (`'10%'`, `'8.93'`) or, explicitly, basis points
 * (`{ basisPoints: 1000 }` is 10%). A bare number is refused by the types and at run time.
 *
 * @example
 * ```ts
 * const written: Percent = '10%';
 * const counted: Percent = { basisPoints: 1000 }; // the same 10%
 * ```
 * @category Staffing
 */
export type Percent = PercentString | { readonly basisPoints: BasisPoints };

const PERCENT_PATTERN = /^(\d+)(?:\.(\d{1,2}))?%?$/;

/**
 * Converts a percent written with at most two decimals into integer basis points, exactly.
 *
 * Strings (`'10'`, `'10%'`, `'8.93'`, `'0.5%'`) are parsed digit by digit, never through a
 * floating-point product. A number always means a percent — `10` is 10%, `0.1` is 0.1%, never a
 * fraction — and is accepted when it round-trips: `1.1` becomes `110` because `110 / 100 === 1.1`;
 * a number with a third decimal (`8.935`) or that is not finite is refused.
 *
 * @param percent - A percent such as `'10%'`, `'8.93'`, `10` or `4.35` (0 or more, at most 2 decimals).
 * @param name - The argument's name, used in error messages (default `percent`).
 * @returns The percent in basis points, a non-negative safe integer (never `-0`).
 * @throws {RangeError} When the percent is negative, not finite, has more than two decimals or
 *   passes the safe-integer range.
 * @throws {TypeError} When the percent is neither a string nor a number.
 * @example
 * ```ts
 * toBasisPoints('10%');  //=> 1000
 * toBasisPoints('8.93'); //=> 893
 * toBasisPoints(4.35);   //=> 435
 * toBasisPoints('8.935'); //=> throws RangeError
 * ```
 * @category Staffing
 */
export function toBasisPoints(percent: number | string, name = 'percent'): BasisPoints {
  if (typeof percent === 'string') {
    const match = PERCENT_PATTERN.exec(percent.trim());
    if (match === null) {
      throw new RangeError(
        `[tinh-gon] ${name} must be a non-negative percent with at most two decimals, such as '10%' or '8.93', received ${JSON.stringify(percent)}`,
      );
    }
    const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
    if (!Number.isSafeInteger(bps)) throw new RangeError(`[tinh-gon] ${name} is too large: ${percent}`);
    return bps;
  }
  if (typeof percent !== 'number') {
    throw new TypeError(`[tinh-gon] ${name} must be a percent string or number, received ${describe(percent)}`);
  }
  if (!Number.isFinite(percent) || percent < 0) {
    throw new RangeError(`[tinh-gon] ${name} must be a finite non-negative percent, received ${String(percent)}`);
  }
  // `+ 0` turns −0 into 0: `toBasisPoints(-0)` is 0 basis points, not −0.
  const bps = Math.round(percent * 100) + 0;
  if (!Number.isSafeInteger(bps) || bps / 100 !== percent) {
    throw new RangeError(`[tinh-gon] ${name} must have at most two decimals, received ${String(percent)}`);
  }
  return bps;
}

/**
 * Reads a {@link Percent} argument: a percent string, or `{ basisPoints }` (a non-negative safe
 * integer). A bare number is a contract breach: it is ambiguous (10% or a fraction?).
 *
 * @param percent - The argument.
 * @param name - Its name, for messages.
 * @returns Basis points.
 * @throws {TypeError} For a number, `null`, or anything that is neither a string nor `{ basisPoints }`.
 * @throws {RangeError} For a malformed percent string or a negative or fractional `basisPoints`.
 * @example
 * ```ts
 * readPercent('10%', 'percent');                 //=> 1000
 * readPercent({ basisPoints: 250 }, 'percent');  //=> 250
 * ```
 * @internal
 */
export function readPercent(percent: unknown, name: string): BasisPoints {
  if (typeof percent === 'string') return toBasisPoints(percent, name);
  if (typeof percent === 'number') {
    throw new TypeError(
      `[tinh-gon] ${name} must be a percent string such as '10%' or { basisPoints: 1000 }, received the bare number ${String(percent)} (10% or a fraction?)`,
    );
  }
  if (typeof percent !== 'object' || percent === null || !('basisPoints' in percent)) {
    throw new TypeError(`[tinh-gon] ${name} must be a percent string such as '10%' or { basisPoints: 1000 }, received ${describe(percent)}`);
  }
  const bps = (percent as { readonly basisPoints: unknown }).basisPoints;
  if (typeof bps !== 'number') {
    throw new TypeError(`[tinh-gon] ${name}.basisPoints must be a number, received ${describe(bps)}`);
  }
  if (!Number.isSafeInteger(bps) || bps < 0) {
    throw new RangeError(`[tinh-gon] ${name}.basisPoints must be a non-negative safe integer, received ${String(bps)}`);
  }
  return bps + 0;
}

/** A value in an error message: strings quoted, bigints with their `n`, the rest as `String` gives it. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
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
 * @throws {TypeError} When `options` is not an object.
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
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`[tinh-gon] options must be an object, received ${String(options)}`);
  }
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100).padStart(2, '0');
  const sign = options.percentSign === true ? '%' : '';
  if (options.fixed === true) return `${whole}.${fraction}${sign}`;
  if (fraction === '00') return `${whole}${sign}`;
  return `${whole}.${fraction.replace(/0$/, '')}${sign}`;
}
