import { describe, expect, it } from 'vitest';
import { checkShares } from '../../../src/plan/checks/shares.js';
import { checkStaffing } from '../../../src/plan/checks/staffing.js';
import type { NewUnit, PlanOperation, Share } from '../../../src/plan/index.js';
import { camPhaFixture, planOn } from '../fixtures.js';
import { patchUnits } from '../support/editFixtures.js';
import { messagesOfCheck, runCheck } from './support.js';

/*
 * The share and staffing checks on their own over the Cẩm Phả fixture (x-ch: 3,000 people, 10 km²,
 * 750 households; x-dh: 2,500 people, 12 km², 620 households; x-dk: no households), each issue
 * pinned field by field with the field and category labels of its message.
 */

const ON = '2019-06-01';
const rename: PlanOperation = { type: 'rename', unitId: 'x-ch', name: { vi: 'X' } };
const commune = (id: string): NewUnit => ({ id, kind: 'commune', name: { vi: id }, parentId: 'tp-cp' });
const agency = (id: string): NewUnit => ({ id, kind: 'specialised-agency', name: { vi: id }, areaId: 'tp-cp', parentId: 'ubnd-tp' });
const split = (sourceId: string, first: Share, second: Share, part: (id: string) => NewUnit = commune): PlanOperation => ({
  type: 'split',
  sourceId,
  parts: [
    { newUnit: part('p-1'), share: first },
    { newUnit: part('p-2'), share: second },
  ],
});
const partial = (targetId: string, share: Share | undefined, sourceEnds?: boolean): PlanOperation => ({
  type: 'partial-transfer',
  sourceId: 'x-dh',
  targetId,
  ...(share === undefined ? {} : { share }),
  ...(sourceEnds === undefined ? {} : { sourceEnds }),
});
const mismatch = (path: (string | number)[], unitId: string, field: string, total: number, expected: number | string) => ({
  code: 'plan_shares_mismatch',
  severity: 'error',
  path,
  unitIds: [unitId],
  params: { unitId, field, total, expected },
});

