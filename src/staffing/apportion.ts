import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import { assertCount } from '../core/divideRounded.js';
import { compareProducts, compareTripleProducts, mulDivRem } from '../core/exactCompare.js';

/**
 * An apportionment method.
 *
 * - `hamilton` — largest remainder (phương pháp số dư lớn nhất): everyone gets the floor of their
 *   exact quota, the leftover shares go to the largest remainders. Satisfies quota; **not** house
 *   monotone (the Alabama paradox: one more share in total can cost a unit a share).
 * - `dhondt` — divisor method with divisors 1, 2, 3, … (Jefferson). House monotone, favours large units.
 * - `sainte-lague` — divisors 1, 3, 5, … (Webster). House monotone, unbiased.
 * - `huntington-hill` — divisors √(k(k−1)) (the US House since 1941). House monotone; every
 *   unit with a positive weight gets a share before any gets a second one (when there are fewer
 *   shares than units, the first shares go to the largest weights). Compared exactly through
 *   squares, never through a square root.
 *
 * All four are weight monotone (a larger weight never gets fewer shares when bounds do not bind).
 *
 * @example
 * ```ts
 * const method: ApportionMethod = 'sainte-lague';
 * ```
 * @category Staffing
 */
export type ApportionMethod = 'hamilton' | 'dhondt' | 'sainte-lague' | 'huntington-hill';

/**
 * How shares that are exactly tied are given out when the caller asks: `by-order` to the units
 * that come first in `weights`, `by-id` to the units whose `ids` sort first (code-unit order).
 * Without a policy ties are reported and left unassigned.
 *
 * @example
 * ```ts
 * const policy: TiePolicy = 'by-id';
 * ```
 * @category Staffing
 */
export type TiePolicy = 'by-order' | 'by-id';

/**
 * Options of {@link apportion}.
 *
 * @example
 * ```ts
 * const options: ApportionOptions = { method: 'dhondt', caps: [5, 3, null], tiePolicy: 'by-order' };
 * ```
 * @category Staffing
 */
export interface ApportionOptions {
  /** The method (default `hamilton`). */
  readonly method?: ApportionMethod;
  /** Per-unit minimum share (default 0), e.g. a unit's minimum staff already counted. */
  readonly floors?: readonly number[];
  /** Per-unit maximum share, `null` for none (e.g. never cut more than a unit has). */
  readonly caps?: readonly (number | null)[];
  /** Unit ids, for messages and the `by-id` tie policy. */
  readonly ids?: readonly string[];
  /** Resolve exact ties this way; absent: ties are reported and their shares left unassigned. */
  readonly tiePolicy?: TiePolicy;
}

/**
 * An exact tie for the last shares: the tied units (indices into `weights`) and how many shares
 * they contest.
 *
 * @example
 * ```ts
 * const tie: ApportionTie = { units: [0, 1], seats: 1 };
 * ```
 * @category Staffing
 */
export interface ApportionTie {
  /** Indices of the tied units, ascending. */
  readonly units: readonly number[];
  /** Their ids, when `ids` were given. */
  readonly unitIds?: readonly string[];
  /** Shares contested among them. */
  readonly seats: number;
  /** Indices of the units that got the contested shares, when a policy resolved the tie. */
  readonly winners?: readonly number[];
  /** The policy that resolved it. */
  readonly resolvedBy?: TiePolicy;
}

/**
 * The result of {@link apportion}.
 *
 * @example
 * ```ts
 * apportion(10, [5, 3, 2]).shares; //=> [5, 3, 2]
 * ```
 * @category Staffing
 */
export interface Apportionment {
  /** `true` when the shares sum exactly to `total` (no infeasibility, no unresolved tie). */
  readonly ok: boolean;
  readonly method: ApportionMethod;
  readonly total: number;
  /** One integer share per weight, in the same order. All zeros when the bounds are infeasible. */
  readonly shares: readonly number[];
  /** The sum of `shares`: `total`, or less when a tie is left unresolved. */
  readonly assigned: number;
  /** An exact tie for the last shares, resolved or not. */
  readonly tie?: ApportionTie;
  readonly issues: readonly Issue[];
}

interface Bounds {
  readonly lo: number[];
  readonly hi: number[];
}

