import { describe, expect, it } from 'vitest';
import { apportion } from '../../../src/staffing/index.js';
import { expectFailure, expectValue } from '../support/result.js';

// The exact wording of each contract breach (a caller reads it to learn which entry was wrong), and
// the shape of what a feasibility check reports.

describe('apportion: each breach names its argument and entry', () => {
  it.each([
    [() => apportion(1, [1, -1]), RangeError, 'weights[1] must be a non-negative safe integer, received -1'],
    [() => apportion(1, [1, 'x' as never]), TypeError, 'weights[1] must be a non-negative safe integer'],
    [() => apportion(1, [1, 1], { floors: 'x' as never }), TypeError, 'options.floors must be an array, received string'],
    [() => apportion(1, [1, 1], { caps: 'x' as never }), TypeError, 'options.caps must be an array, received string'],
    [() => apportion(1, [1, 1], { ids: 'x' as never }), TypeError, 'options.ids must be an array, received string'],
    [() => apportion(1, [1, 1], { floors: [1] }), RangeError, 'options.floors must have 2 entries, received 1'],
    [() => apportion(1, [1, 1], { caps: [1, 2, 3] }), RangeError, 'options.caps must have 2 entries, received 3'],
    [() => apportion(1, [1, 1], { ids: ['a'] }), RangeError, 'options.ids must have 2 entries, received 1'],
    [() => apportion(1, [1, 1], { floors: [0, -1] }), RangeError, 'options.floors[1] must be a non-negative safe integer, received -1'],
    [() => apportion(1, [1, 1], { caps: [null, 1.5] }), RangeError, 'options.caps[1] must be a non-negative safe integer, received 1.5'],
  ] as const)('%#: %s', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(`[tinh-gon] ${message}`);
  });
});

describe('apportion: what a feasibility check reports', () => {
  it('a floor above its cap is one conflict, and then no infeasibility on top of it', () => {
    // unit 0: floor 5 > cap 3; the sums (floors 5, caps 13 < 20) would also be infeasible
    const issues = expectFailure(apportion(20, [1, 1], { floors: [5, 0], caps: [3, 10], ids: ['a', 'b'] }));
    expect(issues.map((issue) => issue.code)).toEqual(['apportion_bounds_conflict']);
    expect(issues[0]?.params).toMatchObject({ unit: 'a', floor: 5, cap: 3 });
    expect(issues[0]?.unitIds).toEqual(['a']);
  });

  it('writes caps that sum to no limit as ∞', () => {
    const issues = expectFailure(apportion(3, [1, 1], { floors: [2, 2] }));
    expect(issues.map((issue) => issue.code)).toEqual(['apportion_infeasible']);
    expect(issues[0]?.params).toEqual({ total: 3, floorSum: 4, capSum: '∞' });
  });

  it('writes caps that bind with their sum', () => {
    const issues = expectFailure(apportion(9, [1, 1], { caps: [2, 3] }));
    expect(issues[0]?.params).toEqual({ total: 9, floorSum: 0, capSum: 5 });
  });

  it('bounds that are met exactly are feasible', () => {
    expect(expectValue(apportion(5, [1, 1], { floors: [2, 3], caps: [2, 3] })).shares).toEqual([2, 3]);
    expect(expectValue(apportion(5, [1, 4], { caps: [1, 4] })).shares).toEqual([1, 4]);
  });

  it('a value without a tie carries no tie key', () => {
    const value = expectValue(apportion(10, [5, 3, 2]));
    expect(Object.keys(value).sort()).toEqual(['method', 'shares', 'total']);
    const tied = expectValue(apportion(1, [1, 1], { tiePolicy: 'by-order' }));
    expect(tied.tie).toMatchObject({ units: [0, 1], seats: 1, winners: [0], resolvedBy: 'by-order' });
  });
});
