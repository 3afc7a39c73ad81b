import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { AreaUnit, Structure } from '../../../src/model/index.js';
import { analysePlan } from '../../../src/plan/analysePlan.js';
import { Ancestry } from '../../../src/plan/ancestry.js';
import { type Plan, validatePlan } from '../../../src/plan/index.js';
import { adminStandard, householdMinimum, mergedUnitDirection, openTerrains } from '../../../src/plan/standards/lines.js';
import { defaultRulebook, type RuleParams } from '../../../src/rules/index.js';
import { planOn } from '../fixtures.js';

/*
 * The standards lookups of src/plan/standards/lines.ts read directly: the terrains a record leaves
 * open, the "?" a household minimum not found names, the rounding of reduced standards (people up,
 * km² to the hundredth), which reductions apply and which one wins, ward lines by parent kind, and
 * the directions given as shares of a standard.
 */

const FROM = isoDate('2015-01-01');

/** A country, a province with the given facts, a district, a commune and a ward under it, and a centrally-run city. */
function structureOf(province: Partial<AreaUnit>): Structure {
  return {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: FROM },
      { id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, parentId: 'vn', from: FROM, ...province } as AreaUnit,
      { id: 'huyen', kind: 'district', name: { vi: 'Huyện' }, parentId: 'tinh', from: FROM },
      { id: 'xa', kind: 'commune', name: { vi: 'Xã' }, parentId: 'huyen', from: FROM },
      { id: 'phuong', kind: 'ward', name: { vi: 'Phường' }, parentId: 'huyen', from: FROM },
      { id: 'phuong-tinh', kind: 'ward', name: { vi: 'Phường tỉnh' }, parentId: 'tinh', from: FROM },
      { id: 'thon', kind: 'village', name: { vi: 'Thôn' }, parentId: 'xa', from: FROM },
      { id: 'tp', kind: 'centrally-run-city', name: { vi: 'Thành phố' }, parentId: 'vn', from: FROM, ...province } as AreaUnit,
    ],
    people: [],
    assignments: [],
  };
}

function lookups(province: Partial<AreaUnit>) {
  const analysis = analysePlan(structureOf(province), planOn('2026-06-01'));
  const ancestry = new Ancestry(analysis);
  const unit = (id: string) => analysis.index.unitsById.get(id) as AreaUnit;
  return { ancestry, unit };
}

/** The params of a rule's version in force on a date in the default rulebook. */
function paramsOf<T>(ruleId: string, on: string): T {
  const rule = defaultRulebook.rules.find((candidate) => candidate.id === ruleId);
  const version = rule?.versions.find((candidate) => candidate.from <= on && (candidate.to === undefined || on < candidate.to));
  return version?.params as T;
}

type Standard = RuleParams<'admin-unit-standard'>;
const standard2026 = paramsOf<Standard>('merge.admin-unit-standard', '2026-06-01');

describe('openTerrains', () => {
  it('none when the area or an ancestor records a terrain', () => {
    const { ancestry, unit } = lookups({ terrain: 'plains' });
    expect(openTerrains(ancestry, unit('xa'), standard2026.lines)).toEqual([]);
  });

  it('the terrains and parent terrains the lines name, once each, in the order named', () => {
    const { ancestry, unit } = lookups({});
    expect(openTerrains(ancestry, unit('phuong'), [{ terrains: ['island', 'highland'] }, { parentTerrains: ['mountainous', 'island'] }, {}])).toEqual([
      'island',
      'highland',
      'mountainous',
    ]);
  });
});

describe('householdMinimum', () => {
  it('names "?" for the region and terrain a village not found does not record', () => {
    const { ancestry, unit } = lookups({});
    const params = paramsOf<RuleParams<'village-household-standard'>>('merge.village-household-standard', '2026-06-01');
    expect(householdMinimum(ancestry, params, unit('thon'))).toEqual({ found: false, region: '?', terrain: '?' });
  });

  it('and validatePlan says so in the not-found issue', () => {
    const structure = structureOf({});
    const plan: Plan = planOn('2019-06-01', { type: 'consolidate', sourceIds: ['thon'], newUnit: { id: 'thon-moi', kind: 'village', name: { vi: 'Thôn mới' }, parentId: 'xa', households: 10 } });
    const issue = validatePlan(structure, plan).issues.find((item) => item.code === 'plan_standard_not_found');
    expect(issue?.params).toEqual({ unitId: 'thon-moi', unitName: { vi: 'Thôn mới', en: 'Thôn mới' }, kind: 'village', region: '?', terrain: '?', asOf: '2019-06-01' });
    expect(issue?.message.vi).toBe('Thôn mới (thon-moi, thôn): không tìm thấy mức chuẩn số hộ cho vùng ?, địa hình ? vào ngày 2019-06-01');
  });

  it('and names a known terrain in Vietnamese', () => {
    // no region: no line of the standard applies to a mountain village that is not on a border
    const structure = structureOf({ terrain: 'mountainous' });
    const plan: Plan = planOn('2019-06-01', { type: 'consolidate', sourceIds: ['thon'], newUnit: { id: 'thon-moi', kind: 'village', name: { vi: 'Thôn mới' }, parentId: 'xa', households: 10 } });
    const issue = validatePlan(structure, plan).issues.find((item) => item.code === 'plan_standard_not_found');
    expect(issue?.params).toMatchObject({ region: '?', terrain: 'mountainous' });
    expect(issue?.message).toEqual({
      vi: 'Thôn mới (thon-moi, thôn): không tìm thấy mức chuẩn số hộ cho vùng ?, địa hình miền núi vào ngày 2019-06-01',
      en: 'Thôn mới (thon-moi, village): no household minimum found for region ?, terrain mountainous on 2019-06-01',
    });
  });
});

