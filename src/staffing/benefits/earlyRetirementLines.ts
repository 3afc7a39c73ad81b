import type { Bilingual } from '../../core/Bilingual.js';
import type { Citation } from '../../core/Citation.js';
import type { Rounding } from '../../core/divideRounded.js';
import { createIssue } from '../../report/createIssue.js';
import type { RuleParams } from '../../rules/Rule.js';
import type { LeaverNotes } from './context.js';
import type { BenefitLine, Leaver, LeavingBenefitsOptions } from './Leaver.js';
import { formatSalaryMonths, insuranceHalfYears, priceLine } from './salaryMonths.js';

type EarlyParams = RuleParams<'early-retirement-benefit'>;
type InsuranceBand = EarlyParams['insurance'][number];

/**
 * What early-retirement lines are computed from: the version's params and citation, the salary,
 * the rounding, the reading of unsettled texts and whether the person leaves in the first 12 months.
 * @internal
 */
export interface EarlyRetirementInput {
  readonly params: EarlyParams;
  readonly citation: Citation;
  readonly ruleId: string;
  readonly salary: number;
  readonly rounding: Rounding;
  readonly reading: NonNullable<LeavingBenefitsOptions['alternative15YearsScope']>;
  readonly withinFirstYear: boolean;
}

const ONE_TIME: Bilingual = { vi: 'trợ cấp hưu trí một lần', en: 'the one-time allowance' };
const PER_YEAR_AND_INSURANCE: Bilingual = { vi: 'trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH', en: 'the per-year and insurance allowances' };
const INSURANCE: Bilingual = { vi: 'trợ cấp theo thời gian đóng BHXH', en: 'the insurance-service allowance' };
const MONTHS_PER_YEAR = 12;

function line(input: EarlyRetirementInput, item: BenefitLine['item'], label: Bilingual, hundredths: number, inputs: BenefitLine['inputs'], citation: Citation): BenefitLine {
  return {
    item,
    label,
    salaryMonths: formatSalaryMonths(hundredths),
    hundredths,
    amount: priceLine(input.salary, hundredths, input.rounding),
    inputs,
    citation,
  };
}

