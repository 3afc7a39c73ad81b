import { describe, expect, it } from 'vitest';
import * as staffing from '../../src/staffing/index.js';

describe('staffing exports', () => {
  it.each([
    'toBasisPoints',
    'formatBasisPoints',
    'divideRounded',
    'percentOf',
    'basisPointsOf',
    'reductionTarget',
    'compoundReductionTarget',
    'apportion',
    'reductionSchedule',
    'reductionProgress',
    'communeStaffNorm',
    'communeStaffAverage',
    'staffSurplus',
    'checkDeputies',
    'applyReductionTargets',
    'leavingBenefits',
    'totalLeavingBenefits',
  ])('%s is a function of tinh-gon/staffing', (name) => {
    expect(typeof (staffing as Record<string, unknown>)[name]).toBe('function');
  });

  it('keeps internal helpers out of the entry', () => {
    expect(Object.keys(staffing)).not.toContain('assertCount');
    expect(Object.keys(staffing)).not.toContain('compareProducts');
    for (const internal of ['readPercent', 'roundQuotient', 'toSafeNumber', 'assertRounding', 'readOptions', 'targetOf', 'settleTie', 'hamilton', 'divisor']) {
      expect(Object.keys(staffing)).not.toContain(internal);
    }
  });
});
