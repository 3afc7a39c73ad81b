import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/report/index.js';
import { type ApportionMethod, type Apportionment, apportion } from '../../../src/staffing/index.js';
import { codesOf, expectFailure, expectValue } from '../support/result.js';

const METHODS: readonly ApportionMethod[] = ['hamilton', 'dhondt', 'sainte-lague', 'huntington-hill'];
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The shares every unit is sure of: all of them on a success; on an unresolved tie, those the issue lists. */
function sureShares(result: Result<Apportionment>): { shares: readonly number[]; seats: number; tied: readonly number[]; failed: boolean } {
  if (result.ok) return { shares: result.value.shares, seats: 0, tied: [], failed: false };
  const params = result.issues[0]?.params ?? {};
  expect(result.issues[0]?.code).toBe('apportion_tie_unresolved');
  return { shares: params.shares as number[], seats: params.seats as number, tied: params.unitIndices as number[], failed: true };
}

// ── Properties ─────────────────────────────────────────────────────────────────────────────────

const methodArb = fc.constantFrom(...METHODS);
const weightsArb = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 25 });

describe('apportion: properties', () => {
  test.prop([methodArb, weightsArb, fc.integer({ min: 0, max: 300 })])(
    'with a tie policy the shares are integers summing to the total (when some weight is positive)',
    (method, weights, total) => {
      fc.pre(weights.some((weight) => weight > 0));
      const result = apportion(total, weights, { method, tiePolicy: 'by-order' });
      expect(result.ok).toBe(true);
      expect(sum(expectValue(result).shares)).toBe(total);
      for (const share of expectValue(result).shares) expect(Number.isSafeInteger(share) && share >= 0).toBe(true);
    },
  );

  test.prop([methodArb, weightsArb, fc.integer({ min: 0, max: 300 })])(
    'without a policy the shares plus the contested ones sum to the total',
    (method, weights, total) => {
      fc.pre(weights.some((weight) => weight > 0));
      const { shares, seats, failed } = sureShares(apportion(total, weights, { method }));
      expect(sum(shares) + seats).toBe(total);
      expect(failed).toBe(seats > 0);
    },
  );

  test.prop([
    methodArb,
    fc.array(fc.record({ weight: fc.integer({ min: 0, max: 1000 }), floor: fc.integer({ min: 0, max: 5 }), room: fc.integer({ min: 0, max: 20 }) }), {
      minLength: 1,
      maxLength: 20,
    }),
    fc.integer({ min: 0, max: 200 }),
  ])('respects floors and caps, or reports infeasibility', (method, units, total) => {
    const weights = units.map((unit) => unit.weight);
    const floors = units.map((unit) => unit.floor);
    const caps = units.map((unit) => unit.floor + unit.room);
    const result = apportion(total, weights, { method, floors, caps, tiePolicy: 'by-order' });
    const max = sum(units.map((unit) => (unit.weight > 0 ? unit.floor + unit.room : unit.floor)));
    if (sum(floors) > total || max < total) {
      expect(codesOf(expectFailure(result))).toEqual(['apportion_infeasible']);
      return;
    }
    expect(result.ok).toBe(true);
    expect(sum(expectValue(result).shares)).toBe(total);
    expectValue(result).shares.forEach((share, index) => {
      expect(share).toBeGreaterThanOrEqual(floors[index] as number);
      expect(share).toBeLessThanOrEqual(caps[index] as number);
    });
  });

  test.prop([methodArb, weightsArb, fc.integer({ min: 0, max: 300 }), fc.integer()])(
    'is permutation-equivariant: the same weights in another order get the same shares in that order',
    (method, weights, total, seed) => {
      fc.pre(weights.some((weight) => weight > 0));
      const order = weights.map((_, index) => index);
      let state = seed;
      for (let index = order.length - 1; index > 0; index -= 1) {
        state = (state * 1103515245 + 12345) | 0;
        const other = Math.abs(state) % (index + 1);
        [order[index], order[other]] = [order[other] as number, order[index] as number];
      }
      const original = sureShares(apportion(total, weights, { method }));
      const permuted = sureShares(apportion(total, order.map((index) => weights[index] as number), { method }));
      expect(permuted.shares).toEqual(order.map((index) => original.shares[index]));
      expect(permuted.seats).toBe(original.seats);
    },
  );

  test.prop([methodArb, weightsArb, fc.integer({ min: 0, max: 300 })])(
    'is weight monotone: a larger weight never gets fewer shares (all four methods, no bounds)',
    (method, weights, total) => {
      fc.pre(weights.some((weight) => weight > 0));
      const { shares } = expectValue(apportion(total, weights, { method, tiePolicy: 'by-order' }));
      for (let a = 0; a < weights.length; a += 1) {
        for (let b = 0; b < weights.length; b += 1) {
          if ((weights[a] as number) > (weights[b] as number)) {
            expect(shares[a]).toBeGreaterThanOrEqual(shares[b] as number);
          }
        }
      }
    },
  );

  test.prop([fc.constantFrom('dhondt', 'sainte-lague', 'huntington-hill' as const), weightsArb, fc.integer({ min: 0, max: 200 })])(
    'divisor methods are house monotone: one more share in total never costs a unit a share',
    (method, weights, total) => {
      fc.pre(weights.some((weight) => weight > 0));
      const before = sureShares(apportion(total, weights, { method }));
      const after = sureShares(apportion(total + 1, weights, { method }));
      // Compare the shares each unit is sure of (contested shares are left out by both).
      after.shares.forEach((share, index) => {
        expect(share + (after.tied.includes(index) ? 1 : 0)).toBeGreaterThanOrEqual(before.shares[index] as number);
      });
    },
  );

  test.prop([methodArb, fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: 10_000 })])(
    'stays exact with weights beyond the range where float products are exact',
    (method, weights, total) => {
      const result = apportion(total, weights, { method, tiePolicy: 'by-order' });
      expect(sum(expectValue(result).shares)).toBe(total);
    },
  );

  it('Hamilton satisfies quota: every share is the floor or the ceiling of the exact quota', () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 300 }), (weights, total) => {
        const weightSum = sum(weights);
        fc.pre(weightSum > 0);
        const { shares } = expectValue(apportion(total, weights, { tiePolicy: 'by-order' }));
        shares.forEach((share, index) => {
          const numerator = BigInt(total) * BigInt(weights[index] as number);
          const low = numerator / BigInt(weightSum);
          const high = numerator % BigInt(weightSum) === 0n ? low : low + 1n;
          expect(BigInt(share) >= low && BigInt(share) <= high).toBe(true);
        });
      }),
    );
  });
});

