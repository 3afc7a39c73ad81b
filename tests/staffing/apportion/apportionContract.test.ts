import { describe, expect, it } from 'vitest';
import { apportion } from '../../../src/staffing/index.js';
import { expectFailure, expectValue } from '../support/result.js';

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

describe('apportion: bounds, ties and bad input', () => {
  it('throws a TypeError when weights is not an array', () => {
    expect(() => apportion(3, 'abc' as unknown as number[])).toThrow(TypeError);
    expect(() => apportion(3, 'abc' as unknown as number[])).toThrow('[tinh-gon] weights must be an array');
  });

  it('throws a RangeError when floors do not match the weights', () => {
    expect(() => apportion(3, [1, 1], { floors: [1] })).toThrow('[tinh-gon] options.floors must have 2 entries, received 1');
    expect(() => apportion(3, [1, 1], { caps: [1, null, 2] })).toThrow('[tinh-gon] options.caps must have 2 entries, received 3');
  });

  it('names a unit by index when floor exceeds cap and no ids are given', () => {
    const result = apportion(5, [1, 1], { floors: [3, 0], caps: [2, null] });
    expect(result.ok).toBe(false);
    const conflict = expectFailure(result).find((issue) => issue.code === 'apportion_bounds_conflict');
    expect(conflict?.params).toEqual({ unit: 0, floor: 3, cap: 2 });
    expect(conflict?.path).toEqual(['floors', 0]);
    expect(conflict?.unitIds).toBeUndefined();
  });

  it('refuses duplicate ids (so a by-id tie never compares two equal ids)', () => {
    expect(() => apportion(1, [1, 1, 1], { ids: ['b', 'a', 'a'], tiePolicy: 'by-id' })).toThrow('[tinh-gon] options.ids must be unique');
  });

  it('breaks a by-id tie by the smallest id, whatever the input order', () => {
    const result = expectValue(apportion(1, [1, 1, 1], { ids: ['c', 'a', 'b'], tiePolicy: 'by-id' }));
    expect(result.shares).toEqual([0, 1, 0]);
    expect(result.tie).toEqual({ units: [0, 1, 2], unitIds: ['c', 'a', 'b'], seats: 1, winners: [1], resolvedBy: 'by-id' });
  });

  it.each(['dhondt', 'sainte-lague', 'huntington-hill'] as const)('%s gives nothing to zero weights', (method) => {
    const result = expectValue(apportion(4, [0, 3, 0, 1], { method }));
    expect(result.shares[0]).toBe(0);
    expect(result.shares[2]).toBe(0);
    expect(result.shares.reduce((sum, share) => sum + share, 0)).toBe(4);
  });
});