describe('checkShares: the parts of a split add up to the whole', () => {
  it.each([
    ['people complete, households given for one part only', split('x-ch', { population: 1000, households: 300 }, { population: 2000 }), [
      { code: 'plan_shares_incomplete', severity: 'error', path: ['operations', 1, 'parts'], unitIds: ['x-ch'], params: { unitId: 'x-ch', field: 'households' } },
    ]],
    ['km² a hundredth short', split('x-ch', { areaKm2: 3.33 }, { areaKm2: 6.66 }), [mismatch(['operations', 1, 'parts'], 'x-ch', 'areaKm2', 9.99, 10)]],
    ['households one over', split('x-ch', { households: 300 }, { households: 451 }), [mismatch(['operations', 1, 'parts'], 'x-ch', 'households', 751, 750)]],
    ['basis points one short', split('x-ch', { basisPoints: 4000 }, { basisPoints: 5999 }), [mismatch(['operations', 1, 'parts'], 'x-ch', 'basisPoints', 9999, 10_000)]],
    ['every field exact', split('x-ch', { population: 1000, households: 300, areaKm2: 3.33, basisPoints: 4000 }, { population: 2000, households: 450, areaKm2: 6.67, basisPoints: 6000 }), []],
    // x-dk records no households: nothing to add up to
    ['households of a commune that records none', split('x-dk', { households: 1 }, { households: 1 }), []],
    // an organisation has no people or km² of its own; basis points are still a whole
    // a source the structure does not hold records nothing (checkReferences reports it)
    ['people of a unit the structure does not hold', split('ghost', { population: 1 }, { population: 1 }), []],
    ['people of an organisation', split('phong-tc', { population: 1 }, { population: 1 }, agency), []],
    ['basis points of an organisation', split('phong-tc', { basisPoints: 5000 }, { basisPoints: 4000 }, agency), [mismatch(['operations', 1, 'parts'], 'phong-tc', 'basisPoints', 9000, 10_000)]],
  ] as const)('%s', (_label, operation, expected) => {
    expect(runCheck(checkShares, camPhaFixture(), planOn(ON, rename, operation))).toEqual(expected);
  });

  it('km² of a commune that records no area: nothing to add up to', () => {
    const structure = patchUnits(camPhaFixture(), { 'x-dk': { areaKm2: undefined } });
    expect(runCheck(checkShares, structure, planOn(ON, split('x-dk', { areaKm2: 1 }, { areaKm2: 1 })))).toEqual([]);
  });

  it('names the field in words', () => {
    const plan = planOn(ON, split('x-ch', { population: 1000, households: 300 }, { population: 2000 }), split('x-dh', { areaKm2: 6.5 }, { areaKm2: 6 }));
    expect(messagesOfCheck(checkShares, camPhaFixture(), plan)).toEqual([
      ['plan_shares_incomplete', 'Các phần điều chỉnh của Xã Cộng Hòa (x-ch): phần có, phần không ghi tỷ lệ (số hộ)', 'The partial transfers of Xã Cộng Hòa (x-ch) give a share (households) for some parts but not all'],
      ['plan_shares_mismatch', 'Các phần của Xã Dương Huy (x-dh) cộng lại 12,5 (diện tích, km²), không khớp yêu cầu: 12', 'The shares of Xã Dương Huy (x-dh) add up to 12.5 (area, km²); they must add up to 12'],
    ]);
    const people = planOn(ON, split('x-ch', { population: 1000 }, { population: 1999 }), split('x-dh', { basisPoints: 5000 }, { basisPoints: 5001 }));
    expect(messagesOfCheck(checkShares, camPhaFixture(), people).map(([, vi, en]) => [vi, en])).toEqual([
      ['Các phần của Xã Cộng Hòa (x-ch) cộng lại 2.999 (dân số), không khớp yêu cầu: 3.000', 'The shares of Xã Cộng Hòa (x-ch) add up to 2,999 (population); they must add up to 3,000'],
      ['Các phần của Xã Dương Huy (x-dh) cộng lại 10.001 (tỷ lệ, phần vạn), không khớp yêu cầu: 10.000', 'The shares of Xã Dương Huy (x-dh) add up to 10,001 (share, basis points); they must add up to 10,000'],
    ]);
  });
});

describe('checkShares: partial transfers', () => {
  it.each([
    // the source continues: the shares add up to less than the whole
    ['the whole of a source that continues', [partial('x-ch', { population: 2500 })], [mismatch(['operations', 1], 'x-dh', 'population', 2500, '< 2500')]],
    ['all its basis points', [partial('x-ch', { basisPoints: 6000 }), partial('p-ct', { basisPoints: 4000 })], [mismatch(['operations', 1], 'x-dh', 'basisPoints', 10_000, '< 10000')]],
    ['a share for one transfer only, of a source that continues', [partial('x-ch', { population: 100 }), partial('p-ct', undefined)], []],
    ['less than the whole', [partial('x-ch', { population: 1000, households: 619 })], []],
    // the source ends: they add up to the whole
    ['one short of the whole of a source that ends', [partial('x-ch', { population: 1500 }, true), partial('p-ct', { population: 999 }, true)], [
      mismatch(['operations', 1], 'x-dh', 'population', 2499, 2500),
    ]],
    ['a share for one transfer only, of a source that ends', [partial('x-ch', { households: 620 }, true), partial('p-ct', undefined, true)], [
      { code: 'plan_shares_incomplete', severity: 'error', path: ['operations', 1], unitIds: ['x-dh'], params: { unitId: 'x-dh', field: 'households' } },
    ]],
    // said false on one and left out on the other: both say the source continues
    ['sourceEnds false and left out', [partial('x-ch', { population: 100 }, false), partial('p-ct', { population: 100 })], []],
    // transfers that disagree are reported once, at the first, and their shares are not added up
    ['transfers that disagree on whether the source ends', [partial('x-ch', { population: 9999 }), partial('p-ct', { population: 9999 }, true)], [
      { code: 'plan_partial_transfer_inconsistent', severity: 'error', path: ['operations', 1], unitIds: ['x-dh'], params: { unitId: 'x-dh' } },
    ]],
  ] as const)('%s', (_label, operations, expected) => {
    expect(runCheck(checkShares, camPhaFixture(), planOn(ON, rename, ...operations))).toEqual(expected);
  });

  it('says “less than” the whole in words for a source that continues', () => {
    const plan = planOn(ON, partial('x-ch', { population: 2500 }));
    expect(messagesOfCheck(checkShares, camPhaFixture(), plan)).toEqual([
      ['plan_shares_mismatch', 'Các phần của Xã Dương Huy (x-dh) cộng lại 2.500 (dân số), không khớp yêu cầu: nhỏ hơn 2.500', 'The shares of Xã Dương Huy (x-dh) add up to 2,500 (population); they must add up to less than 2,500'],
    ]);
  });
});

