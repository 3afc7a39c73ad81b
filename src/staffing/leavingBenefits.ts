import type { StaffCategory } from '../model/roles.js';
import { createIssue } from '../report/createIssue.js';
import type { Bilingual } from '../core/Bilingual.js';
import type { Issue } from '../report/Issue.js';
import type { Citation } from '../core/Citation.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule, type RuleInForce, type RuleLookup } from '../rules/findRule.js';
import type { RuleParams, Rulebook } from '../rules/Rule.js';
import { addMonthsToIsoDate } from '../core/Interval.js';
import { type IsoDate, isIsoDate } from '../core/IsoDate.js';
import { assertCount, divideRounded, type Rounding } from '../core/divideRounded.js';

/**
 * Why a person leaves, which picks the regime: `reorganisation` (NĐ 178 Art. 7, 9, 10: directly
 * affected by the reorganisation), `restructuring` (Art. 7a, added by NĐ 67), `not-reelected`
 * (Art. 7b), `streamlining` (tinh giản biên chế: NĐ 29/2023, then NĐ 154/2025).
 *
 * @example
 * ```ts
 * const group: LeavingGroup = 'reorganisation';
 * ```
 * @category Staffing
 */
export type LeavingGroup = 'reorganisation' | 'restructuring' | 'not-reelected' | 'streamlining';

/**
 * A person who leaves: how (early retirement, nghỉ hưu trước tuổi, or resignation, thôi việc),
 * why, when, salary and service. Months are whole months; money is whole đồng.
 *
 * @example
 * ```ts
 * const leaver: Leaver = {
 *   personId: 'p1', kind: 'early-retirement', category: 'civilServant', monthlySalary: 10_000_000,
 *   leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01'),
 *   monthsToRetirement: 36, insuranceMonths: 300,
 * };
 * ```
 * @category Staffing
 */
export interface Leaver {
  readonly personId?: string;
  readonly kind: 'early-retirement' | 'resignation';
  /** Default `reorganisation`. */
  readonly group?: LeavingGroup;
  readonly category: StaffCategory;
  /** Current monthly salary (tiền lương tháng hiện hưởng: the month before leaving), whole đồng. */
  readonly monthlySalary: number;
  /** Average monthly salary of the last 60 months, whole đồng (Decree 29/2023). */
  readonly averageMonthlySalary?: number;
  /** The day the person leaves (the regime in force on that day applies). */
  readonly leavingDate: IsoDate;
  /** The day the reorganisation decision takes effect (thời điểm quyết định sắp xếp). */
  readonly decisionDate?: IsoDate;
  /** Months from leaving to retirement age (NĐ 135/2020 Annex I or II); required for early retirement. */
  readonly monthsToRetirement?: number;
  /** Which retirement-age annex the months count against (default `I`). */
  readonly annex?: 'I' | 'II';
  /** Annex II only: ≥15 years of hazardous work or in very difficult areas (Art. 7(2)(c)). */
  readonly annexIIConditionsMet?: boolean;
  /** Months of compulsory social insurance (BHXH) not yet paid out. */
  readonly insuranceMonths: number;
  /** Months of service counted for severance (default `insuranceMonths`). */
  readonly severanceMonths?: number;
}

/**
 * Options of {@link leavingBenefits} and {@link totalLeavingBenefits}.
 *
 * @example
 * ```ts
 * const options: LeavingBenefitsOptions = { rounding: 'nearest' };
 * ```
 * @category Staffing
 */
export interface LeavingBenefitsOptions {
  /** Default `defaultRulebook`. */
  readonly rulebook?: Rulebook;
  /** Rounding of each line to whole đồng (default `nearest`, half up). */
  readonly rounding?: Rounding;
}

/**
 * One line of a benefit breakdown: the salary-months, the amount, the inputs and the article.
 *
 * @example
 * ```ts
 * const line: BenefitLine = {
 *   item: 'job-search', label: { vi: 'Trợ cấp tìm việc', en: 'Job-search allowance' },
 *   salaryMonths: '3', hundredths: 300, amount: 30_000_000, inputs: { months: 3 },
 *   citation: { instrumentId: '178/2024/NĐ-CP', article: '9', clause: '4' },
 * };
 * ```
 * @category Staffing
 */