/**
 * Apportions a whole number among units in proportion to their weights, with per-unit floors and
 * caps, exactly: every decision is an integer comparison (cross-multiplication, `bigint` when a
 * product leaves the safe range). The shares sum to `total` unless the bounds are infeasible
 * (issue `apportion_infeasible` / `apportion_bounds_conflict`) or an exact tie is left to the caller
 * (issue `apportion_tie_unresolved`, the contested shares unassigned and listed in `tie`).
 *
 * Hamilton with bounds uses bounded quotas: the exact quotas are scaled so that, clamped to each
 * unit's floor and cap, they sum to the total; then floors and largest remainders. Divisor
 * methods with bounds clamp each unit's divisor-rounded quotient. A unit of weight 0 gets its floor.
 * Runs in O(n log n): a divisor estimate, then a heap for the last adjustments.
 *
 * @param total - The whole number to share out (people to cut, staff to place).
 * @param weights - Non-negative integer weights (headcounts), one per unit.
 * @param options - Method (default `hamilton`), `floors`, `caps`, `ids`, `tiePolicy`.
 * @returns The shares, their sum, any tie, and issues.
 * @throws {RangeError} When `total` or a weight, floor or cap is not a non-negative safe integer,
 *   or an option array's length differs from `weights`.
 * @throws {TypeError} When `tiePolicy` is `by-id` without `ids`, or ids repeat.
 * @example
 * ```ts
 * apportion(8, [100_000, 80_000, 30_000, 20_000], { method: 'dhondt' }).shares;       //=> [4, 3, 1, 0]
 * apportion(8, [100_000, 80_000, 30_000, 20_000], { method: 'sainte-lague' }).shares; //=> [3, 3, 1, 1]
 * apportion(1, [1, 1]).tie;                            //=> { units: [0, 1], seats: 1 }
 * apportion(1, [1, 1], { tiePolicy: 'by-order' }).shares; //=> [1, 0]
 * ```
 * @category Staffing
 */
export function apportion(total: number, weights: readonly number[], options: ApportionOptions = {}): Apportionment {
  const method = options.method ?? 'hamilton';
  assertCount(total, 'total');
  if (!Array.isArray(weights)) throw new TypeError('[tinh-gon] weights must be an array');
  const n = weights.length;
  let weightSum = 0;
  for (let i = 0; i < n; i += 1) {
    weightSum += assertCount(weights[i], `weights[${i}]`);
  }
  if (!Number.isSafeInteger(weightSum)) throw new RangeError('[tinh-gon] weights sum beyond the safe-integer range');
  checkMethod(method);
  const bounds = readBounds(weights, options);
  const ids = readIds(options, n);

  const issues: Issue[] = [];
  const zeros = (): number[] => new Array<number>(n).fill(0);
  let floorSum = 0;
  let capSum = 0;
  for (let i = 0; i < n; i += 1) {
    const lo = bounds.lo[i] as number;
    const hi = bounds.hi[i] as number;
    if (lo > hi) {
      issues.push(
        createIssue('apportion_bounds_conflict', {
          params: { unit: ids?.[i] ?? i, floor: lo, cap: hi },
          path: ['floors', i],
          ...(ids === undefined ? {} : { unitIds: [ids[i] as string] }),
        }),
      );
    }
    floorSum += lo;
    capSum += (weights[i] as number) > 0 ? hi : lo;
  }
  if (issues.length > 0 || floorSum > total || capSum < total) {
    if (issues.length === 0) {
      issues.push(
        createIssue('apportion_infeasible', {
          params: { total, floorSum, capSum: Number.isFinite(capSum) ? capSum : '∞' },
        }),
      );
    }
    return { ok: false, method, total, shares: zeros(), assigned: 0, issues };
  }

  const contest =
    method === 'hamilton' ? hamilton(total, weights, bounds, weightSum) : divisor(method, total, weights, bounds, weightSum);
  const shares = contest.shares;
  if (contest.holders.length === 0 && contest.contenders.length === 0) {
    return { ok: true, method, total, shares, assigned: total, issues };
  }
  const tied = [...contest.holders, ...contest.contenders].sort((a, b) => a - b);
  const seats = contest.holders.length;
  for (const holder of contest.holders) shares[holder] = (shares[holder] as number) - 1;
  const baseTie = {
    units: tied,
    ...(ids === undefined ? {} : { unitIds: tied.map((index) => ids[index] as string) }),
    seats,
  };
  const label = (index: number): string | number => ids?.[index] ?? index;
  const policy = options.tiePolicy;
  if (policy === undefined) {
    issues.push(
      createIssue('apportion_tie_unresolved', {
        params: { seats, units: tied.map(label) },
        ...(ids === undefined ? {} : { unitIds: baseTie.unitIds }),
      }),
    );
    return { ok: false, method, total, shares, assigned: total - seats, tie: baseTie, issues };
  }
  const ordered =
    policy === 'by-order'
      ? tied
      : [...tied].sort((a, b) => {
          const x = ids?.[a] as string;
          const y = ids?.[b] as string;
          return x < y ? -1 : x > y ? 1 : 0;
        });
  const winners = ordered.slice(0, seats).sort((a, b) => a - b);
  for (const winner of winners) shares[winner] = (shares[winner] as number) + 1;
  issues.push(
    createIssue('apportion_tie_resolved', {
      params: { seats, units: tied.map(label), winners: winners.map(label), policy },
    }),
  );
  return { ok: true, method, total, shares, assigned: total, tie: { ...baseTie, winners, resolvedBy: policy }, issues };
}

