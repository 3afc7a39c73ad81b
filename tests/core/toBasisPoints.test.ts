import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatBasisPoints, percentOf, reductionTarget, toBasisPoints } from '../../src/staffing/index.js';

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
    ['10%', 1000],
    ['0.5%', 50],
    ['8.93%', 893],
    [' 10% ', 1000],
    [-0, 0],
  ] as const)('%j → %i bps', (input, expected) => {
    expect(toBasisPoints(input)).toBe(expected);
  });

  it.each(['8.935', '-1', '1e2', '', 'abc', '.5', '10%%', '%10', '10 %', '8.935%', '-0'])('refuses the string %j', (input) => {
    expect(() => toBasisPoints(input)).toThrow(RangeError);
  });

  it('accepts the percent sign, the most natural way to write a percent (it was refused before)', () => {
    expect(toBasisPoints('10%')).toBe(toBasisPoints('10'));
  });

  it('gives 0, not −0, for −0 (#13)', () => {
    expect(Object.is(toBasisPoints(-0), 0)).toBe(true);
    expect(Object.is(toBasisPoints(0), 0)).toBe(true);
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10n'],
    [{ basisPoints: 10 }, '[object Object]'],
  ])('throws a TypeError for %s, naming it', (input, shown) => {
    const call = () => toBasisPoints(input as unknown as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new TypeError(`[tinh-gon] percent must be a percent string or number, received ${shown}`));
  });

  it.each([8.935, -1, Number.NaN, Number.POSITIVE_INFINITY, 0.001])('refuses the number %d', (input) => {
    expect(() => toBasisPoints(input)).toThrow(RangeError);
  });

  it.each([
    [-1, '[tinh-gon] percent must be a finite non-negative percent, received -1'],
    [Number.NaN, '[tinh-gon] percent must be a finite non-negative percent, received NaN'],
    [8.935, '[tinh-gon] percent must have at most two decimals, received 8.935'],
    [1e300, '[tinh-gon] percent must have at most two decimals, received 1e+300'],
  ])('says why it refuses the number %d', (input, message) => {
    expect(() => toBasisPoints(input)).toThrow(message);
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

describe('toBasisPoints / formatBasisPoints: out-of-range inputs', () => {
  it.each([
    ['a percent string whose basis points pass 2^53', () => toBasisPoints('99999999999999999999'), /is too large/],
    ['a negative bps to format', () => formatBasisPoints(-1), /bps must be a non-negative safe integer, received -1/],
    ['a fractional bps to format', () => formatBasisPoints(12.5), /received 12.5/],
  ] as const)('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

});

describe('basis points: properties', () => {
  test.prop([fc.integer({ min: 0, max: 1_000_000_000 })])('toBasisPoints inverts bps / 100 and formatBasisPoints', (bps) => {
    expect(toBasisPoints(bps / 100)).toBe(bps);
    expect(toBasisPoints(formatBasisPoints(bps))).toBe(bps);
    expect(toBasisPoints(formatBasisPoints(bps, { fixed: true }))).toBe(bps);
  });

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 99_999 })])(
    'a percent with three decimals is refused, not rounded',
    (whole, thousandths) => {
      fc.pre(thousandths % 10 !== 0);
      const written = `${whole}.${String(thousandths).padStart(5, '0').slice(2)}`;
      fc.pre(/\.\d\d[1-9]$/.test(written));
      expect(() => toBasisPoints(written)).toThrow(RangeError);
      expect(() => toBasisPoints(Number(written))).toThrow(RangeError);
    },
  );
});

describe('formatBasisPoints: options', () => {
  it.each([
    [893, {}, '8.93'],
    [893, { percentSign: true }, '8.93%'],
    [5000, { fixed: true }, '50.00'],
    [5000, { fixed: true, percentSign: true }, '50.00%'],
    [450, { fixed: true }, '4.50'],
    [450, { fixed: false, percentSign: false }, '4.5'],
    [7, { fixed: true }, '0.07'],
    [1000, { percentSign: true }, '10%'],
  ] as const)('%i with %j is %s', (bps, options, text) => {
    expect(formatBasisPoints(bps, options)).toBe(text);
  });

  it.each([
    [null, 'null'],
    ['fixed', 'fixed'],
  ])('refuses %s as options', (options, shown) => {
    const call = () => formatBasisPoints(100, options as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new TypeError(`[tinh-gon] options must be an object, received ${shown}`));
  });
});
