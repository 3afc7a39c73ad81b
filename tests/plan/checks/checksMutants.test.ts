import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Unit } from '../../../src/model/index.js';
import { checkConservation } from '../../../src/plan/checks/conservation.js';
import { checkConversions } from '../../../src/plan/checks/conversions.js';
import { checkDeputies } from '../../../src/plan/checks/deputies.js';
import type { NewUnit, PlanOperation } from '../../../src/plan/index.js';
import { camPhaFixture, planOn } from '../fixtures.js';
import { withAssignments, withUnits } from '../support/editFixtures.js';
import { messagesOfCheck, runCheck } from './support.js';

/*
 * The conservation, conversion and deputy checks run on their own over the Cẩm Phả fixture, with
 * every field of what they report pinned: code, severity, path, units, people, params, rule, and
 * the bilingual message the params fill in.
 */

const ON = '2019-06-01';
const FROM = isoDate('2015-01-01');
const half = { basisPoints: 5000 };
const splitInTwo = (sourceId: string, first: NewUnit, second: NewUnit): PlanOperation => ({
  type: 'split',
  sourceId,
  parts: [
    { newUnit: first, share: half },
    { newUnit: second, share: half },
  ],
});
const commune = (id: string): NewUnit => ({ id, kind: 'commune', name: { vi: id }, parentId: 'tp-cp' });
const committee = (id: string): NewUnit => ({ id, kind: 'peoples-committee', name: { vi: id }, areaId: 'x-ch' });
const orphan = (unitId: string, parentId: string, operationIndex: number, operation: string) => ({
  code: 'plan_orphaned_unit',
  severity: 'error',
  path: ['operations', operationIndex],
  unitIds: [unitId, parentId],
  params: { unitId, parentId, operation },
});

