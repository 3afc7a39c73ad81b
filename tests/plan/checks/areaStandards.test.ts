import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Structure, Unit } from '../../../src/model/index.js';
import type { Issue } from '../../../src/report/index.js';
import { planOn, twoProvinces } from '../fixtures.js';
import { patchUnits } from '../support/editFixtures.js';
import { issuesOf, shortfalls } from '../support/issues.js';

/*
 * The edges of each comparison: exactly at a standard is no shortfall, one below is; a unit formed
 * from exactly the exempt number of sources is exempt, one fewer is measured; every issue carries
 * its exact path, units and params.
 */
const mergeProvinces = planOn('2019-06-01', { type: 'merge', sourceIds: ['tinh-b'], targetId: 'tinh-a' });
const mergeCommunes = (on: string, sourceIds = ['xa-b']) => planOn(on, { type: 'merge', sourceIds, targetId: 'xa-a' });
const only = (issues: readonly Issue[], code: string) => issues.filter((issue) => issue.code === code);
// the rules' titles, which the messages quote
const STANDARD_TITLE = { vi: 'Tiêu chuẩn dân số, diện tích của đơn vị hành chính', en: 'Population and area standards of administrative units' };
const DIRECTIONS_TITLE = { vi: 'Định hướng quy mô xã, phường hình thành sau sắp xếp', en: 'Size directions for communes and wards formed by merger' };

