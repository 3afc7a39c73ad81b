import { describe, expect, it } from 'vitest';
import { defaultRulebook, type Rule, type Rulebook } from '../../../src/rules/index.js';
import { type CommuneFacts, communeStaffNorm } from '../../../src/staffing/index.js';
import { codesOf, expectFailure, expectValue } from '../support/result.js';
import { isoDate } from '../../../src/core/index.js';

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
    const norm = expectValue(communeStaffNorm({ kind, communeClass }, { asOf: isoDate(asOf) }));
    expect(norm.max).toBe(max);
    expect(norm.citation?.instrumentId).toBe(instrumentId);
  });

  it.each([
    ['2019-06-25', 'commune', 1, 14],
    ['2024-01-01', 'ward', 3, 10],
  ] as const)('non-professional staff on %s, %s class %i: %i', (asOf, kind, communeClass, max) => {
    expect(expectValue(communeStaffNorm({ kind, communeClass }, { asOf: isoDate(asOf), staff: 'non-professional' })).max).toBe(max);
  });

  it('has no norm before NĐ 34/2019 for non-professional staff, nor after the district level ends: a failure, no max: 0', () => {
    expect(communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2018-01-01'), staff: 'non-professional' }).issues[0]?.code).toBe('rule_not_in_force');
    const after = communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2025-07-01') });
    expect(after.ok).toBe(false);
    expect('max' in after).toBe(false);
    expect(codesOf(expectFailure(after))).toEqual(['rule_not_in_force']);
    expect(after.issues[0]?.params).toEqual({ ruleId: 'norms.commune-staff.cadre-civil-servant', asOf: '2025-07-01' });
    // the last day of NĐ 33/2023 still has one
    expect(expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2025-06-30') })).max).toBe(22);
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
    const norm = expectValue(communeStaffNorm({ kind, communeClass: 1, population, populationStandard, urbanDistrictWard }, { asOf: isoDate('2024-01-01') }));
    expect(norm.extraForPopulation).toBe(extra);
  });

  it.each([
    [60, 30, 1],
    [59.99, 30, 0],
    [90.5, 30, 2],
    [100, 50, 1],
    [30, 30, 0],
  ] as const)('NĐ 33/2023 area %d km² against %d → +%i', (areaKm2, areaStandardKm2, extra) => {
    const norm = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 2, areaKm2, areaStandardKm2 }, { asOf: isoDate('2024-01-01') }));
    expect(norm.extraForArea).toBe(extra);
    expect(norm.max).toBe(20 + extra);
  });

  it('gives no extra posts before NĐ 33/2023', () => {
    const norm = expectValue(communeStaffNorm({ kind: 'ward', communeClass: 1, population: 45_000, populationStandard: 15_000, urbanDistrictWard: true }, { asOf: isoDate('2022-01-01') }));
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

describe('communeStaffNorm: exact and bounded (#13)', () => {
  const asOf = isoDate('2024-01-01');

  it('counts population steps exactly: the largest population, a standard of 3 (a float product would be off by one)', () => {
    // (10^9 − 3) × 2 / 3 = 666,666,664.67 → 666,666,664 whole steps; and a standard that divides exactly
    const norm = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1, population: 1_000_000_000, populationStandard: 3 }, { asOf }));
    expect(norm.extraForPopulation).toBe(666_666_664);
    expect(norm.max).toBe(22 + 666_666_664);
  });

  it('goes through bigint when the step product passes 2^53 (a rulebook with a large step denominator)', () => {
    const rulebook = withSteps(2 ** 30);
    // (10^9 − 10^8) × 2^30 / 10^8 = 9 × 2^30 exactly; with a standard one more, the floor of the exact quotient
    const exact = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1, population: 1_000_000_000, populationStandard: 100_000_000 }, { asOf, rulebook }));
    expect(exact.extraForPopulation).toBe(9 * 2 ** 30);
    const plusOne = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1, population: 1_000_000_000, populationStandard: 100_000_001 }, { asOf, rulebook }));
    expect(plusOne.extraForPopulation).toBe(Number(((1_000_000_000n - 100_000_001n) * 2n ** 30n) / 100_000_001n));
    // here the float formula is one too many: (999,999,999 − 120) × 2^30 / 120
    const nearTheTop = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1, population: 999_999_999, populationStandard: 120 }, { asOf, rulebook }));
    expect(Math.floor(((999_999_999 - 120) * 2 ** 30) / 120)).toBe(8_947_847_450_643_661);
    expect(nearTheTop.extraForPopulation).toBe(8_947_847_450_643_660);
  });

  it.each([
    // area, standard, extra — read as written: 59.999 is below 60, even where a float product rounds
    [59.999, 30, 0],
    [60.000001, 30, 1],
    [0.3, 0.1, 2], // 0.3 − 0.1 = 0.19999999999999998 in floats; exactly 0.2 = two whole standards
    [1_000_000, 0.01, 99_999_999],
    [0.02, 1e-7, 199_999],
  ] as const)('area %d km² against %d → +%i, decided on the written decimals', (areaKm2, areaStandardKm2, extra) => {
    const norm = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 2, areaKm2, areaStandardKm2 }, { asOf }));
    expect(norm.extraForArea).toBe(extra);
  });

  it.each([
    ['an area of 1e300', { areaKm2: 1e300, areaStandardKm2: 30 }, RangeError, 'commune.areaKm2 must be a finite number from 0 to 1000000, received 1e+300'],
    ['an infinite area standard', { areaKm2: 30, areaStandardKm2: Number.POSITIVE_INFINITY }, RangeError, 'commune.areaStandardKm2'],
    ['a NaN area', { areaKm2: Number.NaN, areaStandardKm2: 30 }, RangeError, 'commune.areaKm2'],
    ['a string area', { areaKm2: '60' as never, areaStandardKm2: 30 }, TypeError, 'commune.areaKm2 must be a number, received string'],
    ['a population above a billion', { population: 1_000_000_001, populationStandard: 8000 }, RangeError, 'commune.population must be a finite number from 0 to 1000000000'],
    ['the largest safe population', { population: Number.MAX_SAFE_INTEGER, populationStandard: 1 }, RangeError, 'commune.population'],
    ['a fractional standard', { population: 9000, populationStandard: 8000.5 }, RangeError, 'commune.populationStandard'],
  ] as const)('refuses %s', (_name, facts, type, message) => {
    const call = () => communeStaffNorm({ kind: 'commune', communeClass: 1, ...facts }, { asOf });
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('throws a RangeError when the maximum itself passes 2^53 (a tiny standard)', () => {
    const call = () => communeStaffNorm({ kind: 'commune', communeClass: 1, areaKm2: 1_000_000, areaStandardKm2: 1e-300 }, { asOf });
    expect(call).toThrow(RangeError);
    expect(call).toThrow('the extra posts for area are not a safe integer');
  });
});