function checkMethod(method: ApportionMethod): void {
  switch (method) {
    case 'hamilton':
    case 'dhondt':
    case 'sainte-lague':
    case 'huntington-hill':
      return;
    default:
      throw new RangeError(`[tinh-gon] options.method is unknown: ${String(method satisfies never)}`);
  }
}

function readBounds(weights: readonly number[], options: ApportionOptions): Bounds {
  const n = weights.length;
  const { floors, caps } = options;
  if (floors !== undefined && floors.length !== n) {
    throw new RangeError(`[tinh-gon] options.floors must have ${n} entries, received ${floors.length}`);
  }
  if (caps !== undefined && caps.length !== n) {
    throw new RangeError(`[tinh-gon] options.caps must have ${n} entries, received ${caps.length}`);
  }
  if (floors === undefined && caps === undefined) {
    return { lo: new Array<number>(n).fill(0), hi: new Array<number>(n).fill(Number.POSITIVE_INFINITY) };
  }
  const lo = new Array<number>(n);
  const hi = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    lo[i] = floors === undefined ? 0 : assertCount(floors[i], `options.floors[${i}]`);
    const cap = caps?.[i];
    hi[i] = cap === undefined || cap === null ? Number.POSITIVE_INFINITY : assertCount(cap, `options.caps[${i}]`);
  }
  return { lo, hi };
}

function readIds(options: ApportionOptions, n: number): readonly string[] | undefined {
  const { ids, tiePolicy } = options;
  if (tiePolicy !== undefined && tiePolicy !== 'by-order' && tiePolicy !== 'by-id') {
    throw new TypeError(`[tinh-gon] options.tiePolicy must be 'by-order' or 'by-id', received ${String(tiePolicy)}`);
  }
  if (ids === undefined) {
    if (tiePolicy === 'by-id') throw new TypeError("[tinh-gon] options.tiePolicy 'by-id' needs options.ids");
    return undefined;
  }
  if (ids.length !== n) throw new RangeError(`[tinh-gon] options.ids must have ${n} entries, received ${ids.length}`);
  if (new Set(ids).size !== n) throw new TypeError('[tinh-gon] options.ids must be unique');
  return ids;
}

/** Shares before tie handling: `holders` each hold one share tied with the `contenders`. */
interface Contest {
  readonly shares: number[];
  readonly holders: number[];
  readonly contenders: number[];
}

// ── Hamilton (largest remainder) with bounded quotas ─────────────────────────────────────────


