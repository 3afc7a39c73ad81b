/**
 * Messages name what they speak of in the reader's language: an operation by its number and what it
 * does (`#2 hợp nhất` / `#2 consolidate`), the strength of the rule allowing a combination, and a
 * post by its name; the params keep the ids for programs.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { analysePlan, operationName } from '../../src/plan/analysePlan.js';
import { checkFamilies } from '../../src/plan/checks/families.js';
import { PlanContext } from '../../src/plan/context.js';
import { type Plan, type PlanOperation, validatePlan } from '../../src/plan/index.js';
import { planRulebook } from '../../src/plan/planRulebook.js';
import type { Rulebook, Strength } from '../../src/rules/index.js';

const from = isoDate('2015-01-01');
const units: Unit[] = [
  { id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, from },
  { id: 'xa-a', kind: 'commune', name: { vi: 'Xã A' }, from, parentId: 'tinh' },
  { id: 'xa-b', kind: 'commune', name: { vi: 'Xã B' }, from, parentId: 'tinh' },
  { id: 'ban-tc', kind: 'organisation-board', name: { vi: 'Ban Tổ chức' }, from, areaId: 'tinh' },
  { id: 'so-nv', kind: 'specialised-agency', name: { vi: 'Sở Nội vụ' }, from, areaId: 'tinh', sector: 'home-affairs' },
] as Unit[];
const structure: Structure = { units, people: [], assignments: [] };

describe('operationName: an operation in each language', () => {
  it.each([
    [{ type: 'merge', sourceIds: ['a'], targetId: 'b' }, '#1 sáp nhập', '#1 merge'],
    [{ type: 'consolidate', sourceIds: ['a'], newUnit: {} }, '#1 hợp nhất', '#1 consolidate'],
    [{ type: 'split', sourceId: 'a', parts: [] }, '#1 chia tách', '#1 split'],
    [{ type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: {} }, '#1 điều chỉnh một phần', '#1 partial transfer'],
    [{ type: 'dissolve', sourceId: 'a', successorId: 'b' }, '#1 giải thể', '#1 dissolve'],
    [{ type: 'rename', unitId: 'a', name: { vi: 'A' } }, '#1 đổi tên', '#1 rename'],
    [{ type: 'transfer', unitId: 'a', newParentId: 'b' }, '#1 chuyển trực thuộc', '#1 transfer'],
    [{ type: 'convert', unitId: 'a', autonomyGroup: 2 }, '#1 chuyển đổi', '#1 convert'],
  ])('%o: %s / %s', (operation, vi, en) => {
    expect(operationName(operation as unknown as PlanOperation, 0)).toEqual({ vi, en });
  });

  it('counts from one, and a label of its own is shown as written in both languages', () => {
    expect(operationName({ type: 'dissolve', sourceId: 'a', successorId: 'b' }, 11)).toEqual({ vi: '#12 giải thể', en: '#12 dissolve' });
    expect(operationName({ type: 'dissolve', sourceId: 'a', successorId: 'b', label: 'Giải thể A' }, 11)).toEqual({ vi: 'Giải thể A', en: 'Giải thể A' });
  });

  it('a type the schema does not know (a caller who skipped parsePlan) is shown as written', () => {
    expect(operationName({ type: 'annex', sourceId: 'a' } as unknown as PlanOperation, 2)).toEqual({ vi: '#3 annex', en: '#3 annex' });
  });
});

describe('PlanContext.add: an issue at an operation shows its name', () => {
  const context = () =>
    new PlanContext(
      analysePlan(structure, { effectiveOn: isoDate('2020-01-01'), operations: [{ type: 'rename', unitId: 'xa-a', name: { vi: 'A' } }, { type: 'merge', sourceIds: ['xa-b'], targetId: 'xa-a' }] } as Plan),
      planRulebook,
    );

  it('at operations[i] with an operation param: the message names it, the param keeps the label', () => {
    const plan = context();
    plan.add('plan_unit_unknown', { path: ['operations', 1, 'targetId'], params: { unitId: 'x', operation: plan.label(1) } });
    const issue = plan.issues.at(-1);
    expect(issue?.params).toEqual({ unitId: 'x', operation: '#2 merge' });
    expect(issue?.message).toEqual({
      vi: 'Thao tác #2 sáp nhập nêu đơn vị x, không có trong cơ cấu hay trong đề án',
      en: 'Operation #2 merge names unit x, which is neither in the structure nor created by the plan',
    });
  });

  it('a label the check gives itself wins, and other labels are kept', () => {
    const plan = context();
    plan.add('plan_unit_unknown', { path: ['operations', 1], params: { unitId: 'x', operation: plan.label(1) }, labels: { operation: 'O', unitId: 'U' } });
    expect(plan.issues.at(-1)?.message.vi).toBe('Thao tác O nêu đơn vị U, không có trong cơ cấu hay trong đề án');
    plan.add('plan_unit_unknown', { path: ['operations', 1], params: { unitId: 'x', operation: plan.label(1) }, labels: { unitId: 'U' } });
    expect(plan.issues.at(-1)?.message.vi).toBe('Thao tác #2 sáp nhập nêu đơn vị U, không có trong cơ cấu hay trong đề án');
  });

  it.each([
    ['no path', undefined],
    ['a path elsewhere', ['units', 1]],
    ['a path with no position', ['operations']],
    ['a position that is not a number', ['operations', '1']],
  ])('%s: the param is shown as it is', (_, path) => {
    const plan = context();
    plan.add('plan_unit_unknown', { ...(path === undefined ? {} : { path: path as (string | number)[] }), params: { unitId: 'x', operation: 'op' } });
    expect(plan.issues.at(-1)?.message.vi).toBe('Thao tác op nêu đơn vị x, không có trong cơ cấu hay trong đề án');
  });

  it('an issue at an operation without params: nothing to name', () => {
    const plan = context();
    plan.add('plan_unit_unknown', { path: ['operations', 1] });
    expect(plan.issues.at(-1)?.message.vi).toBe('Thao tác ? nêu đơn vị ?, không có trong cơ cấu hay trong đề án');
  });

  it('an issue at an operation without an operation param gets no label', () => {
    const plan = context();
    plan.add('plan_unit_unknown', { path: ['operations', 1], params: { unitId: 'x' } });
    expect(plan.issues.at(-1)?.message.vi).toBe('Thao tác ? nêu đơn vị x, không có trong cơ cấu hay trong đề án');
  });

  it('through validatePlan: an unknown unit in each language', () => {
    const { issues } = validatePlan(structure, { effectiveOn: isoDate('2020-01-01'), operations: [{ type: 'transfer', unitId: 'xa-z', newParentId: 'tinh' }] });
    const issue = issues.find((candidate) => candidate.code === 'plan_unit_unknown');
    expect(issue?.params?.['operation']).toBe('#1 transfer');
    expect(issue?.message.vi).toBe('Thao tác #1 chuyển trực thuộc nêu đơn vị xa-z, không có trong cơ cấu hay trong đề án');
  });
});

describe('checkFamilies: the strength of the rule that allows a combination, in each language', () => {
  const ruleId = 'merge.pilot-organisation-home-affairs';
  const withStrength = (strength: Strength | undefined): Rulebook => ({
    ...planRulebook,
    rules: planRulebook.rules.map((rule) =>
      rule.id === ruleId ? { ...rule, versions: rule.versions.map((version) => ({ ...version, strength })) } : rule,
    ),
  }) as unknown as Rulebook;

  it.each([
    ['required', 'bắt buộc', 'required'],
    ['encouraged', 'được khuyến khích', 'encouraged'],
    ['pilot', 'thí điểm', 'pilot'],
    ['permitted', 'được phép', 'permitted'],
    [undefined, 'được phép', 'permitted'],
  ] as const)('%s: (%s) / (%s)', (strength, vi, en) => {
    const operation = { type: 'consolidate', sourceIds: ['ban-tc', 'so-nv'], newUnit: { id: 'ban-moi', kind: 'organisation-board', name: { vi: 'Ban mới' }, areaId: 'tinh' } };
    const plan = new PlanContext(analysePlan(structure, { effectiveOn: isoDate('2020-01-01'), operations: [operation] } as unknown as Plan), withStrength(strength));
    const before = plan.issues.length;
    checkFamilies(plan);
    const [issue, ...rest] = plan.issues.slice(before);
    expect(rest).toEqual([]);
    expect(issue?.params?.['strength']).toBe(strength ?? 'permitted');
    expect(issue?.message).toEqual({
      vi: `Thao tác #1 hợp nhất: hợp nhất ban tổ chức, cơ quan chuyên môn (sở, phòng) được phép (${vi}) theo quy định "Hợp nhất Ban Tổ chức cấp ủy với cơ quan Nội vụ (thí điểm)"`,
      en: `Operation #1 consolidate: combining organisation board, specialised agency is allowed (${en}) under "Consolidating the party organisation board with the home-affairs agency (pilot)"`,
    });
  });
});