describe('area standards at their edges', () => {
  it.each([
    // NQ 1211/2016 Art. 3: a mountainous province 900 000 people and 8 000 km²
    ['exactly at both lines', { population: 600_000, areaKm2: 7000 }, []],
    ['one person and a hundredth of a km² short', { population: 599_999, areaKm2: 6999.99 }, [['population', 899_999, 900_000], ['areaKm2', 7999.99, 8000]]],
  ] as const)('a merged mountainous province %s', (_label, patch, expected) => {
    const structure = patchUnits(twoProvinces('mountainous'), { 'tinh-a': patch });
    expect(shortfalls(issuesOf(structure, mergeProvinces))).toEqual(expected.map((line) => [...line, 'merge.admin-unit-standard']));
  });

  it('a shortfall names its measure and rule in both languages, its shortfall rounded to the hundredth, its path', () => {
    const structure = patchUnits(twoProvinces('mountainous'), { 'tinh-a': { population: 599_999, areaKm2: 6999.99 } });
    const [population, area] = only(issuesOf(structure, mergeProvinces), 'plan_area_below_standard');
    expect(population).toMatchObject({
      severity: 'warning',
      path: ['operations', 0],
      unitIds: ['tinh-a'],
      ruleId: 'merge.admin-unit-standard',
      params: { unitId: 'tinh-a', measure: 'population', value: 899_999, required: 900_000, rule: STANDARD_TITLE, ruleId: 'merge.admin-unit-standard', shortfall: 1 },
    });
    expect(population?.message).toEqual({
      vi: 'Tỉnh A (tinh-a) sau sắp xếp: dân số 899.999, dưới mức 900.000 theo quy định "Tiêu chuẩn dân số, diện tích của đơn vị hành chính" (thiếu 1)',
      en: 'Tỉnh A (tinh-a) after the plan: population 899,999, below the 900,000 required by "Population and area standards of administrative units" (short by 1)',
    });
    expect(area?.params).toMatchObject({ measure: 'areaKm2', shortfall: 0.01 });
    expect(area?.message.vi).toContain(': diện tích (km²) 7.999,99, dưới mức 8.000 ');
    expect(area?.message.en).toContain(': area (km²) 7,999.99, below the 8,000 ');
    expect(population?.params).not.toHaveProperty('populationBps');
  });

  it('names the unit by its name and id, in English by its English name where it has one', () => {
    const structure = patchUnits(twoProvinces('mountainous'), { 'tinh-a': { population: 599_999, name: { vi: 'Tỉnh Cao Bằng', en: 'Cao Bang Province' } } });
    const [population] = only(issuesOf(structure, mergeProvinces), 'plan_area_below_standard');
    expect(population?.params?.['unitName']).toEqual({ vi: 'Tỉnh Cao Bằng', en: 'Cao Bang Province' });
    expect(population?.message.vi).toMatch(/^Tỉnh Cao Bằng \(tinh-a\) sau sắp xếp: dân số 899\.999,/);
    expect(population?.message.en).toMatch(/^Cao Bang Province \(tinh-a\) after the plan: population 899,999,/);
  });

  it('a province renamed (no merger) is not measured', () => {
    const structure = patchUnits(twoProvinces('mountainous'), { 'tinh-a': { population: 1, areaKm2: 1 } });
    const plan = planOn('2019-06-01', { type: 'rename', unitId: 'tinh-a', name: { vi: 'Tỉnh A mới' } });
    expect(shortfalls(issuesOf(structure, plan))).toEqual([]);
  });

  it('a province split in two parts: each part is formed from one source and not held to the standard', () => {
    const plan = planOn('2019-06-01', {
      type: 'split',
      sourceId: 'tinh-b',
      parts: [
        { newUnit: { id: 'b1', kind: 'province', name: { vi: 'B1' }, parentId: 'vn' }, share: { basisPoints: 5000 } },
        { newUnit: { id: 'b2', kind: 'province', name: { vi: 'B2' }, parentId: 'vn' }, share: { basisPoints: 5000 } },
      ],
    });
    expect(shortfalls(issuesOf(twoProvinces('mountainous'), plan))).toEqual([]);
  });

  it('a commune formed from three (NQ 76/2025 Art. 5(2)) is exempt, and one issue names every such unit; from two it is measured', () => {
    const three = patchUnits(twoProvinces('plains'), {}) as Structure;
    const units: Unit[] = [...three.units, { id: 'xa-c', kind: 'commune', name: { vi: 'Xã C' }, parentId: 'tinh-a', from: isoDate('2015-01-01'), population: 10, areaKm2: 1 }];
    const structure = { ...three, units };
    const fromThree = issuesOf(structure, mergeCommunes('2025-06-01', ['xa-b', 'xa-c']));
    expect(shortfalls(fromThree)).toEqual([]);
    expect(only(fromThree, 'plan_area_exempt').map(({ path, unitIds, params }) => ({ path, unitIds, params }))).toEqual([
      {
        path: ['operations', 0],
        unitIds: ['xa-a'],
        params: { unitIds: ['xa-a'], count: 1, rule: DIRECTIONS_TITLE, ruleId: 'merge.merged-unit-directions', reason: 'formed-from-sources' },
      },
    ]);
    expect(only(fromThree, 'plan_area_exempt')[0]?.message).toEqual({
      vi: '1 đơn vị không phải đối chiếu quy định "Định hướng quy mô xã, phường hình thành sau sắp xếp" (hình thành từ 3 đơn vị trở lên): xa-a',
      en: '1 unit is not measured against "Size directions for communes and wards formed by merger" (formed from 3 units or more): xa-a',
    });
    const fromTwo = issuesOf(structure, mergeCommunes('2025-06-01', ['xa-b']));
    expect(shortfalls(fromTwo).map(([measure]) => measure)).toEqual(['population']);
    expect(only(fromTwo, 'plan_area_exempt')).toEqual([]);
  });

  it('a commune missing its figures: each missing figure is named with its path, and nothing is measured', () => {
    const structure = patchUnits(twoProvinces('plains'), { 'xa-a': { population: undefined, areaKm2: undefined } });
    const issues = issuesOf(structure, mergeCommunes('2025-06-01'));
    expect(only(issues, 'plan_area_data_missing').map(({ path, unitIds, params }) => ({ path, unitIds, params }))).toEqual([
      { path: ['operations', 0], unitIds: ['xa-a'], params: { unitId: 'xa-a', unitName: { vi: 'Xã A', en: 'Xã A' }, measure: 'population' } },
      { path: ['operations', 0], unitIds: ['xa-a'], params: { unitId: 'xa-a', unitName: { vi: 'Xã A', en: 'Xã A' }, measure: 'areaKm2' } },
    ]);
    expect(only(issues, 'plan_area_data_missing').map(({ message }) => message)).toEqual([
      { vi: 'Xã A (xa-a): thiếu số liệu dân số, không kiểm tra được tiêu chuẩn', en: 'Xã A (xa-a): no population given, so the standard cannot be checked' },
      { vi: 'Xã A (xa-a): thiếu số liệu diện tích (km²), không kiểm tra được tiêu chuẩn', en: 'Xã A (xa-a): no area (km²) given, so the standard cannot be checked' },
    ]);
    expect(shortfalls(issues)).toEqual([]);
    const noArea = patchUnits(twoProvinces('plains'), { 'xa-a': { areaKm2: undefined } });
    const partly = issuesOf(noArea, mergeCommunes('2025-06-01'));
    expect(only(partly, 'plan_area_data_missing').map((issue) => issue.params?.['measure'])).toEqual(['areaKm2']);
    expect(shortfalls(partly)).toEqual([]);
  });

  it('a doubtful figure is reported as doubtful input, not as a shortfall', () => {
    const structure = patchUnits(twoProvinces('mountainous'), { 'tinh-a': { population: 599_999, areaKm2: 6999.99, doubtful: ['population'] } });
    const issues = issuesOf(structure, mergeProvinces);
    expect(only(issues, 'plan_area_figure_doubtful').map((issue) => issue.params?.['measure'])).toEqual(['population']);
    expect(shortfalls(issues).map(([measure]) => measure)).toEqual(['areaKm2']);
  });
});