describe('border lines', () => {
  const villageParams = paramsOf<RuleParams<'village-household-standard'>>('merge.village-household-standard', '2019-06-01');
  const directions = paramsOf<RuleParams<'merged-unit-directions'>>('merge.merged-unit-directions', '2025-06-01');

  it.each([
    // TT 14/2018: a border village 100 households, else the central region's 250
    ['in a border province', { region: 'central', terrain: 'plains', border: true }, 100],
    ['elsewhere', { region: 'central', terrain: 'plains' }, 250],
  ] as const)('a village %s', (_label, province, households) => {
    const { ancestry, unit } = lookups(province);
    expect(householdMinimum(ancestry, villageParams, unit('thon'))).toEqual({ found: true, households });
  });

  it.each([
    // NQ 76/2025 Art. 5: a ward whose parent lies on the border 15,000 people, else 21,000
    ['directly under a border province', { terrain: 'plains', border: true }, 15_000],
    ['under a province off the border', { terrain: 'plains' }, 21_000],
  ] as const)('a ward %s', (_label, province, population) => {
    const { ancestry, unit } = lookups(province);
    expect(mergedUnitDirection(ancestry, directions, unit('phuong-tinh'), undefined)).toEqual({ population, areaKm2: 5.5 });
  });
});

describe('adminStandard: reductions (NQ 112/2025)', () => {
  it('a Red River Delta ward: the commune-level 70% of 5.5 km², to the hundredth', () => {
    const { ancestry, unit } = lookups({ region: 'red-river-delta' });
    expect(adminStandard(ancestry, standard2026, unit('phuong'))).toEqual({ population: 21_000, areaKm2: 3.85, reduction: { populationBps: 10_000, areaBps: 7000 } });
  });

  it('a Red River Delta commune gets the commune reduction, not the province one', () => {
    const { ancestry, unit } = lookups({ region: 'red-river-delta', terrain: 'plains' });
    expect(adminStandard(ancestry, standard2026, unit('xa'))).toEqual({ population: 16_000, areaKm2: 21, reduction: { populationBps: 10_000, areaBps: 7000 } });
  });

  it('a centrally-run city is reduced at the province level', () => {
    const { ancestry, unit } = lookups({ region: 'red-river-delta' });
    expect(adminStandard(ancestry, standard2026, unit('tp'))).toEqual({ population: 2_500_000, areaKm2: 1250, reduction: { populationBps: 10_000, areaBps: 5000 } });
  });

  it('of several reductions that apply, the lowest per figure; people are rounded up', () => {
    const { ancestry, unit } = lookups({ region: 'central', terrain: 'plains' });
    const params: Standard = {
      ...standard2026,
      reductions: [
        { levels: ['commune'], populationBps: 3333, areaBps: 8000 },
        { levels: ['commune'], areaBps: 5000 },
        { levels: ['commune'], populationBps: 9000 },
      ],
    };
    // 16,000 × 33.33% = 5,332.8 people; 30 km² × 50% = 15
    expect(adminStandard(ancestry, params, unit('xa'))).toEqual({ population: 5333, areaKm2: 15, reduction: { populationBps: 3333, areaBps: 5000 } });
  });

  it('a reduction limited to regions does not reach an area of no recorded region', () => {
    const { ancestry, unit } = lookups({ terrain: 'plains' });
    expect(adminStandard(ancestry, standard2026, unit('xa'))).toEqual({ population: 16_000, areaKm2: 30 });
  });
});

describe('adminStandard: wards by the kind of area they lie in', () => {
  const params: Standard = {
    lines: [],
    wardByParent: [
      { parentKinds: ['district'], population: 7000, areaKm2: null },
      { parentKinds: ['province'], population: 9000, areaKm2: 6 },
    ],
  } as unknown as Standard;

  it('a ward line with no area figure: not found', () => {
    const { ancestry, unit } = lookups({});
    expect(adminStandard(ancestry, params, unit('phuong'))).toBeUndefined();
    expect(adminStandard(ancestry, params, unit('phuong-tinh'))).toEqual({ population: 9000, areaKm2: 6 });
  });

  it('the ward lines are for wards: a commune under the same parent has no standard', () => {
    const { ancestry, unit } = lookups({});
    const communeUnderProvince = { ...unit('xa'), parentId: 'tinh' } as AreaUnit;
    expect(adminStandard(ancestry, params, communeUnderProvince)).toBeUndefined();
  });
});

describe('mergedUnitDirection: a line given as shares of the standard', () => {
  const params = { lines: [{ kinds: ['commune'], populationBps: 15_000, areaBps: 15_000 }], exemptFromSourceCount: 3 } as unknown as RuleParams<'merged-unit-directions'>;

  it('people rounded up, km² to the hundredth', () => {
    const { ancestry, unit } = lookups({});
    // 8,001 × 150% = 12,001.5 people; 5.55 km² × 150% = 8.325, to the hundredth 8.33
    expect(mergedUnitDirection(ancestry, params, unit('xa'), { population: 8001, areaKm2: 5.55 })).toEqual({ population: 12_002, areaKm2: 8.33 });
    expect(mergedUnitDirection(ancestry, params, unit('xa'), undefined)).toBeUndefined();
  });
});
