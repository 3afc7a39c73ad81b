import { assertCount, assertRounding, roundQuotient, type Rounding } from '../core/divideRounded.js';
import type { Percent } from '../core/toBasisPoints.js';
import { assertArray, readOptions } from './contract.js';
import { type ReductionTarget, type ReductionTargetOptions, readReductionPercent, targetOf } from './reductionTarget.js';

/** Compounding is bounded work: the combined denominator is 10 000 to the number of periods. */
const MAX_PERIODS = 100;

/**
 * One period of a compounded reduction: a percent against the headcount the previous period left.
 *
 * @example
 * ```ts
 * const period: ReductionPeriod = { label: '2022–2026', percent: '5%' };
 * ```
 * @category Staffing
 */
export interface ReductionPeriod {
  /** A label, e.g. `2016–2021`. */
  readonly label?: string;
  /** The percent of this period, against the ceiling the previous period left (`'5%'`, `{ basisPoints: 500 }`). */
  readonly percent: Percent;
  /** Rounding of this period's cut (default: the options', else `up`). */
  readonly rounding?: Rounding;
}

/**
 * The result of {@link compoundReductionTarget}.
 *
 * @example
 * ```ts
 * compoundReductionTarget(110, [{ percent: '10%' }, { percent: '5%' }]).combinedPercent; //=> '14.5'
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
 * @param periods - The periods in order (at most 100).
 * @param options - Default rounding for periods that do not state one (default `up`).
 * @returns Per-period targets, the total cut and ceiling, and the exact combined percent.
 * @throws {RangeError} When the baseline or a percent is invalid, or `periods` is empty or has
 *   more than 100 entries.
 * @throws {TypeError} When `periods` is not an array, a percent is a bare number, or `options`
 *   is not an object.
 * @example
 * ```ts
 * const c = compoundReductionTarget(110, [{ percent: '10%' }, { percent: '5%' }]);
 * c.periods.map((p) => p.cut); //=> [11, 5]
 * c.cut;                       //=> 16
 * c.combinedPercent;           //=> '14.5'
 * ```
 * @category Staffing
 */
export function compoundReductionTarget(
  baseline: number,
  periods: readonly ReductionPeriod[],
  options?: ReductionTargetOptions,
): CompoundReductionTarget {
  const read = readOptions(options);
  const first = assertCount(baseline, 'baseline');
  const count = assertArray(periods, 'periods').length;
  if (count === 0) throw new RangeError('[tinh-gon] periods must not be empty');
  if (count > MAX_PERIODS) throw new RangeError(`[tinh-gon] periods must have at most ${MAX_PERIODS} entries, received ${count}`);
  const fallback = read.rounding ?? 'up';
  const results: (ReductionTarget & { label?: string })[] = [];
  let current = first;
  let remainingNumerator = 1n;
  let denominator = 1n;
  for (const [index, period] of periods.entries()) {
    const name = `periods[${index}]`;
    const checked = readOptions(period, name);
    const bps = readReductionPercent(checked.percent, `${name}.percent`);
    const target = targetOf(current, bps, assertRounding(checked.rounding ?? fallback, `${name}.rounding`));
    results.push(checked.label === undefined ? target : { ...target, label: checked.label });
    current = target.ceiling;
    remainingNumerator *= BigInt(10_000 - target.bps);
    denominator *= 10_000n;
  }
  const combinedNumerator = denominator - remainingNumerator;
  return {
    baseline: first,
    periods: results,
    cut: first - current,
    ceiling: current,
    combinedPercent: formatDecimalFraction(combinedNumerator * 100n, denominator),
    // At most the baseline: a safe integer.
    singleFigureCut: Number(roundQuotient(BigInt(first) * combinedNumerator, denominator, 'up')),
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
