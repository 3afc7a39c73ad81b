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

describe('PlanContext.add: units named by name and id in messages', () => {
  const named: Structure = {
    units: [
      { id: 'p', kind: 'province', name: { vi: 'Tỉnh Cao', en: 'Cao Province' }, from: isoDate('2020-01-01') },
      { id: 'x', kind: 'commune', name: { vi: 'Xã Đông' }, parentId: 'p', from: isoDate('2020-01-01') },
    ],
    people: [],
    assignments: [],
  };
  const context = () =>
    new PlanContext(
      analysePlan(named, {
        effectiveOn: isoDate('2025-07-01'),
        operations: [{ type: 'consolidate', sourceIds: ['x'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'Xã Mới', en: 'New Commune' }, parentId: 'p' } }],
      }),
      planRulebook,
    );
  const messageOf = (add: (context: PlanContext) => void) => {
    const planContext = context();
    const before = planContext.issues.length;
    add(planContext);
    return planContext.issues.slice(before).map((issue) => ({ ...issue.message, params: issue.params }));
  };

  it('each id param is shown by name and id, in English by the English name where there is one; the params keep the ids', () => {
    const params = { operation: '#1 consolidate', unitId: 'x', parentId: 'p', resultId: 'n' };
    expect(messageOf((planContext) => planContext.add('plan_area_outside_parent', { path: ['operations', 0], params }))).toEqual([
      {
        vi: 'Thao tác #1 hợp nhất: Xã Đông (x) không nằm trong Tỉnh Cao (p), địa bàn chứa đơn vị sau sắp xếp Xã Mới (n)',
        en: 'Operation #1 consolidate: Xã Đông (x) does not lie within Cao Province (p), the area holding the result New Commune (n)',
        params,
      },
    ]);
    const locality = { operation: '#1 consolidate', unitId: 'x', areaId: 'p', otherId: 'n', otherAreaId: 'x' };
    expect(messageOf((planContext) => planContext.add('plan_locality_mismatch', { path: ['operations', 0], params: locality }))[0]?.en).toBe(
      'Operation #1 consolidate: Xã Đông (x) serves Cao Province (p) but New Commune (n) serves Xã Đông (x); organisations merge within one area',
    );
  });

  it('an id neither the structure nor the plan knows, a param that is not a string, and an issue that names the unit itself keep what they had', () => {
    expect(messageOf((planContext) => planContext.add('plan_convert_no_change', { params: { unitId: 'zz', autonomyGroup: 2 } }))[0]?.en).toBe('zz is already in autonomy group 2');
    expect(messageOf((planContext) => planContext.add('plan_convert_no_change', { params: { unitId: 7, autonomyGroup: 2 } }))[0]?.en).toBe('7 is already in autonomy group 2');
    // unitName given: the template names it, the id stays an id
    expect(
      messageOf((planContext) => planContext.add('plan_area_data_missing', { params: { unitId: 'x', unitName: { vi: 'Xã Đông', en: 'Dong' }, measure: 'population' } }))[0]?.en,
    ).toBe('Dong (x): no population given, so the standard cannot be checked');
    // a label given by the check wins (an id that is the subject)
    expect(messageOf((planContext) => planContext.add('plan_id_not_fresh', { path: ['operations', 0], params: { unitId: 'x', operation: '#1 consolidate' }, labels: { unitId: 'x' } }))[0]?.vi).toBe(
      'Mã đơn vị mới x (thao tác #1 hợp nhất) đã được dùng',
    );
  });

  it('an issue with no operation and no known unit gets no labels at all', () => {
    const planContext = context();
    planContext.add('rule_not_in_force', { params: { ruleId: 'x', asOf: '2025-07-01' } });
    const issue = planContext.issues.at(-1);
    expect(Object.getOwnPropertySymbols(issue ?? {})).toEqual([]);
    expect(issue?.message.en).toBe('Rule x has no version in force on 2025-07-01');
  });
});
