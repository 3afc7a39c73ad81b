import { describe, expect, it } from 'vitest';
import { compoundReductionTarget, reductionTarget } from '../../src/staffing/index.js';

describe('reductionTarget', () => {
  it.each([
    // baseline, percent, rounding, cut, ceiling
    [110, '10', 'up', 11, 99],
    [112, '10', 'up', 12, 100],
    [112, '10', 'down', 11, 101],
    [112, '10', 'nearest', 11, 101],
    [115, '10', 'nearest', 12, 103], // 11.5 → 12 (half up)
    [112, '8.93', 'nearest', 10, 102], // Hà Tĩnh Labour Federation: 10 of 112 is 8.93%
    [0, '10', 'up', 0, 0],
    [7, '100', 'up', 7, 0],
  ] as const)('%i at %s%% rounded %s → cut %i, ceiling %i', (baseline, percent, rounding, cut, ceiling) => {
    const target = reductionTarget(baseline, percent, { rounding });
    expect(target.cut).toBe(cut);
    expect(target.ceiling).toBe(ceiling);
    expect(target.cut + target.ceiling).toBe(baseline);
  });

  it('rounds up by default ("at least")', () => {
    expect(reductionTarget(112, 10).rounding).toBe('up');
    expect(reductionTarget(112, 10).exactCut).toEqual({ numerator: 112_000, denominator: 10_000 });
  });

  it('refuses bad arguments naming them', () => {
    expect(() => reductionTarget(-1, '10')).toThrow(/baseline/);
    expect(() => reductionTarget(10.5, '10')).toThrow(/baseline/);
    expect(() => reductionTarget(10, '10.001')).toThrow(/percent/);
    expect(() => reductionTarget(10, '101')).toThrow(/percent/);
  });
});

describe('compoundReductionTarget', () => {
  it('10% by 2021 against 2015, then 5% by 2026 against 2021: 14.5% as one figure', () => {
    const result = compoundReductionTarget(1000, [
      { label: '2015–2021', percent: '10' },
      { label: '2021–2026', percent: '5' },
    ]);
    expect(result.periods.map((period) => [period.label, period.baseline, period.cut])).toEqual([
      ['2015–2021', 1000, 100],
      ['2021–2026', 900, 45],
    ]);
    expect(result.cut).toBe(145);
    expect(result.ceiling).toBe(855);
    expect(result.combinedPercent).toBe('14.5');
    expect(result.singleFigureCut).toBe(145);
  });

  it('per-period rounding can exceed the single figure', () => {
    // 10% of 101 → 10.1 → 11; 5% of 90 → 4.5 → 5: 16 in total; 14.5% of 101 = 14.645 → 15.
    const result = compoundReductionTarget(101, [{ percent: 10 }, { percent: 5 }]);
    expect(result.cut).toBe(16);
    expect(result.singleFigureCut).toBe(15);
  });

  it('states a combined rate with more decimals exactly', () => {
    expect(compoundReductionTarget(100, [{ percent: '10' }, { percent: '10' }, { percent: '10' }]).combinedPercent).toBe('27.1');
    expect(compoundReductionTarget(100, [{ percent: '0.01' }, { percent: '0.01' }]).combinedPercent).toBe('0.019999');
    expect(compoundReductionTarget(100, [{ percent: 0 }]).combinedPercent).toBe('0');
  });

  it('uses the default rounding for periods without their own', () => {
    const result = compoundReductionTarget(101, [{ percent: 10 }, { percent: 5, rounding: 'up' }], { rounding: 'down' });
    expect(result.periods.map((period) => period.cut)).toEqual([10, 5]);
  });

  it('refuses an empty list of periods', () => {
    expect(() => compoundReductionTarget(100, [])).toThrow(/periods/);
  });
});
