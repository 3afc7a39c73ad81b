import { describe, expect, it } from 'vitest';
import { leavingBenefits } from '../../../src/staffing/index.js';
import { isoDate } from '../../../src/core/index.js';
import { formatSalaryMonths } from '../../../src/staffing/benefits/salaryMonths.js';
import { expectValue } from '../support/result.js';

// What a reader of a benefits statement sees besides the amounts: each line's bilingual label, the
// inputs it shows its working with, and the wording of the notes. The amounts are those of
// legal-facts §3.3 (NĐ 178/2024 Art. 7 and 9, as amended by NĐ 67/2025), checked in leavingBenefits.test.ts.

const base = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: 10_000_000,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
} as const;

const ONE_TIME = { vi: 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm', en: 'One-time allowance for the months retired early' };
const PER_YEAR = { vi: 'Trợ cấp cho mỗi năm nghỉ hưu trước tuổi', en: 'Allowance per full year retired early' };
const INSURANCE = { vi: 'Trợ cấp theo thời gian đóng bảo hiểm xã hội bắt buộc', en: 'Allowance for the years of compulsory social insurance' };

describe('leavingBenefits: the lines as a reader sees them', () => {
  it('early retirement, 84 months early (the flat 0.9 × 60 band), 30 years of insurance', () => {
    const value = expectValue(leavingBenefits({ ...base, monthsToRetirement: 84, insuranceMonths: 360, personId: 'p1' }));
    expect(value.personId).toBe('p1');
    expect(value.lines.map(({ item, label, inputs }) => ({ item, label, inputs }))).toStrictEqual([
      { item: 'one-time', label: ONE_TIME, inputs: { monthsEarly: 84, flatMonths: '54', percentPaid: 100, withinFirst12Months: true } },
      { item: 'per-year-early', label: PER_YEAR, inputs: { monthsEarly: 84, fullYears: 7, monthsPerYear: '4' } },
      {
        item: 'insurance-service',
        label: INSURANCE,
        inputs: { insuranceMonths: 360, insuranceYears: '30', baseYears: 20, baseMonths: '5', perYearAfter: '0.5', alternative15YearsScope: 'fifteen-to-twenty' },
      },
    ]);
  });

  it('early retirement, 30 months early: a per-month band, and the part-year note', () => {
    const result = leavingBenefits({ ...base, monthsToRetirement: 30, insuranceMonths: 120 });
    const value = expectValue(result);
    expect(value.personId).toBeUndefined();
    expect('personId' in value).toBe(false);
    expect(value.lines[0]?.inputs).toStrictEqual({ monthsEarly: 30, perMonth: '1', percentPaid: 100, withinFirst12Months: true });
    const dropped = result.issues.find((issue) => issue.code === 'benefit_part_year_dropped');
    expect(dropped?.params).toStrictEqual({ monthsEarly: 30, fullYears: 2 });
    expect(dropped?.ruleId).toBe('benefits.early-retirement.reorganisation');
    const notEligible = result.issues.find((issue) => issue.code === 'benefit_not_eligible');
    expect(notEligible?.severity).toBe('warning');
    expect(notEligible?.params).toStrictEqual({
      personId: '?',
      benefitVi: 'trợ cấp theo thời gian đóng BHXH',
      benefitEn: 'the insurance-service allowance',
      reasonVi: '10 năm đóng BHXH',
      reasonEn: '10 years of insurance',
    });
    expect(notEligible?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2' });
  });

  it('Annex II without the conditions of point c: the one-time allowance only, and why', () => {
    const result = leavingBenefits({ ...base, monthsToRetirement: 48, insuranceMonths: 240, annex: 'II', personId: 'p2' });
    expect(expectValue(result).lines.map((line) => line.item)).toEqual(['one-time']);
    const notEligible = result.issues.find((issue) => issue.code === 'benefit_not_eligible');
    expect(notEligible?.params).toStrictEqual({
      personId: 'p2',
      benefitVi: 'trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH',
      benefitEn: 'the per-year and insurance allowances',
      reasonVi: 'nghỉ sớm 48 tháng, Phụ lục II, không đủ điều kiện tại điểm c',
      reasonEn: '48 months early, Annex II without the conditions of point c',
    });
    expect(notEligible?.personIds).toEqual(['p2']);
  });

  it('resignation: severance, the per-insurance-year allowance and the job-search allowance', () => {
    const value = expectValue(leavingBenefits({ ...base, kind: 'resignation', insuranceMonths: 150 }));
    expect(value.lines.map(({ item, label, inputs, salaryMonths }) => ({ item, label, inputs, salaryMonths }))).toStrictEqual([
      {
        item: 'severance',
        label: { vi: 'Trợ cấp thôi việc theo số tháng công tác', en: 'Severance for the months of service' },
        inputs: { severanceMonths: 150, countedMonths: 60, perMonth: '0.8', withinFirst12Months: true },
        salaryMonths: '48',
      },
      {
        item: 'per-insurance-year',
        label: { vi: 'Trợ cấp cho mỗi năm đóng bảo hiểm xã hội', en: 'Allowance per year of social insurance' },
        inputs: { insuranceMonths: 150, insuranceYears: '12.5', perYear: '1.5' },
        salaryMonths: '18.75',
      },
      {
        item: 'job-search',
        label: { vi: 'Trợ cấp để tìm việc làm', en: 'Allowance to find work' },
        inputs: { months: '3', category: 'civilServant' },
        salaryMonths: '3',
      },
    ]);
  });
});

describe('formatSalaryMonths', () => {
  it.each([
    [0, '0'],
    [100, '1'],
    [1250, '12.5'],
    [1205, '12.05'],
    [1200, '12'],
    [5, '0.05'],
    [50, '0.5'],
    [1875, '18.75'],
  ])('%d hundredths are %j salary months', (hundredths, text) => {
    expect(formatSalaryMonths(hundredths)).toBe(text);
  });
});

describe('leavingBenefits: a bad count names its field', () => {
  it.each([
    ['monthsToRetirement', { monthsToRetirement: -1 }],
    ['severanceMonths', { severanceMonths: 1.5 }],
    ['averageMonthlySalary', { averageMonthlySalary: -5 }],
  ] as const)('%s', (field, overrides) => {
    expect(() => leavingBenefits({ ...base, insuranceMonths: 240, monthsToRetirement: 36, ...overrides })).toThrow(
      new RegExp(`^\\[tinh-gon\\] leaver\\.${field} must be a non-negative safe integer`),
    );
  });
});

describe('leavingBenefits: the notes that say why a benefit does not apply', () => {
  const resignation = { ...base, kind: 'resignation', insuranceMonths: 150 } as const;

  it('resignation with less than 24 months to retirement age is an error that points to early retirement', () => {
    const result = leavingBenefits({ ...resignation, monthsToRetirement: 23 });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([['benefit_not_eligible', 'error']]);
    expect(result.issues[0]?.params).toStrictEqual({
      personId: '?',
      benefitVi: 'chế độ thôi việc',
      benefitEn: 'resignation benefits',
      reasonVi: 'còn dưới 24 tháng đến tuổi nghỉ hưu: áp dụng chế độ nghỉ hưu trước tuổi',
      reasonEn: 'less than 24 months to retirement age: early retirement applies',
    });
    expect(result.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '9' });
  });

  it('resignation at exactly 24 months, or with the months unknown, is paid', () => {
    expect(leavingBenefits({ ...resignation, monthsToRetirement: 24 }).ok).toBe(true);
    expect(leavingBenefits({ ...resignation }).ok).toBe(true);
  });

  it('early retirement under 24 months: a pension without reduction instead of the per-year and insurance allowances (info)', () => {
    const result = leavingBenefits({ ...base, insuranceMonths: 150, monthsToRetirement: 20 });
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.params])).toStrictEqual([
      [
        'benefit_not_eligible',
        'info',
        {
          personId: '?',
          benefitVi: 'trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH',
          benefitEn: 'the per-year and insurance allowances',
          reasonVi: 'nghỉ sớm dưới 24 tháng: hưởng lương hưu không bị trừ tỷ lệ',
          reasonEn: 'less than 24 months early: pension without reduction instead',
        },
      ],
    ]);
  });
});
