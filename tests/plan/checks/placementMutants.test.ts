import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Unit } from '../../../src/model/index.js';
import { checkLevels } from '../../../src/plan/checks/levels.js';
import { checkLocality } from '../../../src/plan/checks/locality.js';
import type { NewUnit, PlanOperation } from '../../../src/plan/index.js';
import { planRulebook } from '../../../src/plan/planRulebook.js';
import type { Rule } from '../../../src/rules/index.js';
import { camPhaFixture, planOn } from '../fixtures.js';
import { withoutRules, withRules, withUnits } from '../support/editFixtures.js';
import { messagesOfCheck, runCheck } from './support.js';

/*
 * The level and locality checks on their own over the Cẩm Phả fixture (tp-cp a provincial city at
 * district level, x-ch and x-dh its communes, x-dk a commune of the district h-vd), each issue
 * pinned field by field, with the level labels its message shows.
 */

const ON = '2019-06-01';
const half = { basisPoints: 5000 };
const agency = (id: string, areaId: string): NewUnit => ({ id, kind: 'specialised-agency', name: { vi: id }, areaId, parentId: 'ubnd-tp' });
const rename: PlanOperation = { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } };

describe('checkLevels: one level per operation', () => {
  const mismatch = (operationIndex: number, operation: string, unitId: string, level: string, otherId: string, otherLevel: string) => ({
    code: 'plan_level_mismatch',
    severity: 'error',
    path: ['operations', operationIndex],
    unitIds: [unitId, otherId],
    params: { operation, unitId, level, otherId, otherLevel },
  });

  it.each([
    ['a merger of a commune office into the city office', { type: 'merge', sourceIds: ['vp-ubnd-ch'], targetId: 'vp-ubnd-tp' }, [
      mismatch(1, '#2 merge', 'vp-ubnd-ch', 'commune', 'vp-ubnd-tp', 'district'),
    ]],
    ['a split with one part serving a commune', { type: 'split', sourceId: 'phong-tc', parts: [{ newUnit: agency('pa', 'tp-cp'), share: half }, { newUnit: agency('pb', 'x-ch'), share: half }] }, [
      mismatch(1, '#2 split', 'phong-tc', 'district', 'pb', 'commune'),
    ]],
    ['a partial transfer from a commune to the city', { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'tp-cp', share: { population: 100 } }, [
      mismatch(1, '#2 partial-transfer', 'x-dh', 'commune', 'tp-cp', 'district'),
    ]],
    ['a partial transfer between communes', { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'x-ch', share: { population: 100 } }, []],
    ['a merger naming a unit the structure does not hold', { type: 'merge', sourceIds: ['ghost'], targetId: 'x-ch' }, []],
    ['a merger into a unit the structure does not hold', { type: 'merge', sourceIds: ['x-dh'], targetId: 'ghost' }, []],
    // an organisation serving an unknown area, or an organisation, has no level to compare
    ['a consolidation into an agency serving an unknown area', { type: 'consolidate', sourceIds: ['phong-tc'], newUnit: agency('pn', 'ghost') }, []],
    ['a consolidation into an agency “serving” an organisation', { type: 'consolidate', sourceIds: ['phong-tc'], newUnit: agency('pn', 'ubnd-tp') }, []],
    ['a merger of an agency serving an unknown area into the city’s agency', { type: 'merge', sourceIds: ['lac'], targetId: 'phong-tc' }, []],
  ] as const)('%s', (_label, operation, expected) => {
    const structure = withUnits(camPhaFixture(), [{ id: 'lac', kind: 'specialised-agency', name: { vi: 'Lạc' }, areaId: 'ghost', parentId: 'ubnd-tp', from: isoDate('2015-01-01') } as Unit]);
    expect(runCheck(checkLevels, structure, planOn(ON, rename, operation as PlanOperation))).toEqual(expected);
  });

  it('names both levels in words', () => {
    const plan = planOn(ON, { type: 'merge', sourceIds: ['vp-ubnd-ch'], targetId: 'vp-ubnd-tp' });
    expect(messagesOfCheck(checkLevels, camPhaFixture(), plan)).toEqual([
      [
        'plan_level_mismatch',
        'Thao tác #1 sáp nhập: Văn phòng UBND xã Cộng Hòa (vp-ubnd-ch) ở cấp xã, còn Văn phòng HĐND và UBND thành phố (vp-ubnd-tp) ở cấp huyện; chỉ sắp xếp các đơn vị cùng cấp',
        'Operation #1 merge: Văn phòng UBND xã Cộng Hòa (vp-ubnd-ch) is at commune level but Văn phòng HĐND và UBND thành phố (vp-ubnd-tp) at district level; only units of one level merge',
      ],
    ]);
  });
});

