import type { Bilingual } from '../core/Bilingual.js';
import type { IssueCode } from '../report/catalogue.js';
import { type CreateIssueOptions, createIssue } from '../report/createIssue.js';
import type { Issue, IssueParamValue, Severity } from '../report/Issue.js';
import { findRule, type RuleInForce } from '../rules/findRule.js';
import type { MergeExemption, RuleType, Rulebook } from '../rules/Rule.js';
import { unitNameLabels } from '../structure/unitNames.js';
import { operationLabel, operationName, type PlanAnalysis, resolveUnit } from './analysePlan.js';
import { Ancestry } from './ancestry.js';
import { type AppliedPlan, buildAppliedPlan } from './buildAppliedPlan.js';
import type { PlanOperation } from './Plan.js';

/** The params of a plan issue that hold the id of one unit, shown by the unit's name and id in messages. */
const PLAN_UNIT_PARAMS = ['unitId', 'parentId', 'otherId', 'resultId', 'areaId', 'otherAreaId'] as const;

/**
 * What every plan check shares: the analysed plan, the rulebook with cached lookups on the plan's
 * date, the memoised ancestry of the planned units, the structure the plan builds (made once, on
 * first use) and the issues found so far.
 * @internal
 */
export class PlanContext {
  readonly issues: Issue[] = [];
  readonly ancestry: Ancestry;
  /** The area hierarchy in force on `effectiveOn` (looked up first: its absence is an error). */
  readonly hierarchy: RuleInForce<'area-hierarchy'> | undefined;
  private readonly rules = new Map<string, RuleInForce | undefined>();
  private applied: AppliedPlan | undefined;

  constructor(
    readonly analysis: PlanAnalysis,
    readonly rulebook: Rulebook,
    /** Units the caller names as exempt from merging, by reason (`ValidatePlanOptions.exemptions`). */
    readonly exemptions: Readonly<Record<string, readonly MergeExemption[]>> = {},
  ) {
    this.ancestry = new Ancestry(analysis);
    this.hierarchy = this.rule('structure.area-hierarchy', 'area-hierarchy', 'error');
  }

  /**
   * Records an issue from the catalogue. An issue at an operation (`path` `['operations', i, …]`)
   * whose params name it (`operation`, from {@link label}) shows the operation's name in each
   * language in its message; the param keeps the label for programs. A unit named by its id in
   * `unitId`, `parentId`, `otherId`, `resultId`, `areaId` or `otherAreaId` is shown by its name and
   * id (`Xã Cộng Hòa (x-ch)`) when the structure or the plan knows it, unless the issue names it
   * already (`unitName`) or gives its own label (a post that names it, an id that is the subject
   * as in `plan_id_not_fresh`); the params keep the ids.
   */
  add(code: IssueCode, options: CreateIssueOptions = {}): void {
    const [collection, operationIndex] = options.path ?? [];
    const named = options.params?.operation !== undefined && collection === 'operations' && typeof operationIndex === 'number';
    const units = unitNameLabels(options.params ?? {}, PLAN_UNIT_PARAMS, (id) => resolveUnit(this.analysis, id)?.name, options.labels);
    const labels: Record<string, IssueParamValue> = { ...(named ? { operation: this.name(operationIndex) } : {}), ...units, ...options.labels };
    this.issues.push(createIssue(code, Object.keys(labels).length === 0 ? options : { ...options, labels }));
  }

  /** The version of a rule in force on the plan's date; a missing one is reported once, as `missingSeverity`. */
  rule<T extends RuleType>(id: string, type: T, missingSeverity: Severity = 'warning'): RuleInForce<T> | undefined {
    // by type and id: the same id asked as another type is another question (and not found)
    const key = `${type} ${id}`;
    if (this.rules.has(key)) return this.rules.get(key) as RuleInForce<T> | undefined;
    const found = findRule(this.rulebook, id, this.analysis.effectiveOn, { type });
    if (found.ok) {
      this.rules.set(key, found.inForce as unknown as RuleInForce);
      return found.inForce;
    }
    this.rules.set(key, undefined);
    this.issues.push({ ...found.issue, severity: missingSeverity });
    return undefined;
  }

  /** The version of a rule in force on the plan's date, or `undefined` without any report. */
  ruleIfInForce<T extends RuleType>(id: string, type: T): RuleInForce<T> | undefined {
    const found = findRule(this.rulebook, id, this.analysis.effectiveOn, { type });
    return found.ok ? found.inForce : undefined;
  }

  /** The label of an operation in params (`#2 consolidate`, or its own `label`). */
  label(operationIndex: number): string {
    return operationLabel(this.analysis.plan.operations[operationIndex] as PlanOperation, operationIndex);
  }

  /** The name of an operation in messages, in each language (`#2 hợp nhất` / `#2 consolidate`). */
  name(operationIndex: number): Bilingual {
    return operationName(this.analysis.plan.operations[operationIndex] as PlanOperation, operationIndex);
  }

  /** The structure after the plan and its events, built once. */
  appliedPlan(): AppliedPlan {
    this.applied ??= buildAppliedPlan(this.analysis);
    return this.applied;
  }
}

/** The rule id, citation and verification an issue raised under a rule carries. @internal */
export function basisOf(inForce: RuleInForce): Pick<Issue, 'ruleId' | 'citation' | 'verification'> {
  return { ruleId: inForce.rule.id, citation: inForce.version.citation, verification: inForce.verification };
}

/**
 * One check of a plan: reads the context, records issues. Checks run in the order of `planChecks`
 * (./checks/index.ts), which is also the order of the issues they find.
 * @internal
 */
export type PlanCheck = (context: PlanContext) => void;
