import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Rounding, basisPointsOf, divideRounded, percentOf } from '../../src/staffing/index.js';

describe('divideRounded: contract breaches', () => {
  it.each([
    ['an unknown rounding', () => divideRounded(7, 2, 'sideways' as Rounding), /rounding must be 'up', 'down' or 'nearest', received sideways/],
    ['a quotient beyond 2^53', () => divideRounded(2n ** 60n, 1n, 'down'), /result is not a safe integer/],
    ['a zero whole in basisPointsOf', () => basisPointsOf(1, 0), /whole must be positive/],
    ['a zero denominator', () => divideRounded(1, 0, 'up'), /denominator must be positive/],
    ['a negative numerator', () => divideRounded(-1n, 3n, 'up'), /numerator must not be negative/],
  ] as const)('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('still divides exactly just below the safe-integer limit', () => {
    expect(divideRounded(BigInt(Number.MAX_SAFE_INTEGER) * 3n, 3n, 'down')).toBe(Number.MAX_SAFE_INTEGER);
  });

  test.prop([fc.bigInt({ min: 0n, max: 2n ** 80n }), fc.bigInt({ min: 1n, max: 2n ** 40n })])(
    'down ≤ nearest ≤ up ≤ down + 1, or throws for all three',
    (a, b) => {
      const q = a / b;
      fc.pre(q <= BigInt(Number.MAX_SAFE_INTEGER) - 1n);
      const down = divideRounded(a, b, 'down');
      const nearest = divideRounded(a, b, 'nearest');
      const up = divideRounded(a, b, 'up');
      expect(down).toBe(Number(q));
      expect(down <= nearest && nearest <= up && up <= down + 1).toBe(true);
      expect(up === down).toBe(a % b === 0n);
    },
  );
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

describe('divideRounded: #13, no native error and no silent coercion', () => {
  it.each([
    ['a fractional numerator (0.1)', () => divideRounded(0.1, 3, 'up'), RangeError, '[tinh-gon] numerator must be an integer, received 0.1'],
    ['a fractional denominator', () => divideRounded(10, 2.5, 'up'), RangeError, '[tinh-gon] denominator must be an integer, received 2.5'],
    ['NaN', () => divideRounded(Number.NaN, 3, 'up'), RangeError, '[tinh-gon] numerator must be an integer, received NaN'],
    ['a number numerator beyond 2^53', () => divideRounded(2 ** 53, 1, 'down'), RangeError, 'pass a bigint'],
    ['string arguments', () => divideRounded('10' as unknown as number, '3' as unknown as number, 'up'), TypeError, '[tinh-gon] numerator must be an integer (number or bigint), received "10"'],
    ['a string denominator', () => divideRounded(10, '3' as unknown as number, 'up'), TypeError, 'denominator must be an integer (number or bigint), received "3"'],
    ['a missing rounding', () => divideRounded(10, 3, undefined as unknown as Rounding), TypeError, "rounding must be 'up', 'down' or 'nearest', received undefined"],
    ['a negative bigint denominator', () => divideRounded(10n, -3n, 'up'), RangeError, 'denominator must be positive, received -3n'],
  ] as const)('%s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('takes a safe number and a bigint together', () => {
    expect(divideRounded(Number.MAX_SAFE_INTEGER, 2n, 'up')).toBe(2 ** 52);
    expect(divideRounded(7n, 2, 'nearest')).toBe(4);
  });

  it('rounds a numerator beyond 2^53 passed as a bigint (a product the number type cannot hold)', () => {
    // 200,000,000,000,001 × 750 hundredths / 100: 150,000,000,000,000,750 / 100
    expect(divideRounded(200_000_000_000_001n * 750n, 100n, 'nearest')).toBe(1_500_000_000_000_008);
    expect(divideRounded(200_000_000_000_001n * 750n, 100n, 'down')).toBe(1_500_000_000_000_007);
  });
});

describe('percentOf and basisPointsOf: contract', () => {
  it.each([
    ['a string value', () => percentOf('110' as unknown as number, 1000, 'up'), TypeError, /value/],
    ['a bigint bps', () => percentOf(110, 1000n as unknown as number, 'up'), TypeError, /bps must be a non-negative safe integer, received 1000n/],
    ['a null part', () => basisPointsOf(null as unknown as number, 10), TypeError, /part/],
    ['a negative whole', () => basisPointsOf(1, -1), RangeError, /^\[tinh-gon\] whole must be a non-negative safe integer, received -1$/],
    ['a string part, quoted', () => basisPointsOf('1' as unknown as number, 10), TypeError, /^\[tinh-gon\] part must be a non-negative safe integer, received "1"$/],
    ['a boolean value, as it is', () => percentOf(true as unknown as number, 10, 'up'), TypeError, /^\[tinh-gon\] value must be a non-negative safe integer, received true$/],
    ['a share beyond 2^53', () => percentOf(Number.MAX_SAFE_INTEGER, 20_000, 'up'), RangeError, /result is not a safe integer/],
  ] as const)('%s throws', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('exact at the top of the range: 2^53 − 1 at 100% is itself', () => {
    expect(percentOf(Number.MAX_SAFE_INTEGER, 10_000, 'up')).toBe(Number.MAX_SAFE_INTEGER);
    expect(basisPointsOf(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(10_000);
  });
});

