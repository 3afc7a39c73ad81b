import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import { defaultRulebook, type Rule } from '../../../src/rules/index.js';
import { checkDeputies } from '../../../src/staffing/index.js';
import { codesOf, expectFailure, expectValue } from '../support/result.js';

describe('checkDeputies', () => {
  it.each([
    // date, variant, staff, limit
    ['2024-01-01', 'hanoi-hcmc', 9, 1],
    ['2024-01-01', 'hanoi-hcmc', 10, 2],
    ['2024-01-01', 'class-1', 8, 1],
    ['2024-01-01', 'class-1', 9, 2],
    ['2024-01-01', 'class-2-3', 7, 1],
    ['2024-01-01', 'class-2-3', 8, 2],
    ['2024-01-01', 'class-2-3', 14, 2],
    ['2024-01-01', 'class-2-3', 15, 3],
    ['2025-07-01', 'all', 9, 1],
    ['2025-07-01', 'all', 10, 2],
    ['2025-07-01', 'all', 15, 3],
  ] as const)('a department division on %s (%s) with %i staff: at most %i deputies', (asOf, variant, staff, limit) => {
    const answer = checkDeputies([{ unitId: 'p', staff, deputies: limit + 1 }], { scope: 'department-division', variant, asOf: isoDate(asOf) });
    const result = { ...expectValue(answer), issues: answer.issues };
    expect(result.limits).toEqual([{ unitId: 'p', limit }]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['deputies_above_limit']);
  });

  it('checks an average across district divisions (NĐ 108/2020) and commune divisions (NQ 332/NQ-CP)', () => {
    const divisions = [
      { unitId: 'a', staff: 8, deputies: 3 },
      { unitId: 'b', staff: 6, deputies: 1 },
    ];
    const districtResult = checkDeputies(divisions, { scope: 'district-division', asOf: isoDate('2024-01-01') });
    const district = expectValue(districtResult);
    expect([district.average, district.allowedTotal, districtResult.issues.length]).toEqual([2, 4, 0]);
    const communeResult = checkDeputies([...divisions, { unitId: 'c', staff: 5, deputies: 3 }], { scope: 'commune-division', asOf: isoDate('2025-11-01') });
    expect(expectValue(communeResult).allowedTotal).toBe(6);
    expect(communeResult.issues[0]?.params).toMatchObject({ deputies: 7, limit: 6 });
    expect(checkDeputies(divisions, { scope: 'commune-division', asOf: isoDate('2025-08-01') }).issues[0]?.code).toBe('rule_not_in_force');
  });

  it('departments average 3 deputy directors (NĐ 107/2020, then NĐ 150/2025)', () => {
    const departments = [
      { unitId: 'so-noi-vu', staff: 40, deputies: 4 },
      { unitId: 'so-tai-chinh', staff: 50, deputies: 3 },
      { unitId: 'so-y-te', staff: 60, deputies: 3 },
    ];
    const before = checkDeputies(departments, { scope: 'department', asOf: isoDate('2024-01-01') });
    expect([expectValue(before).allowedTotal, before.issues.length, expectValue(before).citation?.instrumentId]).toEqual([9, 1, '107/2020/NĐ-CP']);
    const after = checkDeputies(departments.slice(1), { scope: 'department', asOf: isoDate('2025-07-01') });
    expect([expectValue(after).allowedTotal, after.issues.length, expectValue(after).citation?.instrumentId]).toEqual([6, 0, '150/2025/NĐ-CP']);
  });

  it('public service unit divisions (NĐ 120/2020): group 3/4 bands start at 7 staff', () => {
    const asOf = isoDate('2024-01-01');
    const answer = checkDeputies(
      [
        { unitId: 'small', staff: 6, deputies: 1 },
        { unitId: 'mid', staff: 9, deputies: 1 },
        { unitId: 'large', staff: 12, deputies: 3 },
      ],
      { scope: 'public-service-unit-division', variant: 'group-3-4', asOf },
    );
    const result = { ...expectValue(answer), issues: answer.issues };
    expect(result.limits.map((limit) => limit.limit)).toEqual([null, 1, 2]);
    expect(result.issues.map((issue) => issue.unitIds)).toEqual([['large']]);
    expect(checkDeputies([], { scope: 'public-service-unit-division', variant: 'group-3-4', asOf: isoDate('2025-11-01') }).ok).toBe(false);
  });

  it('refuses an unknown variant and bad counts', () => {
    expect(() => checkDeputies([], { scope: 'department-division', variant: 'class-9', asOf: isoDate('2024-01-01') })).toThrow(/class-9/);
    expect(() => checkDeputies([{ unitId: 'x', staff: -1, deputies: 0 }], { scope: 'district-division', asOf: isoDate('2024-01-01') })).toThrow(/staff/);
  });

  it('fails without limits when no version is in force, instead of an empty list', () => {
    const result = checkDeputies([{ unitId: 'a', staff: 9, deputies: 1 }], { scope: 'commune-division', asOf: isoDate('2025-10-14') });
    expect('limits' in result).toBe(false);
    expect(codesOf(expectFailure(result))).toEqual(['rule_not_in_force']);
    expect(expectValue(checkDeputies([{ unitId: 'a', staff: 9, deputies: 1 }], { scope: 'commune-division', asOf: isoDate('2025-10-15') })).allowedTotal).toBe(2);
  });

  it('allows exactly the average, and warns one above it', () => {
    const two = [{ unitId: 'a', staff: 5, deputies: 2 }, { unitId: 'b', staff: 5, deputies: 2 }];
    expect(checkDeputies(two, { scope: 'district-division', asOf: isoDate('2024-01-01') }).issues).toEqual([]);
    const over = checkDeputies([...two.slice(0, 1), { unitId: 'b', staff: 5, deputies: 3 }], { scope: 'district-division', asOf: isoDate('2024-01-01') });
    expect(over.issues.map((issue) => [issue.code, issue.severity, issue.unitIds])).toEqual([['deputies_above_limit', 'warning', ['a', 'b']]]);
    expect(over.issues[0]?.params).toEqual({ unitId: 'a, b', deputies: 5, limit: 4 });
  });

  it('allows exactly the band limit', () => {
    const result = checkDeputies([{ unitId: 'p', staff: 15, deputies: 3 }], { scope: 'department-division', asOf: isoDate('2025-08-01') });
    expect(result.issues).toEqual([]);
    expect(expectValue(result).limits).toEqual([{ unitId: 'p', limit: 3 }]);
  });

  it.each([
    ['an impossible date', () => checkDeputies([], { scope: 'department', asOf: '2019-02-30' as never }), TypeError, '[tinh-gon] options.asOf must be an ISO date'],
    ['null options', () => checkDeputies([], null as never), TypeError, 'options must be an object, received null'],
    ['missing options', () => checkDeputies([], undefined as never), TypeError, 'options is required'],
    ['units that are not an array', () => checkDeputies({} as never, { scope: 'department', asOf: isoDate('2024-01-01') }), TypeError, 'units must be an array'],
    ['a null unit', () => checkDeputies([null as never], { scope: 'department', asOf: isoDate('2024-01-01') }), TypeError, 'units[0] must be an object, received null'],
    ['an unknown scope', () => checkDeputies([], { scope: 'ministry' as never, asOf: isoDate('2024-01-01') }), TypeError, 'options.scope is unknown: ministry'],
    ['a prototype key as variant', () => checkDeputies([], { scope: 'department-division', variant: 'toString', asOf: isoDate('2025-08-01') }), TypeError, "options.variant 'toString' is not in rule"],
    ['deputies summing beyond 2^53', () => checkDeputies([{ unitId: 'a', staff: 1, deputies: Number.MAX_SAFE_INTEGER }, { unitId: 'b', staff: 1, deputies: 1 }], { scope: 'department', asOf: isoDate('2024-01-01') }), RangeError, 'the deputies of all units'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('checkDeputies: variants and rules without bands', () => {
  it('uses the `all` variant by default (NĐ 150/2025: 1, 2 from 10 staff, 3 from 15)', () => {
    const answer = checkDeputies(
      [
        { unitId: 'a', staff: 9, deputies: 2 },
        { unitId: 'b', staff: 10, deputies: 2 },
        { unitId: 'c', staff: 15, deputies: 4 },
      ],
      { scope: 'department-division', asOf: isoDate('2025-08-01') },
    );
    const check = { ...expectValue(answer), issues: answer.issues };
    expect(check.limits).toEqual([
      { unitId: 'a', limit: 1 },
      { unitId: 'b', limit: 2 },
      { unitId: 'c', limit: 3 },
    ]);
    expect(check.issues.map((issue) => [issue.code, issue.params?.['unitId'], issue.params?.['limit']])).toEqual([
      ['deputies_above_limit', 'a', 1],
      ['deputies_above_limit', 'c', 3],
    ]);
    expect(check.issues[0]?.citation).toEqual({ instrumentId: '150/2025/NĐ-CP' });
  });

  it('throws a TypeError naming no variants when a rule has neither bands nor an average', () => {
    const bare: Rule = {
      id: 'norms.deputies.department-division',
      type: 'deputy-limit',
      topic: 'norms',
      title: { vi: 'x', en: 'x' },
      versions: [{ from: isoDate('2030-01-01'), params: { scope: 'department-division' }, strength: 'required', citation: { instrumentId: '150/2025/NĐ-CP' } }],
    };
    const rulebook = { instruments: defaultRulebook.instruments, rules: [bare] };
    const call = () => checkDeputies([{ unitId: 'a', staff: 9, deputies: 1 }], { scope: 'department-division', asOf: isoDate('2030-06-01'), rulebook });
    expect(call).toThrow(TypeError);
    expect(call).toThrow("options.variant 'all' is not in rule norms.deputies.department-division on 2030-06-01; expected one of ");
  });
});

