import { compareProducts, mulDivRem } from '../../core/exactCompare.js';
import type { Bounds } from './bounds.js';
import { createQuotaEvents, pushQuotaEvent, sortQuotaEvents } from './quotaEvents.js';
import type { Contest } from './ties.js';

const TWO_53 = 2 ** 53;

/**
 * The `k`-th smallest of `values` (0-based), by quickselect (Hoare partition around the middle
 * element), reordering `values` in place.
 */
function selectKth(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

/** Unit states: at its floor, proportional (quota = w·t), at its cap. */
const AT_FLOOR = 0;
const PROPORTIONAL = 1;
const AT_CAP = 2;

/**
 * Finds the scale t of bounded quotas: the exact quotas w·t, clamped to each unit's floor and cap,
 * sum to the total. Returns each unit's state and, for the proportional ones, their total weight
 * and the part of the total left to them.
 */
function boundedQuotas(total: number, weights: readonly number[], bounds: Bounds, weightSum: number) {
  const n = weights.length;
  const { lo, hi } = bounds;
  const state = new Uint8Array(n);
  // Stryker disable next-line BooleanLiteral: starting at true only sends free bounds (floors 0, no caps) through the quota events, which find the same state: every unit of positive weight proportional, nothing fixed
  let bounded = false;
  for (let i = 0; i < n; i += 1) {
    if ((lo[i] as number) > 0 || (hi[i] as number) !== Number.POSITIVE_INFINITY) bounded = true;
  }
  // Stryker disable next-line BlockStatement: without the shortcut, free bounds go through the quota events, which find the same state: every unit of positive weight proportional, nothing fixed
  if (!bounded) {
    for (let i = 0; i < n; i += 1) if ((weights[i] as number) > 0) state[i] = PROPORTIONAL;
    // Stryker disable next-line ObjectLiteral: an empty answer falls back to the same values (weightSum, 0, and each unit's state worked out from its weight)
    return { state, activeWeight: weightSum, fixed: 0 };
  }
  // Quota events: a unit becomes proportional at t = floor / weight, saturates at t = cap / weight.
  const events = createQuotaEvents(2 * n);
  let activeWeight = 0;
  let fixed = 0;
  for (let i = 0; i < n; i += 1) {
    const weight = weights[i] as number;
    const low = lo[i] as number;
    const high = hi[i] as number;
    fixed += low;
    if (weight === 0) continue;
    if (low === 0) {
      state[i] = PROPORTIONAL;
      activeWeight += weight;
    } else pushQuotaEvent(events, i, low, weight, 0);
    if (high !== Number.POSITIVE_INFINITY) pushQuotaEvent(events, i, high, weight, 1);
  }
  const order = sortQuotaEvents(events);
  for (let k = 0; k < events.count && fixed < total; k += 1) {
    const e = order[k] as number;
    const value = events.value[e] as number;
    const weight = events.weight[e] as number;
    // S(t_e) = activeWeight·t_e + fixed ≥ total  ⇔  activeWeight·value ≥ (total − fixed)·weight
    if (activeWeight > 0 && compareProducts(activeWeight, value, total - fixed, weight) >= 0) break;
    if (events.saturates[e] === 1) {
      state[events.unit[e] as number] = AT_CAP;
      activeWeight -= weight;
      fixed += value;
    } else {
      state[events.unit[e] as number] = PROPORTIONAL;
      activeWeight += weight;
      fixed -= value;
    }
  }
  return { state, activeWeight, fixed };
}

/**
 * Hamilton (largest remainder) with bounded quotas: the exact quotas are scaled so that, clamped
 * to each unit's floor and cap, they sum to the total; then floors of the quotas, and the shares
 * left over to the largest remainders. Exact: every quotient and remainder is an integer
 * (`bigint` when a product passes 2^53).
 *
 * @param total - The total (feasible for the bounds).
 * @param weights - Non-negative integer weights.
 * @param bounds - Floors and caps; `undefined` for none (every floor 0, no cap: no quota to scale).
 * @param weightSum - The sum of the weights.
 * @returns The shares, and the units tied for the last shares.
 * @example
 * ```ts
 * hamilton(10, [30, 30, 10], { lo: [0, 0, 0], hi: [Infinity, Infinity, Infinity] }, 70).shares; //=> [4, 4, 2]
 * hamilton(10, [30, 30, 10], { lo: [0, 0, 0], hi: [3, Infinity, Infinity] }, 70).shares;        //=> [3, 5, 2]
 * hamilton(10, [30, 30, 10], undefined, 70).shares;                                               //=> [4, 4, 2]
 * ```
 * @internal
 */
export function hamilton(total: number, weights: readonly number[], bounds: Bounds | undefined, weightSum: number): Contest {
  const n = weights.length;
  // without floors or caps every unit is proportional (a weight of 0 has a quota of 0): no state to keep
  const quotas = bounds === undefined ? undefined : boundedQuotas(total, weights, bounds, weightSum);
  const state = quotas?.state;
  const activeWeight = quotas?.activeWeight ?? weightSum;
  const fixed = quotas?.fixed ?? 0;
  // Stryker disable next-line ArrayDeclaration: every entry is written below, in index order, so a sized and an empty array end up the same
  const shares = new Array<number>(n);
  const remainders = new Float64Array(n);
  // the units with a positive remainder, in order (a typed array and its length)
  const candidates = new Int32Array(n);
  let candidateCount = 0;
  let assigned = 0;
  const scaled = total - fixed;
  for (let i = 0; i < n; i += 1) {
    const s = state === undefined ? ((weights[i] as number) > 0 ? PROPORTIONAL : AT_FLOOR) : state[i];
    if (s === AT_FLOOR) shares[i] = bounds === undefined ? 0 : (bounds.lo[i] as number);
    else if (s === AT_CAP) shares[i] = bounds?.hi[i] as number;
    else {
      const weight = weights[i] as number;
      const product = weight * scaled;
      let quotient: number;
      let remainder: number;
      // exact in float64 below 2^53 (no tuple allocated); mulDivRem goes through bigint above
      if (product < TWO_53) {
        remainder = product % activeWeight;
        quotient = (product - remainder) / activeWeight;
      } else [quotient, remainder] = mulDivRem(weight, scaled, activeWeight);
      shares[i] = quotient;
      if (remainder > 0) {
        remainders[i] = remainder;
        candidates[candidateCount] = i;
        candidateCount += 1;
      }
    }
    assigned += shares[i] as number;
  }
  const left = total - assigned;
  if (left === 0) return { shares, holders: [], contenders: [] };
  // The left-th largest remainder (remainders are integers below 2^53: exact as float64), found by
  // selection in linear time on average rather than by a sort.
  const values = new Float64Array(candidateCount);
  for (let k = 0; k < candidateCount; k += 1) values[k] = remainders[candidates[k] as number] as number;
  const threshold = selectKth(values, values.length - left);
  let above = 0;
  for (let k = 0; k < candidateCount; k += 1) if ((remainders[candidates[k] as number] as number) > threshold) above += 1;
  const tiedSeats = left - above;
  const holders: number[] = [];
  const contenders: number[] = [];
  for (let k = 0; k < candidateCount; k += 1) {
    const i = candidates[k] as number;
    const remainder = remainders[i] as number;
    if (remainder > threshold) shares[i] = (shares[i] as number) + 1;
    else if (remainder === threshold) {
      if (holders.length < tiedSeats) {
        shares[i] = (shares[i] as number) + 1;
        holders.push(i);
      } else contenders.push(i);
    }
  }
  if (contenders.length === 0) return { shares, holders: [], contenders: [] };
  return { shares, holders, contenders };
}