describe('communeStaffNorm: a standard of 0 counts no steps', () => {
  it('gives the base for a zero population or area standard', () => {
    const asOf = isoDate('2024-01-01');
    const zero = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1, population: 9000, populationStandard: 0, areaKm2: 40, areaStandardKm2: 0 }, { asOf }));
    expect([zero.extraForPopulation, zero.extraForArea, zero.max]).toEqual([0, 0, 22]);
  });
});

describe('communeStaffNorm: a figure without its standard', () => {
  it.each([
    [{ population: 30_000 }, 'population', 'populationStandard'],
    [{ populationStandard: 15_000 }, 'population', 'populationStandard'],
    [{ areaKm2: 90 }, 'areaKm2', 'areaStandardKm2'],
  ] as const)('%j: the base norm with a norm_standard_missing warning', (facts, fact, standard) => {
    const result = communeStaffNorm({ unitId: 'xa-1', kind: 'commune', communeClass: 1, ...facts }, { asOf: isoDate('2024-01-01') });
    expect(expectValue(result).max).toBe(22);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.params])).toEqual([['norm_standard_missing', 'warning', { unitId: 'xa-1', fact, standard }]]);
  });

  it('does not warn before NĐ 33/2023, which gives no extra posts', () => {
    expect(communeStaffNorm({ kind: 'commune', communeClass: 1, population: 30_000 }, { asOf: isoDate('2022-01-01') }).issues).toEqual([]);
  });
});

describe('communeStaffNorm: contract', () => {
  const facts: CommuneFacts = { kind: 'commune', communeClass: 1 };
  it.each([
    ['an impossible date', () => communeStaffNorm(facts, { asOf: '2019-02-30' as never }), TypeError, '[tinh-gon] options.asOf must be an ISO date YYYY-MM-DD, received "2019-02-30"'],
    ['a malformed date', () => communeStaffNorm(facts, { asOf: '2025-6-30' as never }), TypeError, 'options.asOf must be an ISO date'],
    ['missing options', () => communeStaffNorm(facts, undefined as never), TypeError, '[tinh-gon] options is required'],
    ['null options', () => communeStaffNorm(facts, null as never), TypeError, '[tinh-gon] options must be an object, received null'],
    ['options without asOf', () => communeStaffNorm(facts, {} as never), TypeError, 'options.asOf must be an ISO date'],
    ['null facts', () => communeStaffNorm(null as never, { asOf: isoDate('2024-01-01') }), TypeError, 'commune must be an object, received null'],
    ['a prototype key as kind', () => communeStaffNorm({ kind: 'constructor' as never, communeClass: 1 }, { asOf: isoDate('2024-01-01') }), TypeError, 'commune.kind'],
    ['a prototype key as staff', () => communeStaffNorm(facts, { asOf: isoDate('2024-01-01'), staff: 'toString' as never }), TypeError, 'options.staff is unknown: toString'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

/** The default rulebook with NĐ 33/2023's population step denominators replaced. */
function withSteps(steps: number): Rulebook {
  return {
    instruments: defaultRulebook.instruments,
    rules: defaultRulebook.rules.map((rule): Rule => {
      if (rule.type !== 'commune-staff-norm') return rule;
      return {
        ...rule,
        versions: rule.versions.map((version) =>
          version.params.extraPosts === undefined
            ? version
            : { ...version, params: { ...version.params, extraPosts: { ...version.params.extraPosts, urbanWardPopulationStepDenominator: steps, otherPopulationStepDenominator: steps } } },
        ),
      };
    }),
  };
}
