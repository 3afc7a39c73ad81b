import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/report/index.js';
import { type ApportionOptions, type Apportionment, type ApportionTie, apportion, type TiePolicy } from '../../../src/staffing/index.js';
import { expectFailure, expectValue } from '../support/result.js';

// ── A naive reference: bounded quotas by their breakpoints, exact (bigint), ties by the policy ──────

/** What an apportionment comes to: the shares (and the resolved tie), or the unresolved tie. */
type Outcome =
  | { readonly ok: true; readonly shares: readonly number[]; readonly tie?: ApportionTie }
  | { readonly ok: false; readonly seats: number; readonly unitIndices: readonly number[]; readonly shares: readonly number[] };

/** A rational as [numerator, positive denominator]. */
type Fraction = readonly [bigint, bigint];
const compare = (a: Fraction, b: Fraction): number => {
  const x = a[0] * b[1];
  const y = b[0] * a[1];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Hamilton by the book: the scale t with Σ clamp(wᵢ·t, floorᵢ, capᵢ) = total (a unit of weight 0 stays
 * at its floor), the floors of these quotas, then one more share each to the largest remainders;
 * units tied with the last remainder that gets a share are a tie for the shares left to them.
 */
function naiveHamilton(total: number, weights: readonly number[], options: ApportionOptions = {}): Outcome {
  const n = weights.length;
  const w = weights.map((weight) => BigInt(weight));
  const lo = weights.map((_, i) => BigInt(options.floors?.[i] ?? 0));
  const hi = weights.map((_, i) => {
    const cap = options.caps?.[i];
    return cap === undefined || cap === null ? undefined : BigInt(cap);
  });
  // unit i's clamped quota at t = p/q, times q
  const quotaTimes = (i: number, t: Fraction): bigint => {
    const floor = (lo[i] as bigint) * t[1];
    if (w[i] === 0n) return floor;
    const cap = hi[i] === undefined ? undefined : (hi[i] as bigint) * t[1];
    const quota = (w[i] as bigint) * t[0];
    if (quota < floor) return floor;
    return cap !== undefined && quota > cap ? cap : quota;
  };
  const sumAt = (t: Fraction): Fraction => [weights.reduce((acc, _, i) => acc + quotaTimes(i, t), 0n), t[1]];
  // S is continuous, nondecreasing and linear between the breakpoints floor/weight and cap/weight
  const points: Fraction[] = [[0n, 1n]];
  for (let i = 0; i < n; i += 1) {
    if (w[i] === 0n) continue;
    points.push([lo[i] as bigint, w[i] as bigint]);
    if (hi[i] !== undefined) points.push([hi[i] as bigint, w[i] as bigint]);
  }
  points.sort(compare);
  const target: Fraction = [BigInt(total), 1n];
  // On an open interval between breakpoints (or beyond the last), around `inside`: S(t) = A·t + F, solved for S(t) = total.
  const solveAround = (inside: Fraction): Fraction => {
    let active = 0n;
    let fixed = 0n;
    for (let i = 0; i < n; i += 1) {
      const quota = quotaTimes(i, inside);
      // strictly between breakpoints no quota is exactly at a bound: unclamped means proportional
      if (w[i] !== 0n && quota === (w[i] as bigint) * inside[0]) active += w[i] as bigint;
      else fixed += quota / inside[1];
    }
    return [target[0] - fixed, active];
  };
  let t: Fraction | undefined;
  for (let k = 0; k < points.length && t === undefined; k += 1) {
    const here = points[k] as Fraction;
    const order = compare(sumAt(here), target);
    if (order === 0) t = here;
    else if (order > 0) {
      const before = points[k - 1] as Fraction; // k > 0: S(0) is the sum of the floors, at most the total
      t = solveAround([before[0] * here[1] + here[0] * before[1], 2n * before[1] * here[1]]);
    }
  }
  if (t === undefined) {
    const last = points[points.length - 1] as Fraction;
    t = solveAround([last[0] + last[1], last[1]]);
  }
  const scale = t;
  const quotas = weights.map((_, i) => quotaTimes(i, scale));
  const shares = quotas.map((quota) => Number(quota / scale[1]));
  const rests = quotas.map((quota) => quota % scale[1]);
  const left = total - shares.reduce((a, b) => a + b, 0);
  if (left === 0) return { ok: true, shares };
  const byRest = rests.map((_, i) => i).sort((a, b) => ((rests[b] as bigint) > (rests[a] as bigint) ? 1 : (rests[b] as bigint) < (rests[a] as bigint) ? -1 : a - b));
  const threshold = rests[byRest[left - 1] as number] as bigint;
  const tied: number[] = [];
  let above = 0;
  rests.forEach((rest, i) => {
    if (rest > threshold) {
      shares[i] = (shares[i] as number) + 1;
      above += 1;
    } else if (rest === threshold) tied.push(i);
  });
  const seats = left - above;
  if (tied.length === seats) {
    for (const i of tied) shares[i] = (shares[i] as number) + 1;
    return { ok: true, shares };
  }
  const policy = options.tiePolicy;
  if (policy === undefined) return { ok: false, seats, unitIndices: tied, shares };
  const ids = options.ids;
  const ranked = policy === 'by-order' ? tied : [...tied].sort((a, b) => ((ids?.[a] as string) < (ids?.[b] as string) ? -1 : 1));
  const winners = ranked.slice(0, seats).sort((a, b) => a - b);
  for (const i of winners) shares[i] = (shares[i] as number) + 1;
  const unitIds = ids === undefined ? {} : { unitIds: tied.map((i) => ids[i] as string) };
  return { ok: true, shares, tie: { units: tied, ...unitIds, seats, winners, resolvedBy: policy } };
}

/** The outcome of `apportion`, in the reference's terms (an unresolved tie is its only failure here). */
function outcomeOf(result: Result<Apportionment>): Outcome {
  if (result.ok) return { ok: true, shares: result.value.shares, ...(result.value.tie === undefined ? {} : { tie: result.value.tie }) };
  const issue = result.issues[0];
  expect(result.issues.map((each) => each.code)).toEqual(['apportion_tie_unresolved']);
  const params = issue?.params ?? {};
  return { ok: false, seats: params.seats as number, unitIndices: params.unitIndices as number[], shares: params.shares as number[] };
}

describe('the naive reference itself', () => {
  it.each([
    // the worked examples of hamilton.ts and of the existing tests, worked out by hand
    [10, [30, 30, 10], {}, { ok: true, shares: [4, 4, 2] }],
    [10, [30, 30, 10], { caps: [3, null, null] }, { ok: true, shares: [3, 5, 2] }],
    [10, [5, 5, 5], { caps: [2, null, null] }, { ok: true, shares: [2, 4, 4] }],
    [1, [1, 1], {}, { ok: false, seats: 1, unitIndices: [0, 1], shares: [0, 0] }],
  ] as const)('apportions %i among %j with %j as %j', (total, weights, options, expected) => {
    expect(naiveHamilton(total, weights, options)).toEqual(expected);
  });
});

// ── Worked examples, each aimed at one decision of hamilton.ts ──────────────────────────────────────

describe('hamilton: worked examples', () => {
  it.each([
    // Floors only, every one positive: the quotas still start from the floors (t = 0.07: 0.07 < 3, 100 · 0.07 = 7).
    [10, [1, 100], { floors: [3, 3] }, [3, 7]],
    [12, [2, 3, 5], { floors: [1, 1, 1] }, [2, 4, 6]],
    // A unit of weight 0 beside one held at its floor (nothing left to share in proportion): it keeps its floor 0.
    [3, [0, 5], { floors: [0, 3] }, [0, 3]],
    [0, [0, 0], { caps: [1, 1] }, [0, 0]],
    [4, [0, 2, 2], { floors: [0, 2, 2], caps: [3, 5, 5] }, [0, 2, 2]],
    // Remainders 2, 4, 6, 2 (sevenths) and two shares left: the two largest, not a neighbour of the median.
    [2, [1, 2, 3, 1], {}, [0, 1, 1, 0]],
    [2, [1, 2, 3, 1], { floors: [0, 0, 0, 0], caps: [2, 2, 2, 2] }, [0, 1, 1, 0]],
    [3, [3, 1, 4, 1, 5, 2], {}, [1, 0, 1, 0, 1, 0]],
    // One remainder above the tie (6/7) and two tied (4/7) for the one share left to them: the first by order.
    [2, [3, 2, 2], { tiePolicy: 'by-order' }, [1, 1, 0]],
    // Products beyond 2^53: quotas 155.69… and 920.30… (exact remainders 80 887 532 261 257 and 35 379 302 636 240).
    [1076, [16_823_649_573_767, 99_443_185_323_730], {}, [156, 920]],
    [1076, [16_823_649_573_767, 99_443_185_323_730], { caps: [null, 1000] }, [156, 920]],
    [1875, [67_662_269_568_743, 63_936_319_744_135], {}, [964, 911]],
  ] as const)('shares %i among %j with %j as %j', (total, weights, options, expected) => {
    const result = apportion(total, weights, options);
    expect(expectValue(result).shares).toEqual(expected);
    expect(naiveHamilton(total, weights, options)).toMatchObject({ ok: true, shares: expected });
  });

  it('leaves a tie with one remainder above it unresolved, naming only the tied units', () => {
    // quotas 6/7, 4/7, 4/7: unit 0 is sure of its share; units 1 and 2 contest the other one
    const issues = expectFailure(apportion(2, [3, 2, 2]));
    expect(issues[0]?.params).toEqual({ seats: 1, units: [1, 2], unitIndices: [1, 2], shares: [1, 0, 0] });
    const resolved = expectValue(apportion(2, [3, 2, 2], { tiePolicy: 'by-order' }));
    expect(resolved.tie).toEqual({ units: [1, 2], seats: 1, winners: [1], resolvedBy: 'by-order' });
  });

  it('computes the quotient and remainder exactly when the product passes 2^53', () => {
    // 16 823 649 573 767 · 1076 > 2^53: float64 would round the product (and give a share of 920.0000000000001)
    expect(16_823_649_573_767 * 1076).toBeGreaterThan(2 ** 53);
    const exact = (BigInt(16_823_649_573_767) * 1076n) % BigInt(16_823_649_573_767 + 99_443_185_323_730);
    expect(exact).toBe(80_887_532_261_257n);
    const { shares } = expectValue(apportion(1076, [16_823_649_573_767, 99_443_185_323_730]));
    for (const share of shares) expect(Number.isSafeInteger(share)).toBe(true);
  });
});

// ── Against the reference ─────────────────────────────────────────────────────────────────────────

/** Small weights (many exact ties), medium ones, and large ones whose products with the total pass 2^53. */
const weightArb = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2 ** 40, max: 2 ** 47 }));
const unitArb = fc.record({
  weight: weightArb,
  floor: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })),
  cap: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20 })),
  key: fc.integer({ min: 0, max: 99 }),
});
const policyArb = fc.constantFrom<TiePolicy | undefined>(undefined, 'by-order', 'by-id');

