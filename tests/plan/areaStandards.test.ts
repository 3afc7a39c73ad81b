import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure } from '../../src/model/index.js';
import { defaultRulebook, extendRulebook, type Rule, type Rulebook } from '../../src/rules/index.js';
import { camPhaFixture, planOn, twoProvinces } from './fixtures.js';
import { patchUnits } from './support/editFixtures.js';
import { issuesOf, shortfalls } from './support/issues.js';

const ON = '2019-06-01';

describe('validatePlan — area standards by kind, terrain and date', () => {
  it.each([
    // NQ 1211/2016 Art. 3 (and its 2022 amendment): provinces 900 000 people and 8 000 km² in the mountains, else 1 400 000 and 5 000.
    ['mountainous', [['population', 800_000, 900_000], ['areaKm2', 4000, 8000]]],
    ['plains', [['population', 800_000, 1_400_000], ['areaKm2', 4000, 5000]]],
  ] as const)('a merged %s province is judged against its standard', (terrain, expected) => {
    const issues = issuesOf(twoProvinces(terrain), planOn(ON, { type: 'merge', sourceIds: ['tinh-b'], targetId: 'tinh-a' }));
    expect(shortfalls(issues)).toEqual(expected.map((line) => [...line, 'merge.admin-unit-standard']));
  });

  const communes = (terrain: 'mountainous' | 'plains' | 'island') => patchUnits(twoProvinces(terrain), { 'xa-b': { population: 300 } });
  const mergeCommunes = (on: string) => planOn(on, { type: 'merge', sourceIds: ['xa-b'], targetId: 'xa-a' });
  const criteria = 'merge.admin-unit-merge-criteria';
  const directions = 'merge.merged-unit-directions';

  it.each([
    // 2025 (NQ 76/2025 Art. 5): 2 300 people on 35 km², measured against the directions for merged
    // units, which are what the law asks of a unit the reorganisation forms (the Art. 2(3) criteria
    // choose the units to merge; they are not applied again to the result).
    ['mountainous', [['population', 2300, 5000, directions], ['areaKm2', 35, 100, directions]]],
    // The directions have no island line: an island commune is measured like any other.
    ['island', [['population', 2300, 16_000, directions]]],
    ['plains', [['population', 2300, 16_000, directions]]],
  ] as const)('a %s commune merged in mid-2025', (terrain, expected) => {
    expect(shortfalls(issuesOf(communes(terrain), mergeCommunes('2025-06-01')))).toEqual(expected);
  });

  it('measures an island commune against the island line of the 2026 standard', () => {
    const criteriaRule = defaultRulebook.rules.find((rule) => rule.id === criteria) as Rule;
    const lastVersion = criteriaRule.versions[criteriaRule.versions.length - 1];
    const rulebook = extendRulebook(defaultRulebook, {
      rules: [{ ...criteriaRule, versions: [{ ...lastVersion, from: isoDate('2026-01-01'), to: undefined }] } as unknown as Rule],
    });
    // NQ 112/2025: island communes 2 500 people and 15 km².
    expect(shortfalls(issuesOf(communes('island'), mergeCommunes('2026-06-01'), rulebook))).toEqual([
      ['population', 2300, 2500, criteria],
    ]);
  });

  it.each([
    // NQ 35/2023: a commune under 20% of the area standard and 300% of the population one is triggered by its own line.
    ['small but populous', { population: 5000, areaKm2: 2 }, [['areaKm2', 5, 30, criteria]]],
    ['not triggered by any line', {}, []],
  ] as const)('2024 criteria, a merged commune %s', (_label, patch, expected) => {
    const structure = patchUnits(twoProvinces('plains'), { 'xa-a': { population: 5000, areaKm2: 3 }, 'xa-b': patch });
    expect(shortfalls(issuesOf(structure, mergeCommunes('2024-06-01')))).toEqual(expected);
  });

  it.each([
    // NQ 76/2025 Art. 5: 21 000 people for a ward outside centrally-run cities and mountainous or border provinces.
    ['with no parent', 21_000, undefined],
    ['under a mountainous province', 15_000, 'tinh-qn'],
  ] as const)('a ward consolidated in 2025 %s needs %s people', (_label, required, parentId) => {
    const structure = patchUnits(camPhaFixture(), { 'p-cth': { population: 2000 }, 'tinh-qn': { terrain: 'mountainous' } });
    const plan = planOn('2025-06-01', {
      type: 'consolidate',
      sourceIds: ['p-ct', 'p-cth'],
      newUnit: { id: 'p-moi', kind: 'ward', name: { vi: 'Phường Mới' }, ...(parentId === undefined ? {} : { parentId }) },
    });
    expect(shortfalls(issuesOf(structure, plan))).toEqual([['population', 14_000, required, directions]]);
  });
});

