import { assertCount, assertRounding, divideRounded, type Rounding } from '../core/divideRounded.js';
import { type BasisPoints, formatBasisPoints, type Percent, readPercent } from '../core/toBasisPoints.js';
import { readOptions } from './contract.js';

/**
 * Options of {@link reductionTarget}.
 *
 * @example
 * ```ts
 * const options: ReductionTargetOptions = { rounding: 'up' };
 * ```
 * @category Staffing
 */
export interface ReductionTargetOptions {
  /** How the cut is rounded; `up` (default) for "at least X%" ("giảm tối thiểu"). */
  readonly rounding?: Rounding;
}

/**
 * A reduction target in whole people: the cut, and the ceiling (headcount allowed afterwards).
 *
 * @example
 * ```ts
 * const target: ReductionTarget = reductionTarget(112, '10%');
 * target.cut; //=> 12
 * ```
 * @category Staffing
 */
export interface ReductionTarget {
  /** Headcount of the baseline (biên chế năm gốc). */
  readonly baseline: number;
  /** The percent as basis points. */
  readonly bps: BasisPoints;
  /** The percent as written, without the sign, e.g. `'8.93'`. */
  readonly percent: string;
  /** The rounding applied to the cut. */
  readonly rounding: Rounding;
  /** People to cut (số phải giảm), a whole number. */
  readonly cut: number;
  /** Headcount allowed afterwards: `baseline - cut` (biên chế tối đa sau khi giảm). */
  readonly ceiling: number;
  /** The exact cut before rounding, as the fraction `numerator / 10 000`. */
  readonly exactCut: { readonly numerator: number; readonly denominator: 10_000 };
}

/**
 * The target for a baseline and a percent already read as basis points (0–10 000).
 *
 * @param baseline - A checked baseline.
 * @param bps - Checked basis points, at most 10 000.
 * @param rounding - A checked rounding.
 * @returns The target.
 * @throws {RangeError} When `baseline × bps` passes 2^53 − 1.
 * @example
 * ```ts
 * targetOf(110, 1000, 'up').cut; //=> 11
 * ```
 * @internal
 */
export function targetOf(baseline: number, bps: BasisPoints, rounding: Rounding): ReductionTarget {
  const numerator = baseline * bps;
  if (!Number.isSafeInteger(numerator)) throw new RangeError('[tinh-gon] baseline is too large: baseline × basis points passes 2^53 − 1');
  const cut = divideRounded(numerator, 10_000, rounding);
  return {
    baseline,
    bps,
    percent: formatBasisPoints(bps),
    rounding,
    cut,
    ceiling: baseline - cut,
    exactCut: { numerator, denominator: 10_000 },
  };
}

/**
 * Reads a percent of a reduction: a {@link Percent} of at most 100%.
 *
 * @param percent - The argument.
 * @param name - Its name, for messages.
 * @returns Basis points, 0–10 000.
 * @throws {TypeError} For a bare number or anything but a percent string or `{ basisPoints }`.
 * @throws {RangeError} For a malformed percent or one above 100%.
 * @example
 * ```ts
 * readReductionPercent('10%', 'percent'); //=> 1000
 * ```
 * @internal
 */
export function readReductionPercent(percent: unknown, name: string): BasisPoints {
  const bps = readPercent(percent, name);
  if (bps > 10_000) throw new RangeError(`[tinh-gon] ${name} must not exceed 100, received ${formatBasisPoints(bps)}%`);
  return bps;
}

/**
 * The cut in whole people that a percent of a baseline requires, and the ceiling it leaves.
 * "At least 10%" of 110 is 11; of 112 it is 12 (11.2 rounded up) — integer arithmetic only.
 *
 * The percent is text (`'10%'`, `'10'`, `'8.93'`, at most two decimals) or explicit basis points
 * (`{ basisPoints: 1000 }`); a bare number is refused, because `10` and `0.1` are both read as
 * "10%" by someone. A reduction cannot fail for a domain reason, so the target is returned as is
 * and a bad argument throws.
 *
 * @param baseline - The baseline headcount (non-negative integer).
 * @param percent - The percent: `'10%'`, `'8.93'` or `{ basisPoints: 893 }`; at most 100%.
 * @param options - `rounding` (default `up`).
 * @returns The target: `cut`, `ceiling` and the exact fraction.
 * @throws {RangeError} When `baseline` is not a non-negative safe integer, `percent` is malformed,
 *   negative, above 100 or has more than two decimals, or `baseline × bps` passes 2^53 − 1.
 * @throws {TypeError} When `percent` is a bare number (ambiguous) or not a percent at all, or
 *   `options` is not an object.
 * @example
 * ```ts
 * reductionTarget(110, '10%').cut;                  //=> 11
 * reductionTarget(112, '10').cut;                   //=> 12
 * reductionTarget(112, { basisPoints: 1000 }).cut;  //=> 12
 * reductionTarget(112, '10%', { rounding: 'down' }).ceiling; //=> 101
 * reductionTarget(112, 10);                         //=> throws TypeError (10% or 1000%?)
 * ```
 * @see 18-NQ/TW, section III (at least 10% by 2021 against 2015)
 * @category Staffing
 */
export function reductionTarget(baseline: number, percent: Percent, options?: ReductionTargetOptions): ReductionTarget {
  const read = readOptions(options);
  const checked = assertCount(baseline, 'baseline');
  const bps = readReductionPercent(percent, 'percent');
  return targetOf(checked, bps, assertRounding(read.rounding ?? 'up', 'options.rounding'));
}
