import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Structure, Unit } from '../../../src/model/index.js';
import { analysePlan } from '../../../src/plan/analysePlan.js';
import { checkReferences } from '../../../src/plan/checks/references.js';
import { PlanContext } from '../../../src/plan/context.js';
import type { Plan, PlanOperation } from '../../../src/plan/index.js';
import { planRulebook } from '../../../src/plan/planRulebook.js';

const from = isoDate('2020-01-01');
const on = isoDate('2025-07-01');
const units: Unit[] = [
  { id: 'p', kind: 'province', name: { vi: 'Tỉnh' }, from },
  { id: 'a', kind: 'commune', name: { vi: 'A' }, from, parentId: 'p' },
  { id: 'b', kind: 'commune', name: { vi: 'B' }, from, parentId: 'p' },
  { id: 'c', kind: 'commune', name: { vi: 'C' }, from, parentId: 'p' },
  // ended the day before the plan: not in force on either day
  { id: 'gone', kind: 'commune', name: { vi: 'Đã hết' }, from, to: isoDate('2025-06-30'), parentId: 'p' },
  // ends on the plan's date: in force the day before, not on the day
  { id: 'ending', kind: 'commune', name: { vi: 'Hết hôm nay' }, from, to: on, parentId: 'p' },
  // starts on the plan's date: not in force the day before
  { id: 'young', kind: 'commune', name: { vi: 'Mới lập' }, from: on, parentId: 'p' },
  { id: 'hoi', kind: 'mass-association', name: { vi: 'Hội' }, from, areaId: 'a' },
] as Unit[];
const structure: Structure = { units, people: [], assignments: [] };

/** The issues checkReferences raises for a plan: code, path, units and params. */
function referenceIssues(operations: PlanOperation[]) {
  const context = new PlanContext(analysePlan(structure, { effectiveOn: on, operations } as Plan), planRulebook);
  const before = context.issues.length;
  checkReferences(context);
  return context.issues.slice(before).map(({ code, path, unitIds, params }) => ({ code, path, unitIds, params }));
}

