import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import { defaultRulebook, type Rule, type Rulebook } from '../../../src/rules/index.js';
import { type Leaver, leavingBenefits } from '../../../src/staffing/index.js';
import { codesOf, expectFailure, flat } from '../support/result.js';

const reorganised = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: 10_000_000,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
  insuranceMonths: 300,
} as const satisfies Partial<Leaver>;

describe('leavingBenefits: the 24-month lines of NĐ 178 (Art. 7(2)(d), Art. 7(1) and Art. 9)', () => {
  it.each([
    // months early, lines, the first issue
    [23, [['one-time', '23']], ['benefit_not_eligible', 'info']],
    [24, [['one-time', '24'], ['per-year-early', '10'], ['insurance-service', '7.5']], undefined],
    [60, [['one-time', '60'], ['per-year-early', '25'], ['insurance-service', '7.5']], undefined],
    [61, [['one-time', '54'], ['per-year-early', '20'], ['insurance-service', '7.5']], ['benefit_part_year_dropped', 'info']],
    [120, [['one-time', '54'], ['per-year-early', '40'], ['insurance-service', '7.5']], undefined],
  ] as const)('%i months early (Annex I)', (monthsToRetirement, lines, issue) => {
    const result = flat(leavingBenefits({ ...reorganised, monthsToRetirement }));
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual(lines);
    expect(result.issues[0] === undefined ? undefined : [result.issues[0].code, result.issues[0].severity]).toEqual(issue);
  });

  it('the one-time allowance halves from month 13 only from 24 months early', () => {
    const late = { ...reorganised, leavingDate: isoDate('2026-04-01') };
    expect(flat(leavingBenefits({ ...late, monthsToRetirement: 23 })).lines[0]?.salaryMonths).toBe('23');
    expect(flat(leavingBenefits({ ...late, monthsToRetirement: 24 })).lines[0]?.salaryMonths).toBe('12');
    // the 12 months end the day before the anniversary
    expect(flat(leavingBenefits({ ...reorganised, leavingDate: isoDate('2026-03-31'), monthsToRetirement: 24 })).lines[0]?.salaryMonths).toBe('24');
  });

  it('refuses resignation at 23 months from retirement age, pays it at 24', () => {
    const resigning = { ...reorganised, kind: 'resignation', insuranceMonths: 144 } as const;
    expect(codesOf(expectFailure(leavingBenefits({ ...resigning, monthsToRetirement: 23 })))).toEqual(['benefit_not_eligible']);
    expect(flat(leavingBenefits({ ...resigning, monthsToRetirement: 24 })).salaryMonths).toBe('69');
  });

  it('cites Art. 10 when a public employee is refused resignation benefits', () => {
    const refused = expectFailure(leavingBenefits({ ...reorganised, kind: 'resignation', category: 'publicEmployee', monthsToRetirement: 12 }));
    expect(refused[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '10' });
    expect(refused[0]?.message.en).toContain('less than 24 months to retirement age');
  });

  it('counts 6 odd insurance months as half a year and 7 as a full year', () => {
    const line = (insuranceMonths: number) => flat(leavingBenefits({ ...reorganised, monthsToRetirement: 36, insuranceMonths })).lines[2]?.salaryMonths;
    expect([line(306), line(307)]).toEqual(['7.75', '8']);
  });

  it('fails under streamlining below 2 years early: nothing is payable (NĐ 154/2025 has no one-time allowance)', () => {
    const result = leavingBenefits({ ...reorganised, group: 'streamlining', leavingDate: isoDate('2025-07-01'), monthsToRetirement: 23 });
    expect(codesOf(expectFailure(result))).toEqual(['benefit_not_eligible']);
    expect(result.issues[0]).toMatchObject({ severity: 'error', citation: { instrumentId: '154/2025/NĐ-CP' } });
  });
});

