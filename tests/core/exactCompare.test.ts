import { describe, expect, it } from 'vitest';
import { compareProducts, compareTripleProducts, mulDivRem } from '../../src/core/exactCompare.js';

const BIG = 2 ** 40 + 3;

describe('exact integer comparisons', () => {
  it.each([
    [3, 4, 2, 6, 0],
    [3, 5, 2, 6, 1],
    [BIG, BIG, BIG + 1, BIG - 1, 1], // a² vs a² − 1, far beyond 2^53
    [BIG - 1, BIG + 1, BIG, BIG, -1],
  ])('compareProducts(%d, %d, %d, %d) = %d', (a1, a2, b1, b2, expected) => {
    expect(compareProducts(a1, a2, b1, b2)).toBe(expected);
  });

  it('compares triple products beyond the safe range exactly', () => {
    expect(compareTripleProducts(BIG, BIG, 7, BIG, BIG, 7)).toBe(0);
    expect(compareTripleProducts(BIG, BIG, 7, BIG + 1, BIG - 1, 7)).toBe(1);
    expect(compareTripleProducts(2, 3, 4, 4, 3, 3)).toBe(-1);
  });

  it('divides a product exactly, with bigint when it leaves the safe range', () => {
    expect(mulDivRem(7, 10, 3)).toEqual([23, 1]);
    expect(mulDivRem(BIG, 1024, 1024)).toEqual([BIG, 0]);
    expect(mulDivRem(BIG, 1000, 7)).toEqual([Number((BigInt(BIG) * 1000n) / 7n), Number((BigInt(BIG) * 1000n) % 7n)]);
    // At the top of the safe range the quotient comes from an exact multiple, not from floor(p / c).
    expect(mulDivRem(Number.MAX_SAFE_INTEGER, 1, 3)).toEqual([3002399751580330, 1]);
  });
});

describe('compareProducts: the bigint path (products just above 2^53)', () => {
  it.each([
    // products beyond 2^53 that differ by one, or are equal
    [2 ** 30, 2 ** 30, 2 ** 31, 2 ** 29, 0],
    [2 ** 30 + 1, 2 ** 30 - 1, 2 ** 30, 2 ** 30, -1],
    [2 ** 30, 2 ** 30, 2 ** 30 + 1, 2 ** 30 - 1, 1],
    [3 ** 17, 3 ** 17, 3 ** 16, 3 ** 18, 0],
  ])('sign of %i·%i − %i·%i is %i', (a1, a2, b1, b2, sign) => {
    expect(compareProducts(a1, a2, b1, b2)).toBe(sign);
  });
});

describe('mulDivRem: a quotient beyond the safe range', () => {
  it('throws a RangeError instead of returning an inexact number', () => {
    expect(() => mulDivRem(Number.MAX_SAFE_INTEGER, 3, 2)).toThrow(RangeError);
    expect(() => mulDivRem(Number.MAX_SAFE_INTEGER, 3, 2)).toThrow('[tinh-gon] the quotient of a product is not a safe integer');
    expect(mulDivRem(Number.MAX_SAFE_INTEGER, 3, 3)).toEqual([Number.MAX_SAFE_INTEGER, 0]);
  });
});

describe('exact comparisons at 2^53 itself', () => {
  // 3 × 3,002,399,751,580,331 = 2^53 + 1, whose float product rounds to 2^53 = 2^26 × 2^27
  const [p, q] = [3, 3_002_399_751_580_331];
  it.each([
    [2 ** 26, 2 ** 27, p, q, -1],
    [p, q, 2 ** 26, 2 ** 27, 1],
    [p, q, q, p, 0],
  ])('compareProducts(%d, %d, %d, %d) = %d although the float products are equal', (a1, a2, b1, b2, sign) => {
    expect(a1 * a2).toBe(b1 * b2);
    expect(compareProducts(a1, a2, b1, b2)).toBe(sign);
  });

  it.each([
    [2 ** 26, 2 ** 27, 1, p, q, 1, -1],
    [p, q, 1, 2 ** 26, 2 ** 27, 1, 1],
    [p, 1, q, q, 1, p, 0],
  ])('compareTripleProducts(%d, %d, %d, %d, %d, %d) = %d', (a1, a2, a3, b1, b2, b3, sign) => {
    expect(compareTripleProducts(a1, a2, a3, b1, b2, b3)).toBe(sign);
  });

  it('mulDivRem divides 2^53 + 1 exactly, where the float product is 2^53', () => {
    expect(mulDivRem(p, q, 2)).toEqual([4_503_599_627_370_496, 1]);
    expect(mulDivRem(2 ** 26, 2 ** 27, 3)).toEqual([3_002_399_751_580_330, 2]);
    expect(mulDivRem(2 ** 26, 2 ** 27 - 1, 3)).toEqual([Math.floor((2 ** 53 - 2 ** 26) / 3), (2 ** 53 - 2 ** 26) % 3]);
  });

  it('gives 0, not −0, for equal products either way', () => {
    expect(Object.is(compareProducts(0, 5, 0, 7), 0)).toBe(true);
    expect(Object.is(compareProducts(2 ** 30, 2 ** 30, 2 ** 31, 2 ** 29), 0)).toBe(true);
  });
});
