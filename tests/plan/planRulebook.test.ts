import { describe, expect, it } from 'vitest';
import { planRulebook } from '../../src/plan/planRulebook.js';
import { validatePlan } from '../../src/plan/index.js';
import { mergeRules } from '../../src/rules/data/mergeRules.js';
import { rolesRules } from '../../src/rules/data/rolesRules.js';
import { staffingRules } from '../../src/rules/data/staffingRules.js';
import { structureRules } from '../../src/rules/data/structureRules.js';
import { defaultRulebook, type Rule, validateRulebook } from '../../src/rules/index.js';
import { getReform2025Plan, getVietnam } from '../../src/vn/index.js';

/** The instruments the rules cite, with every instrument those amend or replace, transitively. */
function citedClosure(): Set<string> {
  const ids = new Set<string>();
  for (const rule of planRulebook.rules) {
    for (const version of rule.versions) {
      for (const citation of [version.citation, ...(version.alsoCites ?? [])]) ids.add(citation.instrumentId);
    }
  }
  const byId = new Map(defaultRulebook.instruments.map((instrument) => [instrument.id, instrument]));
  const pending = [...ids];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const instrument = byId.get(id);
    for (const target of [...(instrument?.amends ?? []), ...(instrument?.replaces ?? [])]) {
      if (ids.has(target)) continue;
      ids.add(target);
      pending.push(target);
    }
  }
  return ids;
}

describe('planRulebook, what the plan functions read when given no rulebook', () => {
  it('holds the structure and merge rules of defaultRulebook as they are there, and no roles or staffing rule', () => {
    expect(planRulebook.rules.length).toBe(structureRules.length + mergeRules.length);
    expect(planRulebook.rules.every((rule) => defaultRulebook.rules.includes(rule))).toBe(true);
    const others: readonly Rule[] = [...rolesRules, ...staffingRules];
    expect(planRulebook.rules.filter((rule) => others.includes(rule))).toEqual([]);
  });

  it('holds exactly the instruments those rules cite and those these amend or replace, as defaultRulebook has them', () => {
    expect(planRulebook.instruments.map((instrument) => instrument.id).sort()).toEqual([...citedClosure()].sort());
    expect(planRulebook.instruments.every((instrument) => defaultRulebook.instruments.includes(instrument))).toBe(true);
    // the roles and staffing instruments stay out: NĐ 178 on leaving benefits, KL 40 on staffing cuts
    expect(planRulebook.instruments.map((instrument) => instrument.id)).not.toContain('178/2024/NĐ-CP');
    expect(planRulebook.instruments.map((instrument) => instrument.id)).not.toContain('40-KL/TW');
  });

  it('is a valid rulebook on its own: every citation and every link between instruments resolves', () => {
    expect(validateRulebook(planRulebook)).toEqual({ ok: true, value: undefined, issues: [] });
  });

  it('gives validatePlan the answers of defaultRulebook on the real 2025 reform', () => {
    const before = getVietnam('2025-03-01');
    const plan = getReform2025Plan();
    const withDefault = validatePlan(before, plan, { rulebook: defaultRulebook });
    const withPlanRulebook = validatePlan(before, plan);
    expect(withPlanRulebook.issues.length).toBeGreaterThan(0);
    expect(withPlanRulebook.issues.map((issue) => ({ ...issue, message: { ...issue.message } }))).toEqual(
      withDefault.issues.map((issue) => ({ ...issue, message: { ...issue.message } })),
    );
  });
});
