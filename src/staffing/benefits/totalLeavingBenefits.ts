import { toSafeNumber } from '../../core/divideRounded.js';
import type { Issue } from '../../report/Issue.js';
import { type Result, toResult } from '../../report/Result.js';
import { assertArray } from '../contract.js';
import { createBenefitsContext } from './context.js';
import type { Leaver, LeavingBenefits, LeavingBenefitsOptions, LeavingBenefitsTotal } from './Leaver.js';
import { computeLeavingBenefits } from './leavingBenefits.js';
import { formatSalaryMonths } from './salaryMonths.js';

/**
 * Budgets the benefits of a list of leavers: each one's breakdown (as {@link leavingBenefits}
 * gives it) and the grand total, summed in `bigint`. Every issue is kept, its `path` starting with
 * the leaver's index. A budget is only a sum when every leaver has one: if any leaver's benefits
 * fail, the whole answer is a failure carrying every issue.
 *
 * @param leavers - The people who leave.
 * @param options - As for {@link leavingBenefits}.
 * @returns Per-person breakdowns, the total in đồng and salary-months, and all issues.
 * @throws {RangeError} When a leaver's figures are invalid, or the total passes 2^53 − 1 đồng.
 * @throws {TypeError} When `leavers` is not an array, or a leaver or `options` is not an object.
 * @example
 * ```ts
 * const common = { category: 'civilServant', leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01') } as const;
 * const budget = totalLeavingBenefits([
 *   { ...common, kind: 'early-retirement', monthlySalary: 10_000_000, monthsToRetirement: 36, insuranceMonths: 300 },
 *   { ...common, kind: 'resignation', monthlySalary: 8_000_000, insuranceMonths: 120 },
 * ]);
 * if (budget.ok) budget.value.total; //=> 1_113_000_000
 * ```
 * @category Staffing
 */
export function totalLeavingBenefits(leavers: readonly Leaver[], options?: LeavingBenefitsOptions): Result<LeavingBenefitsTotal> {
  assertArray(leavers, 'leavers');
  const context = createBenefitsContext(options);
  const people: LeavingBenefits[] = [];
  const issues: Issue[] = [];
  let total = 0n;
  let hundredths = 0;
  for (const [index, leaver] of leavers.entries()) {
    const result = computeLeavingBenefits(leaver, context, `leavers[${index}]`);
    for (const issue of result.issues) issues.push({ ...issue, path: [index, ...(issue.path ?? [])] });
    if (!result.ok) continue;
    people.push(result.value);
    total += BigInt(result.value.total);
    hundredths += result.value.hundredths;
  }
  return toResult(issues, {
    people,
    total: toSafeNumber(total, 'the total leaves the safe-integer range'),
    salaryMonths: formatSalaryMonths(hundredths),
  });
}
