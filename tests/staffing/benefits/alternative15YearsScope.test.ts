import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import { type Leaver, type LeavingBenefitsOptions, leavingBenefits } from '../../../src/staffing/index.js';
import { flat } from '../support/result.js';

// NĐ 67/2025's alternative for the insurance-service allowance reads "Trường hợp đủ 15 năm công tác trở
// lên" (audit-2026-12 E8): 4 months for the first 15 years and 0.5 a year after. Either it covers 15 to
// under 20 years only (the default reading), or everyone with 15 years or more.
const reorganised = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: 10_000_000,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
  monthsToRetirement: 36,
} as const satisfies Partial<Leaver>;

const insuranceLine = (insuranceMonths: number, options?: LeavingBenefitsOptions, leaver: Partial<Leaver> = {}) =>
  flat(leavingBenefits({ ...reorganised, insuranceMonths, ...leaver }, options)).lines.find((line) => line.item === 'insurance-service');

describe('leavingBenefits: the reading of NĐ 67/2025’s 15-year alternative (alternative15YearsScope)', () => {
  it.each([
    // insurance months, default reading (fifteen-to-twenty), fifteen-or-more
    [14 * 12 + 6, undefined, undefined], // 14.5 years: neither
    [14 * 12 + 7, '4', '4'], // 14 years 7 months counts 15 years
    [15 * 12, '4', '4'],
    [17 * 12, '5', '5'],
    [19 * 12 + 6, '6.25', '6.25'],
    [20 * 12, '5', '6.5'], // from 20 years the readings part: 5 under the 20-year formula, 6.5 under the alternative
    [25 * 12, '7.5', '9'], // the audit's example: 25 years → 9 months, not 7.5
    [35 * 12, '12.5', '14'],
  ] as const)('%i months of insurance: %s months by default, %s under fifteen-or-more', (months, narrow, broad) => {
    expect(insuranceLine(months)?.salaryMonths).toBe(narrow);
    expect(insuranceLine(months, { alternative15YearsScope: 'fifteen-to-twenty' })?.salaryMonths).toBe(narrow);
    expect(insuranceLine(months, { alternative15YearsScope: 'fifteen-or-more' })?.salaryMonths).toBe(broad);
  });

  it('cites NĐ 67/2025 for the alternative and NĐ 178 Art. 7(2) for the 20-year formula, and records the reading', () => {
    expect(insuranceLine(25 * 12)?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2' });
    expect(insuranceLine(25 * 12)?.inputs).toMatchObject({ baseYears: 20, alternative15YearsScope: 'fifteen-to-twenty' });
    const broad = insuranceLine(25 * 12, { alternative15YearsScope: 'fifteen-or-more' });
    expect(broad?.citation).toEqual({ instrumentId: '67/2025/NĐ-CP', article: '1' });
    expect(broad?.inputs).toMatchObject({ baseYears: 15, baseMonths: '4', alternative15YearsScope: 'fifteen-or-more' });
  });

  it('changes the total by the difference of the insurance line only', () => {
    const narrow = flat(leavingBenefits({ ...reorganised, insuranceMonths: 300 }));
    const broad = flat(leavingBenefits({ ...reorganised, insuranceMonths: 300 }, { alternative15YearsScope: 'fifteen-or-more' }));
    expect([narrow.salaryMonths, broad.salaryMonths]).toEqual(['58.5', '60']);
    expect(broad.total - narrow.total).toBe(15_000_000);
  });

  it('applies to Articles 7a and 7b too, and not before NĐ 67 nor under NĐ 154/2025', () => {
    expect(insuranceLine(300, { alternative15YearsScope: 'fifteen-or-more' }, { group: 'restructuring' })?.salaryMonths).toBe('9');
    expect(insuranceLine(300, { alternative15YearsScope: 'fifteen-or-more' }, { group: 'not-reelected' })?.salaryMonths).toBe('9');
    const before = insuranceLine(300, { alternative15YearsScope: 'fifteen-or-more' }, { leavingDate: isoDate('2025-03-01'), decisionDate: isoDate('2025-01-15') });
    expect(before?.salaryMonths).toBe('7.5');
    expect(before?.inputs).not.toHaveProperty('alternative15YearsScope');
    const streamlined = { group: 'streamlining', category: 'publicEmployee', leavingDate: isoDate('2025-07-01') } as const;
    expect(insuranceLine(300, { alternative15YearsScope: 'fifteen-or-more' }, streamlined)?.salaryMonths).toBe('7.5');
    expect(insuranceLine(17 * 12, { alternative15YearsScope: 'fifteen-or-more' }, streamlined)?.salaryMonths).toBe('5');
  });
});
