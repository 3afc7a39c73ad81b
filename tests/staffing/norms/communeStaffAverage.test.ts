import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import { communeStaffAverage } from '../../../src/staffing/index.js';
import { codesOf, expectFailure, expectValue } from '../support/result.js';

describe('communeStaffAverage (QĐ 759/QĐ-TTg)', () => {
  it('is an average, not a cap, and gives a province-wide total', () => {
    const result = communeStaffAverage(isoDate('2025-07-01'), { communes: 124 });
    const answer = expectValue(result);
    expect(answer.average).toBe(32);
    expect(answer.total).toBe(3968);
    expect(result.issues.map((issue) => issue.code)).toEqual(['norm_average_not_cap']);
    expect(answer.citation?.instrumentId).toBe('759/QĐ-TTg');
    expect(communeStaffAverage(isoDate('2025-01-01')).issues[0]?.code).toBe('rule_not_in_force');
  });

  it('fails before QĐ 759 (2025-04-14) instead of answering an average of 0', () => {
    const before = communeStaffAverage(isoDate('2025-04-13'));
    expect('average' in before).toBe(false);
    expect(codesOf(expectFailure(before))).toEqual(['rule_not_in_force']);
    expect(expectValue(communeStaffAverage(isoDate('2025-04-14'))).average).toBe(32);
  });

  it.each([
    ['an impossible date', () => communeStaffAverage('2019-02-30' as never), TypeError, '[tinh-gon] asOf must be an ISO date'],
    ['null options', () => communeStaffAverage(isoDate('2025-07-01'), null as never), TypeError, 'options must be an object, received null'],
    ['a fractional commune count', () => communeStaffAverage(isoDate('2025-07-01'), { communes: 1.5 }), RangeError, 'options.communes'],
    ['a total beyond 2^53', () => communeStaffAverage(isoDate('2025-07-01'), { communes: Number.MAX_SAFE_INTEGER }), RangeError, 'the province-wide total'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('communeStaffAverage without a commune count', () => {
  it('gives the average and its citation, but no total', () => {
    const result = communeStaffAverage(isoDate('2025-07-01'));
    const answer = expectValue(result);
    const withCount = expectValue(communeStaffAverage(isoDate('2025-07-01'), { communes: 2 }));
    expect(result.ok).toBe(true);
    expect(answer.average).toBe(withCount.average);
    expect(withCount.total).toBe(2 * withCount.average);
    expect('total' in answer).toBe(false);
    expect(answer.citation).toEqual(withCount.citation);
    expect(result.issues.map((issue) => issue.code)).toEqual(['norm_average_not_cap']);
  });
});