export interface BenefitLine {
  readonly item: 'one-time' | 'per-year-early' | 'insurance-service' | 'severance' | 'per-insurance-year' | 'job-search';
  readonly label: Bilingual;
  /** Months of salary, as an exact decimal string (`'7.5'`). */
  readonly salaryMonths: string;
  /** The same in hundredths of a month (750). */
  readonly hundredths: number;
  /** `salary × hundredths / 100`, rounded to whole đồng as the options say. */
  readonly amount: number;
  /** The formula's inputs. */
  readonly inputs: Readonly<Record<string, number | string | boolean>>;
  readonly citation: Citation;
}

/**
 * The benefits of one leaver: an itemised breakdown, the total in salary-months and in đồng.
 *
 * @example
 * ```ts
 * const result: LeavingBenefits = leavingBenefits(leaver);
 * result.salaryMonths; //=> '58.5'
 * ```
 * @category Staffing
 */
export interface LeavingBenefits {
  /** `false` when no regime is in force or an input the regime needs is missing. */
  readonly ok: boolean;
  readonly personId?: string;
  /** The rule applied and the version's main citation. */
  readonly ruleId?: string;
  readonly citation?: Citation;
  /** The salary the lines multiply (current or 60-month average), whole đồng. */
  readonly salary: number;
  readonly lines: readonly BenefitLine[];
  readonly salaryMonths: string;
  readonly hundredths: number;
  /** The sum of the lines' amounts (each line rounded on its own), whole đồng. */
  readonly total: number;
  readonly issues: readonly Issue[];
}

const MONTHS_PER_YEAR = 12;

/** Half-years of insurance: whole years, plus 1–6 odd months → ½ year, 7–11 → 1 year. */
function insuranceHalfYears(months: number): number {
  const odd = months % MONTHS_PER_YEAR;
  return 2 * ((months - odd) / MONTHS_PER_YEAR) + (odd === 0 ? 0 : odd <= 6 ? 1 : 2);
}

/**
 * Writes hundredths of a month as an exact decimal string.
 *
 * @param hundredths - Non-negative integer hundredths.
 * @returns For example `'58.5'` for 5850.
 * @example
 * ```ts
 * formatSalaryMonths(5850); //=> '58.5'
 * ```
 * @internal
 */
