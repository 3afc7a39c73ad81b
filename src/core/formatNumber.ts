import { assertOptions, describeArgument } from './assertOptions.js';

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * ```ts
 * const options: FormatNumberOptions = { locale: 'en', decimals: 2 };
 * ```
 * @category Core
 */
export interface FormatNumberOptions {
  /** `vi` (default): `1.234.567,5`; `en`: `1,234,567.5`. */
  readonly locale?: 'vi' | 'en';
  /**
   * Exactly this many digits after the decimal separator, rounded half away from zero on the
   * number as it is written (`1.005` → `1.01`); by default as many as the number has.
   */
  readonly decimals?: number;
}

/** The group and decimal separators of each locale (written by hand: exact for `bigint`, the same on every Node). */
export const SEPARATORS = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const;

/** The plain decimal writing of a finite number (no exponent), as JavaScript writes it shortest. */
function plainDecimal(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  // Stryker disable next-line Regex: JavaScript writes one digit before the point and the whole exponent, so the anchors and a `\d` for `\d+` before the point match the same texts
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, head, tail = '', exponentText] = match as unknown as [string, string, string, string | undefined, string];
  // a non-integer written with an exponent has a negative one (1e-7): move the point left
  const exponent = Number(exponentText);
  const digits = head + tail;
  const point = head.length + exponent;
  // the shortest writing ends in a non-zero digit, so no trailing zero needs trimming
  return `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/**
 * Groups an unsigned run of digits by thousands.
 * @internal
 */
export function groupDigits(digits: string, separator: string): string {
  let grouped = '';
  // Stryker disable next-line EqualityOperator: one more pass at end = 0 prepends an empty slice
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = start > 0 ? `${separator}${digits.slice(start, end)}${grouped}` : `${digits.slice(start, end)}${grouped}`;
  }
  return grouped;
}

/**
 * Writes a signed decimal string (`-1234.5`) with the separators of a locale, rounded or padded
 * to `decimals` when given.
 * @internal
 */
export function formatDecimal(text: string, locale: 'vi' | 'en', decimals?: number): string {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  // Stryker disable next-line StringLiteral: split always returns a first element; the default only satisfies the type
  const [integerPart = '0', fractionPart = ''] = unsigned.split('.');
  let integer = integerPart;
  let fraction = fractionPart;
  // Stryker disable next-line ConditionalExpression: without decimals both tests below leave the digits as they are
  if (decimals !== undefined) {
    // Stryker disable next-line EqualityOperator: rounding a fraction of exactly `decimals` digits keeps them (the next digit reads as NaN, no carry)
    if (fraction.length > decimals) {
      const roundUp = (fraction.charCodeAt(decimals) - 48) >= 5;
      let kept = BigInt(integer + fraction.slice(0, decimals));
      if (roundUp) kept += 1n;
      const digits = kept.toString().padStart(decimals + 1, '0');
      integer = digits.slice(0, digits.length - decimals);
      fraction = digits.slice(digits.length - decimals);
    } else fraction = fraction.padEnd(decimals, '0');
  }
  const { group, decimal } = SEPARATORS[locale];
  const body = groupDigits(integer, group) + (fraction.length > 0 ? decimal + fraction : '');
  const isZero = !/[1-9]/.test(integer + fraction);
  return negative && !isZero ? `-${body}` : body;
}

/**
 * Reads and checks the `locale` of a formatting options object.
 * @internal
 */
export function readLocale(locale: unknown, functionName: string): 'vi' | 'en' {
  if (locale === undefined) return 'vi';
  if (locale === 'vi' || locale === 'en') return locale;
  throw new TypeError(`[tinh-gon] ${functionName}: options.locale must be 'vi' or 'en', received ${describeArgument(locale)}`);
}

/**
 * Writes a number for people in a locale: digits grouped by thousands and the locale's decimal
 * separator (Vietnamese `1.234.567,5`, English `1,234,567.5`). Exact: a `bigint` or an integer
 * `number` is written digit for digit, a fraction as JavaScript writes it shortest, and rounding
 * to `decimals` works on those digits (half away from zero), not on binary floating point. The
 * separators are written by hand, so the text is the same on every Node version.
 *
 * @param value - A finite number or a bigint.
 * @param options - `locale` (`vi` by default) and `decimals`.
 * @returns The number as text.
 * @throws {TypeError} When `value` is not a number or bigint, or `options` is not an object or
 *   holds an unknown locale.
 * @throws {RangeError} When `value` is `NaN` or infinite, or `decimals` is not an integer from 0 to 20.
 * @example
 * ```ts
 * formatNumber(1234567);                       //=> '1.234.567'
 * formatNumber(1234567.5, { locale: 'en' });   //=> '1,234,567.5'
 * formatNumber(2n ** 64n, { locale: 'en' });   //=> '18,446,744,073,709,551,616'
 * formatNumber(1.005, { decimals: 2 });        //=> '1,01'
 * ```
 * @category Core
 */
export function formatNumber(value: number | bigint, options: FormatNumberOptions = {}): string {
  assertOptions(options, 'formatNumber');
  const locale = readLocale(options.locale, 'formatNumber');
  const { decimals } = options;
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    throw new RangeError(`[tinh-gon] formatNumber: options.decimals must be an integer from 0 to 20, received ${String(decimals)}`);
  }
  if (typeof value === 'bigint') return formatDecimal(value.toString(), locale, decimals);
  if (typeof value !== 'number') throw new TypeError(`[tinh-gon] formatNumber: value must be a number or bigint, received ${typeof value}`);
  if (!Number.isFinite(value)) throw new RangeError(`[tinh-gon] formatNumber: value must be finite, received ${String(value)}`);
  return formatDecimal(plainDecimal(value), locale, decimals);
}
