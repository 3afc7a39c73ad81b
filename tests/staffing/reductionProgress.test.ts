import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import { reductionProgress } from '../../src/staffing/index.js';

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
    const result = reductionProgress(plan, isoDate(asOf));
    const progress = result.value;
    expect(progress.required).toBe(required);
    expect(progress.gap).toBe(gap);
    expect(progress.onTrack).toBe(onTrack);
    expect(progress.remaining).toBe(52);
    expect(result.issues[0]?.code).toBe(onTrack ? 'reduction_on_track' : 'reduction_behind_schedule');
    expect(result.ok).toBe(true);
  });

  it('states the rounding of the required figure', () => {
    expect(reductionProgress(plan, isoDate('2020-01-01'), { rounding: 'down' }).value.required).toBe(13);
    expect(reductionProgress(plan, isoDate('2020-01-01')).issues[0]?.unitIds).toEqual(['ky-anh']);
  });

  it('refuses bad plans', () => {
    expect(() => reductionProgress({ ...plan, deadline: isoDate('2019-01-01') }, isoDate('2020-01-01'))).toThrow(/deadline/);
    expect(() => reductionProgress({ ...plan, achieved: -1 }, isoDate('2020-01-01'))).toThrow(/achieved/);
    expect(() => reductionProgress(plan, '2020-1-1' as never)).toThrow(/asOf/);
  });

  it.each([
    ['an impossible date', () => reductionProgress(plan, '2019-02-30' as never), TypeError, '[tinh-gon] asOf must be an ISO date YYYY-MM-DD, received "2019-02-30"'],
    ['a malformed start', () => reductionProgress({ ...plan, start: '2025-6-30' as never }, isoDate('2020-01-01')), TypeError, 'plan.start must be an ISO date'],
    ['a missing deadline', () => reductionProgress({ ...plan, deadline: undefined as never }, isoDate('2020-01-01')), TypeError, 'plan.deadline must be an ISO date'],
    ['a null plan', () => reductionProgress(null as never, isoDate('2020-01-01')), TypeError, 'plan must be an object, received null'],
    ['null options', () => reductionProgress(plan, isoDate('2020-01-01'), null as never), TypeError, 'options must be an object, received null'],
    ['an unknown rounding', () => reductionProgress(plan, isoDate('2020-01-01'), { rounding: 'half' as never }), RangeError, 'options.rounding'],
    ['a deadline one day before the start', () => reductionProgress({ ...plan, deadline: isoDate('2018-12-31') }, isoDate('2020-01-01')), RangeError, 'plan.deadline must be after plan.start'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('takes a path of one day', () => {
    const oneDay = reductionProgress({ ...plan, deadline: isoDate('2019-01-02') }, isoDate('2019-01-02')).value;
    expect([oneDay.totalDays, oneDay.elapsedDays, oneDay.required]).toEqual([1, 1, 92]);
  });

  it('names the gap in the warning and leaves out unitIds without a unit', () => {
    const { unitId: _omit, ...anonymous } = plan;
    const result = reductionProgress(anonymous, isoDate('2022-07-02'));
    expect(result.issues[0]?.params).toEqual({ asOf: '2022-07-02', achieved: 40, required: 46, gap: 6 });
    expect(result.issues[0]?.severity).toBe('warning');
    expect(result.issues[0]?.unitIds).toBeUndefined();
  });

  it('counts nothing remaining once the target is passed', () => {
    expect(reductionProgress({ ...plan, achieved: 100 }, isoDate('2022-07-02')).value).toMatchObject({ remaining: 0, gap: 0, onTrack: true });
  });
});
