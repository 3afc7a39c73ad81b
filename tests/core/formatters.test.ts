import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent } from '../../src/core/index.js';
import { formatDecimal, groupDigits, readLocale } from '../../src/core/formatNumber.js';

// Table tests of the formatters at each edge: grouping, the sign, rounding with a carry, exponents,
// and the exact wording of every error (a caller reads it to learn which argument was wrong).

describe('groupDigits', () => {
  it.each([
    ['', ''],
    ['1', '1'],
    ['12', '12'],
    ['123', '123'],
    ['1234', '1.234'],
    ['123456', '123.456'],
    ['1234567', '1.234.567'],
  ])('groups %j as %j', (digits, grouped) => {
    expect(groupDigits(digits, '.')).toBe(grouped);
  });
});

describe('formatDecimal', () => {
  it.each([
    // text, locale, decimals, written
    ['0', 'en', undefined, '0'],
    ['-0', 'en', undefined, '0'],
    ['-0.000', 'vi', undefined, '0,000'],
    ['-12.5', 'vi', undefined, '-12,5'],
    ['1234.5', 'en', 0, '1,235'],
    ['1234.4', 'en', 0, '1,234'],
    ['-1234.5', 'en', 0, '-1,235'],
    ['0.995', 'en', 2, '1.00'],
    ['9.99', 'en', 1, '10.0'],
    ['0.04', 'en', 1, '0.0'],
    ['0.05', 'en', 1, '0.1'],
    ['0.005', 'en', 2, '0.01'],
    ['0.0049', 'en', 2, '0.00'],
    ['12', 'en', 2, '12.00'],
    ['12.3', 'vi', 3, '12,300'],
    ['12.345', 'en', 3, '12.345'],
  ] as const)('formatDecimal(%j, %s, %s) is %j', (text, locale, decimals, written) => {
    expect(formatDecimal(text, locale, decimals)).toBe(written);
  });
});

describe('readLocale', () => {
  it('defaults to vi, keeps vi and en, and names the function and the value it refuses', () => {
    expect(readLocale(undefined, 'f')).toBe('vi');
    expect(readLocale('vi', 'f')).toBe('vi');
    expect(readLocale('en', 'f')).toBe('en');
    expect(() => readLocale('fr', 'formatThing')).toThrow(new TypeError(`[tinh-gon] formatThing: options.locale must be 'vi' or 'en', received "fr"`));
    expect(() => readLocale(Symbol.for('x'), 'f')).toThrow(new TypeError(`[tinh-gon] f: options.locale must be 'vi' or 'en', received Symbol(x)`));
  });
});

describe('formatNumber', () => {
  it.each([
    [0, 'en', '0'],
    [-0, 'en', '0'],
    [1e21, 'en', '1,000,000,000,000,000,000,000'],
    [-1e21, 'vi', '-1.000.000.000.000.000.000.000'],
    [1.5e-7, 'en', '0.00000015'],
    [-2.5e-8, 'en', '-0.000000025'],
    [1e-7, 'vi', '0,0000001'],
    [123.456, 'en', '123.456'],
    [-0.5, 'vi', '-0,5'],
    [-5.5, 'en', '-5.5'],
    [-12.12, 'en', '-12.12'],
    [1.25e-7, 'en', '0.000000125'],
    [-2.5e-10, 'en', '-0.00000000025'],
    [1e-100, 'en', `0.${'0'.repeat(99)}1`],
  ] as const)('formatNumber(%s, %s) is %j', (value, locale, text) => {
    expect(formatNumber(value, { locale })).toBe(text);
  });

  it.each([
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [0.125, 2, '0.13'],
    [1, 0, '1'],
    [1, 20, `1.${'0'.repeat(20)}`],
    [1e-7, 7, '0.0000001'],
    [1e-7, 6, '0.000000'],
    [5e-7, 6, '0.000001'],
  ] as const)('formatNumber(%s, { decimals: %d }) is %j', (value, decimals, text) => {
    expect(formatNumber(value, { locale: 'en', decimals })).toBe(text);
  });

  it('writes bigints digit for digit, with decimals padded', () => {
    expect(formatNumber(-(2n ** 64n), { locale: 'en' })).toBe('-18,446,744,073,709,551,616');
    expect(formatNumber(5n, { locale: 'en', decimals: 2 })).toBe('5.00');
    expect(formatNumber(0n)).toBe('0');
  });

  it.each([
    [() => formatNumber(1, { decimals: -1 }), RangeError, 'formatNumber: options.decimals must be an integer from 0 to 20, received -1'],
    [() => formatNumber(1, { decimals: 1.5 }), RangeError, 'formatNumber: options.decimals must be an integer from 0 to 20, received 1.5'],
    [() => formatNumber(1, { decimals: 21 }), RangeError, 'formatNumber: options.decimals must be an integer from 0 to 20, received 21'],
    [() => formatNumber('1' as never), TypeError, 'formatNumber: value must be a number or bigint, received string'],
    [() => formatNumber(Number.POSITIVE_INFINITY), RangeError, 'formatNumber: value must be finite, received Infinity'],
    [() => formatNumber(Number.NaN), RangeError, 'formatNumber: value must be finite, received NaN'],
    [() => formatNumber(1, null as never), TypeError, 'formatNumber'],
    [() => formatNumber(1, { locale: 'de' as never }), TypeError, `formatNumber: options.locale must be 'vi' or 'en', received "de"`],
  ] as const)('refuses a call the types forbid (%#)', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(`[tinh-gon] ${message}`);
  });

  it('accepts the edges of decimals', () => {
    expect(formatNumber(1.25, { decimals: 0, locale: 'en' })).toBe('1');
    expect(formatNumber(1.25, { decimals: 20, locale: 'en' })).toBe(`1.25${'0'.repeat(18)}`);
  });
});

