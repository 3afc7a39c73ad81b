import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ApportionOptions, apportion } from '../../../src/staffing/index.js';
import { expectFailure, expectValue } from '../support/result.js';

describe('exact ties resolved by a tie policy', () => {
  it.each([
    // Three equal quotas of 2/3 for two shares left: by order the first two, by id the two smallest ids.
    [2, [1, 1, 1], { tiePolicy: 'by-order' }, [1, 1, 0], { units: [0, 1, 2], seats: 2, winners: [0, 1], resolvedBy: 'by-order' }],
    [
      2,
      [1, 1, 1],
      { tiePolicy: 'by-id', ids: ['c', 'b', 'a'] },
      [0, 1, 1],
      { units: [0, 1, 2], unitIds: ['c', 'b', 'a'], seats: 2, winners: [1, 2], resolvedBy: 'by-id' },
    ],
    [
      2,
      [1, 1, 1],
      { tiePolicy: 'by-order', ids: ['c', 'b', 'a'] },
      [1, 1, 0],
      { units: [0, 1, 2], unitIds: ['c', 'b', 'a'], seats: 2, winners: [0, 1], resolvedBy: 'by-order' },
    ],
    // Five quotas of 3/5 for three shares: by id to a, b and c (indices 4, 3, 2), listed in index order.
    [
      3,
      [1, 1, 1, 1, 1],
      { tiePolicy: 'by-id', ids: ['e', 'd', 'c', 'b', 'a'] },
      [0, 0, 1, 1, 1],
      { units: [0, 1, 2, 3, 4], unitIds: ['e', 'd', 'c', 'b', 'a'], seats: 3, winners: [2, 3, 4], resolvedBy: 'by-id' },
    ],
    // Code-unit order: 'B' < 'a' < 'b', and '10' < '9'.
    [1, [4, 4, 4], { tiePolicy: 'by-id', ids: ['b', 'B', 'a'] }, [0, 1, 0], { units: [0, 1, 2], unitIds: ['b', 'B', 'a'], seats: 1, winners: [1], resolvedBy: 'by-id' }],
    [1, [4, 4], { tiePolicy: 'by-id', ids: ['9', '10'] }, [0, 1], { units: [0, 1], unitIds: ['9', '10'], seats: 1, winners: [1], resolvedBy: 'by-id' }],
    // Only the units tied at the threshold take part: 6/7 is sure of its share, 4/7 and 4/7 contest one.
    [2, [3, 2, 2], { tiePolicy: 'by-id', ids: ['x', 'z', 'y'] }, [1, 0, 1], { units: [1, 2], unitIds: ['z', 'y'], seats: 1, winners: [2], resolvedBy: 'by-id' }],
    // With a cap: unit 0 is held at 1, the other three share 5 equally (5/3 each), two of them get a second share.
    [
      6,
      [2, 2, 2, 2],
      { caps: [1, null, null, null], tiePolicy: 'by-id', ids: ['a', 'd', 'c', 'b'] },
      [1, 1, 2, 2],
      { units: [1, 2, 3], unitIds: ['d', 'c', 'b'], seats: 2, winners: [2, 3], resolvedBy: 'by-id' },
    ],
    // A divisor method settles its ties the same way: D'Hondt, 3 shares for [2, 1, 1]: after the first, priorities 1, 1, 1 for two.
    [3, [2, 1, 1], { method: 'dhondt', tiePolicy: 'by-id', ids: ['q', 'p', 'o'] }, [1, 1, 1], { units: [0, 1, 2], unitIds: ['q', 'p', 'o'], seats: 2, winners: [1, 2], resolvedBy: 'by-id' }],
  ] as const)('shares %i among %j with %j as %j, tie %j', (total, weights, options, shares, tie) => {
    const result = apportion(total, weights, options as ApportionOptions);
    const value = expectValue(result);
    expect(value.shares).toEqual(shares);
    // exactly these keys: no `unitIds: undefined` when no ids were given
    expect(value.tie).toStrictEqual(tie);
    expect(result.issues.map((issue) => issue.code)).toEqual(['apportion_tie_resolved']);
    const ids = (options as ApportionOptions).ids;
    expect(result.issues[0]?.params).toEqual({
      seats: tie.seats,
      units: ids === undefined ? tie.units : tie.units.map((index) => ids[index]),
      winners: ids === undefined ? tie.winners : tie.winners.map((index) => ids[index]),
      policy: tie.resolvedBy,
    });
  });

  it('reports no tie when the shares are decided', () => {
    const result = apportion(10, [30, 30, 10], { tiePolicy: 'by-id', ids: ['a', 'b', 'c'] });
    expect(expectValue(result).shares).toEqual([4, 4, 2]);
    expect('tie' in expectValue(result)).toBe(false);
    expect(result.issues).toEqual([]);
  });
});

describe('exact ties left to the caller', () => {
  it.each([
    [2, [3, 2, 2], {}, { seats: 1, units: [1, 2], unitIndices: [1, 2], shares: [1, 0, 0] }, undefined],
    [2, [3, 2, 2], { ids: ['x', 'z', 'y'] }, { seats: 1, units: ['z', 'y'], unitIndices: [1, 2], shares: [1, 0, 0] }, ['z', 'y']],
    [3, [1, 1, 1, 1, 1], {}, { seats: 3, units: [0, 1, 2, 3, 4], unitIndices: [0, 1, 2, 3, 4], shares: [0, 0, 0, 0, 0] }, undefined],
    [6, [2, 2, 2, 2], { caps: [1, null, null, null] }, { seats: 2, units: [1, 2, 3], unitIndices: [1, 2, 3], shares: [1, 1, 1, 1] }, undefined],
  ] as const)('shares %i among %j with %j: no shares, the tie %j', (total, weights, options, params, unitIds) => {
    const issues = expectFailure(apportion(total, weights, options as ApportionOptions));
    expect(issues.map((issue) => issue.code)).toEqual(['apportion_tie_unresolved']);
    expect(issues[0]?.params).toEqual(params);
    if (unitIds === undefined) expect('unitIds' in (issues[0] ?? {})).toBe(false);
    else expect(issues[0]?.unitIds).toEqual(unitIds);
  });
});

describe('by-id ties against sorting the ids', () => {
  test.prop([fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 2, maxLength: 9 }), fc.nat()])(
    'n equal weights and k < n shares go to the k smallest ids, listed in index order',
    (ids, seed) => {
      const n = ids.length;
      const k = 1 + (seed % (n - 1));
      const byId = [...ids].sort();
      const winners = ids.map((_, index) => index).filter((index) => byId.indexOf(ids[index] as string) < k);
      const value = expectValue(apportion(k, ids.map(() => 5), { tiePolicy: 'by-id', ids }));
      expect(value.shares).toEqual(ids.map((_, index) => (winners.includes(index) ? 1 : 0)));
      expect(value.tie).toEqual({ units: ids.map((_, index) => index), unitIds: ids, seats: k, winners, resolvedBy: 'by-id' });
    },
  );
});