describe('hamilton against the naive reference', () => {
  test.prop([fc.array(weightArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 400 }), policyArb, fc.integer({ min: 0, max: 99 })])(
    'without bounds: the same shares, tie or unresolved tie',
    (weights, total, policy, key) => {
      fc.pre(weights.some((weight) => weight > 0));
      const ids = weights.map((_, i) => `${(key * (i + 7)) % 100}:${i}`);
      const options: ApportionOptions = policy === undefined ? {} : { tiePolicy: policy, ids };
      expect(outcomeOf(apportion(total, weights, options))).toEqual(naiveHamilton(total, weights, options));
    },
  );

  test.prop([fc.array(unitArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 1000 }), policyArb])(
    'with floors and caps: the same shares, tie or unresolved tie',
    (units, spread, policy) => {
      const weights = units.map((unit) => unit.weight);
      const floors = units.map((unit) => unit.floor);
      // a cap below its floor is a conflict, not a test of the method: raise it to the floor
      const caps = units.map((unit) => (unit.cap === null ? null : Math.max(unit.cap, unit.floor)));
      const floorSum = floors.reduce((a, b) => a + b, 0);
      const capSum = units.reduce((acc, unit, i) => acc + (unit.weight > 0 ? (caps[i] ?? Number.POSITIVE_INFINITY) : unit.floor), 0);
      // a feasible total, anywhere from the floors to the caps
      const total = floorSum + (Number.isFinite(capSum) ? Math.round(((capSum - floorSum) * spread) / 1000) : Math.round(spread / 3));
      const ids = units.map((unit, i) => `${unit.key}:${i}`);
      const options: ApportionOptions = { floors, caps, ...(policy === undefined ? {} : { tiePolicy: policy, ids }) };
      expect(outcomeOf(apportion(total, weights, options))).toEqual(naiveHamilton(total, weights, options));
    },
  );

  test.prop([fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 1, max: 60 })])(
    'with many small remainders (ties and a deep selection): the same shares or tie, by order',
    (weights, total) => {
      const options: ApportionOptions = { tiePolicy: 'by-order' };
      expect(outcomeOf(apportion(total, weights, options))).toEqual(naiveHamilton(total, weights, options));
    },
  );
});