describe('validatePlan — partial shares in area results', () => {
  it('adds a share given in basis points to a merged commune, and leaves out a figure the source lacks', () => {
    // p-ct: 12 000 people, 4.5 km², no households; 20% of it goes to x-ch, which also absorbs x-dh.
    const plan = planOn(
      '2025-06-01',
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' },
      { type: 'partial-transfer', sourceId: 'p-ct', targetId: 'x-ch', share: { basisPoints: 2000 } },
    );
    // three contributors (two communes and a part of a third) are exempt from the 2025 directions
    // (NQ 76/2025 Art. 5(2)); with the exemption raised to four, the summed figures are measured
    const exemptFromFour: Rulebook = {
      ...defaultRulebook,
      rules: defaultRulebook.rules.map((rule) =>
        rule.id === 'merge.merged-unit-directions' ? ({ ...rule, versions: rule.versions.map((version) => ({ ...version, params: { ...version.params, exemptFromSourceCount: 4 } })) } as Rule) : rule,
      ),
    };
    expect(shortfalls(issuesOf(camPhaFixture(), plan))).toEqual([]);
    expect(issuesOf(camPhaFixture(), plan).find((issue) => issue.code === 'plan_area_exempt')?.params).toMatchObject({ unitIds: ['x-ch'], reason: 'formed-from-sources' });
    expect(shortfalls(issuesOf(camPhaFixture(), plan, exemptFromFour))).toEqual([
      ['population', 7900, 16_000, 'merge.merged-unit-directions'],
      ['areaKm2', 22.9, 30, 'merge.merged-unit-directions'],
    ]);
  });
});

describe('validatePlan — answers that were once wrong (found by these tests, then fixed)', () => {
  const FROM = isoDate('2015-01-01');
  /** A centrally-run city of 1,200,000 people on 1,500 km² and a province of 800,000 on 1,500 km². */
  const cityAndProvince = (): Structure => ({
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
      { id: 'tp-a', kind: 'centrally-run-city', name: { vi: 'Thành phố A' }, parentId: 'vn', from: FROM, population: 1_200_000, areaKm2: 1500 },
      { id: 'tinh-b', kind: 'province', name: { vi: 'Tỉnh B' }, parentId: 'vn', from: FROM, population: 800_000, areaKm2: 1500 },
    ],
    people: [],
    assignments: [],
  });

  // The ward direction of NQ 76/2025 Art. 5 (legal-facts §1 row 10) asks ≥45 000 people of a ward
  // "in a centrally-run city", also when the city is the grandparent (a ward of an urban district).
  it('holds a ward formed inside an urban district of a centrally-run city to 45 000 people', () => {
    const structure: Structure = {
      units: [
        { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
        { id: 'hn', kind: 'centrally-run-city', name: { vi: 'Thành phố Hà Nội' }, parentId: 'vn', from: FROM, region: 'red-river-delta', terrain: 'plains' },
        { id: 'q-bd', kind: 'urban-district', name: { vi: 'Quận Ba Đình' }, parentId: 'hn', from: FROM },
        { id: 'p-1', kind: 'ward', name: { vi: 'Phường 1' }, parentId: 'q-bd', from: FROM, population: 15_000, areaKm2: 3 },
        { id: 'p-2', kind: 'ward', name: { vi: 'Phường 2' }, parentId: 'q-bd', from: FROM, population: 15_000, areaKm2: 3 },
      ],
      people: [],
      assignments: [],
    };
    const plan = planOn('2025-06-01', {
      type: 'consolidate',
      sourceIds: ['p-1', 'p-2'],
      newUnit: { id: 'p-moi', kind: 'ward', name: { vi: 'Phường Mới' }, parentId: 'q-bd' },
    });
    expect(shortfalls(issuesOf(structure, plan))).toEqual([['population', 30_000, 45_000, 'merge.merged-unit-directions']]);
  });

  // NQ 112/2025/UBTVQH15 (legal-facts §8.1, [V]) sets a centrally-run city's own standard from
  // 2026-01-01: ≥2 500 000 people and ≥2 500 km², not the province line (1 400 000 people, 5 000 km²).
  it('measures a merged centrally-run city against the city standard of NQ 112/2025', () => {
    const structure = cityAndProvince();
    const issues = issuesOf(structure, planOn('2026-06-01', { type: 'merge', sourceIds: ['tinh-b'], targetId: 'tp-a' }));
    expect(shortfalls(issues)).toEqual([['population', 2_000_000, 2_500_000, 'merge.admin-unit-standard']]);
  });

  it('says no city standard is encoded before 2026, instead of using the province line', () => {
    const structure = cityAndProvince();
    const issues = issuesOf(structure, planOn('2024-06-01', { type: 'merge', sourceIds: ['tinh-b'], targetId: 'tp-a' }));
    expect(shortfalls(issues)).toEqual([]);
    const missing = issues.filter((issue) => issue.code === 'plan_admin_standard_not_found');
    expect(missing.map((issue) => [issue.unitIds, issue.ruleId])).toEqual([[['tp-a'], 'merge.admin-unit-standard']]);
  });
});