describe('checkReferences: units a plan names must exist and be in force on both days', () => {
  it.each([
    ['unknown', 'nowhere', [{ code: 'plan_unit_unknown', params: { unitId: 'nowhere', operation: '#1 rename' } }]],
    ['ended before', 'gone', [{ code: 'plan_unit_not_in_force', params: { unitId: 'gone', operation: '#1 rename', asOf: '2025-06-30' } }]],
    ['ending on the day', 'ending', [{ code: 'plan_unit_not_in_force', params: { unitId: 'ending', operation: '#1 rename', asOf: on } }]],
    ['starting on the day', 'young', [{ code: 'plan_unit_not_in_force', params: { unitId: 'young', operation: '#1 rename', asOf: '2025-06-30' } }]],
    ['in force on both', 'a', []],
  ] as const)('a rename of a unit %s', (_label, unitId, expected) => {
    expect(referenceIssues([{ type: 'rename', unitId, name: { vi: 'X' } }])).toEqual(
      expected.map((issue) => ({ ...issue, path: ['operations', 0, 'unitId'], unitIds: [unitId] })),
    );
  });

  it('names the path of every reference of a merger, and a target among its sources', () => {
    expect(referenceIssues([{ type: 'merge', sourceIds: ['a', 'nowhere', 'b'], targetId: 'b' }])).toEqual([
      { code: 'plan_unit_unknown', path: ['operations', 0, 'sourceIds', 1], unitIds: ['nowhere'], params: { unitId: 'nowhere', operation: '#1 merge' } },
      { code: 'plan_target_among_sources', path: ['operations', 0, 'targetId'], unitIds: ['b'], params: { unitId: 'b', operation: '#1 merge' } },
      // b both ends (a source) and takes over (the target): its successor ends
      { code: 'plan_successor_ends', path: ['operations', 0], unitIds: ['b'], params: { unitId: 'b', operation: '#1 merge' } },
    ]);
    expect(referenceIssues([{ type: 'merge', sourceIds: ['a'], targetId: 'nowhere' }])).toEqual([
      { code: 'plan_unit_unknown', path: ['operations', 0, 'targetId'], unitIds: ['nowhere'], params: { unitId: 'nowhere', operation: '#1 merge' } },
    ]);
  });

  it('checks the links of new units: a parent and an area existing or created by the plan', () => {
    expect(
      referenceIssues([
        { type: 'consolidate', sourceIds: ['a', 'b'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'nowhere' } },
        { type: 'consolidate', sourceIds: ['nowhere2'], newUnit: { id: 'h', kind: 'mass-association', name: { vi: 'H' }, areaId: 'n' } },
        { type: 'consolidate', sourceIds: ['c'], newUnit: { id: 'h2', kind: 'mass-association', name: { vi: 'H2' }, areaId: 'ghost' } },
      ]),
    ).toEqual([
      { code: 'plan_unit_unknown', path: ['operations', 0, 'newUnit', 'parentId'], unitIds: ['nowhere'], params: { unitId: 'nowhere', operation: '#1 consolidate' } },
      { code: 'plan_unit_unknown', path: ['operations', 1, 'sourceIds', 0], unitIds: ['nowhere2'], params: { unitId: 'nowhere2', operation: '#2 consolidate' } },
      { code: 'plan_unit_unknown', path: ['operations', 2, 'newUnit', 'areaId'], unitIds: ['ghost'], params: { unitId: 'ghost', operation: '#3 consolidate' } },
    ]);
  });

  it('a consolidation needs sources, unless transfers or a dissolution feed it', () => {
    const newUnit = (id: string) => ({ id, kind: 'commune' as const, name: { vi: id }, parentId: 'p' });
    expect(referenceIssues([{ type: 'consolidate', sourceIds: [], newUnit: newUnit('n') }])).toEqual([
      { code: 'plan_no_sources', path: ['operations', 0, 'sourceIds'], unitIds: ['n'], params: { unitId: 'n', operation: '#1 consolidate' } },
    ]);
    expect(
      referenceIssues([
        { type: 'consolidate', sourceIds: [], newUnit: newUnit('n') },
        { type: 'partial-transfer', sourceId: 'a', targetId: 'n', share: { population: 1 } },
      ]),
    ).toEqual([]);
    expect(
      referenceIssues([
        { type: 'consolidate', sourceIds: [], newUnit: newUnit('n') },
        { type: 'dissolve', sourceId: 'a', successorId: 'n' },
      ]),
    ).toEqual([]);
  });

  it('checks a split, a transfer of part, a dissolution and a move, reference by reference', () => {
    expect(
      referenceIssues([
        { type: 'split', sourceId: 'nowhere', parts: [{ newUnit: { id: 's1', kind: 'commune', name: { vi: 'S1' }, parentId: 'ghost' }, share: { basisPoints: 10_000 } }] },
        { type: 'partial-transfer', sourceId: 'gone', targetId: 's1', share: { population: 1 } },
        { type: 'partial-transfer', sourceId: 'a', targetId: 'ghost2', share: { population: 1 } },
        { type: 'dissolve', sourceId: 'hoi', successorId: 'ghost3' },
        { type: 'transfer', unitId: 'b', newParentId: 'ghost4', newAreaId: 'ghost5' },
        { type: 'transfer', unitId: 'c', newParentId: 's1' },
        { type: 'convert', unitId: 'ghost6', autonomyGroup: 2 },
      ]),
    ).toEqual([
      { code: 'plan_unit_unknown', path: ['operations', 0, 'sourceId'], unitIds: ['nowhere'], params: { unitId: 'nowhere', operation: '#1 split' } },
      { code: 'plan_unit_unknown', path: ['operations', 0, 'parts', 0, 'newUnit', 'parentId'], unitIds: ['ghost'], params: { unitId: 'ghost', operation: '#1 split' } },
      { code: 'plan_unit_not_in_force', path: ['operations', 1, 'sourceId'], unitIds: ['gone'], params: { unitId: 'gone', operation: '#2 partial-transfer', asOf: '2025-06-30' } },
      { code: 'plan_unit_unknown', path: ['operations', 2, 'targetId'], unitIds: ['ghost2'], params: { unitId: 'ghost2', operation: '#3 partial-transfer' } },
      { code: 'plan_unit_unknown', path: ['operations', 3, 'successorId'], unitIds: ['ghost3'], params: { unitId: 'ghost3', operation: '#4 dissolve' } },
      { code: 'plan_unit_unknown', path: ['operations', 4, 'newParentId'], unitIds: ['ghost4'], params: { unitId: 'ghost4', operation: '#5 transfer' } },
      { code: 'plan_unit_unknown', path: ['operations', 4, 'newAreaId'], unitIds: ['ghost5'], params: { unitId: 'ghost5', operation: '#5 transfer' } },
      { code: 'plan_unit_unknown', path: ['operations', 6, 'unitId'], unitIds: ['ghost6'], params: { unitId: 'ghost6', operation: '#7 convert' } },
    ]);
  });

  it.each([
    ['split', 'sourceId', { type: 'split', sourceId: 'ghost', parts: [{ newUnit: { id: 's1', kind: 'commune', name: { vi: 'S1' }, parentId: 'p' }, share: { basisPoints: 10_000 } }] }],
    ['partial-transfer', 'sourceId', { type: 'partial-transfer', sourceId: 'ghost', targetId: 'a', share: { population: 1 } }],
    ['partial-transfer', 'targetId', { type: 'partial-transfer', sourceId: 'a', targetId: 'ghost', share: { population: 1 } }],
    ['dissolve', 'sourceId', { type: 'dissolve', sourceId: 'ghost', successorId: 'a' }],
    ['dissolve', 'successorId', { type: 'dissolve', sourceId: 'hoi', successorId: 'ghost' }],
    ['rename', 'unitId', { type: 'rename', unitId: 'ghost', name: { vi: 'X' } }],
    ['convert', 'unitId', { type: 'convert', unitId: 'ghost', autonomyGroup: 2 }],
    ['transfer', 'unitId', { type: 'transfer', unitId: 'ghost', newAreaId: 'a' }],
    ['transfer', 'newAreaId', { type: 'transfer', unitId: 'hoi', newAreaId: 'ghost' }],
    ['transfer', 'newParentId', { type: 'transfer', unitId: 'a', newParentId: 'ghost' }],
    ['merge', 'targetId', { type: 'merge', sourceIds: ['a'], targetId: 'ghost' }],
  ] as const)('a %s naming no unit in its %s: the issue names that field', (type, field, operation) => {
    expect(referenceIssues([operation as unknown as PlanOperation])).toEqual([
      { code: 'plan_unit_unknown', path: ['operations', 0, field], unitIds: ['ghost'], params: { unitId: 'ghost', operation: `#1 ${type}` } },
    ]);
  });

  it('a new unit must have a fresh id, once', () => {
    expect(
      referenceIssues([
        { type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'b', kind: 'commune', name: { vi: 'B' }, parentId: 'p' } },
        { type: 'consolidate', sourceIds: ['c'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p' } },
        { type: 'consolidate', sourceIds: ['hoi'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p' } },
      ]).map(({ code, path, unitIds }) => ({ code, path, unitIds })),
    ).toEqual([
      { code: 'plan_id_not_fresh', path: ['operations', 0], unitIds: ['b'] },
      { code: 'plan_id_not_fresh', path: ['operations', 2], unitIds: ['n'] },
    ]);
  });

  it('a taken id is named as an id, not as the unit that has it; a unit not in force by its name and id', () => {
    const messagesOf = (operations: PlanOperation[]) => {
      const context = new PlanContext(analysePlan(structure, { effectiveOn: on, operations } as Plan), planRulebook);
      const before = context.issues.length;
      checkReferences(context);
      return context.issues.slice(before).map((issue) => issue.message.en);
    };
    expect(
      messagesOf([
        { type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'b', kind: 'commune', name: { vi: 'B mới' }, parentId: 'p' } },
        { type: 'consolidate', sourceIds: ['c'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p' } },
        { type: 'consolidate', sourceIds: ['hoi'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p' } },
        { type: 'rename', unitId: 'gone', name: { vi: 'X' } },
      ]),
    ).toEqual([
      'Operation #4 rename: unit Đã hết (gone) is not in force on 2025-06-30',
      'The new unit id b (operation #1 consolidate) is already taken',
      'The new unit id n (operation #3 consolidate) is already taken',
    ]);
  });

  it.each([
    ['two partial transfers out of one unit', [{ type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: { population: 1 } }, { type: 'partial-transfer', sourceId: 'a', targetId: 'c', share: { population: 1 } }], []],
    ['a rename, a move and a conversion of one unit', [{ type: 'rename', unitId: 'hoi', name: { vi: 'X' } }, { type: 'transfer', unitId: 'hoi', newAreaId: 'b' }, { type: 'convert', unitId: 'hoi', autonomyGroup: 2 }], []],
    ['two renames of one unit', [{ type: 'rename', unitId: 'hoi', name: { vi: 'X' } }, { type: 'rename', unitId: 'hoi', name: { vi: 'Y' } }], ['hoi']],
    ['a rename and a conversion out of the public sector', [{ type: 'rename', unitId: 'hoi', name: { vi: 'X' } }, { type: 'convert', unitId: 'hoi', leavesPublicSector: true }], ['hoi']],
    ['a merger and a partial transfer out of its source', [{ type: 'merge', sourceIds: ['a'], targetId: 'b' }, { type: 'partial-transfer', sourceId: 'a', targetId: 'c', share: { population: 1 } }], ['a']],
    ['a partial transfer into a unit and out of it', [{ type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: { population: 1 } }, { type: 'partial-transfer', sourceId: 'b', targetId: 'c', share: { population: 1 } }], []],
  ] as const)('%s: consumed twice %j', (_label, operations, consumed) => {
    const issues = referenceIssues(operations as unknown as PlanOperation[]).filter((issue) => issue.code === 'plan_unit_consumed_twice');
    expect(issues.map((issue) => issue.unitIds)).toEqual(consumed.map((id) => [id]));
  });

  it('a successor or new home that itself ends is named, once per reference', () => {
    expect(
      referenceIssues([
        { type: 'merge', sourceIds: ['a'], targetId: 'b' },
        { type: 'dissolve', sourceId: 'b', successorId: 'c' },
        { type: 'partial-transfer', sourceId: 'hoi', targetId: 'c', share: { population: 1 } },
        { type: 'merge', sourceIds: ['c'], targetId: 'p' },
        { type: 'transfer', unitId: 'young', newParentId: 'b', newAreaId: 'b' },
      ])
        .filter((issue) => issue.code === 'plan_successor_ends')
        .map(({ path, unitIds }) => ({ path, unitIds })),
    ).toEqual([
      { path: ['operations', 0], unitIds: ['b'] },
      { path: ['operations', 1], unitIds: ['c'] },
      { path: ['operations', 2], unitIds: ['c'] },
      { path: ['operations', 4], unitIds: ['b'] },
    ]);
    expect(
      referenceIssues([
        { type: 'merge', sourceIds: ['a'], targetId: 'b' },
        { type: 'transfer', unitId: 'hoi', newAreaId: 'a' },
      ]).filter((issue) => issue.code === 'plan_successor_ends'),
    ).toHaveLength(1);
  });
});