describe('village household standard at its edges (a Red River Delta village on the plains: 300 households)', () => {
  const withVillages = (first: number | undefined, second: number): Structure => {
    // the region decides the line (500 in the south): a Red River Delta province
    const base = patchUnits(twoProvinces('plains'), { 'tinh-a': { region: 'red-river-delta' } });
    const village = (id: string, households: number | undefined): Unit =>
      ({ id, kind: 'village', name: { vi: id }, parentId: 'xa-a', from: isoDate('2015-01-01'), ...(households === undefined ? {} : { households }) }) as Unit;
    return { ...base, units: [...base.units, village('thon-1', first), village('thon-2', second)] };
  };
  const mergeVillages = planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-1' });
  const householdIssues = (structure: Structure) =>
    issuesOf(structure, mergeVillages)
      .filter((issue) => issue.code === 'plan_area_below_standard' || issue.code === 'plan_area_data_missing')
      .map(({ code, severity, params }) => [code, severity, params?.['value'], params?.['required']]);

  it.each([
    ['149 households: below half, a merger is required', 100, 49, [['plan_area_below_standard', 'warning', 149, 300]]],
    ['150 households: half, encouraged to merge', 100, 50, [['plan_area_below_standard', 'info', 150, 300]]],
    ['299 households', 200, 99, [['plan_area_below_standard', 'info', 299, 300]]],
    ['300 households: at the standard', 200, 100, []],
  ] as const)('%s', (_label, first, second, expected) => {
    expect(householdIssues(withVillages(first, second))).toEqual(expected);
  });

  it('a village whose households are unknown is named, not measured', () => {
    expect(householdIssues(withVillages(undefined, 10))).toEqual([['plan_area_data_missing', expect.any(String), undefined, undefined]]);
    const [missing] = issuesOf(withVillages(undefined, 10), mergeVillages).filter((issue) => issue.code === 'plan_area_data_missing');
    expect(missing).toMatchObject({ path: ['operations', 0], unitIds: ['thon-1'], params: { unitId: 'thon-1', measure: 'households' } });
    expect(missing?.message).toEqual({ vi: 'thon-1 (thon-1): thiếu số liệu số hộ, không kiểm tra được tiêu chuẩn', en: 'thon-1 (thon-1): no households given, so the standard cannot be checked' });
  });
});