describe('checkConservation: what an ending unit holds goes somewhere', () => {
  it('a split commune orphans the villages and organisations no transfer moves, in record order, at the split', () => {
    // x-ch holds thon-1, thon-2, thon-3 and the organisations dang-uy-ch, ubnd-ch, vp-du-ch, vp-ubnd-ch
    const structure = withUnits(camPhaFixture(), [
      // ended before the plan: not held any more
      { id: 'thon-cu', kind: 'village', name: { vi: 'Thôn cũ' }, parentId: 'x-ch', from: FROM, to: isoDate('2018-01-01') } as Unit,
      { id: 'hoi-cu', kind: 'mass-association', name: { vi: 'Hội cũ' }, areaId: 'x-ch', from: FROM, to: isoDate('2018-01-01') } as Unit,
    ]);
    const plan = planOn(
      ON,
      { type: 'transfer', unitId: 'thon-1', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'ubnd-ch', newAreaId: 'x-dh' },
      // thon-3 ends itself (into thon-4), and vp-du-ch ends into vp-ubnd-ch
      { type: 'merge', sourceIds: ['thon-3'], targetId: 'thon-4' },
      { type: 'merge', sourceIds: ['vp-du-ch'], targetId: 'vp-ubnd-ch' },
      splitInTwo('x-ch', commune('x-a'), commune('x-b')),
    );
    expect(runCheck(checkConservation, structure, plan)).toEqual([
      orphan('thon-2', 'x-ch', 4, '#5 split'),
      orphan('dang-uy-ch', 'x-ch', 4, '#5 split'),
      orphan('vp-ubnd-ch', 'x-ch', 4, '#5 split'),
    ]);
    expect(messagesOfCheck(checkConservation, structure, plan)[0]).toEqual([
      'plan_orphaned_unit',
      'Thôn 2 (thon-2) thuộc Xã Cộng Hòa (x-ch), đơn vị chấm dứt do #5 chia tách, mà không được chuyển về đâu',
      'Thôn 2 (thon-2) belongs to Xã Cộng Hòa (x-ch), which ends by #5 split, and is placed nowhere',
    ]);
  });

  it('a child organisation moved to another area only (not to another parent) is still orphaned by its parent', () => {
    // vp-ubnd-ch sits under ubnd-ch (parentId) and serves x-ch (areaId)
    const plan = planOn(ON, { type: 'transfer', unitId: 'vp-ubnd-ch', newAreaId: 'x-dh' }, splitInTwo('ubnd-ch', committee('ub-1'), committee('ub-2')));
    expect(runCheck(checkConservation, camPhaFixture(), plan)).toEqual([orphan('vp-ubnd-ch', 'ubnd-ch', 1, '#2 split')]);
  });

  it('an organisation moved to another parent only (not to another area) is still orphaned by the area it serves', () => {
    const plan = planOn(
      ON,
      { type: 'transfer', unitId: 'thon-1', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'thon-2', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'thon-3', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'vp-du-ch', newParentId: 'thanh-uy' },
      { type: 'transfer', unitId: 'dang-uy-ch', newAreaId: 'x-dh' },
      { type: 'transfer', unitId: 'ubnd-ch', newAreaId: 'x-dh' },
      { type: 'transfer', unitId: 'vp-ubnd-ch', newAreaId: 'x-dh' },
      splitInTwo('x-ch', commune('x-a'), commune('x-b')),
    );
    expect(runCheck(checkConservation, camPhaFixture(), plan)).toEqual([orphan('vp-du-ch', 'x-ch', 7, '#8 split')]);
  });

  it('partial transfers that end their source report at the first of them', () => {
    const plan = planOn(
      ON,
      { type: 'rename', unitId: 'x-ch', name: { vi: 'Xã Cộng Hòa mới' } },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'x-ch', share: { households: 300 }, sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'p-ct', share: { households: 320 }, sourceEnds: true },
    );
    // x-dh holds thon-4 and ubnd-dh
    expect(runCheck(checkConservation, camPhaFixture(), plan)).toEqual([
      orphan('thon-4', 'x-dh', 1, '#2 partial-transfer'),
      orphan('ubnd-dh', 'x-dh', 1, '#2 partial-transfer'),
    ]);
  });

  it.each([
    // villages sit under communes (and townships) only
    ['a provincial city', 'tp-cp', 'Thành phố Cẩm Phả', 'provincial-city', { vi: 'thành phố thuộc tỉnh', en: 'provincial city' }],
    ['an organisation', 'ubnd-ch', 'UBND xã Cộng Hòa', 'peoples-committee', { vi: 'Ủy ban nhân dân', en: "People's Committee" }],
  ])('a commune dissolved into %s: its village may not sit there', (_label, successorId, successorName, parentKind, parentLabel) => {
    const plan = planOn(ON, { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } }, { type: 'dissolve', sourceId: 'x-dh', successorId });
    // the kinds by name in each language; the params keep their ids
    expect(messagesOfCheck(checkConservation, camPhaFixture(), plan)).toEqual([
      [
        'plan_parent_kind_not_allowed',
        `Thôn 4 (thon-4), loại thôn, không thể trực thuộc ${successorName} (${successorId}), loại ${parentLabel.vi}, vào ngày ${ON}`,
        `Thôn 4 (thon-4), of kind village, cannot sit under ${successorName} (${successorId}), of kind ${parentLabel.en}, on ${ON}`,
      ],
    ]);
    expect(runCheck(checkConservation, camPhaFixture(), plan)).toEqual([
      {
        code: 'plan_parent_kind_not_allowed',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['thon-4', successorId],
        params: { unitId: 'thon-4', kind: 'village', parentId: successorId, parentKind, asOf: ON },
        ruleId: 'structure.area-hierarchy',
      },
    ]);
  });

  it('a commune dissolved into a commune hands over its villages, organisations and posts without a report', () => {
    const structure = withAssignments(camPhaFixture(), [{ personId: 'p1', unitId: 'x-dh', role: 'chair', from: FROM }]);
    expect(runCheck(checkConservation, structure, planOn(ON, { type: 'dissolve', sourceId: 'x-dh', successorId: 'x-ch' }))).toEqual([]);
  });

  it('a kind the hierarchy of the date leaves out, moved to a successor, is not judged here', () => {
    // on 2025-07-01 districts end: h-vd, the district under tinh-qn, follows tinh-qn into tinh-b
    const structure = withUnits(camPhaFixture(), [{ id: 'tinh-b', kind: 'province', name: { vi: 'Tỉnh B' }, parentId: 'vn', from: FROM } as Unit]);
    const plan = planOn('2025-07-01', { type: 'merge', sourceIds: ['tinh-qn'], targetId: 'tinh-b' });
    expect(runCheck(checkConservation, structure, plan)).toEqual([]);
  });

  it('a split village orphans the posts held there, with person, role and operation', () => {
    const structure = withAssignments(camPhaFixture(), [
      { personId: 'p1', unitId: 'thon-2', role: 'villageHead', from: FROM, to: isoDate('2017-01-01') },
    ]);
    const village = (id: string): NewUnit => ({ id, kind: 'village', name: { vi: id }, parentId: 'x-ch' });
    const plan = planOn(ON, { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } }, splitInTwo('thon-2', village('t-a'), village('t-b')));
    expect(runCheck(checkConservation, structure, plan)).toEqual([
      {
        code: 'plan_orphaned_assignment',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['thon-2'],
        personIds: ['p4'],
        params: { personId: 'p4', role: 'villageHead', unitId: 'thon-2', operation: '#2 split' },
      },
    ]);
    expect(messagesOfCheck(checkConservation, structure, plan)).toEqual([
      [
        'plan_orphaned_assignment',
        'Chức vụ trưởng Thôn 2 (thon-2) của p4 (chấm dứt do #2 chia tách) không được chuyển về đâu',
        'The post of village or residential-group head of Thôn 2 (thon-2) held by p4 (ended by #2 split) goes nowhere',
      ],
    ]);
  });

  it('a post at a unit the structure does not list, split by the plan: the post is named by the unit id', () => {
    // hostile input: an assignment to a unit that is not there (the references check reports the unit too)
    const structure = withAssignments(camPhaFixture(), [{ personId: 'p1', unitId: 'ghost', role: 'head', from: FROM }]);
    const village = (id: string): NewUnit => ({ id, kind: 'village', name: { vi: id }, parentId: 'x-ch' });
    expect(messagesOfCheck(checkConservation, structure, planOn(ON, splitInTwo('ghost', village('t-a'), village('t-b'))))).toEqual([
      ['plan_orphaned_assignment', 'Chức vụ trưởng ghost (ghost) của p1 (chấm dứt do #1 chia tách) không được chuyển về đâu', 'The post of head of ghost (ghost) held by p1 (ended by #1 split) goes nowhere'],
    ]);
  });

  it('a public service unit leaving the public sector ends its posts without a report; one split without a successor does not', () => {
    const structure = withAssignments(camPhaFixture(), [{ personId: 'p1', unitId: 'tt-vh', role: 'head', from: FROM }]);
    expect(runCheck(checkConservation, structure, planOn(ON, { type: 'convert', unitId: 'tt-vh', leavesPublicSector: true }))).toEqual([]);
    const centre = (id: string): NewUnit => ({ id, kind: 'public-service-unit', name: { vi: id }, areaId: 'tp-cp', parentId: 'ubnd-tp' });
    const split = planOn(ON, splitInTwo('tt-vh', centre('tt-1'), centre('tt-2')));
    expect(runCheck(checkConservation, structure, split).map(({ code, personIds }) => [code, personIds])).toEqual([['plan_orphaned_assignment', ['p1']]]);
  });
});

