import type { Citation } from '../../core/Citation.js';
import type { Rounding } from '../../core/divideRounded.js';
import type { RuleParams } from '../../rules/Rule.js';
import type { BenefitLine, Leaver } from './Leaver.js';
import { formatSalaryMonths, insuranceHalfYears, priceLine } from './salaryMonths.js';

type ResignationParams = RuleParams<'resignation-benefit'>;

/**
 * What resignation lines are computed from.
 * @internal
 */
export interface ResignationInput {
  readonly params: ResignationParams;
  readonly citation: Citation;
  readonly salary: number;
  readonly rounding: Rounding;
  readonly withinFirstYear: boolean;
}

/**
 * The article a rule version gives a staff category (Art. 9 for cadres and civil servants, Art. 10
 * for public employees under NĐ 178), else the version's citation.
 *
 * @param params - The version's params.
 * @param citation - The version's citation.
 * @param category - The leaver's category.
 * @returns The citation.
 * @example
 * ```ts
 * categoryCitation(params, citation, 'publicEmployee'); //=> { instrumentId: '178/2024/NĐ-CP', article: '10' }
 * ```
 * @internal
 */
export function categoryCitation(params: ResignationParams, citation: Citation, category: Leaver['category']): Citation {
  return params.citationByCategory?.find((entry) => entry.categories.includes(category))?.citation ?? citation;
}

/**
 * The resignation lines of a leaver under a rule version: severance per month of service (at
 * most `maxMonths`; the later coefficient from month 13), the allowance per year of insurance, and
 * the flat months (to find work) of the categories that get them; each cites the category's
 * article and the line's clause.
 *
 * @param input - Params, salary, rounding, first-12-months flag.
 * @param leaver - The leaver.
 * @returns The lines.
 * @example
 * ```ts
 * resignationLines(input, leaver).map((line) => line.salaryMonths); //=> ['48', '18', '3']
 * ```
 * @internal
 */
export function resignationLines(input: ResignationInput, leaver: Leaver): BenefitLine[] {
  const { params, salary, rounding } = input;
  const base = categoryCitation(params, input.citation, leaver.category);
  const cite = (clause: string | undefined): Citation => (clause === undefined ? base : { ...base, clause });
  const line = (item: BenefitLine['item'], label: BenefitLine['label'], hundredths: number, inputs: BenefitLine['inputs'], citation: Citation): BenefitLine => ({
    item,
    label,
    salaryMonths: formatSalaryMonths(hundredths),
    hundredths,
    amount: priceLine(salary, hundredths, rounding),
    inputs,
    citation,
  });
  const lines: BenefitLine[] = [];
  const severance = params.severance;
  if (severance !== undefined) {
    const served = leaver.severanceMonths ?? leaver.insuranceMonths;
    const counted = Math.min(served, severance.maxMonths);
    const perMonth = input.withinFirstYear ? severance.perMonth : (severance.laterPerMonth ?? severance.perMonth);
    lines.push(
      line(
        'severance',
        { vi: 'Trợ cấp thôi việc theo số tháng công tác', en: 'Severance for the months of service' },
        perMonth * counted,
        { severanceMonths: served, countedMonths: counted, perMonth: formatSalaryMonths(perMonth), withinFirst12Months: input.withinFirstYear },
        cite(severance.clause),
      ),
    );
  }
  const halfYears = insuranceHalfYears(leaver.insuranceMonths, params.oddMonthsAsHalfYear);
  lines.push(
    line(
      'per-insurance-year',
      { vi: 'Trợ cấp cho mỗi năm đóng bảo hiểm xã hội', en: 'Allowance per year of social insurance' },
      (halfYears * params.perInsuranceYear) / 2,
      { insuranceMonths: leaver.insuranceMonths, insuranceYears: formatSalaryMonths(halfYears * 50), perYear: formatSalaryMonths(params.perInsuranceYear) },
      cite(params.perInsuranceYearClause),
    ),
  );
  for (const flat of params.flat) {
    if (!flat.categories.includes(leaver.category)) continue;
    lines.push(
      line(
        'job-search',
        { vi: 'Trợ cấp để tìm việc làm', en: 'Allowance to find work' },
        flat.months,
        { months: formatSalaryMonths(flat.months), category: leaver.category },
        cite(flat.clause),
      ),
    );
  }
  return lines;
}