export function formatSalaryMonths(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const rest = hundredths % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

function ruleIdFor(leaver: Leaver): string {
  const group = leaver.group ?? 'reorganisation';
  if (leaver.kind === 'resignation') {
    return group === 'streamlining' ? 'benefits.resignation.streamlining' : 'benefits.resignation.reorganisation';
  }
  return `benefits.early-retirement.${group}`;
}

/** Memoised date checks and rule lookups, shared by the leavers of one call. */
interface Context {
  readonly rulebook: Rulebook;
  readonly rounding: Rounding;
  readonly validDates: Map<string, boolean>;
  readonly yearAfter: Map<string, IsoDate>;
  readonly lookups: Map<string, RuleLookup>;
}

function createContext(options: LeavingBenefitsOptions): Context {
  return {
    rulebook: options.rulebook ?? defaultRulebook,
    rounding: options.rounding ?? 'nearest',
    validDates: new Map(),
    yearAfter: new Map(),
    lookups: new Map(),
  };
}

function isDate(context: Context, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let valid = context.validDates.get(value);
  if (valid === undefined) {
    valid = isIsoDate(value);
    context.validDates.set(value, valid);
  }
  return valid;
}

function lookupRule(context: Context, ruleId: string, asOf: IsoDate, type: 'early-retirement-benefit' | 'resignation-benefit'): RuleLookup {
  const key = `${ruleId}|${asOf}`;
  let lookup = context.lookups.get(key);
  if (lookup === undefined) {
    lookup = findRule(context.rulebook, ruleId, asOf, { type });
    context.lookups.set(key, lookup);
  }
  return lookup;
}

function checkLeaver(leaver: Leaver, context: Context): void {
  if (leaver.kind !== 'early-retirement' && leaver.kind !== 'resignation') {
    throw new TypeError(`[tinh-gon] leaver.kind must be 'early-retirement' or 'resignation', received ${String(leaver.kind)}`);
  }
  const group = leaver.group ?? 'reorganisation';
  if (!['reorganisation', 'restructuring', 'not-reelected', 'streamlining'].includes(group)) {
    throw new TypeError(`[tinh-gon] leaver.group is unknown: ${String(group)}`);
  }
  assertCount(leaver.monthlySalary, 'leaver.monthlySalary');
  assertCount(leaver.insuranceMonths, 'leaver.insuranceMonths');
  if (leaver.averageMonthlySalary !== undefined) assertCount(leaver.averageMonthlySalary, 'leaver.averageMonthlySalary');
  if (leaver.severanceMonths !== undefined) assertCount(leaver.severanceMonths, 'leaver.severanceMonths');
  if (leaver.monthsToRetirement !== undefined) assertCount(leaver.monthsToRetirement, 'leaver.monthsToRetirement');
  if (!isDate(context, leaver.leavingDate)) throw new TypeError('[tinh-gon] leaver.leavingDate must be an ISO date');
  if (leaver.decisionDate !== undefined && !isDate(context, leaver.decisionDate)) {
    throw new TypeError('[tinh-gon] leaver.decisionDate must be an ISO date');
  }
  if (leaver.kind === 'early-retirement' && leaver.monthsToRetirement === undefined) {
    throw new TypeError('[tinh-gon] leaver.monthsToRetirement is required for early retirement');
  }
}

/**
 * The benefits a person receives on leaving, under the regime in force on the leaving date:
 * early retirement or resignation because of reorganisation (NĐ 178/2024 Art. 7, 7a, 7b, 9, 10 as
 * amended by NĐ 67/2025) or under staff streamlining (NĐ 29/2023 until 2025-06-15, NĐ 154/2025
 * from 2025-06-16). Every coefficient is counted exactly in hundredths of a month's salary; each
 * line is then multiplied by the salary and rounded to whole đồng.
 *
 * Early retirement (Art. 7): (A) a one-time allowance of 1.0 × months early (at most 5 years
 * early) or 0.9 × 60 months (5 to 10 years, Annex I), halved from month 13 after the decision
 * (not below 2 years early); (B) 5 months per full year early (2–5 years; 4 months for 5–10 years);
 * (C) 5 months for the first 20 years of insurance plus 0.5 a year after (NĐ 67: 4 months for the
 * first 15 years plus 0.5 a year, for 15 to under 20 years). Odd insurance months: 1–6 → ½ year,
 * 7–11 → 1 year. Years early count in full 12-month years (floor — an assumption, reported).
 * Resignation (Art. 9, 10): 0.8 × severance months (≤ 60; 0.4 from month 13), 1.5 months per
 * insurance year, and 3 months to find work for cadres and civil servants.
 *
 * @param leaver - The person, dates, salary and service.
 * @param options - `rulebook` (default `defaultRulebook`) and `rounding` (default `nearest`).
 * @returns The itemised breakdown with a citation on each line, totals and issues
 *   (`rule_not_in_force`, `benefit_not_eligible`, `benefit_missing_input`, `benefit_part_year_dropped`).
 * @throws {RangeError} When a salary or month count is not a non-negative safe integer.
 * @throws {TypeError} When `kind`, `group` or a date is invalid, or `monthsToRetirement` is
 *   missing for early retirement.
 * @example
 * ```ts
 * const result = leavingBenefits({
 *   kind: 'early-retirement', category: 'civilServant', monthlySalary: 10_000_000,
 *   leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01'),
 *   monthsToRetirement: 36, insuranceMonths: 300,
 * });
 * result.lines.map((line) => line.salaryMonths); //=> ['36', '15', '7.5']
 * result.total;                                   //=> 585_000_000
 * ```
 * @see 178/2024/NĐ-CP Art. 7, 9, 10; 67/2025/NĐ-CP Art. 1; 01/2025/TT-BNV Art. 3–6
 * @category Staffing
 */
export function leavingBenefits(leaver: Leaver, options: LeavingBenefitsOptions = {}): LeavingBenefits {
  return computeLeavingBenefits(leaver, createContext(options));
}

function computeLeavingBenefits(leaver: Leaver, context: Context): LeavingBenefits {
  checkLeaver(leaver, context);
  const rounding = context.rounding;
  const ruleId = ruleIdFor(leaver);
  const base = leaver.personId === undefined ? {} : { personId: leaver.personId };
  const empty = (issues: Issue[], salary = leaver.monthlySalary): LeavingBenefits => ({
    ok: false,
    ...base,
    salary,
    lines: [],
    salaryMonths: '0',
    hundredths: 0,
    total: 0,
    issues,
  });
  const issues: Issue[] = [];
  const personIds = leaver.personId === undefined ? {} : { personIds: [leaver.personId] };
  const notEligible: NotEligible = (benefit, reason, citation, severity) => {
    issues.push(
      createIssue('benefit_not_eligible', {
        ...(severity === undefined ? {} : { severity }),
        params: { personId: leaver.personId ?? '?', benefitVi: benefit.vi, benefitEn: benefit.en, reasonVi: reason.vi, reasonEn: reason.en },
        ruleId,
        ...personIds,
        ...(citation === undefined ? {} : { citation }),
      }),
    );
  };
  const missing = (input: string): void => {
    issues.push(createIssue('benefit_missing_input', { params: { personId: leaver.personId ?? '?', input }, ruleId, ...personIds }));
  };

  let lines: Line[];
  let salary = leaver.monthlySalary;
  let found: RuleInForce;
  if (leaver.kind === 'early-retirement') {
    const lookup = lookupRule(context, ruleId, leaver.leavingDate, 'early-retirement-benefit');
    if (!lookup.ok) return empty([lookup.issue]);
    found = lookup.inForce;
    const params = (lookup.inForce as RuleInForce<'early-retirement-benefit'>).version.params;
    if (params.salaryBasis === 'average-60-months') {
      if (leaver.averageMonthlySalary === undefined) {
        missing('averageMonthlySalary');
        return empty(issues);
      }
      salary = leaver.averageMonthlySalary;
    }
    const within = params.oneTime?.laterPercent === undefined ? true : isWithinFirstYear(leaver, params.oneTime.windowStart, context);
    if (within === undefined) {
      missing('decisionDate');
      return empty(issues, salary);
    }
    lines = earlyRetirementLines({ salary, rounding }, leaver, params, within, ruleId, lookup.inForce.version.citation, notEligible, issues);
  } else {
    const lookup = lookupRule(context, ruleId, leaver.leavingDate, 'resignation-benefit');
    if (!lookup.ok) return empty([lookup.issue]);
    found = lookup.inForce;
    const params = (lookup.inForce as RuleInForce<'resignation-benefit'>).version.params;
    let within = true;
    if (params.severance?.laterPerMonth !== undefined) {
      const window = isWithinFirstYear(leaver, 'decision', context);
      if (window === undefined) {
        missing('decisionDate');
        return empty(issues);
      }
      within = window;
    }
    if (ruleId === 'benefits.resignation.reorganisation' && leaver.monthsToRetirement !== undefined && leaver.monthsToRetirement < 24) {
      notEligible(
        { vi: 'chế độ thôi việc', en: 'resignation benefits' },
        { vi: 'còn dưới 2 năm đến tuổi nghỉ hưu: áp dụng Điều 7', en: 'less than 2 years to retirement age: Art. 7 applies' },
        { instrumentId: '178/2024/NĐ-CP', article: '9' },
      );
      return empty(issues);
    }
    lines = resignationLines({ salary, rounding }, leaver, params, within, ruleId, lookup.inForce.version.citation);
  }
  const hundredths = lines.reduce((sum, line) => sum + line.hundredths, 0);
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    ok: !issues.some((issue) => issue.severity === 'error'),
    ...base,
    ruleId,
    citation: found.version.citation,
    salary,
    lines,
    salaryMonths: formatSalaryMonths(hundredths),
    hundredths,
    total,
    issues,
  };
}