/** (A) The one-time allowance for the months retired early, or why there is none. */
function oneTimeLine(input: EarlyRetirementInput, months: number, annex: 'I' | 'II', notes: LeaverNotes): BenefitLine | undefined {
  const oneTime = input.params.oneTime;
  if (oneTime === undefined) return undefined;
  const citation = oneTime.citation ?? input.citation;
  const band = oneTime.bands.find(
    (candidate) => candidate.minMonths <= months && months <= candidate.maxMonths && (candidate.annex === 'any' || candidate.annex === annex),
  );
  if (band === undefined) {
    notes.notEligible(ONE_TIME, { vi: `nghỉ sớm ${months} tháng, Phụ lục ${annex}`, en: `${months} months early, Annex ${annex}` }, citation);
    return undefined;
  }
  const full = band.flat ?? (band.perMonth ?? 0) * months;
  const split = oneTime.laterPercent !== undefined && !(oneTime.noSplitBelowMonths !== undefined && months < oneTime.noSplitBelowMonths);
  const percent = split && !input.withinFirstYear ? (oneTime.laterPercent as number) : 100;
  // Hundredths of a month: full × percent / 100, whole hundredths (the coefficients make it exact).
  const hundredths = Math.floor((full * percent) / 100);
  return line(
    input,
    'one-time',
    { vi: 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm', en: 'One-time allowance for the months retired early' },
    hundredths,
    {
      monthsEarly: months,
      ...(band.flat === undefined ? { perMonth: formatSalaryMonths(band.perMonth ?? 0) } : { flatMonths: formatSalaryMonths(band.flat) }),
      percentPaid: percent,
      withinFirst12Months: input.withinFirstYear,
    },
    citation,
  );
}

/** The insurance band that applies to a number of half-years under the reading, the most favourable first. */
function insuranceBand(bands: readonly InsuranceBand[], halfYears: number, reading: EarlyRetirementInput['reading']) {
  let best: { band: InsuranceBand; hundredths: number } | undefined;
  for (const band of bands) {
    if (band.reading !== undefined && band.reading !== reading) continue;
    if (halfYears < 2 * band.minYears || (band.belowYears !== undefined && halfYears >= 2 * band.belowYears)) continue;
    const extraHalfYears = Math.max(0, halfYears - 2 * band.baseYears);
    const hundredths = band.baseMonths + (extraHalfYears * band.perYearAfter) / 2;
    if (best === undefined || hundredths > best.hundredths) best = { band, hundredths };
  }
  return best;
}

/**
 * The early-retirement lines of a leaver under a rule version: (A) the one-time allowance,
 * (B) the allowance per full year early and (C) the insurance-service allowance, each citing the
 * article, clause and point the params give. A person too close to retirement for (B) and (C)
 * gets an info citing the pension-without-reduction point; a missing band is a warning.
 *
 * @param input - Params, salary, rounding, reading, first-12-months flag.
 * @param leaver - The leaver (months to retirement required).
 * @param notes - Where the person's issues go.
 * @returns The lines (possibly none).
 * @example
 * ```ts
 * earlyRetirementLines(input, leaver, notes).map((line) => line.salaryMonths); //=> ['36', '15', '7.5']
 * ```
 * @internal
 */
export function earlyRetirementLines(input: EarlyRetirementInput, leaver: Leaver, notes: LeaverNotes): BenefitLine[] {
  const { params } = input;
  const months = leaver.monthsToRetirement as number;
  const annex = leaver.annex ?? 'I';
  const lines: BenefitLine[] = [];
  const oneTime = oneTimeLine(input, months, annex, notes);
  if (oneTime !== undefined) lines.push(oneTime);
  // (B) and (C) only in the bands of the per-year allowance.
  const general = params.perYearCitation ?? input.citation;
  const yearBand = params.perYearEarly.find((candidate) => candidate.annex === annex && candidate.minMonths <= months && months <= candidate.maxMonths);
  const conditionsMissing = yearBand?.requiresAnnexIIConditions === true && leaver.annexIIConditionsMet !== true;
  if (yearBand === undefined || conditionsMissing) {
    const pension = params.pensionWithoutReduction;
    const under = pension !== undefined && months < pension.belowMonths;
    // Art. 7(2)(đ): an Annex II leaver under the line keeps the pension whole only with the conditions in (c)
    const pensionConditionsMissing = under && annex === 'II' && pension.annexIIRequiresConditions === true && leaver.annexIIConditionsMet !== true;
    if (under && !pensionConditionsMissing) {
      notes.notEligible(
        PER_YEAR_AND_INSURANCE,
        {
          vi: `nghỉ sớm dưới ${pension.belowMonths} tháng: hưởng lương hưu không bị trừ tỷ lệ`,
          en: `less than ${pension.belowMonths} months early: pension without reduction instead`,
        },
        pension.citationByAnnex[annex],
        'info',
      );
      return lines;
    }
    // the point whose conditions are missing: (đ) under the line, the band's own point above it
    const basis = pensionConditionsMissing ? pension.citationByAnnex.II : undefined;
    const point = basis === undefined ? yearBand?.citation?.point : basis.point;
    const without = !conditionsMissing && !pensionConditionsMissing
      ? { vi: '', en: '' }
      : point === undefined
        ? { vi: ', không đủ điều kiện của Phụ lục II', en: ' without the Annex II conditions' }
        : { vi: `, không đủ điều kiện tại điểm ${point}`, en: ` without the conditions of point ${point}` };
    notes.notEligible(
      PER_YEAR_AND_INSURANCE,
      { vi: `nghỉ sớm ${months} tháng, Phụ lục ${annex}${without.vi}`, en: `${months} months early, Annex ${annex}${without.en}` },
      basis ?? general,
    );
    return lines;
  }
  const fullYears = Math.floor(months / MONTHS_PER_YEAR);
  if (months % MONTHS_PER_YEAR !== 0) {
    notes.issues.push(createIssue('benefit_part_year_dropped', { params: { monthsEarly: months, fullYears }, ruleId: input.ruleId }));
  }
  lines.push(
    line(
      input,
      'per-year-early',
      { vi: 'Trợ cấp cho mỗi năm nghỉ hưu trước tuổi', en: 'Allowance per full year retired early' },
      yearBand.perYear * fullYears,
      { monthsEarly: months, fullYears, monthsPerYear: formatSalaryMonths(yearBand.perYear) },
      yearBand.citation ?? general,
    ),
  );
  const halfYears = insuranceHalfYears(leaver.insuranceMonths, params.oddMonthsAsHalfYear);
  const years = formatSalaryMonths(halfYears * 50);
  const found = insuranceBand(params.insurance, halfYears, input.reading);
  if (found === undefined) {
    notes.notEligible(INSURANCE, { vi: `${years} năm đóng BHXH`, en: `${years} years of insurance` }, params.insuranceCitation ?? input.citation);
    return lines;
  }
  const { band, hundredths } = found;
  const readsText = params.insurance.some((candidate) => candidate.reading !== undefined);
  lines.push(
    line(
      input,
      'insurance-service',
      { vi: 'Trợ cấp theo thời gian đóng bảo hiểm xã hội bắt buộc', en: 'Allowance for the years of compulsory social insurance' },
      hundredths,
      {
        insuranceMonths: leaver.insuranceMonths,
        insuranceYears: years,
        baseYears: band.baseYears,
        baseMonths: formatSalaryMonths(band.baseMonths),
        perYearAfter: formatSalaryMonths(band.perYearAfter),
        ...(readsText ? { alternative15YearsScope: input.reading } : {}),
      },
      band.citation ?? params.insuranceCitation ?? input.citation,
    ),
  );
  return lines;
}
