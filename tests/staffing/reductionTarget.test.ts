import { describe, expect, it } from 'vitest';
import { type Percent, type Rounding, reductionTarget } from '../../src/staffing/index.js';
import { thrownBy } from './support/result.js';

describe('reductionTarget', () => {
  it.each([
    // baseline, percent, rounding, cut, ceiling
    [110, '10', 'up', 11, 99],
    [112, '10', 'up', 12, 100],
    [112, '10', 'down', 11, 101],
    [112, '10', 'nearest', 11, 101],
    [115, '10', 'nearest', 12, 103], // 11.5 → 12 (half up)
    [112, '8.93', 'nearest', 10, 102], // Hà Tĩnh Labour Federation: 10 of 112 is 8.93%
    [0, '10', 'up', 0, 0],
    [7, '100', 'up', 7, 0],
  ] as const)('%i at %s%% rounded %s → cut %i, ceiling %i', (baseline, percent, rounding, cut, ceiling) => {
    const target = reductionTarget(baseline, percent, { rounding });
    expect(target.cut).toBe(cut);
    expect(target.ceiling).toBe(ceiling);
    expect(target.cut + target.ceiling).toBe(baseline);
  });

  it('rounds up by default ("at least")', () => {
    expect(reductionTarget(112, '10%').rounding).toBe('up');
    expect(reductionTarget(112, '10%').exactCut).toEqual({ numerator: 112_000, denominator: 10_000 });
  });

  it('refuses bad arguments naming them', () => {
    expect(() => reductionTarget(-1, '10')).toThrow(/baseline/);
    expect(() => reductionTarget(10.5, '10')).toThrow(/baseline/);
    expect(() => reductionTarget(10, '10.001')).toThrow(/percent/);
    expect(() => reductionTarget(10, '101')).toThrow(/percent/);
  });
  it('takes the largest baseline whose product still fits (2^53 / 1000 at 10%)', () => {
    const baseline = Math.floor(Number.MAX_SAFE_INTEGER / 1000);
    expect(reductionTarget(baseline, '10').cut).toBe(Math.ceil(baseline / 10));
  });

  it('refuses a baseline whose product with the basis points passes 2^53', () => {
    const call = () => reductionTarget(Number.MAX_SAFE_INTEGER, '10');
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/baseline is too large/);
    expect(() => reductionTarget(Math.floor(Number.MAX_SAFE_INTEGER / 1000) + 1, '10%')).toThrow(/baseline is too large/);
  });
});

describe('reductionTarget: the percent argument is unambiguous (#11)', () => {
  it.each([
    ['10%', 11],
    ['10', 11],
    [{ basisPoints: 1000 }, 11],
    ['0.5%', 1],
    [{ basisPoints: 50 }, 1],
    ['100%', 110],
    [{ basisPoints: 10_000 }, 110],
    ['0%', 0],
  ] as const)('%j of 110, rounded up, is %i', (percent, cut) => {
    expect(reductionTarget(110, percent).cut).toBe(cut);
  });

  it.each([10, 0.1, 0, -10])('refuses the bare number %d: ten percent, or a fraction?', (percent) => {
    const call = () => reductionTarget(110, percent as unknown as Percent);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(`[tinh-gon] percent must be a percent string such as '10%' or { basisPoints: 1000 }, received the bare number ${percent}`);
  });

  it.each([
    ['null', null, TypeError, 'received null'],
    ['an empty object', {}, TypeError, 'received [object Object]'],
    ['basis points as a string', { basisPoints: '1000' }, TypeError, 'percent.basisPoints must be a number, received "1000"'],
    ['negative basis points', { basisPoints: -1 }, RangeError, 'percent.basisPoints must be a non-negative safe integer, received -1'],
    ['fractional basis points', { basisPoints: 12.5 }, RangeError, 'received 12.5'],
    ['more than 100% in basis points', { basisPoints: 10_001 }, RangeError, 'percent must not exceed 100, received 100.01%'],
    ['more than 100% as text', '100.01%', RangeError, 'percent must not exceed 100, received 100.01%'],
    ['a negative percent', '-10%', RangeError, `non-negative percent with at most two decimals, such as '10%' or '8.93', received "-10%"`],
  ] as const)('refuses %s', (_name, percent, type, message) => {
    const call = () => reductionTarget(110, percent as unknown as Percent);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
    expect(thrownBy(call).message.endsWith(message.replace(/^.*(received .*)$/, '$1'))).toBe(true);
  });

  it('states the percent as written without the sign, and its basis points', () => {
    const target = reductionTarget(112, '8.93%', { rounding: 'nearest' });
    expect([target.percent, target.bps, target.cut]).toEqual(['8.93', 893, 10]);
  });
});

describe('reductionTarget: contract', () => {
  it.each([
    ['null options', () => reductionTarget(110, '10%', null as never), TypeError, '[tinh-gon] options must be an object, received null'],
    ['an unknown rounding', () => reductionTarget(110, '10%', { rounding: 'sideways' as Rounding }), RangeError, "options.rounding must be 'up', 'down' or 'nearest', received sideways"],
    ['a string baseline', () => reductionTarget('110' as unknown as number, '10%'), TypeError, 'baseline must be a non-negative safe integer, received "110"'],
  ] as const)('%s throws', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});



describe('reductionTarget: −0 is 0', () => {
  it('normalises −0 in the baseline and in basis points', () => {
    const target = reductionTarget(-0, { basisPoints: -0 });
    expect(Object.is(target.baseline, 0)).toBe(true);
    expect(Object.is(target.bps, 0)).toBe(true);
    expect(Object.is(target.ceiling, 0)).toBe(true);
  });
});
