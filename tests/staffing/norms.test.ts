import { describe, expect, it } from 'vitest';
import { checkDeputies, communeStaffAverage, communeStaffNorm, staffSurplus } from '../../src/staffing/index.js';
import { isoDate } from '../../src/core/index.js';

describe('communeStaffNorm: cadres and civil servants by class and period', () => {
  it.each([
    // date, kind, class, max, instrument
    ['2015-01-01', 'commune', 1, 25, '92/2009/NĐ-CP'],
    ['2019-06-24', 'ward', 3, 21, '92/2009/NĐ-CP'],
    ['2019-06-25', 'commune', 1, 23, '34/2019/NĐ-CP'],
    ['2021-01-01', 'ward', 2, 21, '34/2019/NĐ-CP'],
    ['2023-07-31', 'township', 3, 19, '34/2019/NĐ-CP'],
    ['2023-08-01', 'ward', 1, 23, '33/2023/NĐ-CP'],
    ['2023-08-01', 'commune', 1, 22, '33/2023/NĐ-CP'],
    ['2024-01-01', 'township', 2, 20, '33/2023/NĐ-CP'],
    ['2025-06-30', 'commune', 3, 18, '33/2023/NĐ-CP'],
  ] as const)('on %s a class-%s %s … %s: max %i (%s)', (asOf, kind, communeClass, max, instrumentId) => {
    const norm = communeStaffNorm({ kind, communeClass }, { asOf: isoDate(asOf) });
    expect(norm.max).toBe(max);
    expect(norm.citation?.instrumentId).toBe(instrumentId);
  });

  it.each([
    ['2019-06-25', 'commune', 1, 14],
    ['2024-01-01', 'ward', 3, 10],
  ] as const)('non-professional staff on %s, %s class %i: %i', (asOf, kind, communeClass, max) => {
    expect(communeStaffNorm({ kind, communeClass }, { asOf: isoDate(asOf), staff: 'non-professional' }).max).toBe(max);
  });

  it('has no norm before NĐ 34/2019 for non-professional staff, nor after the district level ends', () => {
    expect(communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2018-01-01'), staff: 'non-professional' }).issues[0]?.code).toBe('rule_not_in_force');
    const after = communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2025-07-01') });
    expect(after.ok).toBe(false);
    expect(after.max).toBe(0);
    expect(after.issues[0]?.code).toBe('rule_not_in_force');
  });

  it.each([
    // population, standard, urban ward?, kind, extra: whole steps of 1/3 (urban wards) or 1/2
    [30_000, 15_000, true, 'ward', 3],
    [29_999, 15_000, true, 'ward', 2],
    [20_000, 15_000, true, 'ward', 1],
    [19_999, 15_000, true, 'ward', 0],
    [30_000, 15_000, false, 'ward', 2],
    [16_000, 8_000, false, 'commune', 2],
    [11_999, 8_000, false, 'commune', 0],
    [8_000, 8_000, false, 'commune', 0],
    [30_000, 15_000, true, 'commune', 2], // only wards use thirds
  ] as const)('NĐ 33/2023 population %i against %i (urban ward %s, %s) → +%i', (population, populationStandard, urbanDistrictWard, kind, extra) => {
    const norm = communeStaffNorm({ kind, communeClass: 1, population, populationStandard, urbanDistrictWard }, { asOf: isoDate('2024-01-01') });
    expect(norm.extraForPopulation).toBe(extra);
  });

  it.each([
    [60, 30, 1],
    [59.99, 30, 0],
    [90.5, 30, 2],
    [100, 50, 1],
    [30, 30, 0],
  ] as const)('NĐ 33/2023 area %d km² against %d → +%i', (areaKm2, areaStandardKm2, extra) => {
    const norm = communeStaffNorm({ kind: 'commune', communeClass: 2, areaKm2, areaStandardKm2 }, { asOf: isoDate('2024-01-01') });
    expect(norm.extraForArea).toBe(extra);
    expect(norm.max).toBe(20 + extra);
  });

  it('gives no extra posts before NĐ 33/2023', () => {
    const norm = communeStaffNorm({ kind: 'ward', communeClass: 1, population: 45_000, populationStandard: 15_000, urbanDistrictWard: true }, { asOf: isoDate('2022-01-01') });
    expect(norm.max).toBe(23);
  });

  it('refuses bad facts', () => {
    const asOf = isoDate('2024-01-01');
    expect(() => communeStaffNorm({ kind: 'commune', communeClass: 4 as 1 }, { asOf })).toThrow(/communeClass/);
    expect(() => communeStaffNorm({ kind: 'hamlet' as 'commune', communeClass: 1 }, { asOf })).toThrow(/kind/);
    expect(() => communeStaffNorm({ kind: 'commune', communeClass: 1, population: -1, populationStandard: 8000 }, { asOf })).toThrow(/population/);
    expect(() => communeStaffNorm({ kind: 'commune', communeClass: 1, areaKm2: -1, areaStandardKm2: 30 }, { asOf })).toThrow(/areaKm2/);
    expect(() => communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf, staff: 'other' as 'non-professional' })).toThrow(/staff/);
  });
});