describe('leavingBenefits: the law is in the rule, not in the code', () => {
  /** A hypothetical later decree: 6 months a year from 36 months early, a 36-month line, other articles. */
  const hypothetical: Rule = {
    id: 'benefits.early-retirement.reorganisation',
    type: 'early-retirement-benefit',
    topic: 'benefits',
    title: { vi: 'x', en: 'x' },
    versions: [
      {
        from: isoDate('2030-01-01'),
        params: {
          salaryBasis: 'current',
          oddMonthsAsHalfYear: 0,
          oneTime: { bands: [{ minMonths: 1, maxMonths: 60, annex: 'any', perMonth: 150 }], citation: { instrumentId: '178/2024/NĐ-CP', article: '70', clause: '1' } },
          perYearEarly: [{ annex: 'I', minMonths: 36, maxMonths: 60, perYear: 600, citation: { instrumentId: '178/2024/NĐ-CP', article: '70', clause: '2', point: 'x' } }],
          pensionWithoutReduction: {
            belowMonths: 36,
            citationByAnnex: { I: { instrumentId: '178/2024/NĐ-CP', article: '70', point: 'y' }, II: { instrumentId: '178/2024/NĐ-CP', article: '70', point: 'z' } },
          },
          insurance: [{ minYears: 10, baseYears: 10, baseMonths: 300, perYearAfter: 100 }],
        },
        citation: { instrumentId: '178/2024/NĐ-CP', article: '70' },
      },
    ],
  };
  const rulebook: Rulebook = { instruments: defaultRulebook.instruments, rules: [hypothetical] };
  const later = { ...reorganised, leavingDate: isoDate('2030-06-01'), decisionDate: isoDate('2030-05-01') };

  it('reads coefficients, thresholds and citations from the version in force', () => {
    const result = flat(leavingBenefits({ ...later, monthsToRetirement: 48, insuranceMonths: 12 * 12 + 1 }, { rulebook }));
    expect(result.lines.map((line) => [line.item, line.salaryMonths, line.citation])).toEqual([
      ['one-time', '72', { instrumentId: '178/2024/NĐ-CP', article: '70', clause: '1' }],
      ['per-year-early', '24', { instrumentId: '178/2024/NĐ-CP', article: '70', clause: '2', point: 'x' }],
      // 12 years and 1 month: with oddMonthsAsHalfYear 0 any odd month is a full year → 13 years
      ['insurance-service', '6', { instrumentId: '178/2024/NĐ-CP', article: '70' }],
    ]);
  });

  it('moves the pension-without-reduction line to the version’s 36 months, citing its point', () => {
    const result = flat(leavingBenefits({ ...later, monthsToRetirement: 35 }, { rulebook }));
    expect(result.lines.map((line) => line.item)).toEqual(['one-time']);
    expect(result.issues[0]).toMatchObject({ code: 'benefit_not_eligible', severity: 'info', citation: { instrumentId: '178/2024/NĐ-CP', article: '70', point: 'y' } });
    expect(result.issues[0]?.message.en).toContain('less than 36 months early');
    const annexII = flat(leavingBenefits({ ...later, monthsToRetirement: 35, annex: 'II' }, { rulebook }));
    expect(annexII.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '70', point: 'z' });
  });

  it('names the band’s own point when Annex II conditions are missing, or Annex II when the band has none', () => {
    const withPoint = flat(leavingBenefits({ ...reorganised, monthsToRetirement: 48, annex: 'II' }));
    expect(withPoint.issues[0]?.message).toEqual({
      vi: 'Người ? không thuộc trường hợp hưởng trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH: nghỉ sớm 48 tháng, Phụ lục II, không đủ điều kiện tại điểm c',
      en: 'Person ? is not eligible for the per-year and insurance allowances: 48 months early, Annex II without the conditions of point c',
    });
    const noPoint: Rule = {
      ...hypothetical,
      versions: [{ ...hypothetical.versions[0]!, params: { ...(hypothetical.versions[0]!.params as object), perYearEarly: [{ annex: 'II', minMonths: 36, maxMonths: 60, perYear: 600, requiresAnnexIIConditions: true }] } } as never],
    } as unknown as Rule;
    const generic = flat(leavingBenefits({ ...later, monthsToRetirement: 48, annex: 'II' }, { rulebook: { instruments: defaultRulebook.instruments, rules: [noPoint] } }));
    expect(generic.issues[0]?.message).toEqual({
      vi: 'Người ? không thuộc trường hợp hưởng trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH: nghỉ sớm 48 tháng, Phụ lục II, không đủ điều kiện của Phụ lục II',
      en: 'Person ? is not eligible for the per-year and insurance allowances: 48 months early, Annex II without the Annex II conditions',
    });
    expect(generic.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '70' });
  });
});

