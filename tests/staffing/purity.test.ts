import { describe, expect, it } from 'vitest';
import { apportion, compoundReductionTarget, leavingBenefits, reductionSchedule, totalLeavingBenefits } from '../../src/staffing/index.js';
import { isoDate } from '../../src/core/index.js';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('staffing results are plain JSON data and inputs are not mutated', () => {
  it('apportion', () => {
    const weights = Object.freeze([30, 30, 10, 0]);
    const floors = Object.freeze([1, 0, 0, 0]);
    const caps = Object.freeze([10, null, 3, 0]);
    const ids = Object.freeze(['a', 'b', 'c', 'd']);
    for (const method of ['hamilton', 'dhondt', 'sainte-lague', 'huntington-hill'] as const) {
      const result = apportion(11, weights, { method, floors, caps, ids });
      expect(roundTrip(result)).toEqual(result);
      expect(weights).toEqual([30, 30, 10, 0]);
    }
  });

  it('targets, schedules and benefits', () => {
    const leaver = Object.freeze({
      kind: 'early-retirement',
      category: 'civilServant',
      monthlySalary: 10_000_000,
      leavingDate: isoDate('2025-06-01'),
      decisionDate: isoDate('2025-04-01'),
      monthsToRetirement: 47,
      insuranceMonths: 300,
    } as const);
    for (const value of [
      compoundReductionTarget(110, Object.freeze([{ percent: '10' }, { percent: '5%' }])),
      reductionSchedule(92, 2019, 2025),
      leavingBenefits(leaver),
      totalLeavingBenefits(Object.freeze([leaver, leaver])),
    ]) {
      expect(roundTrip(value)).toEqual(value);
    }
  });
});
