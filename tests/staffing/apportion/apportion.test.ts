import { allocate, dinero, toSnapshot } from 'dinero.js';
import { VND } from 'dinero.js/currencies';
import { describe, expect, it } from 'vitest';
import { type ApportionMethod, apportion } from '../../../src/staffing/index.js';
import { census2010 } from '../fixtures/census2010.js';
import { codesOf, expectFailure, expectValue } from '../support/result.js';

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
    expect(expectValue(result).shares).toEqual(expected);
    expect(sum(expectValue(result).shares)).toBe(total);
  });

  it('reproduces the 2010 US House apportionment with Huntington–Hill, and Webster’s one difference', () => {
    const populations = census2010.map((state) => state.population);
    expect(sum(populations)).toBe(309_183_463);
    const hill = expectValue(apportion(435, populations, { method: 'huntington-hill' }));
    expect(hill.shares).toEqual(census2010.map((state) => state.seats));
    const webster = expectValue(apportion(435, populations, { method: 'sainte-lague' }));
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
    expect(expectValue(apportion(10, weights)).shares).toEqual([4, 4, 2]);
    expect(expectValue(apportion(11, weights)).shares).toEqual([5, 5, 1]);
    // The divisor methods are house monotone: no unit loses.
    for (const method of ['dhondt', 'sainte-lague', 'huntington-hill'] as const) {
      const before = expectValue(apportion(10, weights, { method, tiePolicy: 'by-order' })).shares;
      const after = expectValue(apportion(11, weights, { method, tiePolicy: 'by-order' })).shares;
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
    expect(expectValue(apportion(10, [30, 30, 10])).shares).toEqual([4, 4, 2]);
    expect(expectValue(apportion(10, [10, 30, 30])).shares).toEqual([2, 4, 4]);
  });

  it('both keep the sum', () => {
    const weights = [5, 17, 0, 3, 11];
    expect(dineroShares(29, weights).reduce((a, b) => a + b, 0)).toBe(29);
    expect(sum(expectValue(apportion(29, weights, { tiePolicy: 'by-order' })).shares)).toBe(29);
  });
});

describe('apportion: ties', () => {
  it.each(METHODS)('%s fails on an exact tie, naming the tied units and the shares each is sure of', (method) => {
    const result = apportion(1, [5, 5], { method, ids: ['a', 'b'] });
    expect(result.ok).toBe(false);
    const issues = expectFailure(result);
    expect(issues[0]?.params).toEqual({ seats: 1, units: ['a', 'b'], unitIndices: [0, 1], shares: [0, 0] });
    expect(issues[0]?.unitIds).toEqual(['a', 'b']);
    expect(codesOf(issues)).toEqual(['apportion_tie_unresolved']);
    expect(issues[0]?.message.en).toContain('a, b');
  });

  it('reports a tie for two shares among three units', () => {
    const issues = expectFailure(apportion(3, [2, 1, 1], { method: 'dhondt' }));
    expect(issues[0]?.params).toMatchObject({ seats: 2, units: [0, 1, 2], unitIndices: [0, 1, 2], shares: [1, 0, 0] });
    expect(issues[0]?.unitIds).toBeUndefined();
  });

  it('resolves a tie by order or by id only when asked, and says so', () => {
    const byOrder = apportion(3, [2, 1, 1], { method: 'dhondt', tiePolicy: 'by-order' });
    expect(expectValue(byOrder).shares).toEqual([2, 1, 0]);
    expect(expectValue(byOrder).tie).toEqual({ units: [0, 1, 2], seats: 2, winners: [0, 1], resolvedBy: 'by-order' });
    expect(byOrder.issues[0]?.code).toBe('apportion_tie_resolved');
    expect(byOrder.issues[0]?.params).toEqual({ seats: 2, units: [0, 1, 2], winners: [0, 1], policy: 'by-order' });
    const byId = apportion(3, [2, 1, 1], { method: 'dhondt', tiePolicy: 'by-id', ids: ['x', 'z', 'y'] });
    expect(expectValue(byId).shares).toEqual([2, 0, 1]);
    expect(expectValue(byId).tie?.winners).toEqual([0, 2]);
    expect(byId.issues[0]?.params).toMatchObject({ units: ['x', 'z', 'y'], winners: ['x', 'y'] });
  });

  it('finds ties in Hamilton remainders', () => {
    const result = expectValue(apportion(2, [1, 1, 1], { tiePolicy: 'by-id', ids: ['c', 'b', 'a'] }));
    expect(result.shares).toEqual([0, 1, 1]);
    expect(result.tie).toMatchObject({ units: [0, 1, 2], seats: 2 });
  });
});