/** `salary × hundredths / 100` rounded: number arithmetic while the product is exact, else `bigint`. */
function priceLine(salary: number, hundredths: number, rounding: Rounding): number {
  const product = salary * hundredths;
  if (product > Number.MAX_SAFE_INTEGER) return divideRounded(BigInt(salary) * BigInt(hundredths), 100n, rounding);
  const remainder = product % 100;
  const quotient = (product - remainder) / 100;
  if (remainder === 0 || rounding === 'down') return quotient;
  if (rounding === 'up') return quotient + 1;
  return remainder >= 50 ? quotient + 1 : quotient;
}

/** Whether the leaving date falls in the 12 months from the window start; `undefined` when the decision date is missing. */
function isWithinFirstYear(leaver: Leaver, windowStart: string | undefined, context: Context): boolean | undefined {
  const start = windowStart === undefined || windowStart === 'decision' ? leaver.decisionDate : (windowStart as IsoDate);
  if (start === undefined) return undefined;
  let end = context.yearAfter.get(start);
  if (end === undefined) {
    end = addMonthsToIsoDate(start, 12);
    context.yearAfter.set(start, end);
  }
  return leaver.leavingDate < end;
}

type EarlyParams = RuleParams<'early-retirement-benefit'>;
type NotEligible = (benefit: Bilingual, reason: Bilingual, citation?: Citation, severity?: 'info') => void;

