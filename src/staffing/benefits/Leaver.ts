import type { Bilingual } from '../../core/Bilingual.js';
import type { Citation } from '../../core/Citation.js';
import type { Rounding } from '../../core/divideRounded.js';
import type { IsoDate } from '../../core/IsoDate.js';
import type { StaffCategory } from '../../model/roles.js';
import type { Rulebook } from '../../rules/Rule.js';

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
  /** Annex II only: ≥15 years of hazardous work or in very difficult areas (the conditions of Art. 7(2)(c), which (đ) asks too). */
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
 * const options: LeavingBenefitsOptions = { rounding: 'nearest', alternative15YearsScope: 'fifteen-or-more' };
 * ```
 * @category Staffing
 */
export interface LeavingBenefitsOptions {
  /** Default `defaultRulebook`. */
  readonly rulebook?: Rulebook;
  /** Rounding of each line to whole đồng (default `nearest`, half up). */
  readonly rounding?: Rounding;
  /**
   * The reading of NĐ 67/2025's 15-year alternative ("Trường hợp đủ 15 năm công tác trở lên": 4
   * months for the first 15 years of insurance, 0.5 a year after), which the text leaves unsettled:
   * `fifteen-to-twenty` (default) applies it from 15 to under 20 years, the 20-year formula above;
   * `fifteen-or-more` applies it to everyone with 15 years or more (25 years → 9 months, not 7.5).
   * Read by the rule versions whose insurance bands name a reading; others ignore it.
   */
  readonly alternative15YearsScope?: 'fifteen-to-twenty' | 'fifteen-or-more';
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
 * const result = leavingBenefits({
 *   kind: 'early-retirement', category: 'civilServant', monthlySalary: 10_000_000,
 *   leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01'),
 *   monthsToRetirement: 36, insuranceMonths: 300,
 * });
 * if (result.ok) result.value.salaryMonths; //=> '58.5'
 * ```
 * @category Staffing
 */
export interface LeavingBenefits {
  readonly personId?: string;
  /** The rule applied. */
  readonly ruleId: string;
  /** The version's main citation. */
  readonly citation: Citation;
  /** The salary the lines multiply (current or 60-month average), whole đồng. */
  readonly salary: number;
  /** At least one line. */
  readonly lines: readonly BenefitLine[];
  readonly salaryMonths: string;
  readonly hundredths: number;
  /** The sum of the lines' amounts (each line rounded on its own), whole đồng. */
  readonly total: number;
}

/**
 * The value of {@link totalLeavingBenefits}: each leaver's breakdown and the sums.
 *
 * @example
 * ```ts
 * const budget = totalLeavingBenefits([]);
 * if (budget.ok) budget.value.total; //=> 0
 * ```
 * @category Staffing
 */
export interface LeavingBenefitsTotal {
  /** One breakdown per leaver, in order. */
  readonly people: readonly LeavingBenefits[];
  /** Sum of the people's totals, whole đồng (summed in `bigint`: throws beyond 2^53 − 1). */
  readonly total: number;
  /** Sum of the salary-months, as an exact decimal string. */
  readonly salaryMonths: string;
}