describe('checkLevels: placements under the area hierarchy of the date', () => {
  const hierarchy = 'structure.area-hierarchy';

  it('on 2025-07-01 a new district and a new office serving the city are at a level that has ended', () => {
    const plan = planOn(
      '2025-07-01',
      rename,
      { type: 'consolidate', sourceIds: ['h-vd', 'h-tm'], newUnit: { id: 'h-moi', kind: 'district', name: { vi: 'Huyện mới' }, parentId: 'tinh-qn' } },
      { type: 'consolidate', sourceIds: ['phong-tc'], newUnit: agency('phong-moi', 'tp-cp') },
    );
    expect(runCheck(checkLevels, camPhaFixture(), plan)).toEqual([
      {
        code: 'plan_level_not_in_force',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['h-moi'],
        params: { unitId: 'h-moi', kind: 'district', level: 'district', asOf: '2025-07-01' },
        ruleId: hierarchy,
      },
      {
        code: 'plan_level_not_in_force',
        severity: 'error',
        path: ['operations', 2],
        unitIds: ['phong-moi', 'tp-cp'],
        params: { unitId: 'phong-moi', kind: 'provincial-city', level: 'district', asOf: '2025-07-01' },
        ruleId: hierarchy,
      },
    ]);
    expect(messagesOfCheck(checkLevels, camPhaFixture(), plan).map(([, vi, en]) => [vi, en])).toEqual([
      ['Loại huyện (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo Huyện mới (h-moi)', 'Kind rural district (district level) does not exist on 2025-07-01: Huyện mới (h-moi) cannot be created'],
      [
        'Loại thành phố thuộc tỉnh (cấp huyện) không tồn tại vào ngày 2025-07-01: không thể tạo phong-moi (phong-moi)',
        'Kind provincial city (district level) does not exist on 2025-07-01: phong-moi (phong-moi) cannot be created',
      ],
    ]);
  });

  it('a new area under a parent of a kind not allowed, or under an organisation; a new area with no parent is not judged here', () => {
    const village = (id: string, parentId?: string): NewUnit => ({ id, kind: 'village', name: { vi: id }, ...(parentId === undefined ? {} : { parentId }) });
    const plan = planOn(
      ON,
      { type: 'consolidate', sourceIds: ['thon-1'], newUnit: village('t-a', 'tp-cp') },
      { type: 'consolidate', sourceIds: ['thon-2'], newUnit: village('t-b', 'ubnd-ch') },
      { type: 'consolidate', sourceIds: ['thon-3'], newUnit: village('t-c') },
      { type: 'consolidate', sourceIds: ['thon-4'], newUnit: village('t-d', 'x-dh') },
    );
    const notAllowed = (operationIndex: number, unitId: string, parentId: string, parentKind: string) => ({
      code: 'plan_parent_kind_not_allowed',
      severity: 'error',
      path: ['operations', operationIndex],
      unitIds: [unitId, parentId],
      params: { unitId, kind: 'village', parentId, parentKind, asOf: ON },
      ruleId: hierarchy,
    });
    expect(runCheck(checkLevels, camPhaFixture(), plan)).toEqual([notAllowed(0, 't-a', 'tp-cp', 'provincial-city'), notAllowed(1, 't-b', 'ubnd-ch', 'peoples-committee')]);
  });

  it('transfers: an area to a parent not allowed, an organisation to an area of an ended level; a new parent for an organisation is not a placement', () => {
    const plan = planOn(
      '2025-07-01',
      { type: 'transfer', unitId: 'thon-1', newParentId: 'tp-cp' },
      { type: 'transfer', unitId: 'vp-ubnd-ch', newAreaId: 'tp-cp' },
      { type: 'transfer', unitId: 'vp-ubnd-tp', newParentId: 'ubnd-tp' },
      { type: 'transfer', unitId: 'thon-2', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'ghost', newParentId: 'x-dh' },
      // an area given a new area to serve (not a thing areas do) is not a placement either
      { type: 'transfer', unitId: 'h-vd', newAreaId: 'tinh-qn' },
    );
    // kinds by name in each language in the messages; the params keep their ids
    expect(messagesOfCheck(checkLevels, camPhaFixture(), plan)[0]).toEqual([
      'plan_parent_kind_not_allowed',
      'Thôn 1 (thon-1), loại thôn, không thể trực thuộc Thành phố Cẩm Phả (tp-cp), loại thành phố thuộc tỉnh, vào ngày 2025-07-01',
      'Thôn 1 (thon-1), of kind village, cannot sit under Thành phố Cẩm Phả (tp-cp), of kind provincial city, on 2025-07-01',
    ]);
    expect(runCheck(checkLevels, camPhaFixture(), plan)).toEqual([
      {
        code: 'plan_parent_kind_not_allowed',
        severity: 'error',
        path: ['operations', 0],
        unitIds: ['thon-1', 'tp-cp'],
        params: { unitId: 'thon-1', kind: 'village', parentId: 'tp-cp', parentKind: 'provincial-city', asOf: '2025-07-01' },
        ruleId: hierarchy,
      },
      {
        code: 'plan_level_not_in_force',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['vp-ubnd-ch', 'tp-cp'],
        params: { unitId: 'vp-ubnd-ch', kind: 'provincial-city', level: 'district', asOf: '2025-07-01' },
        ruleId: hierarchy,
      },
    ]);
  });
});