const ONE_TIME: Bilingual = { vi: 'trợ cấp hưu trí một lần', en: 'the one-time allowance' };
const PER_YEAR_AND_INSURANCE: Bilingual = { vi: 'trợ cấp theo năm nghỉ sớm và theo thời gian đóng BHXH', en: 'the per-year and insurance allowances' };
type ResignationParams = RuleParams<'resignation-benefit'>;
type Line = BenefitLine;

/** How lines are priced: the salary and the rounding. */
interface Pricing {
  readonly salary: number;
  readonly rounding: Rounding;
}

const REORGANISATION_EARLY = 'benefits.early-retirement.reorganisation';
const DECREE_178 = '178/2024/NĐ-CP';

function lineCitation(ruleId: string, fallback: Citation, clause: string, point?: string): Citation {
  switch (ruleId) {
    case REORGANISATION_EARLY:
      return { instrumentId: DECREE_178, article: '7', clause, ...(point === undefined ? {} : { point }) };
    case 'benefits.early-retirement.restructuring':
      return { instrumentId: DECREE_178, article: '7a' };
    case 'benefits.early-retirement.not-reelected':
      return { instrumentId: DECREE_178, article: '7b' };
    default:
      return fallback;
  }
}

function line(pricing: Pricing, item: Line['item'], label: Bilingual, hundredths: number, inputs: Line['inputs'], citation: Citation): Line {
  return {
    item,
    label,
    salaryMonths: formatSalaryMonths(hundredths),
    hundredths,
    amount: priceLine(pricing.salary, hundredths, pricing.rounding),
    inputs,
    citation,
  };
}

