import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type Percent, type PercentString, compoundReductionTarget, formatBasisPoints } from '../../src/staffing/index.js';

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
    const result = compoundReductionTarget(101, [{ percent: '10%' }, { percent: '5%' }]);
    expect(result.cut).toBe(16);
    expect(result.singleFigureCut).toBe(15);
  });

  it('states a combined rate with more decimals exactly', () => {
    expect(compoundReductionTarget(100, [{ percent: '10' }, { percent: '10' }, { percent: '10' }]).combinedPercent).toBe('27.1');
    expect(compoundReductionTarget(100, [{ percent: '0.01' }, { percent: '0.01' }]).combinedPercent).toBe('0.019999');
    expect(compoundReductionTarget(100, [{ percent: '0' }]).combinedPercent).toBe('0');
  });

  it('uses the default rounding for periods without their own', () => {
    const result = compoundReductionTarget(101, [{ percent: '10%' }, { percent: { basisPoints: 500 }, rounding: 'up' }], { rounding: 'down' });
    expect(result.periods.map((period) => period.cut)).toEqual([10, 5]);
  });

  it('refuses an empty list of periods', () => {
    expect(() => compoundReductionTarget(100, [])).toThrow(/periods/);
  });
});

describe('compoundReductionTarget: properties and contract', () => {
  // Each period rounds its cut up (NQ 39-NQ/TW / 40-KL/TW "at least"), so the headcount left is never
  // above the exact Π(1 − pᵢ) of the baseline, and each period can add at most one person of rounding.
  test.prop([
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }),
  ])('singleFigureCut ≤ cut ≤ singleFigureCut + periods − 1 (rounding up)', (baseline, bpsList) => {
    const result = compoundReductionTarget(baseline, bpsList.map((bps, index) => ({ percent: index % 2 === 0 ? { basisPoints: bps } : (`${formatBasisPoints(bps)}%` as PercentString) })));
    expect(result.cut).toBe(result.periods.reduce((sum, period) => sum + period.cut, 0));
    expect(result.ceiling).toBe(baseline - result.cut);
    expect(result.cut).toBeGreaterThanOrEqual(result.singleFigureCut);
    expect(result.cut).toBeLessThanOrEqual(result.singleFigureCut + bpsList.length - 1);
  });

  it('10% then 5% of 1,000 (NQ 39 then KL 40): 100 then 45, combined 14.5%', () => {
    const result = compoundReductionTarget(1000, [{ percent: '10' }, { percent: '5' }]);
    expect([result.periods.map((period) => period.cut), result.cut, result.combinedPercent, result.singleFigureCut]).toEqual([[100, 45], 145, '14.5', 145]);
  });

  it.each([
    ['a bare number percent', () => compoundReductionTarget(100, [{ percent: 10 as unknown as Percent }]), TypeError, 'periods[0].percent must be a percent string'],
    ['a period that is not an object', () => compoundReductionTarget(100, [null as never]), TypeError, 'periods[0] must be an object, received null'],
    ['periods that are not an array', () => compoundReductionTarget(100, 'periods' as never), TypeError, 'periods must be an array'],
    ['an unknown period rounding', () => compoundReductionTarget(100, [{ percent: '10%' }, { percent: '5%', rounding: 'sideways' as never }]), RangeError, "periods[1].rounding must be 'up', 'down' or 'nearest'"],
    ['more than 100 periods', () => compoundReductionTarget(100, new Array(101).fill({ percent: '1%' })), RangeError, 'periods must have at most 100 entries, received 101'],
    ['a period above 100%', () => compoundReductionTarget(100, [{ percent: '101%' }]), RangeError, 'periods[0].percent must not exceed 100'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('takes 100 periods, the most it allows, and states the combined rate exactly', () => {
    const result = compoundReductionTarget(1_000_000, new Array(100).fill({ percent: '1%' }));
    expect(result.periods).toHaveLength(100);
    expect(result.combinedPercent.startsWith('63.396765872677')).toBe(true);
    expect(result.ceiling).toBe(1_000_000 - result.cut);
  });
});
