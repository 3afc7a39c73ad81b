/** Runs one plan check on its own and returns what it reports, field by field. */
import type { Structure } from '../../../src/model/index.js';
import { analysePlan } from '../../../src/plan/analysePlan.js';
import { type PlanCheck, PlanContext } from '../../../src/plan/context.js';
import type { Plan } from '../../../src/plan/index.js';
import { planRulebook } from '../../../src/plan/planRulebook.js';
import type { Issue } from '../../../src/report/index.js';
import type { MergeExemption, Rulebook } from '../../../src/rules/index.js';

/** The issues one check adds to a fresh context (after what the context itself reports). */
export function issuesOfCheck(
  check: PlanCheck,
  structure: Structure,
  plan: Plan,
  rulebook: Rulebook = planRulebook,
  exemptions: Readonly<Record<string, readonly MergeExemption[]>> = {},
): readonly Issue[] {
  const context = new PlanContext(analysePlan(structure, plan), rulebook, exemptions);
  const before = context.issues.length;
  check(context);
  return context.issues.slice(before);
}

/** The issues one check reports, as code, severity, path, units, people, params and rule. */
export function runCheck(check: PlanCheck, structure: Structure, plan: Plan, rulebook: Rulebook = planRulebook) {
  return issuesOfCheck(check, structure, plan, rulebook).map(({ code, severity, path, unitIds, personIds, params, ruleId }) => ({
    code,
    severity,
    path,
    unitIds,
    personIds,
    params,
    ruleId,
  }));
}

/** The messages of the issues one check reports, as [code, vi, en]. */
export function messagesOfCheck(check: PlanCheck, structure: Structure, plan: Plan, rulebook: Rulebook = planRulebook): string[][] {
  return issuesOfCheck(check, structure, plan, rulebook).map((issue) => [issue.code, issue.message.vi, issue.message.en]);
}