describe('apportion: floors and caps', () => {
  it('never gives a unit more than its cap nor less than its floor', () => {
    expect(expectValue(apportion(10, [5, 5, 5], { caps: [2, null, null] })).shares).toEqual([2, 4, 4]);
    expect(expectValue(apportion(10, [5, 5, 5], { floors: [5, 0, 0], tiePolicy: 'by-order' })).shares).toEqual([5, 3, 2]);
    const capped = expectFailure(apportion(12, [100, 1, 1], { method: 'dhondt', caps: [3, 20, 20] }));
    expect(capped[0]?.params).toEqual({ seats: 1, units: [1, 2], unitIndices: [1, 2], shares: [3, 4, 4] });
    expect(expectValue(apportion(12, [100, 1, 1], { method: 'dhondt', caps: [3, 20, 20], tiePolicy: 'by-order' })).shares).toEqual([3, 5, 4]);
  });

  it('cuts no more than a unit has (Hamilton with bounded quotas)', () => {
    // 20 cuts over units of 40, 5 and 5 staff, each may lose at most 3 (staff minus a minimum of 2).
    const result = expectValue(apportion(9, [40, 5, 5], { caps: [30, 3, 3] }));
    expect(result.shares).toEqual([7, 1, 1]);
    const capped = expectValue(apportion(20, [1, 40, 40], { caps: [20, 2, 2] }));
    expect(capped.shares).toEqual([16, 2, 2]);
  });

  it('returns infeasible bounds as a failure without shares, not a throw nor zero-filled shares', () => {
    const tooMuch = apportion(10, [1, 1], { caps: [3, 3] });
    expect(tooMuch.ok).toBe(false);
    expect('shares' in tooMuch).toBe(false);
    expect(tooMuch.issues[0]?.code).toBe('apportion_infeasible');
    expect(tooMuch.issues[0]?.params).toMatchObject({ total: 10, floorSum: 0, capSum: 6 });
    expect(tooMuch.issues[0]?.severity).toBe('error');
    expect(expectFailure(tooMuch)).toHaveLength(1);
    expect(apportion(1, [1, 1], { floors: [1, 1] }).issues[0]?.code).toBe('apportion_infeasible');
    const conflict = apportion(5, [1, 1], { floors: [3, 0], caps: [2, null], ids: ['a', 'b'] });
    expect(conflict.issues.map((issue) => issue.code)).toEqual(['apportion_bounds_conflict']);
    expect(conflict.issues[0]?.unitIds).toEqual(['a']);
    expect(apportion(3, [0, 0]).issues[0]?.params).toMatchObject({ capSum: 0 });
    expect(apportion(3, []).issues[0]?.code).toBe('apportion_infeasible');
    expect(apportion(0, []).ok).toBe(true);
  });

  it('gives a zero-weight unit only its floor', () => {
    expect(expectValue(apportion(4, [0, 2, 2], { floors: [1, 0, 0], method: 'sainte-lague', tiePolicy: 'by-order' })).shares).toEqual([1, 2, 1]);
    expect(expectValue(apportion(4, [0, 2, 3], { floors: [1, 0, 0] })).shares).toEqual([1, 1, 2]);
  });
});

// A test of scale: under mutation (TINH_GON_MUTATION) the smaller tests above cover the same code faster.
describe.skipIf(process.env.TINH_GON_MUTATION === '1')('apportion: scale', () => {
  it.each(METHODS)('%s shares 1,240,000 among 100,000 units exactly (no timing asserted)', (method) => {
    const weights = Array.from({ length: 100_000 }, (_, index) => 1 + ((index * 7919) % 1000));
    const result = expectValue(apportion(1_240_000, weights, { method, tiePolicy: 'by-order' }));
    expect(sum(result.shares)).toBe(1_240_000);
    const capped = expectValue(apportion(150_000, weights, {
      method,
      tiePolicy: 'by-order',
      caps: weights.map((weight) => Math.min(weight, 3)),
      floors: weights.map((weight) => (weight > 500 ? 1 : 0)),
    }));
    expect(sum(capped.shares)).toBe(150_000);
  });
});

describe('apportion: exact ties that decide nothing', () => {
  it.each([
    // tied remainders that exactly fill the seats left: no contest, no policy needed
    ['hamilton', 3, [1, 1, 2], [1, 1, 1]],
    ['hamilton', 2, [1, 1], [1, 1]],
    // tied priorities for seats all of them get
    ['dhondt', 2, [5, 5, 1], [1, 1, 0]],
    ['sainte-lague', 4, [3, 3], [2, 2]],
    ['huntington-hill', 2, [7, 7, 1], [1, 1, 0]],
  ] as const)('%s shares %i among %j as %j, a success without a tie', (method, total, weights, shares) => {
    const result = apportion(total, weights, { method });
    expect(expectValue(result).shares).toEqual(shares);
    expect(expectValue(result).tie).toBeUndefined();
    expect(result.issues).toEqual([]);
  });
});
