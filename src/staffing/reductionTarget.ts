import { assertCount, divideRounded, type Rounding } from '../core/divideRounded.js';
import { formatBasisPoints, toBasisPoints } from '../core/toBasisPoints.js';

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
 * const target: ReductionTarget = reductionTarget(112, '10');
 * target.cut; //=> 12
 * ```
 * @category Staffing
 */
export interface ReductionTarget {
  /** Headcount of the baseline (biên chế năm gốc). */
  readonly baseline: number;
  /** The percent as basis points. */
  readonly bps: number;
  /** The percent as written, e.g. `'8.93'`. */
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
 * The cut in whole people that a percent of a baseline requires, and the ceiling it leaves.
 * "At least 10%" of 110 is 11; of 112 it is 12 (11.2 rounded up) — integer arithmetic only.
 *
 * @param baseline - The baseline headcount (non-negative integer).
 * @param percent - The percent, at most two decimals (`10`, `'8.93'`).
 * @param options - `rounding` (default `up`).
 * @returns The target: `cut`, `ceiling` and the exact fraction.
 * @throws {RangeError} When `baseline` is not a non-negative safe integer, or `percent` is
 *   negative, above 100 or has more than two decimals.
 * @example
 * ```ts
 * reductionTarget(110, '10').cut;     //=> 11
 * reductionTarget(112, '10').cut;     //=> 12
 * reductionTarget(112, '10', { rounding: 'down' }).ceiling; //=> 101
 * ```
 * @see 18-NQ/TW, section III (at least 10% by 2021 against 2015)
 * @category Staffing
 */
export function reductionTarget(baseline: number, percent: number | string, options: ReductionTargetOptions = {}): ReductionTarget {
  assertCount(baseline, 'baseline');
  const bps = toBasisPoints(percent);
  if (bps > 10_000) throw new RangeError(`[tinh-gon] percent must not exceed 100, received ${String(percent)}`);
  const rounding = options.rounding ?? 'up';
  const numerator = baseline * bps;
  if (!Number.isSafeInteger(numerator)) throw new RangeError('[tinh-gon] baseline is too large');
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
 * One period of a compounded reduction: a percent against the headcount the previous period left.
 *
 * @example
 * ```ts
 * const period: ReductionPeriod = { label: '2022–2026', percent: '5' };
 * ```
 * @category Staffing
 */
export interface ReductionPeriod {
  /** A label, e.g. `2016–2021`. */
  readonly label?: string;
  /** The percent of this period, against the ceiling the previous period left. */
  readonly percent: number | string;
  /** Rounding of this period's cut (default `up`). */
  readonly rounding?: Rounding;
}

/**
 * The result of {@link compoundReductionTarget}.
 *
 * @example
 * ```ts
 * compoundReductionTarget(110, [{ percent: 10 }, { percent: 5 }]).combinedPercent; //=> '14.5'
 * ```
 * @category Staffing
 */
export interface CompoundReductionTarget {
  /** The first baseline. */
  readonly baseline: number;
  /** Each period's target, against the previous period's ceiling. */
  readonly periods: readonly (ReductionTarget & { readonly label?: string })[];
  /** Total people cut: the sum of the per-period (rounded) cuts. */
  readonly cut: number;
  /** Headcount allowed after the last period. */
  readonly ceiling: number;
  /**
   * The exact combined rate against the first baseline, `1 − Π(1 − pᵢ)`, as a decimal percent
   * string (always finite: its denominator is a power of ten). 10% then 5% is `'14.5'`.
   */
  readonly combinedPercent: string;
  /**
   * The cut obtained by applying {@link combinedPercent} to the first baseline once, rounded up.
   * It can differ from {@link cut} because each period rounds on its own.
   */
  readonly singleFigureCut: number;
}

/**
 * Compounds reduction targets over periods (10% by 2021 against 2015, then 5% by 2026 against
 * 2021) and states the result as one figure against the first baseline. Each period's cut is
 * rounded as that period says (default up) against the ceiling the previous period left.
 *
 * @param baseline - The first baseline headcount.
 * @param periods - The periods in order.
 * @param options - Default rounding for periods that do not state one (default `up`).
 * @returns Per-period targets, the total cut and ceiling, and the exact combined percent.
 * @throws {RangeError} When the baseline or a percent is invalid, or `periods` is empty.
 * @example
 * ```ts
 * const c = compoundReductionTarget(110, [{ percent: '10' }, { percent: '5' }]);
 * c.periods.map((p) => p.cut); //=> [11, 5]
 * c.cut;                       //=> 16
 * c.combinedPercent;           //=> '14.5'
 * ```
 * @category Staffing
 */
export function compoundReductionTarget(
  baseline: number,
  periods: readonly ReductionPeriod[],
  options: ReductionTargetOptions = {},
): CompoundReductionTarget {
  assertCount(baseline, 'baseline');
  if (periods.length === 0) throw new RangeError('[tinh-gon] periods must not be empty');
  const results: (ReductionTarget & { label?: string })[] = [];
  let current = baseline;
  let remainingNumerator = 1n;
  let denominator = 1n;
  for (const period of periods) {
    const target = reductionTarget(current, period.percent, { rounding: period.rounding ?? options.rounding ?? 'up' });
    results.push(period.label === undefined ? target : { ...target, label: period.label });
    current = target.ceiling;
    remainingNumerator *= BigInt(10_000 - target.bps);
    denominator *= 10_000n;
  }
  const combinedNumerator = denominator - remainingNumerator;
  return {
    baseline,
    periods: results,
    cut: baseline - current,
    ceiling: current,
    combinedPercent: formatDecimalFraction(combinedNumerator * 100n, denominator),
    singleFigureCut: divideRounded(BigInt(baseline) * combinedNumerator, denominator, 'up'),
  };
}

/** Writes `numerator / denominator` (denominator a power of ten) as a decimal without trailing zeros. */
function formatDecimalFraction(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator;
  let remainder = numerator % denominator;
  if (remainder === 0n) return whole.toString();
  let digits = '';
  while (remainder !== 0n) {
    remainder *= 10n;
    digits += (remainder / denominator).toString();
    remainder %= denominator;
  }
  return `${whole.toString()}.${digits}`;
}