/** Seat-by-seat reference: from the floors, each next share to the highest priority w / D(k), ties to the lowest index. */
function referenceDivisor(method: 'dhondt' | 'sainte-lague' | 'huntington-hill', total: number, weights: readonly number[], floors: readonly number[], caps: readonly number[]): number[] {
  const shares = [...floors];
  // priority of the k-th share as an exact fraction [numerator², denominator²] (squares so Huntington–Hill stays rational)
  const squared = (w: number, k: number): [bigint, bigint] => {
    const W = BigInt(w);
    if (method === 'dhondt') return [W * W, BigInt(k) * BigInt(k)];
    if (method === 'sainte-lague') return [4n * W * W, BigInt(2 * k - 1) ** 2n];
    return [W * W, BigInt(k) * BigInt(k - 1)];
  };
  const beats = (a: number, b: number): boolean => {
    const [na, da] = squared(weights[a] as number, (shares[a] as number) + 1);
    const [nb, db] = squared(weights[b] as number, (shares[b] as number) + 1);
    if (da === 0n || db === 0n) return da === db ? (weights[a] as number) > (weights[b] as number) : da === 0n;
    return na * db > nb * da;
  };
  let assigned = shares.reduce((a, b) => a + b, 0);
  while (assigned < total) {
    let best = -1;
    for (let i = 0; i < weights.length; i += 1) {
      if ((weights[i] as number) === 0 || (shares[i] as number) >= (caps[i] as number)) continue;
      if (best < 0 || beats(i, best)) best = i;
    }
    shares[best] = (shares[best] as number) + 1;
    assigned += 1;
  }
  return shares;
}