function earlyRetirementLines(
  pricing: Pricing,
  leaver: Leaver,
  params: EarlyParams,
  within: boolean,
  ruleId: string,
  citation: Citation,
  notEligible: NotEligible,
  issues: Issue[],
): Line[] {
  const months = leaver.monthsToRetirement as number;
  const annex = leaver.annex ?? 'I';
  const lines: Line[] = [];
  // (A) one-time allowance
  if (params.oneTime !== undefined) {
    const oneTime = params.oneTime;
    const band = oneTime.bands.find(
      (candidate) => candidate.minMonths <= months && months <= candidate.maxMonths && (candidate.annex === 'any' || candidate.annex === annex),
    );
    if (band === undefined) {
      notEligible(
        ONE_TIME,
        { vi: `nghỉ sớm ${months} tháng, Phụ lục ${annex}`, en: `${months} months early, Annex ${annex}` },
        lineCitation(ruleId, citation, '1'),
      );
    } else {
      const full = band.flat ?? (band.perMonth ?? 0) * months;
      const split = oneTime.laterPercent !== undefined && !(oneTime.noSplitBelowMonths !== undefined && months < oneTime.noSplitBelowMonths);
      const percent = split && !within ? (oneTime.laterPercent as number) : 100;
      const hundredths = divideRounded(full * percent, 100, 'down');
      lines.push(
        line(
        pricing,
          'one-time',
          { vi: 'Trợ cấp hưu trí một lần cho thời gian nghỉ sớm', en: 'One-time allowance for the months retired early' },
          hundredths,
          {
            monthsEarly: months,
            ...(band.flat === undefined ? { perMonth: formatSalaryMonths(band.perMonth ?? 0) } : { flatMonths: formatSalaryMonths(band.flat) }),
            percentPaid: percent,
            withinFirst12Months: within,
          },
          lineCitation(ruleId, citation, '1'),
        ),
      );
    }
  }
  // (B) per full year early, and (C) insurance service, only in the bands of Art. 7(2)(a)–(c)
  const yearBand = params.perYearEarly.find((candidate) => candidate.annex === annex && candidate.minMonths <= months && months <= candidate.maxMonths);
  const point = annex === 'II' ? 'c' : months > 60 ? 'b' : 'a';
  if (yearBand === undefined || (annex === 'II' && leaver.annexIIConditionsMet !== true)) {
    if (months < 24) {
      notEligible(
        PER_YEAR_AND_INSURANCE,
        {
          vi: 'nghỉ sớm dưới 2 năm: hưởng lương hưu không bị trừ tỷ lệ (điểm d, đ khoản 2 Điều 7)',
          en: 'less than 2 years early: pension without reduction instead (Art. 7(2)(d), (đ))',
        },
        lineCitation(ruleId, citation, '2', annex === 'II' ? 'đ' : 'd'),
        'info',
      );
      return lines;
    }
    const missingConditions = annex === 'II' && leaver.annexIIConditionsMet !== true;
    notEligible(
      PER_YEAR_AND_INSURANCE,
      {
        vi: `nghỉ sớm ${months} tháng, Phụ lục ${annex}${missingConditions ? ', không đủ điều kiện tại điểm c' : ''}`,
        en: `${months} months early, Annex ${annex}${missingConditions ? ' without the conditions of point c' : ''}`,
      },
      lineCitation(ruleId, citation, '2'),
    );
    return lines;
  }
  const fullYears = Math.floor(months / MONTHS_PER_YEAR);
  if (months % MONTHS_PER_YEAR !== 0) {
    issues.push(createIssue('benefit_part_year_dropped', { params: { monthsEarly: months, fullYears }, ruleId }));
  }
  lines.push(
    line(
      pricing,
      'per-year-early',
      { vi: 'Trợ cấp cho mỗi năm nghỉ hưu trước tuổi', en: 'Allowance per full year retired early' },
      yearBand.perYear * fullYears,
      { monthsEarly: months, fullYears, monthsPerYear: formatSalaryMonths(yearBand.perYear) },
      lineCitation(ruleId, citation, '2', point),
    ),
  );
  const halfYears = insuranceHalfYears(leaver.insuranceMonths);
  const insuranceBand = params.insurance.find(
    (candidate) => 2 * candidate.minYears <= halfYears && (candidate.belowYears === undefined || halfYears < 2 * candidate.belowYears),
  );
  if (insuranceBand === undefined) {
    const years = formatSalaryMonths(halfYears * 50);
    notEligible(
      { vi: 'trợ cấp theo thời gian đóng BHXH', en: 'the insurance-service allowance' },
      { vi: `${years} năm đóng BHXH`, en: `${years} years of insurance` },
      lineCitation(ruleId, citation, '2'),
    );
    return lines;
  }
  const extraHalfYears = Math.max(0, halfYears - 2 * insuranceBand.baseYears);
  const alternative = insuranceBand.baseYears !== 20;
  lines.push(
    line(
      pricing,
      'insurance-service',
      { vi: 'Trợ cấp theo thời gian đóng bảo hiểm xã hội bắt buộc', en: 'Allowance for the years of compulsory social insurance' },
      insuranceBand.baseMonths + (extraHalfYears * insuranceBand.perYearAfter) / 2,
      {
        insuranceMonths: leaver.insuranceMonths,
        insuranceYears: formatSalaryMonths(halfYears * 50),
        baseYears: insuranceBand.baseYears,
        baseMonths: formatSalaryMonths(insuranceBand.baseMonths),
        perYearAfter: formatSalaryMonths(insuranceBand.perYearAfter),
      },
      alternative && ruleId !== 'benefits.early-retirement.streamlining' ? { instrumentId: '67/2025/NĐ-CP', article: '1' } : lineCitation(ruleId, citation, '2'),
    ),
  );
  return lines;
}

