import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { basisPointsOf, formatMoney, formatNumber, formatPercent } from '../../src/core/index.js';

describe('numbers, money and percents by locale', () => {
  it.each([
    [1234567, 'vi', '1.234.567'], [1234567, 'en', '1,234,567'], [1234567.5, 'vi', '1.234.567,5'], [-1234.5, 'en', '-1,234.5'],
    [999, 'vi', '999'], [1000, 'vi', '1.000'], [0.1 + 0.2, 'en', '0.30000000000000004'], [1e-7, 'en', '0.0000001'],
  ] as const)('formatNumber(%d, %s) is %s', (value, locale, text) => {
    expect(formatNumber(value, { locale })).toBe(text);
  });

  it('rounds the written digits half away from zero, and is exact for bigint', () => {
    expect(formatNumber(1.005, { decimals: 2, locale: 'en' })).toBe('1.01');
    expect(formatNumber(999.995, { decimals: 2, locale: 'en' })).toBe('1,000.00');
    expect(formatNumber(-0.004, { decimals: 2 })).toBe('0,00');
    expect(formatNumber(2n ** 70n, { locale: 'vi' })).toBe('1.180.591.620.717.411.303.424');
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 21 })).toThrow(RangeError);
    expect(() => formatNumber(1, { locale: 'fr' as never })).toThrow(TypeError);
  });

  it('writes money in đồng in Vietnamese and VND in English, never the other way', () => {
    expect(formatMoney(1234567)).toBe('1.234.567 đ');
    expect(formatMoney(1234567, { locale: 'en' })).toBe('1,234,567 VND');
    expect(formatMoney(12n * 10n ** 18n, { locale: 'en' })).toBe('12,000,000,000,000,000,000 VND');
    expect(() => formatMoney(0.5)).toThrow(RangeError);
    expect(() => formatMoney(2 ** 60)).toThrow(RangeError);
  });

  it('rounds a percent as basisPointsOf does: 164/300 is 54.67%', () => {
    expect(formatPercent(164, 300)).toBe('54,67%');
    expect(formatPercent(164, 300, { locale: 'en' })).toBe('54.67%');
    expect(formatPercent(164, 300, { rounding: 'down', locale: 'en' })).toBe('54.66%');
    expect(formatPercent(1, 2, { locale: 'en', fixed: true })).toBe('50.00%');
    expect(formatPercent(1, 2)).toBe('50%');
    expect(() => formatPercent(1, 0)).toThrow(RangeError);
  });

  test.prop([fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 })])('formatPercent agrees with basisPointsOf', (part, whole) => {
    const bps = basisPointsOf(part, whole);
    const expected = `${Math.trunc(bps / 100)}.${String(bps % 100).padStart(2, '0')}%`;
    expect(formatPercent(part, whole, { locale: 'en', fixed: true }).replaceAll(',', '')).toBe(expected);
  });

  test.prop([fc.maxSafeInteger()])('integers group as Intl does (en-US, vi-VN)', (value) => {
    expect(formatNumber(value, { locale: 'en' })).toBe(new Intl.NumberFormat('en-US').format(value));
    expect(formatNumber(value, { locale: 'vi' })).toBe(new Intl.NumberFormat('vi-VN').format(value));
  });
});
