import { fc, test } from '@fast-check/vitest';
import { allocate, dinero, toSnapshot } from 'dinero.js';
import { VND } from 'dinero.js/currencies';
import { describe, expect, it } from 'vitest';
import { type ApportionMethod, apportion } from '../../src/staffing/index.js';
import { census2010 } from './fixtures/census2010.js';

const METHODS: readonly ApportionMethod[] = ['hamilton', 'dhondt', 'sainte-lague', 'huntington-hill'];
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

describe('apportion: worked examples', () => {
  it.each([
    // The D'Hondt and Sainte-Laguë examples of the Wikipedia articles (votes 100 000 / 80 000 / 30 000 / 20 000, 8 seats).
    ['dhondt', 8, [100_000, 80_000, 30_000, 20_000], [4, 3, 1, 0]],
    ['sainte-lague', 8, [100_000, 80_000, 30_000, 20_000], [3, 3, 1, 1]],
    ['hamilton', 8, [100_000, 80_000, 30_000, 20_000], [3, 3, 1, 1]],
    ['huntington-hill', 8, [100_000, 80_000, 30_000, 20_000], [3, 3, 1, 1]],
    // Hamilton by hand: quotas 4.286, 4.286, 1.429 → 4, 4, 1 and the last share to the largest remainder.
    ['hamilton', 10, [30, 30, 10], [4, 4, 2]],
    // Huntington–Hill gives every unit with a weight one share first.
    ['huntington-hill', 3, [1000, 1, 1], [1, 1, 1]],
    ['huntington-hill', 2, [1, 5, 3], [0, 1, 1]],
    ['dhondt', 3, [1000, 1, 1], [3, 0, 0]],
    ['hamilton', 0, [5, 3], [0, 0]],
    ['hamilton', 5, [0, 3], [0, 5]],
  ] as const)('%s shares %i among %j as %j', (method, total, weights, expected) => {
    const result = apportion(total, weights, { method });
    expect(result.ok).toBe(true);
    expect(result.shares).toEqual(expected);
    expect(result.assigned).toBe(total);
  });

  it('reproduces the 2010 US House apportionment with Huntington–Hill, and Webster’s one difference', () => {
    const populations = census2010.map((state) => state.population);
    expect(sum(populations)).toBe(309_183_463);
    const hill = apportion(435, populations, { method: 'huntington-hill' });
    expect(hill.ok).toBe(true);
    expect(hill.shares).toEqual(census2010.map((state) => state.seats));
    const webster = apportion(435, populations, { method: 'sainte-lague' });
    const differences = census2010
      .map((state, index) => [state.state, hill.shares[index], webster.shares[index]])
      .filter(([, a, b]) => a !== b);
    expect(differences).toEqual([
      ['North Carolina', 13, 14],
      ['Rhode Island', 2, 1],
    ]);
  });

  it('shows the Alabama paradox of Hamilton: one more share in total costs a unit a share', () => {
    const weights = [30, 30, 10];
    expect(apportion(10, weights).shares).toEqual([4, 4, 2]);
    expect(apportion(11, weights).shares).toEqual([5, 5, 1]);
    // The divisor methods are house monotone: no unit loses.
    for (const method of ['dhondt', 'sainte-lague', 'huntington-hill'] as const) {
      const before = apportion(10, weights, { method, tiePolicy: 'by-order' }).shares;
      const after = apportion(11, weights, { method, tiePolicy: 'by-order' }).shares;
      after.forEach((share, index) => {
      expect(share).toBeGreaterThanOrEqual(before[index] as number);
    });
    }
  });
});

describe('apportion against dinero.js allocate (the benchmark baseline)', () => {
  const dineroShares = (total: number, weights: number[]): number[] =>
    allocate(dinero({ amount: total, currency: VND }), weights).map((part) => toSnapshot(part).amount);

  it('dinero gives the leftover to the first units, not the largest remainders, and depends on the order', () => {
    // Quotas 4.29, 4.29, 1.43: the largest remainder is the third unit's.
    expect(dineroShares(10, [30, 30, 10])).toEqual([5, 4, 1]);
    expect(dineroShares(10, [10, 30, 30])).toEqual([1, 5, 4]);
    expect(apportion(10, [30, 30, 10]).shares).toEqual([4, 4, 2]);
    expect(apportion(10, [10, 30, 30]).shares).toEqual([2, 4, 4]);
  });

  it('both keep the sum', () => {
    const weights = [5, 17, 0, 3, 11];
    expect(dineroShares(29, weights).reduce((a, b) => a + b, 0)).toBe(29);
    expect(apportion(29, weights, { tiePolicy: 'by-order' }).assigned).toBe(29);
  });
});