describe('checkConversions', () => {
  it.each([
    ['an organisation board', { type: 'convert', unitId: 'btc', autonomyGroup: 2 }, [
      { code: 'plan_convert_not_public_service', severity: 'error', path: ['operations', 1], unitIds: ['btc'], params: { unitId: 'btc', kind: { vi: 'ban tổ chức', en: 'organisation board' } } },
    ]],
    ['a unit already in the group', { type: 'convert', unitId: 'tt-vh', autonomyGroup: 4 }, [
      { code: 'plan_convert_no_change', severity: 'warning', path: ['operations', 1], unitIds: ['tt-vh'], params: { unitId: 'tt-vh', autonomyGroup: 4 } },
    ]],
    ['a unit moving to another group', { type: 'convert', unitId: 'tt-vh', autonomyGroup: 3 }, []],
    ['a unit of no recorded group leaving the public sector', { type: 'convert', unitId: 'tt-khac', leavesPublicSector: true }, []],
    ['a unit the structure does not hold', { type: 'convert', unitId: 'ghost', autonomyGroup: 1 }, []],
  ] as const)('%s', (_label, operation, expected) => {
    const structure = withUnits(camPhaFixture(), [
      { id: 'tt-khac', kind: 'public-service-unit', name: { vi: 'Trung tâm khác' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM } as Unit,
    ]);
    const plan = planOn(ON, { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } }, operation as PlanOperation);
    expect(runCheck(checkConversions, structure, plan)).toEqual(expected);
  });

  it('names the kind and the group in both languages', () => {
    const plan = planOn(ON, { type: 'convert', unitId: 'btc', autonomyGroup: 2 }, { type: 'convert', unitId: 'dai-tt', autonomyGroup: 3 });
    expect(messagesOfCheck(checkConversions, camPhaFixture(), plan)).toEqual([
      ['plan_convert_not_public_service', 'Chỉ chuyển đổi được đơn vị sự nghiệp công lập; Ban Tổ chức Thành ủy (btc) không phải (ban tổ chức)', 'Only public service units can be converted; Ban Tổ chức Thành ủy (btc) is not one (organisation board)'],
      ['plan_convert_no_change', 'Đài Truyền thanh - Truyền hình (dai-tt) đã ở nhóm tự chủ 3', 'Đài Truyền thanh - Truyền hình (dai-tt) is already in autonomy group 3'],
    ]);
  });
});

