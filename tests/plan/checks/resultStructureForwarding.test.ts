import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Structure, Unit } from '../../../src/model/index.js';
import { applyPlan, type Plan, validatePlan } from '../../../src/plan/index.js';
import { camPhaFixture, planOn } from '../fixtures.js';

/*
 * checkResultStructure passes on what the structure issue knows: its severity, units and people,
 * and the rule, citation and verification behind it, each only when the structure issue has it.
 */

const FROM = isoDate('2025-07-01');
const org = (id: string, kind: string, areaId: string, extra: Record<string, unknown> = {}) => ({ id, kind, name: { vi: id }, areaId, from: FROM, ...extra }) as Unit;

describe('checkResultStructure: what a result issue carries', () => {
  it('a province left with 15 bodies: the warning of structure.province-department-cap, with its rule, basis and verification', () => {
    // 13 departments and the committee office make 14, the cap of NĐ 150/2025; splitting one makes 15
    const structure: Structure = {
      units: [
        { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
        { id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, parentId: 'vn', from: FROM, code: '42' } as Unit,
        org('ubnd-tinh', 'peoples-committee', 'tinh'),
        org('vp-ubnd-tinh', 'government-office', 'tinh'),
        ...Array.from({ length: 13 }, (_, index) => org(`so-${index}`, 'specialised-agency', 'tinh', { sector: `sector-${index}` })),
      ],
      people: [],
      assignments: [],
    };
    const part = (id: string, sector: string) => ({ newUnit: { id, kind: 'specialised-agency', name: { vi: id }, areaId: 'tinh', sector }, share: { basisPoints: 5000 } });
    const plan = { effectiveOn: isoDate('2025-08-01'), operations: [{ type: 'split', sourceId: 'so-0', parts: [part('so-0a', 'a'), part('so-0b', 'b')] }] } as Plan;
    const result = validatePlan(structure, plan);
    expect(result.ok).toBe(true); // a warning: the plan may go ahead
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0];
    expect(issue).toMatchObject({
      code: 'plan_result_invalid',
      severity: 'warning',
      path: ['operations', 0],
      unitIds: ['tinh', 'vp-ubnd-tinh', ...Array.from({ length: 12 }, (_, index) => `so-${index + 1}`), 'so-0a', 'so-0b'],
      ruleId: 'structure.province-department-cap',
      citation: { instrumentId: '150/2025/NĐ-CP' },
      verification: 'secondary',
      params: { operation: '#1 split', operationIndex: 0, structureCode: 'structure_bodies_above_limit', asOf: '2025-08-01' },
    });
    expect(Object.hasOwn(issue ?? {}, 'personIds')).toBe(false);
    expect(issue?.message.vi).toBe(
      'Sau thao tác #1 chia tách, cơ cấu vào ngày 2025-08-01 có vấn đề: Tỉnh (tinh): 15 cơ quan được tính theo quy định "Số lượng sở và tương đương thuộc UBND cấp tỉnh", vượt mức tối đa 14 vào ngày 2025-08-01',
    );
  });

  it('a post moved to a successor that ends before it: the person, and no rule', () => {
    // a post appointed for after the plan used to stay at the ended unit and raise this; it now moves
    // (tests/plan/validatePlan.test.ts), so the successor is made to end first instead
    const fixture = camPhaFixture();
    const held = fixture.assignments[0] as Structure['assignments'][number]; // p1, head of btc
    const structure: Structure = { ...fixture, units: fixture.units.map((unit) => (unit.id === 'ubnd-tp' ? { ...unit, to: isoDate('2020-01-01') } : unit)) };
    const plan = planOn('2019-06-01', { type: 'merge', sourceIds: [held.unitId], targetId: 'ubnd-tp' });
    const invalid = validatePlan(structure, plan).issues.filter((issue) => issue.code === 'plan_result_invalid' && issue.personIds?.[0] === 'p1');
    expect(invalid).toHaveLength(1);
    const issue = invalid[0];
    expect(issue).toMatchObject({
      severity: 'error',
      path: ['operations', 0],
      unitIds: ['ubnd-tp'],
      personIds: ['p1'],
      params: { operation: '#1 merge', operationIndex: 0, structureCode: 'assignment_outside_unit', asOf: '2019-06-01' },
    });
    for (const key of ['ruleId', 'citation', 'verification']) expect(Object.hasOwn(issue ?? {}, key)).toBe(false);
    expect(issue?.message.en).toBe(
      'After operation #1 merge, the structure on 2019-06-01 has a problem: p1 holds the post of head of UBND thành phố (ubnd-tp) from 2019-06-01 to …, outside the unit’s validity (2015-01-01 to 2020-01-01)',
    );
  });
});

describe('checkResultStructure: a post that starts on the effective day', () => {
  it('a commune merged on the day its new chair takes office: the plan is valid and the chair moves to the successor', () => {
    const fixture = camPhaFixture();
    const structure: Structure = { ...fixture, assignments: [...fixture.assignments, { personId: 'p1', unitId: 'x-dh', role: 'chair', from: isoDate('2019-06-01') }] };
    const plan = planOn('2019-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    // before the fix, applying it left p1 chair of x-dh from 2019-06-01 to 2019-06-01: an interval_reversed the plan was blamed for
    expect(validatePlan(structure, plan).issues).toEqual([]);
    const applied = applyPlan(structure, plan);
    expect(applied.ok && applied.value.structure.assignments.filter((assignment) => assignment.personId === 'p1' && assignment.role === 'chair')).toEqual([
      { personId: 'p1', unitId: 'x-ch', role: 'chair', from: '2019-06-01' },
    ]);
  });
});
