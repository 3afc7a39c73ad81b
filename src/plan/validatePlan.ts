import type { Structure } from '../model/Structure.js';
import type { Issue } from '../report/Issue.js';
import { type Result, toResult } from '../report/Result.js';
import type { MergeExemption, Rulebook } from '../rules/Rule.js';
import { analysePlan } from './analysePlan.js';
import { assertPlanArguments } from './assertPlanArguments.js';
import { planChecks } from './checks/index.js';
import { planRulebook } from './planRulebook.js';
import { PlanContext } from './context.js';
import type { Plan } from './Plan.js';
import type { AppliedPlan } from './PlanEvent.js';

/**
 * Options of {@link validatePlan} and `applyPlan`.
 *
 * @example
 * ```ts
 * const options: ValidatePlanOptions = { rulebook: extendRulebook(defaultRulebook, kyAnhLocalRules) };
 * ```
 * @category Plan
 */
export interface ValidatePlanOptions {
  /**
   * The law to check against; when left out, the rules of `defaultRulebook` the plan functions
   * read (its structure and merge rules, with the instruments they cite: the same answers, without
   * loading the roles and staffing rules and their instruments).
   */
  readonly rulebook?: Rulebook;
  /**
   * Units the law exempts from being merged, by the reason it names (NQ 76/2025 Art. 3: an isolated
   * location, a place key to defence, security or sovereignty; NQ 35/2023's list): the model holds no
   * such fact, so the caller names them, `{ [areaId]: reasons }`. A unit the plan forms or keeps
   * whose reason the merge criteria of the date list is not held to those criteria: an info
   * (`plan_area_exempt`) says why instead of a shortfall.
   */
  readonly exemptions?: Readonly<Record<string, readonly MergeExemption[]>>;
  /**
   * At most this many issues are listed (default `ISSUE_LIMIT`, 1,000); the rest are counted in one
   * closing `issues_truncated` issue. Raise it to list every issue of a large plan (the 2025 reform).
   */
  readonly issueLimit?: number;
}

/** Runs every plan check; the structure the plan builds comes back with the issues, for `applyPlan`. @internal */
export function runPlanChecks(
  functionName: string,
  structure: Structure,
  plan: Plan,
  options: ValidatePlanOptions | undefined,
): { readonly issues: readonly Issue[]; readonly applied: AppliedPlan } {
  assertPlanArguments(functionName, structure, plan, options);
  const context = new PlanContext(analysePlan(structure, plan), options?.rulebook ?? planRulebook, options?.exemptions ?? {});
  for (const check of planChecks) check(context);
  return { issues: context.issues, applied: context.appliedPlan() };
}

/**
 * Checks a reorganisation plan (đề án sắp xếp) against a structure and the law of the plan's
 * date: references (every unit exists and is in force the day before and on `effectiveOn`, new
 * ids are fresh, nothing is ended twice, no successor or new parent ends in the same plan),
 * shares (they add up), conservation (no orphaned child unit, organisation or post), levels (one
 * level per operation; nothing created at a level that does not exist on the date, no area under
 * an organisation), families (party with party …, except the cross-family consolidations a rule
 * in force permits), locality (organisations within one area; areas within the area holding the
 * result, as it stands after the plan), area standards of the date (households of villages,
 * population and area of communes and provinces, the 2025 directions), staffing (quota not above
 * the sources', surplus with its deadline), deputies (may exceed at a merger, with the deadline)
 * and conversions.
 *
 * It is closed under apply: the last check builds the structure `applyPlan` would return and runs
 * `validateStructure` on it on `effectiveOn`; every issue the result has that the input did not
 * have on that date, and that no check above already reports, is reported as
 * `plan_result_invalid` naming the operation behind it. So when the answer is ok, the structure
 * `applyPlan` returns has no error on `effectiveOn` the input did not already have.
 *
 * Rules behind a check are looked up on `effectiveOn`; when the rulebook has no version for the
 * date, `rule_not_in_force` is reported (as an error for the area hierarchy, as a warning for the
 * others, whose check is then skipped). Each issue carries the rule id, citation and verification.
 * Linear in the plan and the structure, also on deep parent chains and cycles.
 *
 * @param structure - The structure the plan applies to (treated as immutable).
 * @param plan - A parsed plan (see `parsePlan`).
 * @param options - `rulebook` (default `defaultRulebook`), `exemptions` the caller names, `issueLimit`.
 * @returns A pure-check result: `ok` when no issue is an error; the issues either way.
 * @throws {TypeError} When `plan` has no `operations` array, `effectiveOn` is not a real ISO date
 * (`2019-02-30`, `2025-6-30`), `structure` has no `units`, `people` and `assignments` arrays, or
 * `options` is `null` or not an object, or `exemptions` are not arrays of reasons by area id.
 * @throws {RangeError} When `issueLimit` is not a non-negative safe integer.
 * @example
 * ```ts
 * const result = validatePlan(kyAnhTown2018, {
 *   effectiveOn: isoDate('2019-01-01'),
 *   operations: [{ type: 'consolidate', sourceIds: ['vp-dang-uy-xa-ky-nam', 'vp-ubnd-xa-ky-nam'],
 *     newUnit: { id: 'vp-xa-ky-nam', kind: 'party-office', name: { vi: 'Văn phòng xã Kỳ Nam' }, areaId: 'xa-ky-nam' } }],
 * });
 * result.issues.map((issue) => issue.code); //=> ['plan_family_mismatch']
 * ```
 * @see Nghị quyết 76/2025/UBTVQH15, Kết luận 34-KL/TW, Thông báo 16-TB/TW, Thông tư 04/2012/TT-BNV as amended
 * @category Plan
 */
export function validatePlan(structure: Structure, plan: Plan, options?: ValidatePlanOptions): Result<void> {
  const { issues } = runPlanChecks('validatePlan', structure, plan, options);
  return options?.issueLimit === undefined ? toResult(issues) : toResult(issues, undefined, { limit: options.issueLimit });
}
