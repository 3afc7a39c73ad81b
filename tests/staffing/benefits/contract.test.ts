import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate } from '../../../src/core/index.js';
import { type Leaver, leavingBenefits, totalLeavingBenefits } from '../../../src/staffing/index.js';

const reorganised = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: 10_000_000,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
} as const satisfies Partial<Leaver>;
const fixture1 = { ...reorganised, monthsToRetirement: 36, insuranceMonths: 300 } as const satisfies Leaver;

describe('leavingBenefits: contract breaches', () => {
  it.each([
    [{ monthlySalary: -1 }, /monthlySalary/],
    [{ monthlySalary: 1.5 }, /monthlySalary/],
    [{ insuranceMonths: -3 }, /insuranceMonths/],
    [{ monthsToRetirement: undefined }, /monthsToRetirement/],
    [{ leavingDate: '1/6/2025' }, /leavingDate/],
    [{ decisionDate: 'x' }, /decisionDate/],
    [{ kind: 'quit' }, /kind/],
    [{ group: 'other' }, /group/],
    [{ averageMonthlySalary: -1 }, /averageMonthlySalary/],
    [{ severanceMonths: 0.5 }, /severanceMonths/],
  ])('%j throws', (overrides, message) => {
    expect(() => leavingBenefits({ ...reorganised, monthsToRetirement: 36, insuranceMonths: 300, ...overrides } as unknown as Leaver)).toThrow(message);
  });
});

describe('leavingBenefits: dates of the wrong type', () => {
  it.each([
    ['a number as leaving date', { leavingDate: 20250601 as unknown as IsoDate }, '[tinh-gon] leaver.leavingDate must be an ISO date'],
    ['a Date as decision date', { decisionDate: new Date('2025-04-01') as unknown as IsoDate }, '[tinh-gon] leaver.decisionDate must be an ISO date'],
  ] as const)('throws a TypeError for %s', (_name, overrides, message) => {
    const call = () => leavingBenefits({ ...fixture1, ...overrides });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});

describe('leavingBenefits and totalLeavingBenefits: calls the types forbid (#11)', () => {
  it.each([
    ['an impossible leaving date', () => leavingBenefits({ ...fixture1, leavingDate: '2019-02-30' as IsoDate }), TypeError, '[tinh-gon] leaver.leavingDate must be an ISO date YYYY-MM-DD, received "2019-02-30"'],
    ['a malformed decision date', () => leavingBenefits({ ...fixture1, decisionDate: '2025-6-30' as IsoDate }), TypeError, 'leaver.decisionDate must be an ISO date'],
    ['a null leaver', () => leavingBenefits(null as never), TypeError, '[tinh-gon] leaver must be an object, received null'],
    ['a missing leaver', () => leavingBenefits(undefined as never), TypeError, '[tinh-gon] leaver is required'],
    ['null options', () => leavingBenefits(fixture1, null as never), TypeError, '[tinh-gon] options must be an object, received null'],
    ['an unknown rounding', () => leavingBenefits(fixture1, { rounding: 'banker' as never }), RangeError, "options.rounding must be 'up', 'down' or 'nearest', received banker"],
    ['an unknown reading', () => leavingBenefits(fixture1, { alternative15YearsScope: 'all' as never }), RangeError, "options.alternative15YearsScope must be 'fifteen-to-twenty' or 'fifteen-or-more', received all"],
    ['a string salary', () => leavingBenefits({ ...fixture1, monthlySalary: '10000000' as never }), TypeError, 'leaver.monthlySalary must be a non-negative safe integer, received "10000000"'],
    ['a salary beyond 2^53', () => leavingBenefits({ ...fixture1, monthlySalary: 2 ** 53 }), RangeError, 'leaver.monthlySalary'],
    ['leavers that are not an array', () => totalLeavingBenefits(fixture1 as never), TypeError, '[tinh-gon] leavers must be an array, received object'],
    ['a null leaver in a list, named by index', () => totalLeavingBenefits([fixture1, null as never]), TypeError, '[tinh-gon] leavers[1] must be an object, received null'],
    ['a bad date in a list, named by index', () => totalLeavingBenefits([fixture1, { ...fixture1, leavingDate: '2025-02-29' as IsoDate }]), TypeError, 'leavers[1].leavingDate must be an ISO date'],
    ['null options to the total', () => totalLeavingBenefits([], null as never), TypeError, 'options must be an object, received null'],
  ] as const)('%s throws', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('checks a date once per call, and still refuses the bad one that follows a good one', () => {
    const good = { ...fixture1, personId: 'a' };
    expect(totalLeavingBenefits([good, good]).ok).toBe(true);
    expect(() => totalLeavingBenefits([good, { ...good, decisionDate: '2025-04-31' as IsoDate }])).toThrow('leavers[1].decisionDate');
  });
});
