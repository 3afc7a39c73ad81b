import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { reductionProgress, reductionSchedule } from '../../src/staffing/index.js';
import { isoDate } from '../../src/core/index.js';

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
    const schedule = reductionSchedule(target, first, last, { order });
    expect(schedule.years.map((year) => year.cut)).toEqual(cuts);
    expect(schedule.years.at(-1)?.cumulative).toBe(target);
    expect(schedule.years[0]?.year).toBe(first);
  });

  it('reports the tie for the odd people with the years involved', () => {
    const schedule = reductionSchedule(450, 2019, 2025, { order: 'back-loaded' });
    expect(schedule.tie).toEqual({ units: [0, 1, 2, 3, 4, 5, 6], seats: 2, winners: [5, 6], resolvedBy: 'by-order' });
    expect(schedule.ok).toBe(true);
    expect(reductionSchedule(91, 2019, 2025).tie).toBeUndefined();
  });

  it('follows year weights (e.g. expected retirements)', () => {
    const schedule = reductionSchedule(92, 2019, 2025, { weights: [1, 1, 1, 1, 2, 2, 2] });
    // Quotas 9.2 × 4 and 18.4 × 3: floors sum to 90; the two odd people go to the .4 remainders, tied three ways.
    expect(schedule.years.map((year) => year.cut)).toEqual([9, 9, 9, 9, 19, 19, 18]);
    expect(schedule.tie).toMatchObject({ units: [4, 5, 6], seats: 2, winners: [4, 5] });
  });

  it('refuses reversed years and mismatched weights', () => {
    expect(() => reductionSchedule(10, 2025, 2019)).toThrow(RangeError);
    expect(() => reductionSchedule(10, 2019, 2020, { weights: [1] })).toThrow(/weights/);
    expect(() => reductionSchedule(-1, 2019, 2020)).toThrow(/target/);
  });

  test.prop([fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 0, max: 10 })])(
    'always sums exactly to the target and never differs by more than one between years',
    (target, first, span) => {
      const schedule = reductionSchedule(target, first, first + span);
      const cuts = schedule.years.map((year) => year.cut);
      expect(cuts.reduce((a, b) => a + b, 0)).toBe(target);
      expect(Math.max(...cuts) - Math.min(...cuts)).toBeLessThanOrEqual(1);
    },
  );
});

describe('reductionProgress', () => {
  const plan = { target: 92, start: isoDate('2019-01-01'), deadline: isoDate('2026-01-01'), achieved: 40, unitId: 'ky-anh' };

  it.each([
    ['2018-06-01', 0, 0, true],
    ['2019-01-01', 0, 0, true],
    ['2022-07-02', 46, 6, false], // 92 × 1278 / 2557 = 45.98 → 46
    ['2020-01-01', 14, 0, true], // 92 × 365 / 2557 = 13.13 → 14
    ['2026-01-01', 92, 52, false],
    ['2030-01-01', 92, 52, false],
  ] as const)('on %s: required %i, gap %i, on track %s', (asOf, required, gap, onTrack) => {
    const progress = reductionProgress(plan, isoDate(asOf));
    expect(progress.required).toBe(required);
    expect(progress.gap).toBe(gap);
    expect(progress.onTrack).toBe(onTrack);
    expect(progress.remaining).toBe(52);
    expect(progress.issues[0]?.code).toBe(onTrack ? 'reduction_on_track' : 'reduction_behind_schedule');
  });

  it('states the rounding of the required figure', () => {
    expect(reductionProgress(plan, isoDate('2020-01-01'), { rounding: 'down' }).required).toBe(13);
    expect(reductionProgress(plan, isoDate('2020-01-01')).issues[0]?.unitIds).toEqual(['ky-anh']);
  });

  it('refuses bad plans', () => {
    expect(() => reductionProgress({ ...plan, deadline: isoDate('2019-01-01') }, isoDate('2020-01-01'))).toThrow(/deadline/);
    expect(() => reductionProgress({ ...plan, achieved: -1 }, isoDate('2020-01-01'))).toThrow(/achieved/);
    expect(() => reductionProgress(plan, '2020-1-1' as never)).toThrow(/asOf/);
  });
});