function hamilton(total: number, weights: readonly number[], bounds: Bounds, weightSum: number): Contest {
  const n = weights.length;
  const { lo, hi } = bounds;
  // state: 0 at floor, 1 proportional (quota = w·t), 2 at cap.
  const state = new Uint8Array(n);
  let activeWeight = 0;
  let fixed = 0;
  let bounded = false;
  for (let i = 0; i < n; i += 1) {
    if ((lo[i] as number) > 0 || Number.isFinite(hi[i] as number)) bounded = true;
  }
  if (!bounded) {
    for (let i = 0; i < n; i += 1) if ((weights[i] as number) > 0) state[i] = 1;
    activeWeight = weightSum;
  } else {
    // Quota events: a unit becomes proportional at t = floor / weight, saturates at t = cap / weight.
    const eventUnit = new Uint32Array(2 * n);
    const eventValue = new Float64Array(2 * n);
    const eventWeight = new Float64Array(2 * n);
    const eventSaturates = new Uint8Array(2 * n);
    let m = 0;
    const push = (unit: number, value: number, weight: number, saturate: number): void => {
      eventUnit[m] = unit;
      eventValue[m] = value;
      eventWeight[m] = weight;
      eventSaturates[m] = saturate;
      m += 1;
    };
    for (let i = 0; i < n; i += 1) {
      const weight = weights[i] as number;
      const low = lo[i] as number;
      const high = hi[i] as number;
      fixed += low;
      if (weight === 0) continue;
      if (low === 0) {
        state[i] = 1;
        activeWeight += weight;
      } else push(i, low, weight, 0);
      if (high !== Number.POSITIVE_INFINITY) push(i, high, weight, 1);
    }
    // Ascending t; at equal t, activations before saturations (a unit with floor = cap passes through).
    const order = sortEvents(eventValue, eventWeight, eventSaturates, m);
    for (let k = 0; k < m && fixed < total; k += 1) {
      const e = order[k] as number;
      const value = eventValue[e] as number;
      const weight = eventWeight[e] as number;
      // S(t_e) = activeWeight·t_e + fixed ≥ total  ⇔  activeWeight·value ≥ (total − fixed)·weight
      if (activeWeight > 0 && compareProducts(activeWeight, value, total - fixed, weight) >= 0) break;
      if (eventSaturates[e] === 1) {
        state[eventUnit[e] as number] = 2;
        activeWeight -= weight;
        fixed += value;
      } else {
        state[eventUnit[e] as number] = 1;
        activeWeight += weight;
        fixed -= value;
      }
    }
  }
  const shares = new Array<number>(n);
  const remainders = new Array<number>(n).fill(-1);
  const candidates: number[] = [];
  let assigned = 0;
  const scaled = total - fixed;
  for (let i = 0; i < n; i += 1) {
    const s = state[i];
    if (s === 0) shares[i] = lo[i] as number;
    else if (s === 2) shares[i] = hi[i] as number;
    else {
      const weight = weights[i] as number;
      let quotient: number;
      let remainder: number;
      const product = weight * scaled;
      if (product <= Number.MAX_SAFE_INTEGER) {
        remainder = product % activeWeight;
        quotient = (product - remainder) / activeWeight;
      } else [quotient, remainder] = mulDivRem(weight, scaled, activeWeight);
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
  const holders: number[] = [];
  const contenders: number[] = [];
  const tiedSeats = left - countAbove(candidates, remainders, threshold);
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

function countAbove(candidates: readonly number[], remainders: readonly number[], threshold: number): number {
  let count = 0;
  for (const i of candidates) if ((remainders[i] as number) > threshold) count += 1;
  return count;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Orders quota events by t = value / weight, exactly. The float quotients are sorted natively with
 * each event's index written into the low mantissa bits: correctly rounded division and the
 * truncation of low bits are both monotone, so two events in different truncated buckets are in the
 * right order; each bucket of equal truncated keys is then sorted exactly by cross-multiplication
 * (at equal t, activations before saturations).
 */
function sortEvents(eventValue: Float64Array, eventWeight: Float64Array, eventSaturates: Uint8Array, m: number): Uint32Array {
  const exact = (a: number, b: number): number =>
    compareProducts(eventValue[a] as number, eventWeight[b] as number, eventValue[b] as number, eventWeight[a] as number) ||
    (eventSaturates[a] as number) - (eventSaturates[b] as number);
  const order = new Uint32Array(m);
  const indexBits = Math.max(1, Math.ceil(Math.log2(m + 1)));
  if (indexBits > 26) {
    for (let e = 0; e < m; e += 1) order[e] = e;
    return order.sort(exact);
  }
  const mask = (1 << indexBits) - 1;
  const packed = new Float64Array(m);
  const words = new Uint32Array(packed.buffer);
  const low = LITTLE_ENDIAN ? 0 : 1;
  for (let e = 0; e < m; e += 1) {
    packed[e] = (eventValue[e] as number) / (eventWeight[e] as number);
    words[2 * e + low] = (((words[2 * e + low] as number) & ~mask) | e) >>> 0;
  }
  packed.sort();
  for (let k = 0; k < m; k += 1) order[k] = (words[2 * k + low] as number) & mask;
  let start = 0;
  while (start < m) {
    const high = words[2 * start + 1 - low];
    const bucket = ((words[2 * start + low] as number) & ~mask) >>> 0;
    let end = start + 1;
    while (end < m && words[2 * end + 1 - low] === high && ((words[2 * end + low] as number) & ~mask) >>> 0 === bucket) end += 1;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end)).sort(exact);
      order.set(run, start);
    }
    start = end;
  }
  return order;
}

// ── Divisor methods ───────────────────────────────────────────────────────────────────────────

/** Sign of priority(wa, ka) − priority(wb, kb), the priority of a unit's k-th share (k ≥ 1) being w / D(k). */
type SeatCompare = (wa: number, ka: number, wb: number, kb: number) => number;

const seatCompare: Record<Exclude<ApportionMethod, 'hamilton'>, SeatCompare> = {
  // D(k) = k
  dhondt: (wa, ka, wb, kb) => compareProducts(wa, kb, wb, ka),
  // D(k) = k − ½, scaled by 2: 2k − 1
  'sainte-lague': (wa, ka, wb, kb) => compareProducts(wa, 2 * kb - 1, wb, 2 * ka - 1),
  // D(k) = √(k(k − 1)); compare w² / (k(k − 1)) through squares; D(1) = 0 is an infinite priority
  'huntington-hill': (wa, ka, wb, kb) => {
    const da = ka * (ka - 1);
    const db = kb * (kb - 1);
    // A first share has an infinite priority; between two first shares the larger weight wins
    // (the limit of w / ε), so fewer shares than units still go to the largest units.
    if (da === 0 || db === 0) return da === db ? Math.sign(wa - wb) : da === 0 ? 1 : -1;
    return compareTripleProducts(wa, wa, db, wb, wb, da);
  },
};

/** Shares a divisor method gives for a quotient x = w / λ (float estimate only; exactness is restored after). */
function estimateShares(method: Exclude<ApportionMethod, 'hamilton'>, x: number): number {
  if (!(x > 0)) return 0;
  if (!Number.isFinite(x)) return Number.MAX_SAFE_INTEGER;
  const whole = Math.floor(x);
  switch (method) {
    case 'dhondt':
      return whole;
    case 'sainte-lague':
      return Math.floor(x + 0.5);
    case 'huntington-hill':
      return x >= Math.sqrt(whole * (whole + 1)) ? whole + 1 : whole;
    default:
      return method satisfies never;
  }
}

function divisor(
  method: Exclude<ApportionMethod, 'hamilton'>,
  total: number,
  weights: readonly number[],
  bounds: Bounds,
  weightSum: number,
): Contest {
  const n = weights.length;
  const { lo } = bounds;
  // A unit of weight 0 never gets more than its floor.
  const hi = bounds.hi.map((cap, i) => ((weights[i] as number) === 0 ? (lo[i] as number) : cap));
  const compare = seatCompare[method];
  const shares = new Array<number>(n);
  const clamp = (i: number, value: number): number => Math.min(hi[i] as number, Math.max(lo[i] as number, value));

  // 1. Estimate with a float divisor λ (it only picks a starting point; exactness is restored
  //    below). Each round models the free units' sum as W/λ − c and solves for the total.
  let lambda = total > 0 ? weightSum / total : Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let round = 0; round < 8; round += 1) {
    sum = 0;
    let freeWeight = 0;
    let freeSum = 0;
    for (let i = 0; i < n; i += 1) {
      const weight = weights[i] as number;
      const raw = estimateShares(method, weight / lambda);
      const share = clamp(i, raw);
      shares[i] = share;
      sum += share;
      if (share === raw && weight > 0) {
        freeWeight += weight;
        freeSum += share;
      }
    }
    if (Math.abs(sum - total) <= 1 + (n >> 8) || freeWeight === 0 || !Number.isFinite(lambda)) break;
    const freeTarget = total - (sum - freeSum);
    const offset = freeWeight / lambda - freeSum;
    if (!(freeTarget + offset > 0)) break;
    lambda = freeWeight / (freeTarget + offset);
  }

  // 2. Add or remove single shares by priority (a heap), exact comparisons.
  const nextBeats = (a: number, b: number): boolean =>
    compare(weights[a] as number, (shares[a] as number) + 1, weights[b] as number, (shares[b] as number) + 1) > 0;
  const lastLoses = (a: number, b: number): boolean =>
    compare(weights[a] as number, shares[a] as number, weights[b] as number, shares[b] as number) < 0;
  if (sum < total) {
    const heap = new IndexHeap(nextBeats);
    for (let i = 0; i < n; i += 1) if ((shares[i] as number) < (hi[i] as number)) heap.push(i);
    while (sum < total) {
      const top = heap.peek() as number;
      shares[top] = (shares[top] as number) + 1;
      sum += 1;
      if ((shares[top] as number) < (hi[top] as number)) heap.replaceTop(top);
      else heap.pop();
    }
  } else if (sum > total) {
    const heap = new IndexHeap(lastLoses);
    for (let i = 0; i < n; i += 1) if ((shares[i] as number) > (lo[i] as number)) heap.push(i);
    while (sum > total) {
      const top = heap.peek() as number;
      shares[top] = (shares[top] as number) - 1;
      sum -= 1;
      if ((shares[top] as number) > (lo[top] as number)) heap.replaceTop(top);
      else heap.pop();
    }
  }

  // 3. Repair: while some unit's next share beats another's last share, move it (float estimates
  //    at a rounding boundary are the only cause). Then find exact ties at the margin.
  for (;;) {
    let best = -1;
    let worst = -1;
    for (let i = 0; i < n; i += 1) {
      if ((shares[i] as number) < (hi[i] as number) && (best < 0 || nextBeats(i, best))) best = i;
      if ((shares[i] as number) > (lo[i] as number) && (worst < 0 || lastLoses(i, worst))) worst = i;
    }
    if (best < 0 || worst < 0) return { shares, holders: [], contenders: [] };
    const order = compare(
      weights[best] as number,
      (shares[best] as number) + 1,
      weights[worst] as number,
      shares[worst] as number,
    );
    if (order > 0) {
      shares[best] = (shares[best] as number) + 1;
      shares[worst] = (shares[worst] as number) - 1;
      continue;
    }
    if (order < 0) return { shares, holders: [], contenders: [] };
    const wb = weights[best] as number;
    const kb = (shares[best] as number) + 1;
    const holders: number[] = [];
    const contenders: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const w = weights[i] as number;
      const s = shares[i] as number;
      if (s > (lo[i] as number) && compare(w, s, wb, kb) === 0) holders.push(i);
      else if (s < (hi[i] as number) && compare(w, s + 1, wb, kb) === 0) contenders.push(i);
    }
    return { shares, holders, contenders };
  }
}

/** A binary heap of unit indices; `before(a, b)` is true when `a` should come out first. */
class IndexHeap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  push(item: number): void {
    const items = this.items;
    items.push(item);
    let child = items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(items[child] as number, items[parent] as number)) break;
      [items[child], items[parent]] = [items[parent] as number, items[child] as number];
      child = parent;
    }
  }
  peek(): number | undefined {
    return this.items[0];
  }
  pop(): void {
    const last = this.items.pop();
    if (last !== undefined && this.items.length > 0) this.replaceTop(last);
  }
  /** Puts `item` at the top (its key changed) and sifts it down. */
  replaceTop(item: number): void {
    const items = this.items;
    items[0] = item;
    let parent = 0;
    const size = items.length;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let first = parent;
      if (left < size && this.before(items[left] as number, items[first] as number)) first = left;
      if (right < size && this.before(items[right] as number, items[first] as number)) first = right;
      if (first === parent) return;
      [items[first], items[parent]] = [items[parent] as number, items[first] as number];
      parent = first;
    }
  }
}