describe('apportion: ties', () => {
  it.each(METHODS)('%s reports an exact tie and leaves its shares unassigned', (method) => {
    const result = apportion(1, [5, 5], { method, ids: ['a', 'b'] });
    expect(result.ok).toBe(false);
    expect(result.shares).toEqual([0, 0]);
    expect(result.assigned).toBe(0);
    expect(result.tie).toEqual({ units: [0, 1], unitIds: ['a', 'b'], seats: 1 });
    expect(result.issues.map((issue) => issue.code)).toEqual(['apportion_tie_unresolved']);
    expect(result.issues[0]?.message.en).toContain('a, b');
  });

  it('reports a tie for two shares among three units', () => {
    const result = apportion(3, [2, 1, 1], { method: 'dhondt' });
    expect(result.tie).toEqual({ units: [0, 1, 2], seats: 2 });
    expect(result.shares).toEqual([1, 0, 0]);
  });

  it('resolves a tie by order or by id only when asked, and says so', () => {
    const byOrder = apportion(3, [2, 1, 1], { method: 'dhondt', tiePolicy: 'by-order' });
    expect(byOrder.shares).toEqual([2, 1, 0]);
    expect(byOrder.tie).toMatchObject({ seats: 2, winners: [0, 1], resolvedBy: 'by-order' });
    expect(byOrder.issues[0]?.code).toBe('apportion_tie_resolved');
    const byId = apportion(3, [2, 1, 1], { method: 'dhondt', tiePolicy: 'by-id', ids: ['x', 'z', 'y'] });
    expect(byId.shares).toEqual([2, 0, 1]);
    expect(byId.tie?.winners).toEqual([0, 2]);
  });

  it('finds ties in Hamilton remainders', () => {
    const result = apportion(2, [1, 1, 1], { tiePolicy: 'by-id', ids: ['c', 'b', 'a'] });
    expect(result.shares).toEqual([0, 1, 1]);
    expect(result.tie).toMatchObject({ units: [0, 1, 2], seats: 2 });
  });
});

describe('apportion: floors and caps', () => {
  it('never gives a unit more than its cap nor less than its floor', () => {
    expect(apportion(10, [5, 5, 5], { caps: [2, null, null] }).shares).toEqual([2, 4, 4]);
    expect(apportion(10, [5, 5, 5], { floors: [5, 0, 0], tiePolicy: 'by-order' }).shares).toEqual([5, 3, 2]);
    const capped = apportion(12, [100, 1, 1], { method: 'dhondt', caps: [3, 20, 20] });
    expect(capped.shares).toEqual([3, 4, 4]);
    expect(capped.tie).toEqual({ units: [1, 2], seats: 1 });
    expect(apportion(12, [100, 1, 1], { method: 'dhondt', caps: [3, 20, 20], tiePolicy: 'by-order' }).shares).toEqual([3, 5, 4]);
  });

  it('cuts no more than a unit has (Hamilton with bounded quotas)', () => {
    // 20 cuts over units of 40, 5 and 5 staff, each may lose at most 3 (staff minus a minimum of 2).
    const result = apportion(9, [40, 5, 5], { caps: [30, 3, 3] });
    expect(result.shares).toEqual([7, 1, 1]);
    const capped = apportion(20, [1, 40, 40], { caps: [20, 2, 2] });
    expect(capped.shares).toEqual([16, 2, 2]);
  });

  it('returns infeasible bounds as issues, not throws', () => {
    const tooMuch = apportion(10, [1, 1], { caps: [3, 3] });
    expect(tooMuch.ok).toBe(false);
    expect(tooMuch.shares).toEqual([0, 0]);
    expect(tooMuch.issues[0]?.code).toBe('apportion_infeasible');
    expect(tooMuch.issues[0]?.params).toMatchObject({ total: 10, floorSum: 0, capSum: 6 });
    expect(apportion(1, [1, 1], { floors: [1, 1] }).issues[0]?.code).toBe('apportion_infeasible');
    const conflict = apportion(5, [1, 1], { floors: [3, 0], caps: [2, null], ids: ['a', 'b'] });
    expect(conflict.issues.map((issue) => issue.code)).toEqual(['apportion_bounds_conflict']);
    expect(conflict.issues[0]?.unitIds).toEqual(['a']);
    expect(apportion(3, [0, 0]).issues[0]?.params).toMatchObject({ capSum: 0 });
    expect(apportion(3, []).issues[0]?.code).toBe('apportion_infeasible');
    expect(apportion(0, []).ok).toBe(true);
  });

  it('gives a zero-weight unit only its floor', () => {
    expect(apportion(4, [0, 2, 2], { floors: [1, 0, 0], method: 'sainte-lague', tiePolicy: 'by-order' }).shares).toEqual([1, 2, 1]);
    expect(apportion(4, [0, 2, 3], { floors: [1, 0, 0] }).shares).toEqual([1, 1, 2]);
  });
});

