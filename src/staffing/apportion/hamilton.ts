import { compareProducts, mulDivRem } from '../../core/exactCompare.js';
import type { Bounds } from './bounds.js';
import { createQuotaEvents, pushQuotaEvent, sortQuotaEvents } from './quotaEvents.js';
import type { Contest } from './ties.js';

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
  let bounded = false;
  for (let i = 0; i < n; i += 1) {
    if ((lo[i] as number) > 0 || (hi[i] as number) !== Number.POSITIVE_INFINITY) bounded = true;
  }
  if (!bounded) {
    for (let i = 0; i < n; i += 1) if ((weights[i] as number) > 0) state[i] = PROPORTIONAL;
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
 * @param bounds - Floors and caps.
 * @param weightSum - The sum of the weights.
 * @returns The shares, and the units tied for the last shares.
 * @example
 * ```ts
 * hamilton(10, [30, 30, 10], { lo: [0, 0, 0], hi: [Infinity, Infinity, Infinity] }, 70).shares; //=> [4, 4, 2]
 * ```
 * @internal
 */
export function hamilton(total: number, weights: readonly number[], bounds: Bounds, weightSum: number): Contest {
  const n = weights.length;
  const { state, activeWeight, fixed } = boundedQuotas(total, weights, bounds, weightSum);
  const shares = new Array<number>(n);
  const remainders = new Array<number>(n).fill(-1);
  const candidates: number[] = [];
  let assigned = 0;
  const scaled = total - fixed;
  for (let i = 0; i < n; i += 1) {
    const s = state[i];
    if (s === AT_FLOOR) shares[i] = bounds.lo[i] as number;
    else if (s === AT_CAP) shares[i] = bounds.hi[i] as number;
    else {
      const [quotient, remainder] = mulDivRem(weights[i] as number, scaled, activeWeight);
      shares[i] = quotient;
      if (remainder > 0) {
        remainders[i] = remainder;
        candidates.push(i);
      }
    }
    assigned += shares[i] as number;
  }
  const left = total - assigned;
  if (left === 0) return { shares, holders: [], contenders: [] };
  // The left-th largest remainder (remainders are integers below 2^53: exact as float64).
  const sorted = new Float64Array(candidates.length);
  for (let k = 0; k < candidates.length; k += 1) sorted[k] = remainders[candidates[k] as number] as number;
  sorted.sort();
  const threshold = sorted[sorted.length - left] as number;
  let above = 0;
  for (const i of candidates) if ((remainders[i] as number) > threshold) above += 1;
  const tiedSeats = left - above;
  const holders: number[] = [];
  const contenders: number[] = [];
  for (const i of candidates) {
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
