import { toSafeNumber } from './divideRounded.js';

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * The sign of `a1·a2 − b1·b2` for non-negative integers, exact: `number` products when they stay
 * below 2^53 (a float product under 2^53 is exact), `bigint` otherwise.
 *
 * @param a1 - Factor.
 * @param a2 - Factor.
 * @param b1 - Factor.
 * @param b2 - Factor.
 * @returns `-1`, `0` or `1`.
 * @example
 * ```ts
 * compareProducts(3, 4, 2, 6); //=> 0
 * ```
 * @internal
 */
export function compareProducts(a1: number, a2: number, b1: number, b2: number): number {
  const a = a1 * a2;
  const b = b1 * b2;
  if (a <= MAX && b <= MAX) return a === b ? 0 : a < b ? -1 : 1;
  const x = BigInt(a1) * BigInt(a2);
  const y = BigInt(b1) * BigInt(b2);
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * The sign of `a1·a2·a3 − b1·b2·b3` for non-negative integers, exact (see {@link compareProducts}).
 *
 * @param a1 - Factor.
 * @param a2 - Factor.
 * @param a3 - Factor.
 * @param b1 - Factor.
 * @param b2 - Factor.
 * @param b3 - Factor.
 * @returns `-1`, `0` or `1`.
 * @example
 * ```ts
 * compareTripleProducts(2, 3, 4, 4, 3, 2); //=> 0
 * ```
 * @internal
 */
export function compareTripleProducts(a1: number, a2: number, a3: number, b1: number, b2: number, b3: number): number {
  const a = a1 * a2 * a3;
  const b = b1 * b2 * b3;
  if (a <= MAX && b <= MAX) return a === b ? 0 : a < b ? -1 : 1;
  const x = BigInt(a1) * BigInt(a2) * BigInt(a3);
  const y = BigInt(b1) * BigInt(b2) * BigInt(b3);
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * `floor(a·b / c)` and `(a·b) mod c` for non-negative integers `a`, `b` and positive `c`, exact.
 *
 * @param a - Factor.
 * @param b - Factor.
 * @param c - Divisor (positive, a safe integer).
 * @returns `[quotient, remainder]`, both numbers.
 * @throws {RangeError} When the quotient is beyond 2^53 − 1.
 * @example
 * ```ts
 * mulDivRem(7, 10, 3); //=> [23, 1]
 * ```
 * @internal
 */
export function mulDivRem(a: number, b: number, c: number): [number, number] {
  const p = a * b;
  if (p <= MAX) {
    const remainder = p % c;
    return [(p - remainder) / c, remainder];
  }
  const x = BigInt(a) * BigInt(b);
  const y = BigInt(c);
  return [toSafeNumber(x / y, 'the quotient of a product is not a safe integer'), Number(x % y)];
}
