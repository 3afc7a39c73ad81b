import type { Structure } from '../../../src/model/index.js';
import { type Plan, validatePlan } from '../../../src/plan/index.js';
import type { Issue } from '../../../src/report/index.js';
import { defaultRulebook, type Rulebook } from '../../../src/rules/index.js';

/** The issues `validatePlan` finds. */
export const issuesOf = (structure: Structure, plan: Plan, rulebook: Rulebook = defaultRulebook): readonly Issue[] =>
  validatePlan(structure, plan, { rulebook }).issues;

/** The codes of the issues `validatePlan` finds. */
export const codesOf = (structure: Structure, plan: Plan, rulebook: Rulebook = defaultRulebook): string[] =>
  issuesOf(structure, plan, rulebook).map((issue) => issue.code);

/** The below-standard findings as [measure, value, required, ruleId]. */
export const shortfalls = (issues: readonly Issue[]) =>
  issues
    .filter((issue) => issue.code === 'plan_area_below_standard')
    .map((issue) => [issue.params?.['measure'], issue.params?.['value'], issue.params?.['required'], issue.ruleId]);
