import { describe, expect, it } from 'vitest';
import { type Leaver, leavingBenefits, } from '../../../src/staffing/index.js';
import { isoDate } from '../../../src/core/index.js';
import { expectFailure, expectValue, flat } from '../support/result.js';

const SALARY = 10_000_000;
const reorganised = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: SALARY,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
} as const satisfies Partial<Leaver>;

describe('leavingBenefits: early retirement, Decree 178/2024 as amended by 67/2025 (legal-facts §3.3 fixtures)', () => {
  it.each([
    // name, leaver overrides, lines [item, salary-months], total salary-months
    ['fixture 1: 36 months early, 25 years insurance, within 12 months', { monthsToRetirement: 36, insuranceMonths: 300 }, [['one-time', '36'], ['per-year-early', '15'], ['insurance-service', '7.5']], '58.5'],
    ['fixture 1 from month 13: the one-time allowance halves', { monthsToRetirement: 36, insuranceMonths: 300, leavingDate: isoDate('2026-04-01') }, [['one-time', '18'], ['per-year-early', '15'], ['insurance-service', '7.5']], '40.5'],
    ['fixture 2: 84 months early, 30 years insurance', { monthsToRetirement: 84, insuranceMonths: 360 }, [['one-time', '54'], ['per-year-early', '28'], ['insurance-service', '10']], '92'],
    ['fixture 2 from month 13: 0.45 × 60', { monthsToRetirement: 84, insuranceMonths: 360, leavingDate: isoDate('2026-05-01') }, [['one-time', '27'], ['per-year-early', '28'], ['insurance-service', '10']], '65'],
    ['fixture 3: 18 months early, no B or C', { monthsToRetirement: 18, insuranceMonths: 360 }, [['one-time', '18']], '18'],
    ['under 2 years, from month 13: still the first-12-months amount', { monthsToRetirement: 18, insuranceMonths: 360, leavingDate: isoDate('2026-06-01') }, [['one-time', '18']], '18'],
    ['odd insurance months 1–6 count half a year', { monthsToRetirement: 36, insuranceMonths: 303 }, [['one-time', '36'], ['per-year-early', '15'], ['insurance-service', '7.75']], '58.75'],
    ['odd insurance months 7–11 count a full year', { monthsToRetirement: 36, insuranceMonths: 307 }, [['one-time', '36'], ['per-year-early', '15'], ['insurance-service', '8']], '59'],
    ['part-years early are dropped (full 12-month years)', { monthsToRetirement: 47, insuranceMonths: 240 }, [['one-time', '47'], ['per-year-early', '15'], ['insurance-service', '5']], '67'],
    ['the 15-year alternative of Decree 67 for 15–20 years of insurance', { monthsToRetirement: 36, insuranceMonths: 17 * 12 }, [['one-time', '36'], ['per-year-early', '15'], ['insurance-service', '5']], '56'],
    ['Annex II with the point c conditions', { monthsToRetirement: 48, insuranceMonths: 240, annex: 'II', annexIIConditionsMet: true }, [['one-time', '48'], ['per-year-early', '20'], ['insurance-service', '5']], '73'],
  ] as const)('%s', (_name, overrides, lines, total) => {
    const result = flat(leavingBenefits({ ...reorganised, ...overrides }));
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual(lines);
    expect(result.salaryMonths).toBe(total);
    expect(result.total).toBe(result.lines.reduce((sum, line) => sum + line.amount, 0));
    expect(result.total).toBe(Math.round(Number(total) * SALARY));
  });

  it('cites the article, clause and point behind each line', () => {
    const result = flat(leavingBenefits({ ...reorganised, monthsToRetirement: 84, insuranceMonths: 360 }));
    expect(result.ruleId).toBe('benefits.early-retirement.reorganisation');
    expect(result.lines.map((line) => line.citation)).toEqual([
      { instrumentId: '178/2024/NĐ-CP', article: '7', clause: '1' },
      { instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'b' },
      { instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2' },
    ]);
    expect(result.lines[1]?.inputs).toMatchObject({ monthsEarly: 84, fullYears: 7, monthsPerYear: '4' });
  });

  it('says when part-years are dropped, and when a person is under 2 years from retirement', () => {
    expect(flat(leavingBenefits({ ...reorganised, monthsToRetirement: 47, insuranceMonths: 240 })).issues.map((i) => i.code)).toEqual(['benefit_part_year_dropped']);
    const short = flat(leavingBenefits({ ...reorganised, monthsToRetirement: 18, insuranceMonths: 240, personId: 'p' }));
    expect(short.issues.map((i) => [i.code, i.severity])).toEqual([['benefit_not_eligible', 'info']]);
    expect(short.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'd' });
    expect(short.ok).toBe(true);
  });

  it('before Decree 67 (2025-03-15) there is no 15-year alternative', () => {
    const result = flat(leavingBenefits({ ...reorganised, leavingDate: isoDate('2025-03-01'), decisionDate: isoDate('2025-01-15'), monthsToRetirement: 36, insuranceMonths: 17 * 12 }));
    expect(result.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7' });
    expect(result.lines.map((line) => line.item)).toEqual(['one-time', 'per-year-early']);
    expect(result.issues.map((i) => i.code)).toEqual(['benefit_not_eligible']);
  });

  it('Annex II without the point c conditions gets no per-year allowance', () => {
    const result = flat(leavingBenefits({ ...reorganised, monthsToRetirement: 48, insuranceMonths: 240, annex: 'II' }));
    expect(result.lines.map((line) => line.item)).toEqual(['one-time']);
    expect(result.issues[0]?.message.en).toContain('without the conditions of point c');
  });

  it('more than 10 years early is not covered: a failure, not an empty breakdown worth 0', () => {
    const result = leavingBenefits({ ...reorganised, monthsToRetirement: 121, insuranceMonths: 240 });
    expect('lines' in result).toBe(false);
    expect(expectFailure(result).map((i) => i.code)).toEqual(['benefit_not_eligible', 'benefit_not_eligible']);
    expect(result.issues.map((i) => i.severity)).toEqual(['error', 'error']);
    expect(result.issues.map((i) => i.citation)).toEqual([
      { instrumentId: '178/2024/NĐ-CP', article: '7', clause: '1' },
      { instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2' },
    ]);
  });

  it('a missing decision date is an issue, not a guess', () => {
    const { decisionDate: _omit, ...rest } = reorganised;
    const result = leavingBenefits({ ...rest, monthsToRetirement: 36, insuranceMonths: 300 });
    expect(result.ok).toBe(false);
    expect(expectFailure(result).map((i) => i.code)).toEqual(['benefit_missing_input']);
  });

  it('before 2025 there is no reorganisation regime: rule_not_in_force', () => {
    const result = leavingBenefits({ ...reorganised, leavingDate: isoDate('2024-12-31'), monthsToRetirement: 36, insuranceMonths: 300 });
    expect(result.ok).toBe(false);
    expect(expectFailure(result)[0]?.code).toBe('rule_not_in_force');
    expect(expectValue(leavingBenefits({ ...reorganised, leavingDate: isoDate('2025-01-01'), decisionDate: isoDate('2025-01-01'), monthsToRetirement: 36, insuranceMonths: 300 })).ruleId).toBe('benefits.early-retirement.reorganisation');
  });

  it('rounds each line to whole đồng as asked', () => {
    const odd = { ...reorganised, monthlySalary: 10_000_001, monthsToRetirement: 36, insuranceMonths: 303 };
    // 7.75 × 10 000 001 = 77 500 007.75
    expect(flat(leavingBenefits(odd)).lines[2]?.amount).toBe(77_500_008);
    expect(flat(leavingBenefits(odd, { rounding: 'down' })).lines[2]?.amount).toBe(77_500_007);
  });
});

describe('leavingBenefits: Articles 7a and 7b (Decree 67/2025)', () => {
  it('7a: the 12 months run from 2025-03-15', () => {
    const within = flat(leavingBenefits({ ...reorganised, group: 'restructuring', monthsToRetirement: 36, insuranceMonths: 300, leavingDate: isoDate('2026-03-14') }));
    const later = flat(leavingBenefits({ ...reorganised, group: 'restructuring', monthsToRetirement: 36, insuranceMonths: 300, leavingDate: isoDate('2026-03-15') }));
    expect(within.salaryMonths).toBe('58.5');
    expect(later.salaryMonths).toBe('40.5');
    expect(later.lines[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7a' });
  });

  it('7b: no split between the first 12 months and later', () => {
    const result = flat(leavingBenefits({ ...reorganised, group: 'not-reelected', monthsToRetirement: 36, insuranceMonths: 300, leavingDate: isoDate('2027-01-01') }));
    expect(result.salaryMonths).toBe('58.5');
    expect(result.lines[0]?.citation.article).toBe('7b');
  });
});

describe('leavingBenefits: resignation', () => {
  const resigning = { kind: 'resignation', category: 'civilServant', monthlySalary: SALARY, leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01') } as const;

  it.each([
    ['civil servant, 12 years insurance, within 12 months (fixture: 69 S)', { insuranceMonths: 144 }, [['severance', '48'], ['per-insurance-year', '18'], ['job-search', '3']], '69'],
    ['from month 13: 0.4 × months', { insuranceMonths: 144, leavingDate: isoDate('2026-04-01') }, [['severance', '24'], ['per-insurance-year', '18'], ['job-search', '3']], '45'],
    ['public employee: no job-search months (unemployment insurance)', { insuranceMonths: 144, category: 'publicEmployee' }, [['severance', '48'], ['per-insurance-year', '18']], '66'],
    ['under 5 years: the actual months', { insuranceMonths: 40 }, [['severance', '32'], ['per-insurance-year', '5.25'], ['job-search', '3']], '40.25'],
  ] as const)('%s', (_name, overrides, lines, total) => {
    const result = flat(leavingBenefits({ ...resigning, ...overrides }));
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual(lines);
    expect(result.salaryMonths).toBe(total);
  });

  it('cites Art. 9 for civil servants and Art. 10 for public employees', () => {
    expect(flat(leavingBenefits({ ...resigning, insuranceMonths: 144 })).lines.map((line) => line.citation)).toEqual([
      { instrumentId: '178/2024/NĐ-CP', article: '9', clause: '1' },
      { instrumentId: '178/2024/NĐ-CP', article: '9', clause: '2' },
      { instrumentId: '178/2024/NĐ-CP', article: '9', clause: '4' },
    ]);
    expect(flat(leavingBenefits({ ...resigning, category: 'publicEmployee', insuranceMonths: 144 })).lines[0]?.citation.article).toBe('10');
  });

  it('refuses resignation under Art. 9 within 2 years of retirement age', () => {
    const result = leavingBenefits({ ...resigning, insuranceMonths: 144, monthsToRetirement: 20 });
    expect('lines' in result).toBe(false);
    expect(expectFailure(result)[0]?.code).toBe('benefit_not_eligible');
    expect(result.issues[0]?.severity).toBe('error');
    expect(result.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '9' });
  });

  it('needs the decision date to split 0.8 / 0.4', () => {
    expect(expectFailure(leavingBenefits({ kind: 'resignation', category: 'cadre', monthlySalary: SALARY, leavingDate: isoDate('2025-06-01'), insuranceMonths: 12 }))[0]?.code).toBe('benefit_missing_input');
  });
});

describe('leavingBenefits: streamlining regimes by date (Decree 29/2023, then 154/2025)', () => {
  const streamlined = { group: 'streamlining', category: 'publicEmployee', monthlySalary: SALARY, insuranceMonths: 300, monthsToRetirement: 36 } as const;

  it.each([
    ['2021-05-01', 'early-retirement', '108/2014/NĐ-CP', [['per-year-early', '9'], ['insurance-service', '7.5']]],
    ['2023-07-19', 'resignation', '108/2014/NĐ-CP', [['per-insurance-year', '37.5'], ['job-search', '3']]],
    ['2024-05-01', 'early-retirement', '29/2023/NĐ-CP', [['per-year-early', '9'], ['insurance-service', '7.5']]],
    ['2025-06-15', 'early-retirement', '29/2023/NĐ-CP', [['per-year-early', '9'], ['insurance-service', '7.5']]],
    ['2025-06-16', 'early-retirement', '154/2025/NĐ-CP', [['per-year-early', '15'], ['insurance-service', '7.5']]],
    ['2024-05-01', 'resignation', '29/2023/NĐ-CP', [['per-insurance-year', '37.5'], ['job-search', '3']]],
    ['2025-07-01', 'resignation', '154/2025/NĐ-CP', [['per-insurance-year', '37.5'], ['job-search', '3']]],
  ] as const)('on %s, %s follows %s', (date, kind, instrumentId, lines) => {
    const result = flat(leavingBenefits({ ...streamlined, kind, leavingDate: isoDate(date), averageMonthlySalary: 9_000_000 }));
    expect(result.citation?.instrumentId).toBe(instrumentId);
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual(lines);
  });

  it('Decree 29/2023 pays early retirement on the 60-month average salary', () => {
    const result = flat(leavingBenefits({ ...streamlined, kind: 'early-retirement', leavingDate: isoDate('2024-05-01'), averageMonthlySalary: 9_000_000 }));
    expect(result.salary).toBe(9_000_000);
    expect(result.total).toBe(16.5 * 9_000_000);
    const missing = expectFailure(leavingBenefits({ ...streamlined, kind: 'early-retirement', leavingDate: isoDate('2024-05-01') }));
    expect(missing[0]?.params).toMatchObject({ input: 'averageMonthlySalary' });
  });

  it('Decree 154/2025 pays 5 months for 15 to under 20 years of insurance', () => {
    const result = flat(leavingBenefits({ ...streamlined, kind: 'early-retirement', insuranceMonths: 16 * 12, leavingDate: isoDate('2025-07-01') }));
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual([['per-year-early', '15'], ['insurance-service', '5']]);
  });

  it('before Decree 108/2014 there is no version: rule_not_in_force', () => {
    expect(expectFailure(leavingBenefits({ ...streamlined, kind: 'resignation', leavingDate: isoDate('2014-01-01') }))[0]?.code).toBe('rule_not_in_force');
  });
});

describe('leavingBenefits: Annex II under 2 years from retirement', () => {
  it('cites Art. 7(2)(đ), not (d), for the pension without reduction', () => {
    const result = flat(leavingBenefits({ ...reorganised, insuranceMonths: 300, annex: 'II', annexIIConditionsMet: true, monthsToRetirement: 18, personId: 'p2' }));
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual([['one-time', '18']]);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([['benefit_not_eligible', 'info']]);
    expect(result.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'đ' });
    expect(result.issues[0]?.personIds).toEqual(['p2']);
    expect(result.ok).toBe(true);
  });
});
