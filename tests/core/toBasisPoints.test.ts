import { describe, expect, it } from 'vitest';
import { divideRounded, formatBasisPoints, percentOf, reductionTarget, toBasisPoints } from '../../src/staffing/index.js';

const reductionTargetCut = (baseline: number): number => reductionTarget(baseline, '10').cut;

describe('toBasisPoints', () => {
  it.each([
    ['10', 1000],
    ['8.93', 893],
    ['0', 0],
    ['0.5', 50],
    ['100', 10_000],
    [' 4.35 ', 435],
    [10, 1000],
    [4.35, 435],
    [1.1, 110],
    [0.07, 7],
    [8.93, 893],
  ] as const)('%j → %i bps', (input, expected) => {
    expect(toBasisPoints(input)).toBe(expected);
  });

  it.each(['8.935', '-1', '1e2', '', 'abc', '10%', '.5'])('refuses the string %j', (input) => {
    expect(() => toBasisPoints(input)).toThrow(RangeError);
  });

  it.each([8.935, -1, Number.NaN, Number.POSITIVE_INFINITY, 0.001])('refuses the number %d', (input) => {
    expect(() => toBasisPoints(input)).toThrow(RangeError);
  });

  it('names the argument in the error', () => {
    expect(() => toBasisPoints('1.234', 'target')).toThrow(/^\[tinh-gon\] target/);
  });

  it.each([
    [893, '8.93'],
    [1000, '10'],
    [450, '4.5'],
    [5, '0.05'],
  ])('formatBasisPoints(%i) is %s', (bps, expected) => {
    expect(formatBasisPoints(bps)).toBe(expected);
    expect(toBasisPoints(expected)).toBe(bps);
  });
});

describe('divideRounded and percentOf', () => {
  it.each([
    [110, 1000, 'up', 11],
    [112, 1000, 'up', 12],
    [112, 1000, 'down', 11],
    [115, 1000, 'nearest', 12],
    [114, 1000, 'nearest', 11],
    [100, 435, 'nearest', 4],
    [100, 435, 'up', 5],
    [0, 1000, 'up', 0],
  ] as const)('%i × %i bps rounded %s is %i', (value, bps, rounding, expected) => {
    expect(percentOf(value, bps, rounding)).toBe(expected);
  });

  it('works beyond the safe-integer range of the product', () => {
    expect(divideRounded(2n ** 60n + 1n, 2n ** 10n, 'up')).toBe(2 ** 50 + 1);
  });

  it('refuses a non-positive denominator, a negative numerator and a bad count', () => {
    expect(() => divideRounded(1, 0, 'up')).toThrow(RangeError);
    expect(() => divideRounded(-1, 3, 'up')).toThrow(RangeError);
    expect(() => percentOf(1.5, 1000, 'up')).toThrow(/value/);
    expect(() => percentOf(10, -1, 'up')).toThrow(/bps/);
  });
});

describe('spreadsheet-style floats give wrong answers where integers do not', () => {
  it('"at least 7%" of 100 is 7, but Math.ceil(100 * 0.07) is 8', () => {
    expect(100 * 0.07).toBe(7.000000000000001);
    expect(Math.ceil(100 * (7 / 100))).toBe(8);
    expect(percentOf(100, toBasisPoints('7'), 'up')).toBe(7);
  });

  it('"at least 10%" of 112 is 12 in both, but the float product is not 11.2', () => {
    expect(112 * 0.1).toBe(11.200000000000001);
    expect(reductionTargetCut(112)).toBe(12);
  });

  it('4.35% read as a number becomes 434 bps by truncation, 435 exactly', () => {
    expect(Math.trunc(4.35 * 100)).toBe(434); // 434.99999999999994
    expect(toBasisPoints(4.35)).toBe(435);
  });

  it('1.1% of 1 000 people rounded up: floats say 12, the exact cut is 11', () => {
    expect(Math.ceil(1000 * (1.1 / 100))).toBe(12); // 11.000000000000002
    expect(percentOf(1000, toBasisPoints(1.1), 'up')).toBe(11);
  });
});
