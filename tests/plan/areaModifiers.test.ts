import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { AreaUnit, Structure } from '../../src/model/index.js';
import { type Plan, validatePlan } from '../../src/plan/index.js';
import type { Issue } from '../../src/report/index.js';
import { defaultRulebook, type MergeExemption, type Rule, type Rulebook } from '../../src/rules/index.js';
import { planOn } from './fixtures.js';

/*
 * The modifiers of the area standards (docs/rulebook.md, "Area standards as the law applies them"):
 * a province's own household minimum, wards by the kind of area they lie in, the reductions of
 * NQ 112/2025, the exemptions a caller names, the exemption of a unit formed from three or more
 * (NQ 76/2025 Art. 5(2)) and a terrain the record leaves open. Each flips on the day its version
 * starts or ends.
 */

const FROM = isoDate('2015-01-01');

type Facts = Partial<Pick<AreaUnit, 'population' | 'areaKm2' | 'households' | 'terrain' | 'region' | 'code'>>;

/** A province (statistics code and region given) with one district-level unit of `districtKind`, two units under it and two provinces. */
function structureOf(options: {
  readonly provinceCode?: string;
  readonly region?: AreaUnit['region'];
  readonly districtKind?: AreaUnit['kind'];
  readonly childKind: AreaUnit['kind'];
  readonly a: Facts;
  readonly b: Facts;
  readonly c?: Facts;
  readonly provinces?: readonly [Facts, Facts];
}): Structure {
  const { provinceCode = '40', region = 'central', districtKind = 'district', childKind, a, b, c } = options;
  const [pa, pb] = options.provinces ?? [{}, {}];
  const units: AreaUnit[] = [
    { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
    { id: 'tinh-a', kind: 'province', name: { vi: 'Tỉnh A' }, parentId: 'vn', from: FROM, code: provinceCode, region, ...pa },
    { id: 'tinh-b', kind: 'province', name: { vi: 'Tỉnh B' }, parentId: 'vn', from: FROM, code: '99', region, ...pb },
    { id: 'huyen-a', kind: districtKind, name: { vi: 'Huyện A' }, parentId: 'tinh-a', from: FROM },
    { id: 'u-a', kind: childKind, name: { vi: 'A' }, parentId: 'huyen-a', from: FROM, ...a },
    { id: 'u-b', kind: childKind, name: { vi: 'B' }, parentId: 'huyen-a', from: FROM, ...b },
    ...(c === undefined ? [] : [{ id: 'u-c', kind: childKind, name: { vi: 'C' }, parentId: 'huyen-a', from: FROM, ...c } as AreaUnit]),
  ];
  return { units, people: [], assignments: [] };
}

const mergeAB = (on: string): Plan => planOn(on, { type: 'merge', sourceIds: ['u-b'], targetId: 'u-a' });

/** The area-standard findings as [code, severity, measure, value, required, ruleId]. */
function findings(issues: readonly Issue[]): unknown[][] {
  return issues
    .filter((issue) => issue.code.startsWith('plan_area_') || issue.code === 'plan_admin_standard_not_found' || issue.code === 'plan_standard_not_found')
    .map((issue) => [issue.code, issue.severity, issue.params?.['measure'], issue.params?.['value'], issue.params?.['required'], issue.ruleId]);
}

const village = 'merge.village-household-standard';
const standard = 'merge.admin-unit-standard';
const criteria = 'merge.admin-unit-merge-criteria';
const directions = 'merge.merged-unit-directions';

describe('validatePlan — a province’s own household minimum (TT 14/2018: 450 for residential groups of Hà Nội and TP HCM)', () => {
  // two residential groups of 200 and 20 households in a Red River Delta ward, merged
  const groups = (provinceCode: string) =>
    structureOf({ provinceCode, region: 'red-river-delta', districtKind: 'urban-district', childKind: 'residential-group', a: { households: 200 }, b: { households: 20 } });
  it.each([
    // the day before TT 14/2018: TT 09/2017's 500 everywhere (220 < 250: must merge)
    ['01', '2019-01-19', [['plan_area_below_standard', 'warning', 'households', 220, 500, village]]],
    ['26', '2019-01-19', [['plan_area_below_standard', 'warning', 'households', 220, 500, village]]],
    // from 2019-01-20: Hà Nội (01) 450, so 220 < 225 must merge; elsewhere in the delta 350, only encouraged
    ['01', '2019-01-20', [['plan_area_below_standard', 'warning', 'households', 220, 450, village]]],
    ['79', '2019-01-20', [['plan_area_below_standard', 'warning', 'households', 220, 450, village]]],
    ['26', '2019-01-20', [['plan_area_below_standard', 'info', 'households', 220, 350, village]]],
  ])('province %s on %s', (code, on, expected) => {
    expect(findings(validatePlan(groups(code), mergeAB(on)).issues)).toEqual(expected);
  });

  it('leaves villages of Hà Nội to the regional lines (the override names residential groups only)', () => {
    const villages = structureOf({ provinceCode: '01', region: 'red-river-delta', childKind: 'village', a: { households: 120 }, b: { households: 20 } });
    // Red River Delta villages: 300; 140 < 150 must merge
    expect(findings(validatePlan(villages, mergeAB('2019-06-01')).issues)).toEqual([['plan_area_below_standard', 'warning', 'households', 140, 300, village]]);
  });
});

describe('validatePlan — wards by the kind of area they lie in (NQ 1211/2016 Art. 8)', () => {
  // two wards of 3,000 and 4,000 people on 1 km² each: 7,000 people on 2 km²
  const wards = (districtKind: AreaUnit['kind']) =>
    structureOf({ districtKind, childKind: 'ward', a: { population: 3000, areaKm2: 1 }, b: { population: 4000, areaKm2: 1 } });
  it.each([
    // 2019–2021 (NQ 653/2019): a unit under 50% of both standards must merge, and is measured against the standard
    ['urban-district', '2019-06-01', [
      ['plan_area_below_standard', 'warning', 'population', 7000, 15_000, criteria],
      ['plan_area_below_standard', 'warning', 'areaKm2', 2, 5.5, criteria],
    ]],
    // 7,000 is the whole standard of a ward in a provincial city, and 140% of a town's: no criterion met
    ['provincial-city', '2019-06-01', []],
    ['town', '2019-06-01', []],
    // the last day of the 2016 text, then NQ 27/2022, whose ward standards were not read: not found
    ['urban-district', '2022-12-31', [
      ['plan_area_below_standard', 'warning', 'population', 7000, 15_000, criteria],
      ['plan_area_below_standard', 'warning', 'areaKm2', 2, 5.5, criteria],
    ]],
    ['urban-district', '2023-01-01', [['plan_admin_standard_not_found', 'info', undefined, undefined, undefined, standard]]],
  ] as const)('a ward of a %s merged on %s', (districtKind, on, expected) => {
    expect(findings(validatePlan(wards(districtKind), mergeAB(on)).issues)).toEqual(expected);
  });
});

describe('validatePlan — the reductions of NQ 112/2025 (Red River Delta: a province’s area standard at 50%)', () => {
  // two provinces of 800,000 + 700,000 people on 1,600 + 1,400 km²: 1,500,000 people on 3,000 km²
  const provinces = (region: AreaUnit['region']) =>
    structureOf({ region, childKind: 'commune', a: {}, b: {}, provinces: [{ population: 800_000, areaKm2: 1600 }, { population: 700_000, areaKm2: 1400 }] });
  const mergeProvinces = (on: string) => planOn(on, { type: 'merge', sourceIds: ['tinh-b'], targetId: 'tinh-a' });
  it.each([
    ['red-river-delta', '2025-12-31', [['plan_area_below_standard', 'warning', 'areaKm2', 3000, 5000, standard]]],
    // from 2026-01-01: 3,000 km² meets the reduced 2,500
    ['red-river-delta', '2026-01-01', []],
    ['central', '2026-01-01', [['plan_area_below_standard', 'warning', 'areaKm2', 3000, 5000, standard]]],
  ] as const)('a merged %s province on %s', (region, on, expected) => {
    expect(findings(validatePlan(provinces(region), mergeProvinces(on)).issues)).toEqual(expected);
  });

  it('says which reduction it applied', () => {
    const issues = validatePlan(provinces('red-river-delta'), mergeProvinces('2026-01-01')).issues;
    expect(issues.some((issue) => issue.code === 'plan_area_below_standard')).toBe(false);
    const smaller = structureOf({ region: 'red-river-delta', childKind: 'commune', a: {}, b: {}, provinces: [{ population: 800_000, areaKm2: 1000 }, { population: 700_000, areaKm2: 1000 }] });
    const issue = validatePlan(smaller, mergeProvinces('2026-01-01')).issues.find((item) => item.code === 'plan_area_below_standard');
    expect(issue?.params).toMatchObject({ measure: 'areaKm2', value: 2000, required: 2500, areaBps: 5000, populationBps: 10_000 });
  });
});

describe('validatePlan — exemptions the caller names (NQ 35/2023, NQ 76/2025 Art. 3)', () => {
  // two communes of 3,000 + 2,000 people on 10 + 10 km²: under 70% of both the 8,000 and 30 km² standard
  const communes = structureOf({ childKind: 'commune', a: { population: 3000, areaKm2: 10, terrain: 'plains' }, b: { population: 2000, areaKm2: 10, terrain: 'plains' } });
  const below = [
    ['plan_area_below_standard', 'warning', 'population', 5000, 8000, criteria],
    ['plan_area_below_standard', 'warning', 'areaKm2', 20, 30, criteria],
  ];
  const exempt = [['plan_area_exempt', 'info', undefined, undefined, undefined, criteria]];
  it.each([
    ['2024-06-01', {}, below],
    ['2024-06-01', { 'u-a': ['isolated-location'] }, exempt],
    // units merged in 2019–2021 are not obliged to merge again in 2023–2025
    ['2024-06-01', { 'u-a': ['merged-2019-2021'] }, exempt],
    // a reason named for another unit changes nothing
    ['2024-06-01', { 'u-b': ['isolated-location'] }, below],
  ] as const)('a merged commune on %s with exemptions %j', (on, exemptions, expected) => {
    expect(findings(validatePlan(communes, mergeAB(on), { exemptions: exemptions as Record<string, MergeExemption[]> }).issues)).toEqual(expected);
  });

  // a commune kept as it is (one source) in the 2025 reorganisation: under the standard, so it falls to be merged
  const kept = (on: string) =>
    planOn(on, { type: 'consolidate', sourceIds: ['u-a'], newUnit: { id: 'u-new', kind: 'commune', name: { vi: 'Xã mới' }, parentId: 'huyen-a', population: 3000, areaKm2: 10, terrain: 'plains' } as AreaUnit });
  it.each([
    [{}, [
      ['plan_area_below_standard', 'warning', 'population', 3000, 8000, criteria],
      ['plan_area_below_standard', 'warning', 'areaKm2', 10, 30, criteria],
    ]],
    // NQ 76 Art. 3 exempts isolated and defence-critical units, not those planned to become urban
    [{ 'u-new': ['planned-urbanisation'] }, [
      ['plan_area_below_standard', 'warning', 'population', 3000, 8000, criteria],
      ['plan_area_below_standard', 'warning', 'areaKm2', 10, 30, criteria],
    ]],
    [{ 'u-new': ['defence-security-sovereignty'] }, [['plan_area_exempt', 'info', undefined, undefined, undefined, criteria]]],
  ] as const)('a commune kept in 2025 with exemptions %j', (exemptions, expected) => {
    expect(findings(validatePlan(communes, kept('2025-06-01'), { exemptions: exemptions as Record<string, MergeExemption[]> }).issues)).toEqual(expected);
  });

  it('refuses exemptions that are not arrays of reasons by area id', () => {
    expect(() => validatePlan(communes, mergeAB('2024-06-01'), { exemptions: { 'u-a': 'isolated-location' } as never })).toThrow(TypeError);
    expect(() => validatePlan(communes, mergeAB('2024-06-01'), { exemptions: null as never })).toThrow(/options.exemptions/);
  });
});

describe('validatePlan — units formed from three or more (NQ 76/2025 Art. 5(2)) and a terrain left open', () => {
  const three = (terrain: AreaUnit['terrain']) =>
    structureOf({ childKind: 'commune', a: { population: 2000, areaKm2: 10, terrain }, b: { population: 2000, areaKm2: 10, terrain }, c: { population: 2000, areaKm2: 10, terrain } });
  it.each([
    // two sources: held to the directions (plains: 200% of 8,000 people)
    [['u-b'], [['plan_area_below_standard', 'warning', 'population', 4000, 16_000, directions], ['plan_area_below_standard', 'warning', 'areaKm2', 20, 30, directions]]],
    // three: exempt, and said once for every unit so exempted
    [['u-b', 'u-c'], [['plan_area_exempt', 'info', undefined, undefined, undefined, directions]]],
  ])('a plains commune merged on 2025-06-01 with sources %j', (sourceIds, expected) => {
    const issues = validatePlan(three('plains'), planOn('2025-06-01', { type: 'merge', sourceIds, targetId: 'u-a' })).issues;
    expect(findings(issues)).toEqual(expected);
  });

  it('names the exempt units and the reason', () => {
    const issues = validatePlan(three('plains'), planOn('2025-06-01', { type: 'merge', sourceIds: ['u-b', 'u-c'], targetId: 'u-a' })).issues;
    const issue = issues.find((item) => item.code === 'plan_area_exempt');
    expect(issue?.params).toMatchObject({ unitIds: ['u-a'], count: 1, reason: 'formed-from-sources', ruleId: directions });
    expect(issue?.citation).toMatchObject({ instrumentId: '76/2025/UBTVQH15', article: '5' });
  });

  // two communes of 4,500 + 4,500 people on 60 + 60 km²: short of a plains commune's 16,000 people,
  // but within a mountainous one's 5,000 people and 100 km²
  const open = (terrain: AreaUnit['terrain'], population: number) =>
    structureOf({ childKind: 'commune', a: { population, areaKm2: 60, terrain }, b: { population, areaKm2: 60, terrain } });
  it.each([
    [undefined, 4500, [['plan_area_terrain_unknown', 'info', 'population', 9000, 16_000, directions]]],
    ['plains', 4500, [['plan_area_below_standard', 'warning', 'population', 9000, 16_000, directions]]],
    ['mountainous', 4500, []],
    // 4,000 people: short under every terrain, so the shortfall stands (as measured on the record)
    [undefined, 2000, [['plan_area_below_standard', 'warning', 'population', 4000, 16_000, directions]]],
  ] as const)('terrain %s, %i people each', (terrain, population, expected) => {
    expect(findings(validatePlan(open(terrain, population), mergeAB('2025-06-01')).issues)).toEqual(expected);
  });

  it('says under which terrain the unit would meet the standard', () => {
    const issue = validatePlan(open(undefined, 4500), mergeAB('2025-06-01')).issues.find((item) => item.code === 'plan_area_terrain_unknown');
    expect(issue?.params?.['terrains']).toBe('mountainous, highland');
    expect(issue?.message.en).toContain('but meets the standard as mountainous, highland: record the terrain to decide');
    // the terrains by their Vietnamese names in the Vietnamese message
    expect(issue?.message.vi).toContain('nhưng đạt nếu là miền núi, vùng cao: cần ghi địa hình để kết luận');
  });
});

describe('validatePlan — the modifiers under other rulebooks (the engine reads what the params say)', () => {
  const withParams = (ruleId: string, patch: (params: Record<string, unknown>) => Record<string, unknown>): Rulebook => ({
    ...defaultRulebook,
    rules: defaultRulebook.rules.map((rule) =>
      rule.id === ruleId ? ({ ...rule, versions: rule.versions.map((version) => ({ ...version, params: patch(version.params as Record<string, unknown>) })) } as unknown as Rule) : rule,
    ),
  });

  it('reports a province’s minimum recorded as not found instead of falling back to the region', () => {
    const rulebook = withParams(village, (params) => (params['provinceOverrides'] === undefined ? params : { ...params, provinceOverrides: [{ provinceCodes: ['01'], residentialGroup: null }] }));
    const groups = structureOf({ provinceCode: '01', region: 'red-river-delta', districtKind: 'urban-district', childKind: 'residential-group', a: { households: 200 }, b: { households: 20 } });
    const issues = validatePlan(groups, mergeAB('2020-01-01'), { rulebook }).issues;
    expect(findings(issues)).toEqual([['plan_standard_not_found', 'info', undefined, undefined, undefined, village]]);
    // kind, region and terrain by name in each language; the params keep their ids
    const notFound = issues.find((issue) => issue.code === 'plan_standard_not_found');
    expect(notFound?.params).toMatchObject({ kind: 'residential-group', region: 'red-river-delta' });
    expect(notFound?.message).toEqual({
      vi: 'A (u-a, tổ dân phố): không tìm thấy mức chuẩn số hộ cho vùng Đồng bằng sông Hồng, địa hình ? vào ngày 2020-01-01',
      en: 'A (u-a, residential group): no household minimum found for region Red River Delta, terrain ? on 2020-01-01',
    });
  });

  it('applies a population-only reduction and leaves the area standard whole', () => {
    const rulebook = withParams(standard, (params) => (params['reductions'] === undefined ? params : { ...params, reductions: [{ levels: ['province'], populationBps: 5000 }] }));
    const provinces = structureOf({ childKind: 'commune', a: {}, b: {}, provinces: [{ population: 400_000, areaKm2: 1000 }, { population: 400_000, areaKm2: 1000 }] });
    const issues = validatePlan(provinces, planOn('2026-06-01', { type: 'merge', sourceIds: ['tinh-b'], targetId: 'tinh-a' }), { rulebook }).issues;
    // 800,000 meets half of 1,400,000; 2,000 km² is short of 5,000
    expect(findings(issues)).toEqual([['plan_area_below_standard', 'warning', 'areaKm2', 2000, 5000, standard]]);
  });

  it('falls back to the merge criteria for a merged unit no direction line selects', () => {
    const rulebook = withParams(directions, (params) => ({ ...params, lines: (params['lines'] as { kinds: string[] }[]).filter((line) => line.kinds.includes('ward')) }));
    const communes = structureOf({ childKind: 'commune', a: { population: 3000, areaKm2: 10, terrain: 'plains' }, b: { population: 2000, areaKm2: 10, terrain: 'plains' } });
    expect(findings(validatePlan(communes, mergeAB('2025-06-01'), { rulebook }).issues)).toEqual([
      ['plan_area_below_standard', 'warning', 'population', 5000, 8000, criteria],
      ['plan_area_below_standard', 'warning', 'areaKm2', 20, 30, criteria],
    ]);
  });

  it('lists every unit exempt for one reason in one info', () => {
    const communes = structureOf({ childKind: 'commune', a: { population: 3000, areaKm2: 10, terrain: 'plains' }, b: { population: 2000, areaKm2: 10, terrain: 'plains' } });
    const plan = planOn(
      '2025-06-01',
      { type: 'consolidate', sourceIds: ['u-a'], newUnit: { id: 'n-a', kind: 'commune', name: { vi: 'A mới' }, parentId: 'huyen-a', population: 3000, areaKm2: 10, terrain: 'plains' } as AreaUnit },
      { type: 'consolidate', sourceIds: ['u-b'], newUnit: { id: 'n-b', kind: 'commune', name: { vi: 'B mới' }, parentId: 'huyen-a', population: 2000, areaKm2: 10, terrain: 'plains' } as AreaUnit },
    );
    const exempt = validatePlan(communes, plan, { exemptions: { 'n-a': ['isolated-location'], 'n-b': ['isolated-location'] } }).issues.filter((issue) => issue.code === 'plan_area_exempt');
    expect(exempt.map((issue) => issue.params)).toEqual([{ unitIds: ['n-a', 'n-b'], count: 2, rule: { vi: 'Tiêu chí đơn vị hành chính thuộc diện sắp xếp', en: 'Criteria for administrative units to be merged' }, ruleId: criteria, reason: 'isolated-location' }]);
    expect(exempt[0]?.message.vi).toBe('2 đơn vị không phải đối chiếu quy định "Tiêu chí đơn vị hành chính thuộc diện sắp xếp" (vị trí biệt lập): n-a, n-b');
  });

  it('bounds the report at issueLimit, counting the rest', () => {
    const groups = structureOf({ childKind: 'residential-group', districtKind: 'urban-district', a: { households: 10 }, b: { households: 10 }, c: { households: 10 } });
    const plan = planOn('2020-01-01', { type: 'merge', sourceIds: ['u-b'], targetId: 'u-a' }, { type: 'rename', unitId: 'ghost', name: { vi: 'X' } });
    const all = validatePlan(groups, plan).issues;
    const capped = validatePlan(groups, plan, { issueLimit: 1 }).issues;
    expect(all.length).toBeGreaterThan(1);
    expect(capped.map((issue) => issue.code)).toEqual([all[0]?.code, 'issues_truncated']);
    expect(() => validatePlan(groups, plan, { issueLimit: -1 })).toThrow(RangeError);
  });
});
