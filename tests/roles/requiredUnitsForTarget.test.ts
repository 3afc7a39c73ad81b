import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { requiredUnitsForTarget } from '../../src/roles/index.js';

describe('requiredUnitsForTarget', () => {
  it.each([
    [16, 'more-than', 7500, 13],
    [16, 'at-least', 7500, 12],
    [4, 'more-than', 5000, 3],
    [4, 'at-least', 5000, 2],
    [3, 'at-least', 3333, 1],
    [3, 'at-least', 3334, 2],
    [10, 'more-than', 10_000, 11],
    [10, 'at-least', 0, 0],
    [0, 'at-least', 7500, 0],
    // exact beyond the range where basisPoints × total is a safe integer (2^53 - 1 units)
    [Number.MAX_SAFE_INTEGER, 'at-least', 10_000, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, 'at-least', 5000, 4_503_599_627_370_496],
    [Number.MAX_SAFE_INTEGER, 'more-than', 5000, 4_503_599_627_370_496],
  ] as const)('%i units, %s %i bps → %i', (total, comparison, basisPoints, expected) => {
    expect(requiredUnitsForTarget(total, { comparison, basisPoints })).toBe(expected);
  });

  it.each([
    [-1, 7500],
    [1.5, 7500],
    [16, 75.5],
    [16, 10_001],
  ])('throws a RangeError for total %s and %s bps', (total, basisPoints) => {
    expect(() => requiredUnitsForTarget(total, { comparison: 'at-least', basisPoints })).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10_000 }), fc.constantFrom('more-than', 'at-least' as const)])(
    'is the least count meeting the target (checked by cross-multiplying)',
    (total, basisPoints, comparison) => {
      const meets = (count: number) => (comparison === 'more-than' ? count * 10_000 > basisPoints * total : count * 10_000 >= basisPoints * total);
      const required = requiredUnitsForTarget(total, { comparison, basisPoints });
      expect(meets(required)).toBe(true);
      if (required > 0) expect(meets(required - 1)).toBe(false);
    },
  );
});

describe('requiredUnitsForTarget: a comparison outside the union', () => {
  // House rules (DESIGN.md): a caller's contract breach throws a TypeError starting "[tinh-gon]" and
  // naming the argument (it once returned the comparison string itself as the count).
  it('throws a TypeError for an unknown comparison instead of returning it as the count', () => {
    const target = { comparison: 'between', basisPoints: 7500 } as unknown as Parameters<typeof requiredUnitsForTarget>[1];
    expect(() => requiredUnitsForTarget(16, target)).toThrow(/\[tinh-gon\] target\.comparison/);
  });

  it.each([null, undefined, 'more-than 75%'])('throws a [tinh-gon] TypeError for the target %j, not "Cannot destructure"', (target) => {
    expect(() => requiredUnitsForTarget(16, target as never)).toThrow(TypeError);
    expect(() => requiredUnitsForTarget(16, target as never)).toThrow(/^\[tinh-gon\] target must be an object/);
  });
});
