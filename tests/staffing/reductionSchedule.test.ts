import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { reductionSchedule } from '../../src/staffing/index.js';

describe('reductionSchedule', () => {
  it.each([
    // Kỳ Anh town (cases.md §1): 92 cadres, civil servants and public employees, 450 non-professional staff by 2025.
    [92, 2019, 2025, 'front-loaded', [14, 13, 13, 13, 13, 13, 13]],
    [92, 2019, 2025, 'back-loaded', [13, 13, 13, 13, 13, 13, 14]],
    [450, 2019, 2025, 'front-loaded', [65, 65, 64, 64, 64, 64, 64]],
    [450, 2019, 2025, 'back-loaded', [64, 64, 64, 64, 64, 65, 65]],
    [10, 2025, 2025, 'front-loaded', [10]],
    [0, 2021, 2026, 'front-loaded', [0, 0, 0, 0, 0, 0]],
  ] as const)('%i over %i–%i %s → %j', (target, first, last, order, cuts) => {
    const schedule = reductionSchedule(target, first, last, { order }).value;
    expect(schedule.years.map((year) => year.cut)).toEqual(cuts);
    expect(schedule.years.at(-1)?.cumulative).toBe(target);
    expect(schedule.years[0]?.year).toBe(first);
  });

  it('reports the tie for the odd people with the years involved', () => {
    const schedule = reductionSchedule(450, 2019, 2025, { order: 'back-loaded' });
    expect(schedule.value.tie).toEqual({ units: [0, 1, 2, 3, 4, 5, 6], seats: 2, winners: [5, 6], resolvedBy: 'by-order' });
    expect(schedule.ok).toBe(true);
    expect(schedule.issues.map((issue) => [issue.code, issue.severity])).toEqual([['apportion_tie_resolved', 'info']]);
    expect(schedule.issues[0]?.params).toMatchObject({ seats: 2, winners: ['2025', '2024'] });
    expect(schedule.issues[0]?.message.en).toContain('2025, 2024, 2023, 2022, 2021, 2020, 2019');
    const front = reductionSchedule(450, 2019, 2025);
    expect(front.issues[0]?.params).toMatchObject({ winners: ['2019', '2020'] });
    expect(front.value.tie).toEqual({ units: [0, 1, 2, 3, 4, 5, 6], seats: 2, winners: [0, 1], resolvedBy: 'by-order' });
    expect(reductionSchedule(91, 2019, 2025).value.tie).toBeUndefined();
    expect(reductionSchedule(91, 2019, 2025).issues).toEqual([]);
  });

  it('follows year weights (e.g. expected retirements)', () => {
    const schedule = reductionSchedule(92, 2019, 2025, { weights: [1, 1, 1, 1, 2, 2, 2] }).value;
    // Quotas 9.2 × 4 and 18.4 × 3: floors sum to 90; the two odd people go to the .4 remainders, tied three ways.
    expect(schedule.years.map((year) => year.cut)).toEqual([9, 9, 9, 9, 19, 19, 18]);
    expect(schedule.tie).toMatchObject({ units: [4, 5, 6], seats: 2, winners: [4, 5] });
  });

  it('refuses reversed years and mismatched weights', () => {
    expect(() => reductionSchedule(10, 2025, 2019)).toThrow(RangeError);
    expect(() => reductionSchedule(10, 2019, 2020, { weights: [1] })).toThrow(/weights/);
    expect(() => reductionSchedule(-1, 2019, 2020)).toThrow(/target/);
  });

  it('refuses a reversed range by one year, and takes a range of one year', () => {
    expect(() => reductionSchedule(10, 2020, 2019)).toThrow('[tinh-gon] firstYear..lastYear must be an ascending integer range, received 2020..2019');
    expect(reductionSchedule(10, 2020, 2020).value.years).toEqual([{ year: 2020, cut: 10, cumulative: 10 }]);
  });

  it('bounds its work (#13): at most 100 years, refused at once beyond', () => {
    expect(reductionSchedule(10, 2001, 2100).value.years).toHaveLength(100);
    const call = () => reductionSchedule(10, 2001, 2101);
    expect(call).toThrow(RangeError);
    expect(call).toThrow('[tinh-gon] a schedule spans at most 100 years, received 2001..2101 (101 years)');
    const started = performance.now();
    expect(() => reductionSchedule(10, 0, 1e7)).toThrow(RangeError);
    expect(() => reductionSchedule(10, -1e15, 1e15)).toThrow(RangeError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['fractional years', () => reductionSchedule(10, 2019.5, 2020), RangeError, /ascending integer range/],
    ['years beyond 2^53', () => reductionSchedule(10, 2 ** 53, 2 ** 53 + 2), RangeError, /ascending integer range/],
    ['all-zero weights for a positive target', () => reductionSchedule(10, 2019, 2020, { weights: [0, 0] }), RangeError, 'options.weights must have a positive entry to spread a target of 10'],
    ['a negative weight', () => reductionSchedule(10, 2019, 2020, { weights: [1, -1] }), RangeError, /weights\[1\]/],
    ['weights that are not an array', () => reductionSchedule(10, 2019, 2020, { weights: '11' as never }), TypeError, 'options.weights must be an array'],
    ['an unknown order', () => reductionSchedule(10, 2019, 2020, { order: 'middle' as never }), RangeError, "options.order must be 'front-loaded' or 'back-loaded', received middle"],
    ['null options', () => reductionSchedule(10, 2019, 2020, null as never), TypeError, 'options must be an object, received null'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('spreads nothing over all-zero weights', () => {
    expect(reductionSchedule(0, 2019, 2020, { weights: [0, 0] }).value.years.map((year) => year.cut)).toEqual([0, 0]);
  });

  it('uses the method asked for (D\'Hondt favours the heavy years)', () => {
    const hamilton = reductionSchedule(10, 2019, 2021, { weights: [7, 3, 1] }).value.years.map((year) => year.cut);
    const dhondt = reductionSchedule(10, 2019, 2021, { weights: [7, 3, 1], method: 'dhondt' }).value.years.map((year) => year.cut);
    expect(hamilton).toEqual([6, 3, 1]);
    expect(dhondt).toEqual([7, 3, 0]);
  });

  test.prop([fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 0, max: 10 })])(
    'always sums exactly to the target and never differs by more than one between years',
    (target, first, span) => {
      const schedule = reductionSchedule(target, first, first + span).value;
      const cuts = schedule.years.map((year) => year.cut);
      expect(cuts.reduce((a, b) => a + b, 0)).toBe(target);
      expect(Math.max(...cuts) - Math.min(...cuts)).toBeLessThanOrEqual(1);
    },
  );
});