describe('leavingBenefits: why an early retiree gets no per-year or one-time allowance (NĐ 178 Art. 7)', () => {
  const perYear = 'Người ? không thuộc trường hợp hưởng trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH: ';
  const perYearEn = 'Person ? is not eligible for the per-year and insurance allowances: ';
  const oneTime = 'Người ? không thuộc trường hợp hưởng trợ cấp hưu trí một lần: ';
  const oneTimeEn = 'Person ? is not eligible for the one-time allowance: ';
  const clause2 = { instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2' };
  it.each([
    // exactly 2 years early is not "dưới 2 năm": Annex II without its conditions gets no pension line (Art. 7(2)(đ))
    [24, 'II', [['warning', `${perYear}nghỉ sớm 24 tháng, Phụ lục II, không đủ điều kiện tại điểm c`, `${perYearEn}24 months early, Annex II without the conditions of point c`, clause2]]],
    // under the line, (đ) keeps the pension whole only "with the conditions in (c)"
    [23, 'II', [['warning', `${perYear}nghỉ sớm 23 tháng, Phụ lục II, không đủ điều kiện tại điểm đ`, `${perYearEn}23 months early, Annex II without the conditions of point đ`, { ...clause2, point: 'đ' }]]],
    // beyond every band of the one-time allowance and of the per-year allowance
    [
      130,
      'I',
      [
        ['error', `${oneTime}nghỉ sớm 130 tháng, Phụ lục I`, `${oneTimeEn}130 months early, Annex I`, { ...clause2, clause: '1' }],
        ['error', `${perYear}nghỉ sớm 130 tháng, Phụ lục I`, `${perYearEn}130 months early, Annex I`, clause2],
      ],
    ],
    [
      61,
      'II',
      [
        ['error', `${oneTime}nghỉ sớm 61 tháng, Phụ lục II`, `${oneTimeEn}61 months early, Annex II`, { ...clause2, clause: '1' }],
        ['error', `${perYear}nghỉ sớm 61 tháng, Phụ lục II`, `${perYearEn}61 months early, Annex II`, clause2],
      ],
    ],
  ] as const)('%i months early, Annex %s, conditions not met', (monthsToRetirement, annex, expected) => {
    const result = leavingBenefits({ ...reorganised, monthsToRetirement, annex, annexIIConditionsMet: false });
    expect(result.issues.map((issue) => [issue.severity, issue.message.vi, issue.message.en, issue.citation])).toEqual(expected);
  });

  it.each([
    ['I', undefined],
    ['II', true],
  ] as const)('23 months early, Annex %s (conditions %s): the pension is not reduced, instead of (B) and (C)', (annex, annexIIConditionsMet) => {
    const result = leavingBenefits({ ...reorganised, monthsToRetirement: 23, annex, ...(annexIIConditionsMet === undefined ? {} : { annexIIConditionsMet }) });
    expect(result.issues.map((issue) => [issue.severity, issue.message.vi, issue.message.en, issue.citation])).toEqual([
      ['info', `${perYear}nghỉ sớm dưới 24 tháng: hưởng lương hưu không bị trừ tỷ lệ`, `${perYearEn}less than 24 months early: pension without reduction instead`, { ...clause2, point: annex === 'I' ? 'd' : 'đ' }],
    ]);
  });

  it('a rule without the Annex II condition on its pension line keeps the pension whole for any Annex II leaver', () => {
    const rule = defaultRulebook.rules.find((candidate) => candidate.id === 'benefits.early-retirement.reorganisation') as Rule;
    const lenient = {
      ...rule,
      versions: (rule.versions as readonly { readonly params: unknown }[]).map((version) => {
        const params = version.params as { pensionWithoutReduction?: Record<string, unknown> };
        if (params.pensionWithoutReduction === undefined) return version;
        const { annexIIRequiresConditions: _dropped, ...pension } = params.pensionWithoutReduction;
        return { ...version, params: { ...params, pensionWithoutReduction: pension } };
      }),
    } as unknown as Rule;
    const rulebook: Rulebook = { instruments: defaultRulebook.instruments, rules: defaultRulebook.rules.map((candidate) => (candidate.id === rule.id ? lenient : candidate)) };
    const result = leavingBenefits({ ...reorganised, monthsToRetirement: 23, annex: 'II', annexIIConditionsMet: false }, { rulebook });
    expect(result.issues.map((issue) => [issue.severity, issue.citation?.point])).toEqual([['info', 'đ']]);
  });
});