function resignationLines(pricing: Pricing, leaver: Leaver, params: ResignationParams, within: boolean, ruleId: string, citation: Citation): Line[] {
  const reorganisation = ruleId === 'benefits.resignation.reorganisation';
  const article = leaver.category === 'cadre' || leaver.category === 'civilServant' ? '9' : '10';
  const cite = (clause: string): Citation => (reorganisation ? { instrumentId: DECREE_178, article, clause } : citation);
  const lines: Line[] = [];
  if (params.severance !== undefined) {
    const served = leaver.severanceMonths ?? leaver.insuranceMonths;
    const counted = Math.min(served, params.severance.maxMonths);
    const perMonth = within ? params.severance.perMonth : (params.severance.laterPerMonth ?? params.severance.perMonth);
    lines.push(
      line(
        pricing,
        'severance',
        { vi: 'Trợ cấp thôi việc theo số tháng công tác', en: 'Severance for the months of service' },
        perMonth * counted,
        { severanceMonths: served, countedMonths: counted, perMonth: formatSalaryMonths(perMonth), withinFirst12Months: within },
        cite('1'),
      ),
    );
  }
  const halfYears = insuranceHalfYears(leaver.insuranceMonths);
  lines.push(
    line(
      pricing,
      'per-insurance-year',
      { vi: 'Trợ cấp cho mỗi năm đóng bảo hiểm xã hội', en: 'Allowance per year of social insurance' },
      (halfYears * params.perInsuranceYear) / 2,
      { insuranceMonths: leaver.insuranceMonths, insuranceYears: formatSalaryMonths(halfYears * 50), perYear: formatSalaryMonths(params.perInsuranceYear) },
      cite('2'),
    ),
  );
  for (const flat of params.flat) {
    if (!flat.categories.includes(leaver.category)) continue;
    lines.push(
      line(
        pricing,
        'job-search',
        { vi: 'Trợ cấp để tìm việc làm', en: 'Allowance to find work' },
        flat.months,
        { months: formatSalaryMonths(flat.months), category: leaver.category },
        reorganisation ? { instrumentId: DECREE_178, article: '9', clause: '4' } : citation,
      ),
    );
  }
  return lines;
}

/**
 * The total of {@link totalLeavingBenefits}: each leaver's breakdown, the sum in đồng and every issue.
 *
 * @example
 * ```ts
 * totalLeavingBenefits([]).total; //=> 0
 * ```
 * @category Staffing
 */
export interface LeavingBenefitsTotal {
  readonly ok: boolean;
  readonly people: readonly LeavingBenefits[];
  /** Sum of the people's totals, whole đồng (`bigint`-checked: throws if beyond the safe range). */
  readonly total: number;
  /** Sum of the salary-months, as an exact decimal string. */
  readonly salaryMonths: string;
  readonly issues: readonly Issue[];
}

/**
 * Budgets the benefits of a list of leavers: each one's breakdown and the grand total.
 *
 * @param leavers - The people who leave.
 * @param options - As for {@link leavingBenefits}.
 * @returns Per-person results, the total in đồng and salary-months, and all issues.
 * @throws {RangeError} When a leaver's figures are invalid, or the total leaves the safe-integer range.
 * @example
 * ```ts
 * totalLeavingBenefits([leaver1, leaver2]).total; //=> 1_275_000_000
 * ```
 * @category Staffing
 */
export function totalLeavingBenefits(leavers: readonly Leaver[], options: LeavingBenefitsOptions = {}): LeavingBenefitsTotal {
  const context = createContext(options);
  const people = leavers.map((leaver) => computeLeavingBenefits(leaver, context));
  const total = people.reduce((sum, person) => sum + BigInt(person.total), 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('[tinh-gon] the total leaves the safe-integer range');
  const hundredths = people.reduce((sum, person) => sum + person.hundredths, 0);
  return {
    ok: people.every((person) => person.ok),
    people,
    total: Number(total),
    salaryMonths: formatSalaryMonths(hundredths),
    issues: people.flatMap((person) => person.issues),
  };
}