describe('checkLevels under other rulebooks', () => {
  const hierarchyRule = planRulebook.rules.find((rule) => rule.id === 'structure.area-hierarchy') as Rule;

  it('with no area hierarchy the levels are still compared, and nothing is placed', () => {
    const plan = planOn(
      ON,
      { type: 'merge', sourceIds: ['vp-ubnd-ch'], targetId: 'vp-ubnd-tp' },
      { type: 'consolidate', sourceIds: ['thon-1'], newUnit: { id: 't-a', kind: 'village', name: { vi: 'A' }, parentId: 'tp-cp' } },
    );
    expect(runCheck(checkLevels, camPhaFixture(), plan, withoutRules(planRulebook, hierarchyRule.id)).map(({ code }) => code)).toEqual(['plan_level_mismatch']);
  });

  it('a hierarchy that names an organisation kind as a parent still never places an area under an organisation', () => {
    const odd = withRules(planRulebook, {
      ...hierarchyRule,
      versions: hierarchyRule.versions.map((version) => {
        const params = version.params as { parents: Record<string, readonly string[]> };
        return { ...version, params: { ...params, parents: { ...params.parents, village: [...(params.parents['village'] ?? []), 'peoples-committee'] } } };
      }),
    } as Rule);
    const plan = planOn(ON, { type: 'consolidate', sourceIds: ['thon-2'], newUnit: { id: 't-b', kind: 'village', name: { vi: 'B' }, parentId: 'ubnd-ch' } });
    expect(runCheck(checkLevels, camPhaFixture(), plan, odd).map(({ code, params }) => [code, params?.['parentKind']])).toEqual([
      ['plan_parent_kind_not_allowed', 'peoples-committee'],
    ]);
  });
});

