import type { Issue } from '../report/Issue.js';
import type { Bilingual } from '../core/Bilingual.js';
import type { Citation, Verification } from '../core/Citation.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule, rulesInForce } from '../rules/findRule.js';
import type { RuleInForce } from '../rules/findRule.js';
import type { Rulebook } from '../rules/Rule.js';
import type { IsoDate } from '../core/IsoDate.js';
import { assertCount, type Rounding } from '../core/divideRounded.js';
import type { StaffCategory } from '../model/roles.js';
import type { StaffCounts } from '../model/Structure.js';
import { reductionTarget } from './reductionTarget.js';

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
 * const applied: AppliedReductionTarget = applyReductionTargets({ civilServant: 100 }, { asOf: isoDate('2023-01-01') }).targets[0]!;
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
 * @param staffing - Baseline headcounts by category.
 * @param options - `asOf`, `rulebook`, `ruleIds`, `instrumentId` (the targets of one instrument).
 * @returns The targets in whole people with their citations, and issues (`rule_not_in_force` for a named rule with no version then).
 * @throws {RangeError} When a headcount is not a non-negative integer.
 * @example
 * ```ts
 * const { targets } = applyReductionTargets({ cadre: 12, civilServant: 98, publicEmployee: 412 }, { asOf: isoDate('2023-01-01') });
 * targets.map((target) => [target.ruleId, target.cut]);
 * //=> [['staffing.target.2022-2026.civil-servants', 6], ['staffing.target.2022-2026.public-employees', 42],
 * //    ['staffing.target.public-service.2021-2025', 42]]
 * ```
 * @see 40-KL/TW; 18-NQ/TW; 19-NQ/TW; 31/CV-BCĐTKNQ18
 * @category Staffing
 */
export function applyReductionTargets(
  staffing: StaffCounts,
  options: ApplyReductionTargetsOptions,
): { readonly targets: readonly AppliedReductionTarget[]; readonly issues: readonly Issue[] } {
  for (const [category, count] of Object.entries(staffing)) {
    if (count !== undefined) assertCount(count, `staffing.${category}`);
  }
  const rulebook = options.rulebook ?? defaultRulebook;
  const issues: Issue[] = [];
  let found: RuleInForce<'reduction-target'>[];
  if (options.ruleIds === undefined) {
    found = rulesInForce(rulebook, options.asOf, { type: 'reduction-target' });
  } else {
    found = [];
    for (const id of options.ruleIds) {
      const lookup = findRule(rulebook, id, options.asOf, { type: 'reduction-target' });
      if (lookup.ok) found.push(lookup.inForce);
      else issues.push(lookup.issue);
    }
  }
  const targets = found
    .filter((inForce) => inForce.version.params.measure === 'staff')
    .filter((inForce) => options.instrumentId === undefined || inForce.version.citation.instrumentId === options.instrumentId)
    .map((inForce): AppliedReductionTarget => {
      const params = inForce.version.params;
      const baseline = params.categories.reduce((sum, category) => sum + (staffing[category] ?? 0), 0);
      const target = reductionTarget(baseline, params.percent, { rounding: params.rounding });
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
  return { targets, issues };
}
