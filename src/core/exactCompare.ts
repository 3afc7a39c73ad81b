import { toSafeNumber } from './divideRounded.js';

/**
 * 2^53: an integer below it is exact in a float; a float product at or above it may not be, but is
 * never below an exact one.
 *
 * @internal
 */
export const TWO_53 = 2 ** 53;

/**
 * The sign of a bigint: `-1`, `0` or `1`.
 *
 * @param difference - A difference of two exact products.
 * @returns `-1`, `0` or `1`.
 * @example
 * ```ts
 * signOf(2n * 3n - 7n); //=> -1
 * ```
 * @internal
 */
export function signOf(difference: bigint): number {
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}

/**
 * The sign of `a1·a2 − b1·b2` for non-negative integers, exact. A float product below 2^53 is exact,
 * and a float product of 2^53 or more is never below an exact one under it, so floats decide unless
 * both float products reach 2^53; then `bigint` does.
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
  // Stryker disable next-line LogicalOperator,ConditionalExpression: `||` or an always-true test only sends more cases to bigint, exact for every input (the float path is a shortcut)
  if (a >= TWO_53 && b >= TWO_53) return signOf(BigInt(a1) * BigInt(a2) - BigInt(b1) * BigInt(b2));
  return Math.sign(a - b);
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
  // Stryker disable next-line LogicalOperator,ConditionalExpression: `||` or an always-true test only sends more cases to bigint, exact for every input (the float path is a shortcut)
  if (a >= TWO_53 && b >= TWO_53) return signOf(BigInt(a1) * BigInt(a2) * BigInt(a3) - BigInt(b1) * BigInt(b2) * BigInt(b3));
  return Math.sign(a - b);
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
  // Stryker disable next-line ConditionalExpression: an always-true test sends every product to bigint, exact for every input (the float path is a shortcut)
  if (p >= TWO_53) {
    const x = BigInt(a) * BigInt(b);
    const y = BigInt(c);
    return [toSafeNumber(x / y, 'the quotient of a product is not a safe integer'), Number(x % y)];
  }
  const remainder = p % c;
  return [(p - remainder) / c, remainder];
}
