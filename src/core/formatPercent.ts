import { assertOptions } from './assertOptions.js';
import { type Rounding, assertRounding, roundQuotient } from './divideRounded.js';
import { formatDecimal, readLocale } from './formatNumber.js';

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * const options: FormatPercentOptions = { locale: 'en', rounding: 'down', fixed: true };
 * ```
 * @category Core
 */
export interface FormatPercentOptions {
  /** `vi` (default): `54,67%`; `en`: `54.67%`. */
  readonly locale?: 'vi' | 'en';
  /** How the share is rounded to a hundredth of a percent (one basis point): `nearest` (half up) by default. */
  readonly rounding?: Rounding;
  /** Always two decimals (`50,00%`), instead of only the decimals needed (`50%`). */
  readonly fixed?: boolean;
}

function readInteger(value: unknown, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value !== 'number') throw new TypeError(`[tinh-gon] formatPercent: ${name} must be a number or bigint, received ${typeof value}`);
  if (!Number.isSafeInteger(value)) throw new RangeError(`[tinh-gon] formatPercent: ${name} must be a safe integer, received ${String(value)}`);
  return BigInt(value);
}

/**
 * Writes the share `part / whole` as a percent for people, rounded to the hundredth of a percent
 * exactly as `basisPointsOf` rounds it (integer arithmetic: 164 of 300 is 5,467 basis points, so
 * `54,67%`, never the `54.66%` a truncation gives). Pass basis points as `(bps, 10_000)`.
 *
 * @param part - A non-negative integer (`number` or `bigint`).
 * @param whole - A positive integer (`number` or `bigint`).
 * @param options - `locale` (`vi` by default), `rounding` (`nearest`), `fixed` (two decimals always).
 * @returns The percent with its sign, e.g. `54,67%`.
 * @throws {TypeError} When an argument is not a number or bigint, or `options` is not an object
 *   or holds an unknown locale or a rounding that is not a string.
 * @throws {RangeError} When a number is fractional or unsafe, `part` is negative, `whole` is not
 *   positive, or the rounding is unknown.
 * @example
 * ```ts
 * formatPercent(164, 300);                     //=> '54,67%'
 * formatPercent(164, 300, { locale: 'en' });   //=> '54.67%'
 * formatPercent(164, 300, { rounding: 'down' }); //=> '54,66%'
 * formatPercent(5000, 10_000, { locale: 'en', fixed: true }); //=> '50.00%'
 * ```
 * @category Core
 */
export function formatPercent(part: number | bigint, whole: number | bigint, options: FormatPercentOptions = {}): string {
  assertOptions(options, 'formatPercent');
  const locale = readLocale(options.locale, 'formatPercent');
  const rounding = assertRounding(options.rounding ?? 'nearest', 'formatPercent: options.rounding');
  const numerator = readInteger(part, 'part');
  const denominator = readInteger(whole, 'whole');
  if (numerator < 0n) throw new RangeError(`[tinh-gon] formatPercent: part must not be negative, received ${numerator}`);
  if (denominator <= 0n) throw new RangeError(`[tinh-gon] formatPercent: whole must be positive, received ${denominator}`);
  const bps = roundQuotient(numerator * 10_000n, denominator, rounding);
  const integer = (bps / 100n).toString();
  let fraction = (bps % 100n).toString().padStart(2, '0');
  if (options.fixed !== true) fraction = fraction.replace(/0+$/, '');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `50.` with an empty fraction is written as `50` too
  return `${formatDecimal(fraction.length > 0 ? `${integer}.${fraction}` : integer, locale)}%`;
}