describe('apportion: contract breaches throw', () => {
  it.each([
    [() => apportion(-1, [1]), /total/],
    [() => apportion(1.5, [1]), /total/],
    [() => apportion(1, [1, -2]), /weights\[1\]/],
    [() => apportion(1, [1], { floors: [1, 2] }), /floors/],
    [() => apportion(1, [1], { caps: [0.5] }), /caps\[0\]/],
    [() => apportion(1, [1], { ids: ['a', 'b'] }), /ids/],
    [() => apportion(1, [1, 1], { ids: ['a', 'a'] }), /unique/],
    [() => apportion(1, [1], { tiePolicy: 'by-id' }), /ids/],
    // @ts-expect-error: an unknown method
    [() => apportion(1, [1], { method: 'jefferson' }), /method/],
    // @ts-expect-error: an unknown policy
    [() => apportion(1, [1], { tiePolicy: 'random' }), /tiePolicy/],
    [() => apportion(1, [Number.MAX_SAFE_INTEGER, 2]), /weights sum/],
  ] as const)('%#', (call, message) => {
    expect(call).toThrow(message);
  });
});

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
      expect(sum(result.shares)).toBe(total);
      for (const share of result.shares) expect(Number.isSafeInteger(share) && share >= 0).toBe(true);
    },
  );

  test.prop([methodArb, weightsArb, fc.integer({ min: 0, max: 300 })])(
    'without a policy the shares plus the contested ones sum to the total',
    (method, weights, total) => {
      fc.pre(weights.some((weight) => weight > 0));
      const result = apportion(total, weights, { method });
      expect(sum(result.shares) + (result.tie?.seats ?? 0)).toBe(total);
      expect(result.assigned).toBe(sum(result.shares));
      expect(result.ok).toBe(result.tie === undefined);
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
      expect(result.issues.map((issue) => issue.code)).toEqual(['apportion_infeasible']);
      return;
    }
    expect(result.ok).toBe(true);
    expect(sum(result.shares)).toBe(total);
    result.shares.forEach((share, index) => {
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
      const original = apportion(total, weights, { method });
      const permuted = apportion(total, order.map((index) => weights[index] as number), { method });
      expect(permuted.shares).toEqual(order.map((index) => original.shares[index]));
      expect(permuted.tie?.seats).toBe(original.tie?.seats);
    },
  );

  test.prop([methodArb, weightsArb, fc.integer({ min: 0, max: 300 })])(
    'is weight monotone: a larger weight never gets fewer shares (all four methods, no bounds)',
    (method, weights, total) => {
      fc.pre(weights.some((weight) => weight > 0));
      const { shares } = apportion(total, weights, { method, tiePolicy: 'by-order' });
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
      const before = apportion(total, weights, { method });
      const after = apportion(total + 1, weights, { method });
      // Compare the shares each unit is sure of (contested shares are left out by both).
      after.shares.forEach((share, index) => {
        expect(share + (after.tie?.units.includes(index) ? 1 : 0)).toBeGreaterThanOrEqual(before.shares[index] as number);
      });
    },
  );

  test.prop([methodArb, fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: 10_000 })])(
    'stays exact with weights beyond the range where float products are exact',
    (method, weights, total) => {
      const result = apportion(total, weights, { method, tiePolicy: 'by-order' });
      expect(sum(result.shares)).toBe(total);
    },
  );

  it('Hamilton satisfies quota: every share is the floor or the ceiling of the exact quota', () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 300 }), (weights, total) => {
        const weightSum = sum(weights);
        fc.pre(weightSum > 0);
        const { shares } = apportion(total, weights, { tiePolicy: 'by-order' });
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
    const fast = apportion(total, weights, { method, floors, caps, tiePolicy: 'by-order' });
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
    const fast = apportion(total, weights, { floors, caps, tiePolicy: 'by-order' });
    expect(fast.shares).toEqual(referenceHamilton(total, weights, floors, caps));
  });
});

describe('apportion: scale', () => {
  it.each(METHODS)('%s shares 1,240,000 among 100,000 units exactly (no timing asserted)', (method) => {
    const weights = Array.from({ length: 100_000 }, (_, index) => 1 + ((index * 7919) % 1000));
    const result = apportion(1_240_000, weights, { method, tiePolicy: 'by-order' });
    expect(sum(result.shares)).toBe(1_240_000);
    const capped = apportion(150_000, weights, {
      method,
      tiePolicy: 'by-order',
      caps: weights.map((weight) => Math.min(weight, 3)),
      floors: weights.map((weight) => (weight > 500 ? 1 : 0)),
    });
    expect(sum(capped.shares)).toBe(150_000);
  });
});