describe('formatMoney', () => {
  it.each([
    [0, 'vi', '0 đ'],
    [-1234, 'vi', '-1.234 đ'],
    [Number.MAX_SAFE_INTEGER, 'en', '9,007,199,254,740,991 VND'],
    [-Number.MAX_SAFE_INTEGER, 'vi', '-9.007.199.254.740.991 đ'],
    [-(10n ** 20n), 'en', '-100,000,000,000,000,000,000 VND'],
    [999, 'en', '999 VND'],
  ] as const)('formatMoney(%s, %s) is %j', (dong, locale, text) => {
    expect(formatMoney(dong, { locale })).toBe(text);
  });

  it.each([
    [() => formatMoney('5' as never), TypeError, 'formatMoney: dong must be a number or bigint, received string'],
    [() => formatMoney(0.5), RangeError, 'formatMoney: dong must be whole đồng within 2^53 − 1 (pass a bigint beyond), received 0.5'],
    [() => formatMoney(2 ** 53), RangeError, 'formatMoney: dong must be whole đồng within 2^53 − 1 (pass a bigint beyond), received 9007199254740992'],
    [() => formatMoney(Number.NaN), RangeError, 'received NaN'],
    [() => formatMoney(1, { locale: 'fr' as never }), TypeError, `formatMoney: options.locale must be 'vi' or 'en', received "fr"`],
    [() => formatMoney(1, 'en' as never), TypeError, 'formatMoney'],
  ] as const)('refuses a call the types forbid (%#)', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message.startsWith('formatMoney') ? `[tinh-gon] ${message}` : message);
  });
});

describe('formatPercent', () => {
  it.each([
    [0, 1, {}, '0%'],
    [1, 1, {}, '100%'],
    [1, 8, { locale: 'en' }, '12.5%'],
    [1, 4, { locale: 'en' }, '25%'],
    [1, 10, { locale: 'en' }, '10%'],
    [1, 10, { locale: 'en', fixed: true }, '10.00%'],
    [1, 8, { locale: 'en', fixed: true }, '12.50%'],
    [1, 8, { locale: 'en', fixed: false }, '12.5%'],
    [0, 5, { locale: 'en', fixed: true }, '0.00%'],
    [3, 10_000, { locale: 'en' }, '0.03%'],
    [30, 10_000, { locale: 'en' }, '0.3%'],
    [123_456, 100, { locale: 'en' }, '123,456%'],
    [123_456, 100, {}, '123.456%'],
    [1, 3, { locale: 'en', rounding: 'up' }, '33.34%'],
    [1, 3, { locale: 'en', rounding: 'down' }, '33.33%'],
    [2, 3, { locale: 'en' }, '66.67%'],
    [1, 20_000, { locale: 'en' }, '0.01%'],
    [1, 20_000, { locale: 'en', rounding: 'down' }, '0%'],
    [1, 20_001, { locale: 'en' }, '0%'],
    [1n, 3n, { locale: 'en' }, '33.33%'],
    [10n ** 30n, 10n ** 28n, { locale: 'en' }, '10,000%'],
  ] as const)('formatPercent(%s, %s, %o) is %j', (part, whole, options, text) => {
    expect(formatPercent(part, whole, options)).toBe(text);
  });

  it.each([
    [() => formatPercent('1' as never, 2), TypeError, 'formatPercent: part must be a number or bigint, received string'],
    [() => formatPercent(1, '2' as never), TypeError, 'formatPercent: whole must be a number or bigint, received string'],
    [() => formatPercent(0.5, 2), RangeError, 'formatPercent: part must be a safe integer, received 0.5'],
    [() => formatPercent(1, 2 ** 53), RangeError, 'formatPercent: whole must be a safe integer, received 9007199254740992'],
    [() => formatPercent(-1, 2), RangeError, 'formatPercent: part must not be negative, received -1'],
    [() => formatPercent(1, 0), RangeError, 'formatPercent: whole must be positive, received 0'],
    [() => formatPercent(1, -2n), RangeError, 'formatPercent: whole must be positive, received -2'],
    [() => formatPercent(1, 2, { rounding: 'sideways' as never }), RangeError, 'formatPercent: options.rounding'],
    [() => formatPercent(1, 2, { locale: 'fr' as never }), TypeError, `formatPercent: options.locale must be 'vi' or 'en', received "fr"`],
    [() => formatPercent(1, 2, null as never), TypeError, 'formatPercent'],
  ] as const)('refuses a call the types forbid (%#)', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(`[tinh-gon] ${message}`);
  });

  it('accepts a zero part and a whole of one', () => {
    expect(formatPercent(0n, 1n, { locale: 'en' })).toBe('0%');
  });
});