describe('checkLocality: organisations within their area, areas within the result’s parent', () => {
  it.each([
    ['two committees of different communes', [{ type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'ubnd-ch' }], [
      {
        code: 'plan_locality_mismatch',
        severity: 'error',
        path: ['operations', 0],
        unitIds: ['ubnd-dh', 'ubnd-ch'],
        params: { operation: '#1 merge', unitId: 'ubnd-dh', areaId: 'x-dh', otherId: 'ubnd-ch', otherAreaId: 'x-ch' },
      },
    ]],
    // x-dh ends into x-ch: its committee may join x-ch's
    ['two committees, the area of one ending into the other', [
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' },
      { type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'ubnd-ch' },
    ], []],
    ['an agency split with one part serving a commune', [
      { type: 'split', sourceId: 'phong-tc', parts: [{ newUnit: agency('pa', 'tp-cp'), share: half }, { newUnit: agency('pb', 'x-ch'), share: half }] },
    ], [
      {
        code: 'plan_locality_mismatch',
        severity: 'error',
        path: ['operations', 0],
        unitIds: ['phong-tc', 'pb'],
        params: { operation: '#1 split', unitId: 'phong-tc', areaId: 'tp-cp', otherId: 'pb', otherAreaId: 'x-ch' },
      },
    ]],
    ['a commune of another district merged into a commune of the city', [rename, { type: 'merge', sourceIds: ['x-dk'], targetId: 'x-ch' }], [
      {
        code: 'plan_area_outside_parent',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['x-dk', 'x-ch'],
        params: { operation: '#2 merge', unitId: 'x-dk', parentId: 'tp-cp', resultId: 'x-ch' },
      },
    ]],
    ['a commune split into communes of the city', [
      { type: 'split', sourceId: 'x-dk', parts: [{ newUnit: { id: 'xa', kind: 'commune', name: { vi: 'A' }, parentId: 'tp-cp' }, share: half }, { newUnit: { id: 'xb', kind: 'commune', name: { vi: 'B' }, parentId: 'h-vd' }, share: half }] },
    ], [
      {
        code: 'plan_area_outside_parent',
        severity: 'error',
        path: ['operations', 0],
        unitIds: ['x-dk', 'xa'],
        params: { operation: '#1 split', unitId: 'x-dk', parentId: 'tp-cp', resultId: 'xa' },
      },
    ]],
    // an area with an organisation is a family question, not a locality one; a new area with no parent is not judged
    ['a village merged into a committee', [{ type: 'merge', sourceIds: ['thon-1'], targetId: 'ubnd-dh' }], []],
    ['communes consolidated with no parent given', [{ type: 'consolidate', sourceIds: ['x-dk', 'x-ch'], newUnit: { id: 'xn', kind: 'commune', name: { vi: 'N' } } }], []],
    ['a merger into a unit the structure does not hold', [{ type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'ghost' }], []],
    ['a merger of a unit the structure does not hold', [{ type: 'merge', sourceIds: ['ghost'], targetId: 'ubnd-ch' }], []],
  ] as const)('%s', (_label, operations, expected) => {
    expect(runCheck(checkLocality, camPhaFixture(), planOn(ON, ...(operations as readonly PlanOperation[])))).toEqual(expected);
  });

  it('says where each side serves, and which parent an area falls outside', () => {
    const plan = planOn(ON, { type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'ubnd-ch' }, { type: 'merge', sourceIds: ['x-dk'], targetId: 'x-ch' });
    expect(messagesOfCheck(checkLocality, camPhaFixture(), plan)).toEqual([
      [
        'plan_locality_mismatch',
        'Thao tác #1 sáp nhập: UBND xã Dương Huy (ubnd-dh) phục vụ Xã Dương Huy (x-dh), còn UBND xã Cộng Hòa (ubnd-ch) phục vụ Xã Cộng Hòa (x-ch); tổ chức chỉ sắp xếp trong cùng địa bàn',
        'Operation #1 merge: UBND xã Dương Huy (ubnd-dh) serves Xã Dương Huy (x-dh) but UBND xã Cộng Hòa (ubnd-ch) serves Xã Cộng Hòa (x-ch); organisations merge within one area',
      ],
      [
        'plan_area_outside_parent',
        'Thao tác #2 sáp nhập: Xã Đoàn Kết (x-dk) không nằm trong Thành phố Cẩm Phả (tp-cp), địa bàn chứa đơn vị sau sắp xếp Xã Cộng Hòa (x-ch)',
        'Operation #2 merge: Xã Đoàn Kết (x-dk) does not lie within Thành phố Cẩm Phả (tp-cp), the area holding the result Xã Cộng Hòa (x-ch)',
      ],
    ]);
  });
});
