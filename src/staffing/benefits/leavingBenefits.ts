import { toSafeNumber } from '../../core/divideRounded.js';
import type { Issue } from '../../report/Issue.js';
import type { Result } from '../../report/Result.js';
import type { RuleInForce } from '../../rules/findRule.js';
import {
  type BenefitsContext,
  checkLeaver,
  createBenefitsContext,
  createLeaverNotes,
  isWithinFirstYear,
  lookupBenefitRule,
  ruleIdFor,
} from './context.js';
import { earlyRetirementLines } from './earlyRetirementLines.js';
import type { BenefitLine, Leaver, LeavingBenefits, LeavingBenefitsOptions } from './Leaver.js';
import { categoryCitation, resignationLines } from './resignationLines.js';
import { formatSalaryMonths } from './salaryMonths.js';

/** The lines of a leaver and the salary they multiply, or the issues that stop them. */
type Lines = { readonly ok: true; readonly salary: number; readonly lines: BenefitLine[] } | { readonly ok: false };

function earlyRetirement(leaver: Leaver, inForce: RuleInForce<'early-retirement-benefit'>, context: BenefitsContext, notes: ReturnType<typeof createLeaverNotes>): Lines {
  const { params, citation } = inForce.version;
  let salary = leaver.monthlySalary;
  if (params.salaryBasis === 'average-60-months') {
    if (leaver.averageMonthlySalary === undefined) {
      notes.missing('averageMonthlySalary');
      return { ok: false };
    }
    salary = leaver.averageMonthlySalary;
  }
  const withinFirstYear = params.oneTime?.laterPercent === undefined ? true : isWithinFirstYear(leaver, params.oneTime.windowStart, context);
  if (withinFirstYear === undefined) {
    notes.missing('decisionDate');
    return { ok: false };
  }
  const input = { params, citation, ruleId: inForce.rule.id, salary, rounding: context.rounding, reading: context.reading, withinFirstYear };
  return { ok: true, salary, lines: earlyRetirementLines(input, leaver, notes) };
}

function resignation(leaver: Leaver, inForce: RuleInForce<'resignation-benefit'>, context: BenefitsContext, notes: ReturnType<typeof createLeaverNotes>): Lines {
  const { params, citation } = inForce.version;
  let withinFirstYear = true;
  if (params.severance?.laterPerMonth !== undefined) {
    const window = isWithinFirstYear(leaver, 'decision', context);
    if (window === undefined) {
      notes.missing('decisionDate');
      return { ok: false };
    }
    withinFirstYear = window;
  }
  const minimum = params.minMonthsToRetirement;
  if (minimum !== undefined && leaver.monthsToRetirement !== undefined && leaver.monthsToRetirement < minimum) {
    notes.notEligible(
      { vi: 'chế độ thôi việc', en: 'resignation benefits' },
      {
        vi: `còn dưới ${minimum} tháng đến tuổi nghỉ hưu: áp dụng chế độ nghỉ hưu trước tuổi`,
        en: `less than ${minimum} months to retirement age: early retirement applies`,
      },
      categoryCitation(params, citation, leaver.category),
      'error',
    );
    return { ok: false };
  }
  return { ok: true, salary: leaver.monthlySalary, lines: resignationLines({ params, citation, salary: leaver.monthlySalary, rounding: context.rounding, withinFirstYear }, leaver) };
}

/**
 * The benefits of one checked leaver, with the call's context.
 *
 * @param leaver - A leaver (checked here).
 * @param context - The call's context.
 * @param name - The leaver's name in messages.
 * @returns The benefits or the issues.
 * @example
 * ```ts
 * computeLeavingBenefits(leaver, createBenefitsContext(undefined), 'leaver').ok; //=> true
 * ```
 * @internal
 */
