import type { Bilingual } from '../core/Bilingual.js';
import type { Citation, Verification } from '../core/Citation.js';
import { assertCount, type Rounding } from '../core/divideRounded.js';
import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import type { StaffCategory } from '../model/roles.js';
import type { StaffCounts } from '../model/Structure.js';
import type { Issue } from '../report/Issue.js';
import { type Result, toResult } from '../report/Result.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule, type RuleInForce, rulesInForce } from '../rules/findRule.js';
import type { Rulebook } from '../rules/Rule.js';
import { assertArray, requireOptions } from './contract.js';
import { readReductionPercent, targetOf } from './reductionTarget.js';

/**
 * Options of {@link applyReductionTargets}.
 *
 * @example
 * ```ts
 * const options: ApplyReductionTargetsOptions = { asOf: isoDate('2023-01-01') };
 * ```
 * @category Staffing
 */
export interface ApplyReductionTargetsOptions {
  readonly asOf: IsoDate;
  readonly rulebook?: Rulebook;
  /** Only these rules (default: every `reduction-target` rule counting staff in force on `asOf`). */
  readonly ruleIds?: readonly string[];
  /** Only the targets whose version cites this instrument, e.g. `40-KL/TW`. */
  readonly instrumentId?: string;
}

/**
 * One target applied to a unit's staffing.
 *
 * @example
 * ```ts
 * const result = applyReductionTargets({ civilServant: 100 }, { asOf: isoDate('2023-01-01') });
 * const applied: AppliedReductionTarget | undefined = result.ok ? result.value[0] : undefined;
 * ```
 * @category Staffing
 */
export interface AppliedReductionTarget {
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly categories: readonly StaffCategory[];
  /** The baseline: the sum of the categories in the staffing given. */
  readonly baseline: number;
  readonly percent: string;
  readonly rounding: Rounding;
  readonly cut: number;
  readonly ceiling: number;
  readonly baselineYear?: number;
  readonly deadlineYear?: number;
  readonly citation: Citation;
  readonly verification: Verification;
}

/**
 * Applies the reduction targets of the law in force on a date to a unit's baseline staffing by
 * category: cadres and civil servants against public employees paid from the budget (KL 40-KL/TW:
 * at least 5% and 10% against 2021), all staff (NQ 39 / NQ 18: at least 10% against 2015),
 * public service staff (NQ 19), civil servants and public employees (Công văn 31: at least 20%).
 * The staffing passed is the baseline the rule names (e.g. the quota assigned in 2021).
 *
 * When no target is in force the answer is an empty list; a rule named in `ruleIds` with no
 * version on the date makes it a failure (`rule_not_in_force`), never a silent omission.
 *
 * @param staffing - Baseline headcounts by category.
 * @param options - `asOf`, `rulebook`, `ruleIds`, `instrumentId` (the targets of one instrument).
 * @returns The targets in whole people with their citations, or the issues of the rules that are
 *   not in force.
 * @throws {RangeError} When a headcount is not a non-negative integer, or a category sum passes 2^53 − 1.
 * @throws {TypeError} When `asOf` is not an ISO date, `options` is missing, or `staffing` or
 *   `ruleIds` has the wrong type.
 * @example
 * ```ts
 * const result = applyReductionTargets({ cadre: 12, civilServant: 98, publicEmployee: 412 }, { asOf: isoDate('2023-01-01') });
 * if (result.ok) result.value.map((target) => [target.ruleId, target.cut]);
 * //=> [['staffing.target.2022-2026.civil-servants', 6], ['staffing.target.2022-2026.public-employees', 42],
 * //    ['staffing.target.public-service.2021-2025', 42]]
 * ```
 * @see 40-KL/TW; 18-NQ/TW; 19-NQ/TW; 31/CV-BCĐTKNQ18
 * @category Staffing
 */
export function applyReductionTargets(staffing: StaffCounts, options: ApplyReductionTargetsOptions): Result<readonly AppliedReductionTarget[]> {
  requireOptions(staffing, 'staffing');
  const read = requireOptions(options);
  assertIsoDate(read.asOf, 'options.asOf');
  for (const [category, count] of Object.entries(staffing)) {
    if (count !== undefined) assertCount(count, `staffing.${category}`);
  }
  const rulebook = read.rulebook ?? defaultRulebook;
  const issues: Issue[] = [];
  let found: RuleInForce<'reduction-target'>[];
  if (read.ruleIds === undefined) {
    found = rulesInForce(rulebook, read.asOf, { type: 'reduction-target' });
  } else {
    found = [];
    for (const id of assertArray(read.ruleIds, 'options.ruleIds')) {
      const lookup = findRule(rulebook, id, read.asOf, { type: 'reduction-target' });
      if (lookup.ok) found.push(lookup.inForce);
      else issues.push(lookup.issue);
    }
  }
  const targets = found
    .filter((inForce) => inForce.version.params.measure === 'staff')
    .filter((inForce) => read.instrumentId === undefined || inForce.version.citation.instrumentId === read.instrumentId)
    .map((inForce): AppliedReductionTarget => {
      const params = inForce.version.params;
      const baseline = params.categories.reduce((sum, category) => sum + (staffing[category] ?? 0), 0);
      assertCount(baseline, `the ${params.categories.join(' + ')} baseline`);
      const target = targetOf(baseline, readReductionPercent(params.percent, `${inForce.rule.id} percent`), params.rounding);
      return {
        ruleId: inForce.rule.id,
        title: inForce.rule.title,
        categories: params.categories,
        baseline,
        percent: target.percent,
        rounding: params.rounding,
        cut: target.cut,
        ceiling: target.ceiling,
        ...(params.baselineYear === undefined ? {} : { baselineYear: params.baselineYear }),
        ...(params.deadlineYear === undefined ? {} : { deadlineYear: params.deadlineYear }),
        citation: inForce.version.citation,
        verification: inForce.verification,
      };
    });
  return toResult(issues, targets);
}