describe('communeStaffAverage (QĐ 759/QĐ-TTg)', () => {
  it('is an average, not a cap, and gives a province-wide total', () => {
    const answer = communeStaffAverage(isoDate('2025-07-01'), { communes: 124 });
    expect(answer.average).toBe(32);
    expect(answer.total).toBe(3968);
    expect(answer.issues.map((issue) => issue.code)).toEqual(['norm_average_not_cap']);
    expect(answer.citation?.instrumentId).toBe('759/QĐ-TTg');
    expect(communeStaffAverage(isoDate('2025-01-01')).issues[0]?.code).toBe('rule_not_in_force');
  });
});

describe('staffSurplus', () => {
  it.each([
    [25, 22, 3, 0],
    [22, 22, 0, 0],
    [20, 22, 0, 2],
  ])('%i in post against a norm of %i: surplus %i, shortfall %i', (actual, norm, surplus, shortfall) => {
    const result = staffSurplus(actual, norm, 'x');
    expect([result.surplus, result.shortfall]).toEqual([surplus, shortfall]);
    expect(result.issues.map((issue) => issue.code)).toEqual(surplus > 0 ? ['staff_above_norm'] : []);
  });
});

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
    const result = checkDeputies([{ unitId: 'p', staff, deputies: limit + 1 }], { scope: 'department-division', variant, asOf: isoDate(asOf) });
    expect(result.limits).toEqual([{ unitId: 'p', limit }]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['deputies_above_limit']);
  });

  it('checks an average across district divisions (NĐ 108/2020) and commune divisions (NQ 332/NQ-CP)', () => {
    const divisions = [
      { unitId: 'a', staff: 8, deputies: 3 },
      { unitId: 'b', staff: 6, deputies: 1 },
    ];
    const district = checkDeputies(divisions, { scope: 'district-division', asOf: isoDate('2024-01-01') });
    expect([district.average, district.allowedTotal, district.issues.length]).toEqual([2, 4, 0]);
    const commune = checkDeputies([...divisions, { unitId: 'c', staff: 5, deputies: 3 }], { scope: 'commune-division', asOf: isoDate('2025-11-01') });
    expect(commune.allowedTotal).toBe(6);
    expect(commune.issues[0]?.params).toMatchObject({ deputies: 7, limit: 6 });
    expect(checkDeputies(divisions, { scope: 'commune-division', asOf: isoDate('2025-08-01') }).issues[0]?.code).toBe('rule_not_in_force');
  });

  it('departments average 3 deputy directors (NĐ 107/2020, then NĐ 150/2025)', () => {
    const departments = [
      { unitId: 'so-noi-vu', staff: 40, deputies: 4 },
      { unitId: 'so-tai-chinh', staff: 50, deputies: 3 },
      { unitId: 'so-y-te', staff: 60, deputies: 3 },
    ];
    const before = checkDeputies(departments, { scope: 'department', asOf: isoDate('2024-01-01') });
    expect([before.allowedTotal, before.issues.length, before.citation?.instrumentId]).toEqual([9, 1, '107/2020/NĐ-CP']);
    const after = checkDeputies(departments.slice(1), { scope: 'department', asOf: isoDate('2025-07-01') });
    expect([after.allowedTotal, after.issues.length, after.citation?.instrumentId]).toEqual([6, 0, '150/2025/NĐ-CP']);
  });

  it('public service unit divisions (NĐ 120/2020): group 3/4 bands start at 7 staff', () => {
    const asOf = isoDate('2024-01-01');
    const result = checkDeputies(
      [
        { unitId: 'small', staff: 6, deputies: 1 },
        { unitId: 'mid', staff: 9, deputies: 1 },
        { unitId: 'large', staff: 12, deputies: 3 },
      ],
      { scope: 'public-service-unit-division', variant: 'group-3-4', asOf },
    );
    expect(result.limits.map((limit) => limit.limit)).toEqual([null, 1, 2]);
    expect(result.issues.map((issue) => issue.unitIds)).toEqual([['large']]);
    expect(checkDeputies([], { scope: 'public-service-unit-division', variant: 'group-3-4', asOf: isoDate('2025-11-01') }).ok).toBe(false);
  });

  it('refuses an unknown variant and bad counts', () => {
    expect(() => checkDeputies([], { scope: 'department-division', variant: 'class-9', asOf: isoDate('2024-01-01') })).toThrow(/class-9/);
    expect(() => checkDeputies([{ unitId: 'x', staff: -1, deputies: 0 }], { scope: 'district-division', asOf: isoDate('2024-01-01') })).toThrow(/staff/);
  });
});