describe('apportion: divisor methods against a seat-by-seat reference', () => {
  test.prop([
    fc.constantFrom('dhondt', 'sainte-lague', 'huntington-hill' as const),
    fc.array(fc.record({ weight: fc.integer({ min: 0, max: 60 }), floor: fc.integer({ min: 0, max: 3 }), room: fc.integer({ min: 0, max: 12 }) }), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.integer({ min: 0, max: 80 }),
  ])('gives the same shares, with floors, caps and ties by order', (method, units, total) => {
    const weights = units.map((unit) => unit.weight);
    const floors = units.map((unit) => unit.floor);
    const caps = units.map((unit) => unit.floor + unit.room);
    const max = units.reduce((sum, unit) => sum + (unit.weight > 0 ? unit.floor + unit.room : unit.floor), 0);
    fc.pre(floors.reduce((a, b) => a + b, 0) <= total && total <= max);
    const fast = expectValue(apportion(total, weights, { method, floors, caps, tiePolicy: 'by-order' }));
    expect(fast.shares).toEqual(referenceDivisor(method, total, weights, floors, caps));
  });
});

type Fraction = readonly [bigint, bigint]; // numerator, positive denominator
const cmp = (a: Fraction, b: Fraction): number => {
  const x = a[0] * b[1];
  const y = b[0] * a[1];
  return x === y ? 0 : x < y ? -1 : 1;
};

/** Bounded-quota Hamilton by brute force: S(t) = Σ clamp(wᵢt, loᵢ, hiᵢ) evaluated at every breakpoint. */
function referenceHamilton(total: number, weights: readonly number[], floors: readonly number[], caps: readonly number[]): number[] {
  const n = weights.length;
  const clampAt = (i: number, t: Fraction): Fraction => {
    const w = BigInt(weights[i] as number);
    const q: Fraction = [w * t[0], t[1]];
    const lo: Fraction = [BigInt(floors[i] as number), 1n];
    const hi: Fraction = [BigInt(caps[i] as number), 1n];
    if ((weights[i] as number) === 0 || cmp(q, lo) < 0) return lo;
    return cmp(q, hi) > 0 ? hi : q;
  };
  const sumAt = (t: Fraction): Fraction => {
    let acc: Fraction = [0n, 1n];
    for (let i = 0; i < n; i += 1) {
      const q = clampAt(i, t);
      acc = [acc[0] * q[1] + q[0] * acc[1], acc[1] * q[1]];
    }
    return acc;
  };
  const points: Fraction[] = [[0n, 1n]];
  for (let i = 0; i < n; i += 1) {
    const w = weights[i] as number;
    if (w === 0) continue;
    points.push([BigInt(floors[i] as number), BigInt(w)], [BigInt(caps[i] as number), BigInt(w)]);
  }
  points.sort(cmp);
  const target: Fraction = [BigInt(total), 1n];
  let t: Fraction = points[0] as Fraction;
  for (let k = 0; k < points.length; k += 1) {
    const here = points[k] as Fraction;
    const s = sumAt(here);
    if (cmp(s, target) >= 0) {
      if (k === 0 || cmp(s, target) === 0) {
        t = here;
      } else {
        // Linear between the previous point and here: t = prev + (total − S(prev)) · (here − prev) / (S(here) − S(prev)).
        const prev = points[k - 1] as Fraction;
        const sp = sumAt(prev);
        const need: Fraction = [target[0] * sp[1] - sp[0] * target[1], target[1] * sp[1]];
        const rise: Fraction = [s[0] * sp[1] - sp[0] * s[1], s[1] * sp[1]];
        const run: Fraction = [here[0] * prev[1] - prev[0] * here[1], here[1] * prev[1]];
        const step: Fraction = [need[0] * rise[1] * run[0], need[1] * rise[0] * run[1]];
        t = [prev[0] * step[1] + step[0] * prev[1], prev[1] * step[1]];
      }
      break;
    }
  }
  const quotas = weights.map((_, i) => clampAt(i, t));
  const shares = quotas.map((q) => Number(q[0] / q[1]));
  const left = total - shares.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: [q[0] % q[1], q[1]] as Fraction }))
    .sort((a, b) => cmp(b.rest, a.rest) || a.i - b.i);
  for (let k = 0; k < left; k += 1) {
    const index = (order[k] as { i: number }).i;
    shares[index] = (shares[index] as number) + 1;
  }
  return shares;
}

describe('apportion: Hamilton with bounds against a brute-force reference', () => {
  test.prop([
    fc.array(fc.record({ weight: fc.integer({ min: 0, max: 60 }), floor: fc.integer({ min: 0, max: 3 }), room: fc.integer({ min: 0, max: 12 }) }), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.integer({ min: 0, max: 80 }),
  ])('gives the same shares, ties by order', (units, total) => {
    const weights = units.map((unit) => unit.weight);
    const floors = units.map((unit) => unit.floor);
    const caps = units.map((unit) => unit.floor + unit.room);
    const max = units.reduce((sum, unit) => sum + (unit.weight > 0 ? unit.floor + unit.room : unit.floor), 0);
    fc.pre(floors.reduce((a, b) => a + b, 0) <= total && total <= max);
    const fast = expectValue(apportion(total, weights, { floors, caps, tiePolicy: 'by-order' }));
    expect(fast.shares).toEqual(referenceHamilton(total, weights, floors, caps));
  });
});
