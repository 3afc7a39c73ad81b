/**
 * How a fraction of people or money becomes a whole number: `up` (ceiling, "at least"), `down`
 * (floor, "at most") or `nearest` (half up: 0.5 goes up).
 *
 * @example
 * ```ts
 * const atLeast: Rounding = 'up';
 * ```
 * @category Staffing
 */
export type Rounding = 'up' | 'down' | 'nearest';

/**
 * Checks that a value is a non-negative safe integer (a headcount, a number of months, whole đồng).
 *
 * @param value - The value to check.
 * @param name - The argument's name, for the error message.
 * @returns The value.
 * @throws {RangeError} When the value is not a non-negative safe integer.
 * @example
 * ```ts
 * assertCount(12, 'baseline'); //=> 12
 * ```
 * @internal
 */
export function assertCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`[tinh-gon] ${name} must be a non-negative safe integer, received ${String(value)}`);
  }
  return value;
}

/**
 * Divides two non-negative integers and rounds the quotient as stated, in integer arithmetic only
 * (the product `a × b` is computed with `bigint` when it would leave the safe-integer range).
 *
 * @param numerator - A non-negative integer (`number` or `bigint`).
 * @param denominator - A positive integer.
 * @param rounding - `up`, `down` or `nearest` (half up).
 * @returns The rounded quotient, as a `number`.
 * @throws {RangeError} When the denominator is not positive, the numerator is negative, or the
 *   result is not a safe integer.
 * @example
 * ```ts
 * divideRounded(112 * 1000, 10000, 'up');      //=> 12  (11.2 → 12)
 * divideRounded(112 * 1000, 10000, 'down');    //=> 11
 * divideRounded(115 * 1000, 10000, 'nearest'); //=> 12  (11.5 → 12)
 * ```
 * @category Staffing
 */
export function divideRounded(numerator: number | bigint, denominator: number | bigint, rounding: Rounding): number {
  const a = BigInt(numerator);
  const b = BigInt(denominator);
  if (b <= 0n) throw new RangeError('[tinh-gon] denominator must be positive');
  if (a < 0n) throw new RangeError('[tinh-gon] numerator must not be negative');
  let quotient = a / b;
  const remainder = a % b;
  switch (rounding) {
    case 'down':
      break;
    case 'up':
      if (remainder > 0n) quotient += 1n;
      break;
    case 'nearest':
      if (2n * remainder >= b) quotient += 1n;
      break;
    default:
      throw new RangeError(`[tinh-gon] rounding must be 'up', 'down' or 'nearest', received ${String(rounding satisfies never)}`);
  }
  const result = Number(quotient);
  if (!Number.isSafeInteger(result)) throw new RangeError('[tinh-gon] result is not a safe integer');
  return result;
}

/**
 * The share `value × bps / 10 000` of a whole number, rounded as stated, with no floating point.
 *
 * @param value - A non-negative integer (headcount, đồng).
 * @param bps - Basis points (see `toBasisPoints`).
 * @param rounding - `up`, `down` or `nearest`.
 * @returns The rounded share.
 * @throws {RangeError} When an argument is not a non-negative safe integer.
 * @example
 * ```ts
 * percentOf(110, 1000, 'up'); //=> 11
 * percentOf(112, 1000, 'up'); //=> 12
 * percentOf(100, 435, 'nearest'); //=> 4  (4.35 → 4)
 * ```
 * @category Staffing
 */
export function percentOf(value: number, bps: number, rounding: Rounding): number {
  assertCount(value, 'value');
  assertCount(bps, 'bps');
  return divideRounded(BigInt(value) * BigInt(bps), 10_000n, rounding);
}

/**
 * The share `part / whole` in basis points, rounded as stated, with no floating point: 10 of a
 * quota of 112 is 893 bps (8.93%) rounded to nearest.
 *
 * @param part - A non-negative integer.
 * @param whole - A positive integer.
 * @param rounding - `up`, `down` or `nearest` (default `nearest`).
 * @returns The share in basis points.
 * @throws {RangeError} When `part` is not a non-negative safe integer or `whole` is not positive.
 * @example
 * ```ts
 * basisPointsOf(10, 112);         //=> 893
 * basisPointsOf(10, 112, 'down'); //=> 892
 * ```
 * @category Staffing
 */
export function basisPointsOf(part: number, whole: number, rounding: Rounding = 'nearest'): number {
  assertCount(part, 'part');
  assertCount(whole, 'whole');
  if (whole === 0) throw new RangeError('[tinh-gon] whole must be positive');
  return divideRounded(BigInt(part) * 10_000n, whole, rounding);
}
