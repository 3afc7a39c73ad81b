import { describe, expect, it } from 'vitest';
import { assertCount } from '../../src/core/divideRounded.js';
import { readPercent } from '../../src/core/toBasisPoints.js';

// readPercent is where every percent of the staffing API enters: a string, or { basisPoints }, never a
// bare number (10 or 0.1? the caller must say). Each refusal names the argument and what it got.

describe('readPercent: the accepted shapes', () => {
  it.each([
    ['10%', 1000],
    ['8.93', 893],
    [{ basisPoints: 1000 }, 1000],
    [{ basisPoints: 0 }, 0],
    [{ basisPoints: Number.MAX_SAFE_INTEGER }, Number.MAX_SAFE_INTEGER],
  ] as const)('%j → %i bps', (input, bps) => {
    expect(readPercent(input, 'target')).toBe(bps);
  });

  it('gives 0, not −0, for { basisPoints: -0 }', () => {
    expect(Object.is(readPercent({ basisPoints: -0 }, 'target'), 0)).toBe(true);
  });
});

describe('readPercent: each refusal, its type and its words', () => {
  it.each([
    [10, TypeError, "[tinh-gon] target must be a percent string such as '10%' or { basisPoints: 1000 }, received the bare number 10 (10% or a fraction?)"],
    [0.1, TypeError, 'received the bare number 0.1 (10% or a fraction?)'],
    [null, TypeError, "[tinh-gon] target must be a percent string such as '10%' or { basisPoints: 1000 }, received null"],
    [undefined, TypeError, "[tinh-gon] target must be a percent string such as '10%' or { basisPoints: 1000 }, received undefined"],
    [10n, TypeError, "[tinh-gon] target must be a percent string such as '10%' or { basisPoints: 1000 }, received 10n"],
    [{ bps: 10 }, TypeError, "[tinh-gon] target must be a percent string such as '10%' or { basisPoints: 1000 }, received [object Object]"],
    [{ basisPoints: '10' }, TypeError, '[tinh-gon] target.basisPoints must be a number, received "10"'],
    [{ basisPoints: 10n }, TypeError, '[tinh-gon] target.basisPoints must be a number, received 10n'],
    [{ basisPoints: -1 }, RangeError, '[tinh-gon] target.basisPoints must be a non-negative safe integer, received -1'],
    [{ basisPoints: 12.5 }, RangeError, '[tinh-gon] target.basisPoints must be a non-negative safe integer, received 12.5'],
    [{ basisPoints: 2 ** 53 }, RangeError, 'target.basisPoints must be a non-negative safe integer, received 9007199254740992'],
    ['-1%', RangeError, '[tinh-gon] target must be a non-negative percent with at most two decimals'],
  ] as const)('%s', (input, type, message) => {
    const call = () => readPercent(input, 'target');
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('assertCount: a count is a non-negative safe integer, returned as such', () => {
  it.each([0, 1, 12, Number.MAX_SAFE_INTEGER])('%i passes unchanged', (count) => {
    expect(assertCount(count, 'baseline')).toBe(count);
  });

  it('gives 0, not −0, for −0', () => {
    expect(Object.is(assertCount(-0, 'baseline'), 0)).toBe(true);
  });

  it.each([
    [-1, RangeError, '[tinh-gon] baseline must be a non-negative safe integer, received -1'],
    [1.5, RangeError, '[tinh-gon] baseline must be a non-negative safe integer, received 1.5'],
    [2 ** 53, RangeError, '[tinh-gon] baseline must be a non-negative safe integer, received 9007199254740992'],
    ['12', TypeError, '[tinh-gon] baseline must be a non-negative safe integer, received "12"'],
    [12n, TypeError, '[tinh-gon] baseline must be a non-negative safe integer, received 12n'],
    [null, TypeError, '[tinh-gon] baseline must be a non-negative safe integer, received null'],
  ] as const)('%s is refused', (input, type, message) => {
    const call = () => assertCount(input, 'baseline');
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
