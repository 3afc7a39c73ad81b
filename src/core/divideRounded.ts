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

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A value in an error message: strings quoted, bigints with their `n`, the rest as `String` gives it. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

/**
 * Checks that a value is a non-negative safe integer (a headcount, a number of months, whole đồng).
 *
 * @param value - The value to check.
 * @param name - The argument's name, for the error message.
 * @returns The value.
 * @throws {TypeError} When the value is not a number at all (a string, a bigint, `null`, …).
 * @throws {RangeError} When the number is negative, fractional, not finite or beyond 2^53 − 1.
 * @example
 * ```ts
 * assertCount(12, 'baseline'); //=> 12
 * ```
 * @internal
 */
export function assertCount(value: unknown, name: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`[tinh-gon] ${name} must be a non-negative safe integer, received ${describe(value)}`);
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`[tinh-gon] ${name} must be a non-negative safe integer, received ${String(value)}`);
  }
  return value + 0;
}

/**
 * Checks a rounding argument.
 *
 * @param rounding - The value.
 * @param name - Its name, for messages.
 * @returns The rounding.
 * @throws {TypeError} When it is not a string.
 * @throws {RangeError} When it is a string other than `up`, `down` or `nearest`.
 * @example
 * ```ts
 * assertRounding('up', 'rounding'); //=> 'up'
 * ```
 * @internal
 */
export function assertRounding(rounding: unknown, name: string): Rounding {
  if (rounding === 'up' || rounding === 'down' || rounding === 'nearest') return rounding;
  const message = `[tinh-gon] ${name} must be 'up', 'down' or 'nearest', received ${String(rounding)}`;
  throw typeof rounding === 'string' ? new RangeError(message) : new TypeError(message);
}

function readInteger(value: unknown, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value !== 'number') {
    throw new TypeError(`[tinh-gon] ${name} must be an integer (number or bigint), received ${describe(value)}`);
  }
  if (!Number.isInteger(value)) throw new RangeError(`[tinh-gon] ${name} must be an integer, received ${String(value)}`);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`[tinh-gon] ${name} is beyond 2^53 − 1 and no longer exact as a number: pass a bigint, received ${String(value)}`);
  }
  return BigInt(value);
}

/**
 * `a / b` rounded as stated, in `bigint` (no range check on the result).
 *
 * @param a - Non-negative numerator.
 * @param b - Positive denominator.
 * @param rounding - A checked rounding.
 * @returns The rounded quotient.
 * @example
 * ```ts
 * roundQuotient(7n, 2n, 'nearest'); //=> 4n
 * ```
 * @internal
 */
export function roundQuotient(a: bigint, b: bigint, rounding: Rounding): bigint {
  const quotient = a / b;
  const remainder = a % b;
  if (rounding === 'up') return remainder > 0n ? quotient + 1n : quotient;
  if (rounding === 'nearest') return 2n * remainder >= b ? quotient + 1n : quotient;
  return quotient;
}

/**
 * Turns a non-negative `bigint` into a `number` when it is a safe integer.
 *
 * @param value - A non-negative bigint.
 * @param problem - The error message (after the `[tinh-gon]` prefix) when it is not.
 * @returns The same value as a number.
 * @throws {RangeError} When it is beyond 2^53 − 1.
 * @example
 * ```ts
 * toSafeNumber(12n, 'the total leaves the safe-integer range'); //=> 12
 * ```
 * @internal
 */
export function toSafeNumber(value: bigint, problem: string): number {
  if (value > MAX_SAFE) throw new RangeError(`[tinh-gon] ${problem}: ${value} is beyond 2^53 − 1`);
  return Number(value);
}

/**
 * Divides two non-negative integers and rounds the quotient as stated, in integer arithmetic only
 * (the division runs in `bigint`, so a numerator beyond 2^53 can be passed as a `bigint`).
 *
 * @param numerator - A non-negative integer: a safe-integer `number`, or a `bigint` of any size.
 * @param denominator - A positive integer, `number` or `bigint`.
 * @param rounding - `up`, `down` or `nearest` (half up).
 * @returns The rounded quotient, as a `number`.
 * @throws {TypeError} When an argument is not a number or bigint (a string such as `'10'` is
 *   refused), or `rounding` is not a string.
 * @throws {RangeError} When a number is fractional or beyond 2^53 − 1, the denominator is not
 *   positive, the numerator is negative, the rounding is unknown, or the result is not a safe integer.
 * @example
 * ```ts
 * divideRounded(112 * 1000, 10000, 'up');      //=> 12  (11.2 → 12)
 * divideRounded(112 * 1000, 10000, 'down');    //=> 11
 * divideRounded(115 * 1000, 10000, 'nearest'); //=> 12  (11.5 → 12)
 * divideRounded(2n ** 60n, 2n ** 10n, 'down'); //=> 1125899906842624
 * ```
 * @category Staffing
 */
export function divideRounded(numerator: number | bigint, denominator: number | bigint, rounding: Rounding): number {
  const a = readInteger(numerator, 'numerator');
  const b = readInteger(denominator, 'denominator');
  const checked = assertRounding(rounding, 'rounding');
  if (b <= 0n) throw new RangeError(`[tinh-gon] denominator must be positive, received ${describe(denominator)}`);
  if (a < 0n) throw new RangeError(`[tinh-gon] numerator must not be negative, received ${describe(numerator)}`);
  return toSafeNumber(roundQuotient(a, b, checked), 'result is not a safe integer');
}

/**
 * The share `value × bps / 10 000` of a whole number, rounded as stated, with no floating point.
 *
 * @param value - A non-negative integer (headcount, đồng).
 * @param bps - Basis points (see `toBasisPoints`).
 * @param rounding - `up`, `down` or `nearest`.
 * @returns The rounded share.
 * @throws {RangeError} When an argument is not a non-negative safe integer, or the share is not a
 *   safe integer.
 * @throws {TypeError} When an argument is not a number.
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
 * @throws {TypeError} When an argument is not a number.
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
