/**
 * A non-negative decimal read exactly: `units / 10^scale`.
 * @internal
 */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?(?:e(-\d+))?$/;

/**
 * Reads a non-negative finite number as the decimal it is written as (its shortest round-trip
 * form, `String(value)`): `59.99` is 5999 / 10², not the binary double just above it, so that a
 * comparison with a standard is decided on the figure the caller wrote.
 *
 * @param value - A finite number from 0 to 10^6 (below 10^21, so `String` writes no positive exponent).
 * @returns Its digits and decimal scale.
 * @example
 * ```ts
 * readDecimal(59.99); //=> { units: 5999n, scale: 2 }
 * readDecimal(1e-7);  //=> { units: 1n, scale: 7 }
 * ```
 * @internal
 */
export function readDecimal(value: number): ExactDecimal {
  // Accepted values (0 to 10^6) are written without a positive exponent: `1e-7`, `59.99`, `1000000`.
  const match = DECIMAL_PATTERN.exec(String(value)) as RegExpExecArray;
  const fraction = match[2] ?? '';
  return { units: BigInt(`${match[1]}${fraction}`), scale: fraction.length - Number(match[3] ?? '0') };
}

/**
 * Two exact decimals on a common scale.
 *
 * @param a - A decimal.
 * @param b - Another.
 * @returns Their units, both scaled to the larger scale.
 * @example
 * ```ts
 * alignDecimals(readDecimal(1.5), readDecimal(2)); //=> [15n, 20n]
 * ```
 * @internal
 */
export function alignDecimals(a: ExactDecimal, b: ExactDecimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)];
}