describe('checkDeputies: more deputies in post than the largest source had', () => {
  // btc: a head (p1) and a deputy (p2); phong-nv: a deputy (p3); ubkt, thanh-tra: none
  const board = (id: string): NewUnit => ({ id, kind: 'organisation-board', name: { vi: id }, areaId: 'tp-cp', parentId: 'thanh-uy' });

  it('a merger counts its surviving target with its sources; before 2025 no grace period is encoded (deadline null, no basis)', () => {
    const plan = planOn(ON, { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } }, { type: 'merge', sourceIds: ['phong-nv'], targetId: 'btc' });
    const issues = runCheck(checkDeputies, camPhaFixture(), plan);
    expect(issues).toEqual([
      {
        code: 'rule_not_in_force',
        severity: 'warning',
        path: undefined,
        params: expect.objectContaining({ ruleId: 'merge.deputy-grace-period', asOf: ON }),
        ruleId: 'merge.deputy-grace-period',
        personIds: undefined,
        unitIds: undefined,
      },
      { code: 'plan_deputies_may_exceed', severity: 'info', path: ['operations', 1], unitIds: ['btc'], params: { unitId: 'btc', deputies: 2, maxBefore: 1, deadline: null } },
    ]);
  });

  it('from 2025-04-15 the deadline is five years on, with the rule as basis, and the message counts the deputies', () => {
    const plan = planOn('2025-06-01', { type: 'consolidate', sourceIds: ['btc', 'phong-nv'], newUnit: board('moi') });
    expect(runCheck(checkDeputies, camPhaFixture(), plan)).toEqual([
      {
        code: 'plan_deputies_may_exceed',
        severity: 'info',
        path: ['operations', 0],
        unitIds: ['moi'],
        params: { unitId: 'moi', deputies: 2, maxBefore: 1, deadline: '2030-06-01' },
        ruleId: 'merge.deputy-grace-period',
      },
    ]);
    expect(messagesOfCheck(checkDeputies, camPhaFixture(), plan)).toEqual([
      [
        'plan_deputies_may_exceed',
        'moi (moi) sau sắp xếp có 2 cấp phó (đơn vị nhiều nhất trước đó có 1); được vượt, nhưng phải đúng quy định trước 2030-06-01',
        'moi (moi) will have 2 deputies (at most 1 in one source before); allowed at the merger, but numbers must comply by 2030-06-01',
      ],
    ]);
  });

  it.each([
    // as many deputies as the largest source: nothing to report
    ['one source with a deputy, one without', ['btc', 'ubkt'], []],
    // a deputy whose post ended before the plan, and heads, are not counted
    ['a source whose deputy has left', ['btc', 'thanh-tra'], []],
    ['two sources with a deputy each', ['phong-nv', 'btc'], [2, 1]],
  ] as const)('%s', (_label, sourceIds, expected) => {
    const structure = withAssignments(camPhaFixture(), [
      { personId: 'p4', unitId: 'thanh-tra', role: 'deputyHead', from: FROM, to: isoDate('2019-01-01') },
      { personId: 'p3', unitId: 'thanh-tra', role: 'head', from: FROM },
    ]);
    const plan = planOn('2025-06-01', { type: 'consolidate', sourceIds: [...sourceIds], newUnit: board('moi') });
    expect(runCheck(checkDeputies, structure, plan).map(({ params }) => [params?.['deputies'], params?.['maxBefore']])).toEqual(expected.length === 0 ? [] : [expected]);
  });

  it('an area formed by a merger is not counted, and nor is a result the plan cannot resolve', () => {
    const structure = withAssignments(camPhaFixture(), [
      { personId: 'p1', unitId: 'x-ch', role: 'viceChair', from: FROM },
      { personId: 'p2', unitId: 'x-dh', role: 'viceChair', from: FROM },
    ]);
    const plan = planOn('2025-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' }, { type: 'merge', sourceIds: ['btc'], targetId: 'ghost' });
    expect(runCheck(checkDeputies, structure, plan)).toEqual([]);
  });
});
