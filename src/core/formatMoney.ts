import { assertOptions } from './assertOptions.js';
import { formatDecimal, readLocale } from './formatNumber.js';

/**
 * Options of {@link formatMoney}.
 *
 * @example
 * ```ts
 * const options: FormatMoneyOptions = { locale: 'en' };
 * ```
 * @category Core
 */
export interface FormatMoneyOptions {
  /** `vi` (default): `1.234.567 đ`; `en`: `1,234,567 VND`. */
  readonly locale?: 'vi' | 'en';
}

/**
 * Writes an amount of whole đồng for people: Vietnamese `1.234.567 đ` (the way Vietnamese
 * documents write it), English `1,234,567 VND` (the ISO 4217 code after the amount, as English
 * texts on Vietnam usually write it, not `₫` which few keyboards and fonts carry). Exact for any
 * `bigint`; the separator before the unit is a plain space.
 *
 * @param dong - Whole đồng: an integer `number` within 2^53 − 1, or a `bigint` of any size.
 * @param options - `locale` (`vi` by default).
 * @returns The amount as text.
 * @throws {TypeError} When `dong` is not a number or bigint, or `options` is not an object or
 *   holds an unknown locale.
 * @throws {RangeError} When `dong` is a fraction, not finite, or beyond 2^53 − 1 as a `number`.
 * @example
 * ```ts
 * formatMoney(1234567);                          //=> '1.234.567 đ'
 * formatMoney(1234567, { locale: 'en' });        //=> '1,234,567 VND'
 * formatMoney(10n ** 16n, { locale: 'en' });     //=> '10,000,000,000,000,000 VND'
 * ```
 * @category Core
 */
export function formatMoney(dong: number | bigint, options: FormatMoneyOptions = {}): string {
  assertOptions(options, 'formatMoney');
  const locale = readLocale(options.locale, 'formatMoney');
  let digits: string;
  if (typeof dong === 'bigint') digits = dong.toString();
  else if (typeof dong !== 'number') throw new TypeError(`[tinh-gon] formatMoney: dong must be a number or bigint, received ${typeof dong}`);
  else if (!Number.isSafeInteger(dong)) {
    throw new RangeError(`[tinh-gon] formatMoney: dong must be whole đồng within 2^53 − 1 (pass a bigint beyond), received ${String(dong)}`);
  } else digits = BigInt(dong).toString();
  const amount = formatDecimal(digits, locale);
  return locale === 'vi' ? `${amount} đ` : `${amount} VND`;
}
