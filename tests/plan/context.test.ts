import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure } from '../../src/model/index.js';
import { analysePlan } from '../../src/plan/analysePlan.js';
import { PlanContext } from '../../src/plan/context.js';
import { planRulebook } from '../../src/plan/planRulebook.js';

const structure: Structure = { units: [{ id: 'p', kind: 'province', name: { vi: 'Tỉnh' }, from: isoDate('2020-01-01') }], people: [], assignments: [] };
const contextOn = (date: string) =>
  new PlanContext(analysePlan(structure, { effectiveOn: isoDate(date), operations: [{ type: 'rename', unitId: 'p', name: { vi: 'Mới' }, label: 'Đổi tên' }] }), planRulebook);

describe('PlanContext: rules looked up once, by id and type', () => {
  it('finds the area hierarchy on the date, and reads each rule once', () => {
    const context = contextOn('2025-07-01');
    expect(context.hierarchy?.rule.id).toBe('structure.area-hierarchy');
    expect(context.issues).toEqual([]);
    const first = context.rule('structure.area-hierarchy', 'area-hierarchy');
    expect(context.rule('structure.area-hierarchy', 'area-hierarchy')).toBe(first);
  });

  it('a rule missing on the date is one issue, at the severity asked, however often it is asked', () => {
    const context = contextOn('2025-07-01');
    expect(context.rule('no.such-rule', 'area-hierarchy', 'info')).toBeUndefined();
    expect(context.rule('no.such-rule', 'area-hierarchy', 'info')).toBeUndefined();
    expect(context.issues.map(({ code, severity }) => ({ code, severity }))).toEqual([{ code: 'rule_unknown', severity: 'info' }]);
    expect(context.rule('no.other-rule', 'area-hierarchy')).toBeUndefined();
    expect(context.issues.at(-1)?.severity).toBe('warning');
  });

  it('a rule of another type is not found, whether or not an issue is raised', () => {
    const context = contextOn('2025-07-01');
    expect(context.rule('structure.area-hierarchy', 'admin-unit-standard')).toBeUndefined();
    expect(context.issues).toHaveLength(1);
    expect(context.ruleIfInForce('structure.area-hierarchy', 'admin-unit-standard')).toBeUndefined();
    expect(context.ruleIfInForce('structure.area-hierarchy', 'area-hierarchy')?.rule.id).toBe('structure.area-hierarchy');
    expect(context.ruleIfInForce('no.such-rule', 'area-hierarchy')).toBeUndefined();
    expect(context.issues).toHaveLength(1);
  });

  it('labels operations, collects issues and builds the applied plan once', () => {
    const context = contextOn('2025-07-01');
    expect(context.label(0)).toBe('Đổi tên');
    context.add('rule_not_in_force', { params: { ruleId: 'x', asOf: '2025-07-01' } });
    expect(context.issues.map((issue) => issue.code)).toEqual(['rule_not_in_force']);
    expect(context.appliedPlan()).toBe(context.appliedPlan());
    expect(context.appliedPlan().events).toHaveLength(1);
  });
});
