import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Unit } from '../../../src/model/index.js';
import { type NewUnit, validatePlan } from '../../../src/plan/index.js';
import { camPhaFixture, planOn } from '../fixtures.js';
import { withUnits } from '../support/editFixtures.js';

/*
 * checkResultStructure through validatePlan: a problem of the structure the plan builds is
 * reported with the operation behind it (the first that touches, creates or ends the holder of one
 * of its units), its units, the structure issue's code and message, or as untouched when no
 * operation is behind it; and not at all when a specific check already said it.
 */

const ON = '2019-06-01';
const issuesOf = (...args: Parameters<typeof validatePlan>) => validatePlan(...args).issues.map(({ code, severity, path, unitIds, personIds, params, ruleId, citation }) => ({ code, severity, path, unitIds, personIds, params, ruleId, citation }));

describe('checkResultStructure', () => {
  it('a problem of the result that one plan issue already reports, about the same unit, is not reported again', () => {
    // 16 in post against a quota of 15: the structure after the plan has staffing_actual_above_quota
    // for the new board, which plan_staff_surplus, the only plan issue about it, already says
    const board = { id: 'moi', kind: 'organisation-board', name: { vi: 'Mới' }, areaId: 'tp-cp', parentId: 'thanh-uy', staffing: { quota: { civilServant: 15 }, actual: { civilServant: 16 } } } as NewUnit;
    const plan = planOn('2025-06-01', { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } }, { type: 'consolidate', sourceIds: ['btc', 'ubkt'], newUnit: board });
    expect(issuesOf(camPhaFixture(), plan).map(({ code, severity, unitIds }) => ({ code, severity, unitIds }))).toEqual([
      { code: 'plan_staff_surplus', severity: 'warning', unitIds: ['moi'] },
    ]);
  });

  it('a problem in units an operation moves, and one in units no operation names', () => {
    // a party cell of Thôn 1 directly under the city committee: moving Xã Cộng Hòa to Vân Đồn takes Thôn 1 out of the city
    const structure = withUnits(camPhaFixture(), [
      { id: 'chi-bo-thon-1', kind: 'party-cell', name: { vi: 'Chi bộ thôn 1' }, areaId: 'thon-1', parentId: 'thanh-uy', from: isoDate('2015-01-01') } as Unit,
    ]);
    const plan = planOn(ON, { type: 'rename', unitId: 'x-dh', name: { vi: 'X' } }, { type: 'transfer', unitId: 'x-ch', newParentId: 'h-vd' });
    expect(issuesOf(structure, plan)).toEqual([
      {
        code: 'plan_result_invalid',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['dang-uy-ch', 'thanh-uy'],
        params: {
          operation: '#2 transfer',
          operationIndex: 1,
          structureCode: 'organisation_outside_parent_area',
          structureMessage: {
            vi: 'Đảng ủy xã Cộng Hòa (dang-uy-ch) phục vụ địa bàn Xã Cộng Hòa (x-ch), không nằm trong địa bàn Thành phố Cẩm Phả (tp-cp) của đơn vị cấp trên Thành ủy Cẩm Phả (thanh-uy)',
            en: 'Đảng ủy xã Cộng Hòa (dang-uy-ch) serves Xã Cộng Hòa (x-ch), which is not within Thành phố Cẩm Phả (tp-cp), the area of its parent Thành ủy Cẩm Phả (thanh-uy)',
          },
          asOf: ON,
        },
      },
      {
        code: 'plan_result_invalid_untouched',
        severity: 'error',
        unitIds: ['chi-bo-thon-1', 'thanh-uy'],
        params: {
          structureCode: 'organisation_outside_parent_area',
          structureMessage: {
            vi: 'Chi bộ thôn 1 (chi-bo-thon-1) phục vụ địa bàn Thôn 1 (thon-1), không nằm trong địa bàn Thành phố Cẩm Phả (tp-cp) của đơn vị cấp trên Thành ủy Cẩm Phả (thanh-uy)',
            en: 'Chi bộ thôn 1 (chi-bo-thon-1) serves Thôn 1 (thon-1), which is not within Thành phố Cẩm Phả (tp-cp), the area of its parent Thành ủy Cẩm Phả (thanh-uy)',
          },
          asOf: ON,
        },
      },
    ]);
    expect(validatePlan(structure, plan).issues[0]?.message.en).toBe(
      'After operation #2 transfer, the structure on 2019-06-01 has a problem: Đảng ủy xã Cộng Hòa (dang-uy-ch) serves Xã Cộng Hòa (x-ch), which is not within Thành phố Cẩm Phả (tp-cp), the area of its parent Thành ủy Cẩm Phả (thanh-uy)',
    );
    // a structure issue without people, rule, citation or verification gives a plan issue without them, not with them undefined
    expect(validatePlan(structure, plan).issues.map((issue) => Object.keys(issue))).toEqual([
      ['code', 'severity', 'message', 'path', 'unitIds', 'params'],
      ['code', 'severity', 'message', 'unitIds', 'params'],
    ]);
  });

  it('the operation behind a problem is the first of those that touch its units or end the area they serve', () => {
    // ubnd-dh is moved under the city committee by #2, but its commune ends by #1 first
    const plan = planOn(
      ON,
      { type: 'consolidate', sourceIds: ['x-dh'], newUnit: { id: 'x-moi', kind: 'commune', name: { vi: 'M' }, parentId: 'tp-cp' } },
      { type: 'transfer', unitId: 'ubnd-dh', newParentId: 'ubnd-tp' },
    );
    const invalid = issuesOf(camPhaFixture(), plan).filter((issue) => issue.code === 'plan_result_invalid');
    expect(invalid.map(({ path, unitIds, params }) => [path, unitIds, params?.['structureCode'], params?.['operationIndex']])).toEqual([
      [['operations', 0], ['ubnd-dh', 'ubnd-tp'], 'parent_kind_not_allowed', 0],
    ]);
  });

  it('a problem only the result has: a village under a committee reported by the level check, the committee serving itself by the result check', () => {
    const plan = planOn(ON, { type: 'dissolve', sourceId: 'x-dh', successorId: 'ubnd-dh' });
    expect(issuesOf(camPhaFixture(), plan).map(({ code, path, unitIds, params }) => [code, path, unitIds, params?.['structureCode']])).toEqual([
      ['plan_parent_kind_not_allowed', ['operations', 0], ['thon-4', 'ubnd-dh'], undefined],
      ['plan_result_invalid', ['operations', 0], ['ubnd-dh', 'ubnd-dh'], 'area_reference_not_area'],
    ]);
  });

  it('a new unit created under an organisation it cannot sit under is reported at the operation that creates it', () => {
    const plan = planOn(ON, { type: 'rename', unitId: 'x-dh', name: { vi: 'X' } }, {
      type: 'consolidate',
      sourceIds: ['phong-tc'],
      newUnit: { id: 'phong-moi', kind: 'specialised-agency', name: { vi: 'Phòng mới' }, areaId: 'tp-cp', parentId: 'thanh-tra' } as NewUnit,
    });
    expect(issuesOf(camPhaFixture(), plan).filter((issue) => issue.code.startsWith('plan_result')).map(({ code, path, unitIds }) => [code, path, unitIds])).toEqual([
      ['plan_result_invalid', ['operations', 1], ['phong-moi', 'thanh-tra']],
    ]);
  });

  it('a surplus the staffing check reports is not reported again by the result', () => {
    const plan = planOn(ON, {
      type: 'consolidate',
      sourceIds: ['tt-vh', 'dai-tt'],
      newUnit: { id: 'n', kind: 'public-service-unit', name: { vi: 'N' }, areaId: 'tp-cp', parentId: 'ubnd-tp', staffing: { quota: { publicEmployee: 12 }, actual: { publicEmployee: 16 } } } as NewUnit,
    });
    expect(issuesOf(camPhaFixture(), plan).map(({ code }) => code)).toEqual(['rule_not_in_force', 'plan_staff_surplus']);
  });
});