export function computeLeavingBenefits(leaver: Leaver, context: BenefitsContext, name: string): Result<LeavingBenefits> {
  checkLeaver(leaver, context, name);
  const ruleId = ruleIdFor(leaver);
  const notes = createLeaverNotes(leaver, ruleId);
  const early = leaver.kind === 'early-retirement';
  const lookup = lookupBenefitRule(context, ruleId, leaver.leavingDate, early ? 'early-retirement-benefit' : 'resignation-benefit');
  if (!lookup.ok) return { ok: false, issues: [lookup.issue] };
  const computed = early
    ? earlyRetirement(leaver, lookup.inForce as RuleInForce<'early-retirement-benefit'>, context, notes)
    : resignation(leaver, lookup.inForce as RuleInForce<'resignation-benefit'>, context, notes);
  if (!computed.ok) return { ok: false, issues: notes.issues };
  const { salary, lines } = computed;
  if (lines.length === 0) {
    // Nothing is payable under the regime: the reasons become the errors of a failure.
    const issues = notes.issues.map((issue): Issue => (issue.code === 'benefit_not_eligible' ? { ...issue, severity: 'error' } : issue));
    return { ok: false, issues };
  }
  let hundredths = 0;
  let total = 0n;
  for (const line of lines) {
    hundredths += line.hundredths;
    total += BigInt(line.amount);
  }
  const value: LeavingBenefits = {
    ...(leaver.personId === undefined ? {} : { personId: leaver.personId }),
    ruleId,
    citation: lookup.inForce.version.citation,
    salary,
    lines,
    salaryMonths: formatSalaryMonths(hundredths),
    hundredths,
    total: toSafeNumber(total, `the total of ${name} leaves the safe-integer range`),
  };
  return { ok: true, value, issues: notes.issues };
}

/**
 * The benefits a person receives on leaving, under the regime in force on the leaving date:
 * early retirement or resignation because of reorganisation (NĐ 178/2024 Art. 7, 7a, 7b, 9, 10 as
 * amended by NĐ 67/2025) or under staff streamlining (NĐ 108/2014, NĐ 29/2023 until 2025-06-15,
 * NĐ 154/2025 from 2025-06-16). Every coefficient, threshold and article comes from the rule
 * version in force (a new decree is a new version); every coefficient is counted exactly in
 * hundredths of a month's salary; each line is then multiplied by the salary and rounded to whole
 * đồng, and the lines are summed in `bigint`.
 *
 * Under the default rulebook — early retirement (Art. 7): (A) a one-time allowance of 1.0 × months
 * early (at most 5 years early) or 0.9 × 60 months (5 to 10 years, Annex I), halved from month 13
 * after the decision (not below 2 years early); (B) 5 months per full year early (2–5 years; 4
 * months for 5–10 years); (C) 5 months for the first 20 years of insurance plus 0.5 a year after
 * (NĐ 67: 4 months for the first 15 years plus 0.5 a year, in the reading `alternative15YearsScope`
 * chooses). Under 2 years early the pension is not reduced instead of (B) and (C) (an info). Odd
 * insurance months: 1–6 → ½ year, 7–11 → 1 year. Years early count in full 12-month years (floor —
 * an assumption, reported). Resignation (Art. 9, 10): 0.8 × severance months (≤ 60; 0.4 from month
 * 13), 1.5 months per insurance year, and 3 months to find work for cadres and civil servants;
 * not within 2 years of retirement age.
 *
 * It fails — no breakdown, never a zero total — when no version is in force (`rule_not_in_force`),
 * an input the regime needs is missing (`benefit_missing_input`), or nothing is payable (each
 * reason a `benefit_not_eligible` error).
 *
 * @param leaver - The person, dates, salary and service.
 * @param options - `rulebook` (default `defaultRulebook`), `rounding` (default `nearest`),
 *   `alternative15YearsScope` (default `fifteen-to-twenty`).
 * @returns The itemised breakdown with a citation on each line and the totals, with warnings and
 *   infos (`benefit_not_eligible`, `benefit_part_year_dropped`); or the issues that stop it.
 * @throws {RangeError} When a salary or month count is not a non-negative safe integer, the
 *   rounding or reading is unknown, or a line or the total passes 2^53 − 1 đồng.
 * @throws {TypeError} When `leaver` or `options` is not an object, `kind`, `group` or a date is
 *   invalid, or `monthsToRetirement` is missing for early retirement.
 * @example
 * ```ts
 * const result = leavingBenefits({
 *   kind: 'early-retirement', category: 'civilServant', monthlySalary: 10_000_000,
 *   leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01'),
 *   monthsToRetirement: 36, insuranceMonths: 300,
 * });
 * if (result.ok) result.value.lines.map((line) => line.salaryMonths); //=> ['36', '15', '7.5']
 * if (result.ok) result.value.total;                                   //=> 585_000_000
 * ```
 * @see 178/2024/NĐ-CP Art. 7, 9, 10; 67/2025/NĐ-CP Art. 1; 01/2025/TT-BNV Art. 3–6
 * @category Staffing
 */
export function leavingBenefits(leaver: Leaver, options?: LeavingBenefitsOptions): Result<LeavingBenefits> {
  return computeLeavingBenefits(leaver, createBenefitsContext(options), 'leaver');
}
