import { TWO_53, compareProducts, compareTripleProducts, signOf } from '../../core/exactCompare.js';
import type { ApportionMethod } from './Apportionment.js';
import type { Bounds } from './bounds.js';
import { IndexHeap } from './IndexHeap.js';
import type { Contest } from './ties.js';

/**
 * The divisor methods.
 * @internal
 */
export type DivisorMethod = Exclude<ApportionMethod, 'hamilton'>;

/** Sign of priority(wa, ka) − priority(wb, kb), the priority of a unit's k-th share (k ≥ 1) being w / D(k). */
type SeatCompare = (wa: number, ka: number, wb: number, kb: number) => number;

const seatCompare: Record<DivisorMethod, SeatCompare> = {
  // D(k) = k
  dhondt: (wa, ka, wb, kb) => compareProducts(wa, kb, wb, ka),
  // D(k) = k − ½, scaled by 2: 2k − 1. Past 2^52 shares 2k − 1 is no longer a float integer, so the
  // comparison goes to bigint.
  'sainte-lague': (wa, ka, wb, kb) => {
    const ma = 2 * ka - 1;
    const mb = 2 * kb - 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` only sends every comparison to bigint (exact, slower), and 2k − 1 is odd, never 2^53, so `<=` is `<`; `true` (the float path past 2^52) is killed by the Sainte-Laguë case past the float products
    if (Math.max(ma, mb) < TWO_53) return compareProducts(wa, mb, wb, ma);
    return signOf(BigInt(wa) * (2n * BigInt(kb) - 1n) - BigInt(wb) * (2n * BigInt(ka) - 1n));
  },
  // D(k) = √(k(k − 1)); compare w² / (k(k − 1)) through squares; D(1) = 0 is an infinite priority
  'huntington-hill': (wa, ka, wb, kb) => {
    const da = ka * (ka - 1);
    const db = kb * (kb - 1);
    // A first share has an infinite priority; between two first shares the larger weight wins
    // (the limit of w / ε), so fewer shares than units still go to the largest units.
    // Stryker disable next-line LogicalOperator: with one first share (d = 0) and positive weights the product test below gives the same sign, and a unit of weight 0 is never compared (its cap is its floor)
    if (da === 0 || db === 0) return da === db ? Math.sign(wa - wb) : da === 0 ? 1 : -1;
    // k(k − 1) is exact in a float only below 2^53 (k up to about 9.5·10^7); past it, bigint.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` only sends every comparison to bigint (exact, slower), and k(k − 1) is never 2^53 (a power of two only for k = 2), so `<=` is `<`; `true` (the float path past 9.5·10^7 shares) is killed by the Huntington–Hill cases past the float products
    if (Math.max(da, db) < TWO_53) return compareTripleProducts(wa, wa, db, wb, wb, da);
    const [a, b] = [BigInt(wa), BigInt(wb)];
    const [x, y] = [BigInt(ka), BigInt(kb)];
    return signOf(a * a * y * (y - 1n) - b * b * x * (x - 1n));
  },
};

/** Shares a divisor method gives for a quotient x = w / λ (float estimate only; exactness is restored after). */
function estimateShares(method: DivisorMethod, x: number): number {
  if (!(x > 0)) return 0;
  if (!Number.isFinite(x)) return Number.MAX_SAFE_INTEGER;
  const whole = Math.floor(x);
  switch (method) {
    // Stryker disable next-line ConditionalExpression: the estimate only picks a starting point; another rounding leaves a few more single shares to move, and the heap and the exact repair reach the same shares (the time taken changes, never the result)
    case 'dhondt':
      return whole;
    // Stryker disable next-line ConditionalExpression: the estimate only picks a starting point, as for D'Hondt above (the time taken changes, never the result)
    case 'sainte-lague':
      // Stryker disable next-line ArithmeticOperator: the estimate only picks a starting point, as for D'Hondt above (the time taken changes, never the result)
      return Math.floor(x + 0.5);
    case 'huntington-hill':
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: the estimate only picks a starting point, as for D'Hondt above (the time taken changes, never the result)
      return x >= Math.sqrt(whole * (whole + 1)) ? whole + 1 : whole;
    // Stryker disable next-line ConditionalExpression: unreachable, apportion rejects an unknown method first
    default:
      return method satisfies never;
  }
}

/**
 * A divisor method with floors and caps (each unit's divisor-rounded quotient clamped to its
 * bounds), exact: a float divisor λ only picks a starting point, then single shares move by exact
 * priority (a heap), and the margin is searched for exact ties. O(n log n).
 *
 * @param method - `dhondt`, `sainte-lague` or `huntington-hill`.
 * @param total - The total (feasible for the bounds).
 * @param weights - Non-negative integer weights.
 * @param bounds - Floors and caps.
 * @param weightSum - The sum of the weights.
 * @returns The shares, and the units tied for the last shares.
 * @example
 * ```ts
 * const free = { lo: [0, 0, 0, 0], hi: [Infinity, Infinity, Infinity, Infinity] };
 * divisor('dhondt', 8, [100_000, 80_000, 30_000, 20_000], free, 230_000).shares; //=> [4, 3, 1, 0]
 * ```
 * @internal
 */
export function divisor(method: DivisorMethod, total: number, weights: readonly number[], bounds: Bounds, weightSum: number): Contest {
  const n = weights.length;
  const { lo } = bounds;
  // A unit of weight 0 never gets more than its floor.
  const hi = bounds.hi.map((cap, i) => ((weights[i] as number) === 0 ? (lo[i] as number) : cap));
  const compare = seatCompare[method];
  // Stryker disable next-line ArrayDeclaration: the estimate writes every index 0 … n − 1, in order, before any is read
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
        // Stryker disable next-line AssignmentOperator: freeSum cancels out, freeTarget + offset being total − sum + freeWeight / λ whatever it is
        freeSum += share;
      }
    }
    // Stryker disable next-line ArithmeticOperator: the tolerance of the stop test; stopping later (at most 8 rounds) only moves the estimate, which the heap and the exact repair finish (the time taken changes, never the result)
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
    const order = compare(weights[best] as number, (shares[best] as number) + 1, weights[worst] as number, shares[worst] as number);
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