describe('checkStaffing: quotas and people in post of a merged organisation', () => {
  // btc: 8 civil servants (quota and in post); phong-nv: 9 and 9; ubkt: quota 7, 6 in post; tt-vh: 10 public employees; dai-tt: 6
  const board = (staffing?: object): NewUnit =>
    ({ id: 'moi', kind: 'organisation-board', name: { vi: 'Mới' }, areaId: 'tp-cp', parentId: 'thanh-uy', ...(staffing === undefined ? {} : { staffing }) }) as NewUnit;
  const consolidate = (sourceIds: string[], staffing?: object): PlanOperation => ({ type: 'consolidate', sourceIds, newUnit: board(staffing) });
  const on = '2025-06-01';

  it('a quota above the sources’ in two categories: one error each, in category order, with the 2025 rule', () => {
    const plan = planOn(on, rename, consolidate(['btc', 'phong-nv'], { quota: { contract: 2, civilServant: 18 } }));
    expect(runCheck(checkStaffing, camPhaFixture(), plan)).toEqual([
      {
        code: 'plan_quota_above_sources',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['moi'],
        params: { unitId: 'moi', quota: 18, category: 'civilServant', sourcesQuota: 17 },
        ruleId: 'merge.quota-not-above-sources',
      },
      {
        code: 'plan_quota_above_sources',
        severity: 'error',
        path: ['operations', 1],
        unitIds: ['moi'],
        params: { unitId: 'moi', quota: 2, category: 'contract', sourcesQuota: 0 },
        ruleId: 'merge.quota-not-above-sources',
      },
    ]);
    expect(messagesOfCheck(checkStaffing, camPhaFixture(), plan)[0]).toEqual([
      'plan_quota_above_sources',
      'Mới (moi): biên chế 18 (công chức) vượt tổng biên chế các đơn vị trước sắp xếp 17',
      'Mới (moi): quota 18 (civil servant) exceeds the total quota of its sources, 17',
    ]);
  });

  it('a quota equal to the sources’ is no error; people in post above it are a surplus to absorb in five years', () => {
    const plan = planOn(on, rename, consolidate(['btc', 'ubkt'], { quota: { civilServant: 15 }, actual: { civilServant: 16 } }));
    expect(runCheck(checkStaffing, camPhaFixture(), plan)).toEqual([
      {
        code: 'plan_staff_surplus',
        severity: 'warning',
        path: ['operations', 1],
        unitIds: ['moi'],
        params: { unitId: 'moi', actual: 16, quota: 15, category: 'civilServant', surplus: 1, deadline: '2030-06-01' },
        ruleId: 'merge.surplus-absorption',
      },
    ]);
    expect(messagesOfCheck(checkStaffing, camPhaFixture(), plan)).toEqual([
      [
        'plan_staff_surplus',
        'Mới (moi): có mặt 16 vượt biên chế 15 (công chức); dôi dư 1, giải quyết xong trước 2030-06-01',
        'Mới (moi): 16 in post against a quota of 15 (civil servant); surplus of 1 to absorb by 2030-06-01',
      ],
    ]);
  });

  it.each([
    // the sources' own figures: 14 in post against 15
    ['no staffing given', ['btc', 'ubkt'], undefined, []],
    ['as many in post as the quota', ['btc', 'ubkt'], { quota: { civilServant: 15 }, actual: { civilServant: 15 } }, []],
    // in post in a category the quota does not name: nothing to compare
    ['people in post in a category with no quota', ['btc', 'ubkt'], { quota: { civilServant: 15 }, actual: { civilServant: 14, contract: 3 } }, []],
    // sources with no quota recorded: a quota stated for the result has nothing to exceed
    ['a quota for sources that record none', ['phong-tc', 'vp-thanh-uy'], { quota: { civilServant: 5 } }, []],
    ['a quota below the sources’, people in post as the sources had', ['btc', 'phong-nv'], { quota: { civilServant: 16 } }, [['plan_staff_surplus', 17, 16, 1]]],
  ] as const)('%s', (_label, sourceIds, staffing, expected) => {
    const plan = planOn(on, consolidate([...sourceIds], staffing));
    expect(runCheck(checkStaffing, camPhaFixture(), plan).map(({ code, params }) => [code, params?.['actual'], params?.['quota'], params?.['surplus']])).toEqual(expected);
  });

  it('a merger takes the staffing the operation gives, and counts its target with its sources', () => {
    // tt-vh (10) + dai-tt (6): a quota of 17 is above 16; with no staffing given the sources' 16 stand
    const merge = (staffing?: object): PlanOperation => ({ type: 'merge', sourceIds: ['dai-tt'], targetId: 'tt-vh', ...(staffing === undefined ? {} : { staffing }) });
    expect(runCheck(checkStaffing, camPhaFixture(), planOn(on, merge({ quota: { publicEmployee: 17 } }))).map(({ code, params }) => [code, params])).toEqual([
      ['plan_quota_above_sources', { unitId: 'tt-vh', quota: 17, category: 'publicEmployee', sourcesQuota: 16 }],
    ]);
    expect(runCheck(checkStaffing, camPhaFixture(), planOn(on, merge({ quota: { publicEmployee: 15 } }))).map(({ code, params }) => [code, params])).toEqual([
      ['plan_staff_surplus', { unitId: 'tt-vh', actual: 16, quota: 15, category: 'publicEmployee', surplus: 1, deadline: '2030-06-01' }],
    ]);
    expect(runCheck(checkStaffing, camPhaFixture(), planOn(on, merge()))).toEqual([]);
  });

  it('areas, and results the plan cannot resolve, are not staffed', () => {
    const plan = planOn(
      on,
      // staffing given to a merger of communes is not judged
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch', staffing: { quota: { cadre: 1 }, actual: { cadre: 5 } } },
      { type: 'merge', sourceIds: ['btc'], targetId: 'ghost' },
    );
    expect(runCheck(checkStaffing, camPhaFixture(), plan)).toEqual([]);
  });

  it('a source the structure does not hold adds nothing to the sources’ quota', () => {
    const plan = planOn(on, consolidate(['btc', 'ghost'], { quota: { civilServant: 9 } }));
    expect(runCheck(checkStaffing, camPhaFixture(), plan).map(({ code, params }) => [code, params?.['quota'], params?.['sourcesQuota']])).toEqual([
      ['plan_quota_above_sources', 9, 8],
    ]);
  });

  it('before 2025-04-14 a surplus has no deadline and no basis, and the missing rule is said once', () => {
    const plan = planOn(ON, consolidate(['btc', 'phong-nv'], { quota: { civilServant: 16 } }));
    expect(runCheck(checkStaffing, camPhaFixture(), plan).map(({ code, params, ruleId }) => [code, params?.['deadline'], params?.['ruleId'], ruleId])).toEqual([
      ['rule_not_in_force', undefined, 'merge.surplus-absorption', 'merge.surplus-absorption'],
      ['plan_staff_surplus', null, undefined, undefined],
    ]);
  });
});
