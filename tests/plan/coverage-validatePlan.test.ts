import { describe, expect, it } from 'vitest';
import { validatePlan, type Plan } from '../../src/plan/index.js';
import { defaultRulebook, extendRulebook, type Rule, type Rulebook } from '../../src/rules/index.js';
import type { Structure } from '../../src/model/index.js';
import type { Issue } from '../../src/report/index.js';
import { isoDate } from '../../src/core/index.js';
import { camPhaFixture, planOn } from './fixtures.js';
import { patchUnits, twoProvinces, withAssignments, withRules, withoutRules } from './coverageFixtures.js';

const ON = '2019-06-01';

const issuesOf = (structure: Structure, plan: Plan, rulebook: Rulebook = defaultRulebook): readonly Issue[] =>
  validatePlan(structure, plan, { rulebook }).issues;
const codesOf = (structure: Structure, plan: Plan, rulebook: Rulebook = defaultRulebook): string[] =>
  issuesOf(structure, plan, rulebook).map((issue) => issue.code);
/** The below-standard findings as [measure, value, required, ruleId]. */
const shortfalls = (issues: readonly Issue[]) =>
  issues
    .filter((issue) => issue.code === 'plan_area_below_standard')
    .map((issue) => [issue.params?.['measure'], issue.params?.['value'], issue.params?.['required'], issue.ruleId]);

describe('validatePlan — contract', () => {
  it.each([
    ['null', null, /^\[tinh-gon\] validatePlan: `plan\.operations` must be an array/],
    ['no operations', { effectiveOn: '2019-06-01' }, /`plan\.operations` must be an array/],
    ['no date', { operations: [] }, /^\[tinh-gon\] validatePlan: `plan\.effectiveOn` must be an ISO date/],
    ['a date with slashes', { effectiveOn: '2019/06/01', operations: [] }, /`plan\.effectiveOn` must be an ISO date/],
    ['a day that does not exist', { effectiveOn: '2019-02-30', operations: [] }, /`plan\.effectiveOn` must be an ISO date YYYY-MM-DD, received "2019-02-30"/],
  ])('throws a TypeError for a plan with %s', (_label, plan, message) => {
    expect(() => validatePlan(camPhaFixture(), plan as unknown as Plan)).toThrow(TypeError);
    expect(() => validatePlan(camPhaFixture(), plan as unknown as Plan)).toThrow(message);
  });
});

describe('validatePlan — references of new and unknown units', () => {
  const structure = camPhaFixture();

  it('accepts a new organisation with no parent body', () => {
    const plan = planOn(ON, {
      type: 'consolidate',
      sourceIds: ['phong-tc'],
      newUnit: { id: 'phong-tc-moi', kind: 'specialised-agency', name: { vi: 'Phòng Tài chính - Kế hoạch' }, areaId: 'tp-cp', sector: 'finance' },
    });
    expect(validatePlan(structure, plan)).toEqual({ ok: true, issues: [] });
  });

  it('reports the unknown area of a new organisation, and the source\'s area as not matching it', () => {
    const plan = planOn(ON, {
      type: 'consolidate',
      sourceIds: ['phong-tc'],
      newUnit: { id: 'phong-x', kind: 'specialised-agency', name: { vi: 'Phòng X' }, areaId: 'nowhere', sector: 'finance' },
    });
    // No level can be read from an unknown area, so no level mismatch is claimed.
    expect(issuesOf(structure, plan).map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['plan_unit_unknown', ['operations', 0, 'newUnit', 'areaId'], { unitId: 'nowhere', operation: '#1 consolidate' }],
      [
        'plan_locality_mismatch',
        ['operations', 0],
        { operation: '#1 consolidate', unitId: 'phong-tc', areaId: 'tp-cp', otherId: 'phong-x', otherAreaId: 'nowhere' },
      ],
    ]);
  });

  it.each([
    ['transfer', { type: 'transfer', unitId: 'ghost', newParentId: 'x-ch' }],
    ['convert', { type: 'convert', unitId: 'ghost', autonomyGroup: 2 }],
  ] as const)('reports only plan_unit_unknown for a %s of an unknown unit', (_type, operation) => {
    expect(issuesOf(structure, planOn(ON, operation)).map((issue) => [issue.code, issue.unitIds])).toEqual([
      ['plan_unit_unknown', ['ghost']],
    ]);
  });

  it('warns when a conversion keeps the autonomy group it already has', () => {
    const issues = issuesOf(structure, planOn(ON, { type: 'convert', unitId: 'dai-tt', autonomyGroup: 3 }));
    expect(issues.map((issue) => [issue.code, issue.severity, issue.params])).toEqual([
      ['plan_convert_no_change', 'warning', { unitId: 'dai-tt', autonomyGroup: 3 }],
    ]);
  });
});

describe('validatePlan — shares that cannot be checked against a whole', () => {
  const structure = camPhaFixture();

  it.each([
    [false, []],
    [true, [['plan_shares_incomplete', { unitId: 'x-ch', field: 'population' }]]],
  ] as const)('partial transfers with a share on one only (source ends: %s)', (sourceEnds, expected) => {
    const plan = planOn(
      ON,
      { type: 'partial-transfer', sourceId: 'x-ch', targetId: 'p-ct', share: { population: 100 }, sourceEnds },
      { type: 'partial-transfer', sourceId: 'x-ch', targetId: 'x-dh', sourceEnds },
    );
    const found = issuesOf(structure, plan).filter((issue) => issue.code.startsWith('plan_shares'));
    expect(found.map((issue) => [issue.code, issue.params])).toEqual(expected);
  });

  it('does not compare a share of an organisation with any figure', () => {
    const plan = planOn(ON, { type: 'partial-transfer', sourceId: 'phong-tc', targetId: 'phong-nv', share: { population: 50_000 } });
    expect(codesOf(structure, plan)).toEqual([]);
  });

  it('checks a split only on the figures its source records', () => {
    // p-ct records population 12 000 and no households: household shares cannot be checked.
    const plan = planOn(ON, {
      type: 'split',
      sourceId: 'p-ct',
      parts: [
        { newUnit: { id: 'p-ct-1', kind: 'ward', name: { vi: 'Phường 1' }, parentId: 'tp-cp' }, share: { households: 10, population: 5000 } },
        { newUnit: { id: 'p-ct-2', kind: 'ward', name: { vi: 'Phường 2' }, parentId: 'tp-cp' }, share: { households: 20, population: 6000 } },
      ],
    });
    const mismatches = issuesOf(structure, plan).filter((issue) => issue.code === 'plan_shares_mismatch');
    expect(mismatches.map((issue) => issue.params)).toEqual([{ unitId: 'p-ct', field: 'population', total: 11_000, expected: 12_000 }]);
  });
});

describe('validatePlan — conservation', () => {
  it('reports a rulebook without the area hierarchy as an error and skips the parent-kind checks it needs', () => {
    const rulebook = withoutRules(defaultRulebook, 'structure.area-hierarchy');
    // A district absorbing a commune would leave the commune's villages under a district.
    const plan = planOn(ON, { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    const issues = issuesOf(camPhaFixture(), plan, rulebook);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.ruleId])).toEqual([
      ['rule_unknown', 'error', 'structure.area-hierarchy'],
    ]);
  });

  it('orphans only the posts still held when a split leaves no single successor', () => {
    const structure = withAssignments(camPhaFixture(), [
      { personId: 'p1', unitId: 'thon-3', role: 'villageHead', from: isoDate('2015-01-01'), to: isoDate('2017-01-01') },
      { personId: 'p2', unitId: 'thon-3', role: 'villageHead', from: isoDate('2017-01-01') },
    ]);
    const plan = planOn(ON, {
      type: 'split',
      sourceId: 'thon-3',
      parts: [
        { newUnit: { id: 'thon-3a', kind: 'village', name: { vi: 'Thôn 3A' }, parentId: 'x-ch', households: 240 }, share: { households: 240 } },
        { newUnit: { id: 'thon-3b', kind: 'village', name: { vi: 'Thôn 3B' }, parentId: 'x-ch', households: 240 }, share: { households: 240 } },
      ],
    });
    const orphaned = issuesOf(structure, plan).filter((issue) => issue.code === 'plan_orphaned_assignment');
    expect(orphaned.map((issue) => [issue.personIds, issue.params])).toEqual([
      [['p2'], { personId: 'p2', role: 'villageHead', unitId: 'thon-3', operation: '#1 split' }],
    ]);
  });
});

describe('validatePlan — families', () => {
  const structure = camPhaFixture();

  it('reports two families merged into an unknown target with an unknown level', () => {
    const issues = issuesOf(structure, planOn(ON, { type: 'merge', sourceIds: ['btc', 'phong-nv'], targetId: 'ghost' }));
    // The posts of btc (p1, p2) and phong-nv (p3) have no successor that exists.
    expect(issues.map((issue) => [issue.code, issue.personIds ?? issue.unitIds])).toEqual([
      ['plan_unit_unknown', ['ghost']],
      ['plan_orphaned_assignment', ['p1']],
      ['plan_orphaned_assignment', ['p2']],
      ['plan_orphaned_assignment', ['p3']],
      ['plan_family_mismatch', ['btc', 'phong-nv']],
    ]);
    expect(issues[4]?.params).toMatchObject({ unitIds: ['btc', 'phong-nv'], families: ['party', 'state'], level: '?' });
  });

  it('reports an organisation merged into an area, whatever the cross-family rules say', () => {
    const issues = issuesOf(structure, planOn(ON, { type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'x-ch' }));
    expect(issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.code, issue.params?.['families'], issue.params?.['level']])).toEqual([
      ['plan_family_mismatch', ['state', 'area'], 'commune'],
    ]);
  });

  const officeRule = defaultRulebook.rules.find((rule) => rule.id === 'merge.party-office-government-office') as Rule;
  const withoutStrength = {
    ...officeRule,
    versions: officeRule.versions.map(({ strength: _strength, ...version }) => version),
  } as unknown as Rule;

  it.each([
    ['the pilot version', 'pilot', defaultRulebook],
    ['a version stating no strength', 'permitted', withRules(defaultRulebook, withoutStrength)],
  ])('permits the joint district office under %s with strength %s', (_label, strength, rulebook) => {
    const plan = planOn(ON, {
      type: 'consolidate',
      sourceIds: ['vp-thanh-uy', 'vp-ubnd-tp'],
      newUnit: { id: 'vp-chung', kind: 'party-office', name: { vi: 'Văn phòng' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
    });
    const permitted = issuesOf(structure, plan, rulebook).filter((issue) => issue.code === 'plan_cross_family_permitted');
    expect(permitted.map((issue) => [issue.severity, issue.params?.['strength'], issue.ruleId])).toEqual([
      ['info', strength, 'merge.party-office-government-office'],
    ]);
  });
});

describe('validatePlan — village standard', () => {
  it('finds no standard for a new village under an unknown parent (no region, no terrain)', () => {
    const plan = planOn(ON, {
      type: 'consolidate',
      sourceIds: ['thon-1', 'thon-2'],
      newUnit: { id: 'thon-12', kind: 'village', name: { vi: 'Thôn 1-2' }, parentId: 'ghost' },
    });
    const issues = issuesOf(camPhaFixture(), plan);
    expect(issues.map((issue) => [issue.code, issue.unitIds])).toEqual([
      ['plan_unit_unknown', ['ghost']],
      ['plan_area_outside_parent', ['thon-1', 'thon-12']],
      ['plan_area_outside_parent', ['thon-2', 'thon-12']],
      ['plan_standard_not_found', ['thon-12']],
    ]);
    expect(issues[3]).toMatchObject({
      severity: 'info',
      ruleId: 'merge.village-household-standard',
      params: { unitId: 'thon-12', kind: 'village', region: '?', terrain: '?', asOf: ON },
    });
  });
});

describe('validatePlan — area standards', () => {
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
    // 2025 (NQ 76/2025 Art. 2(3) and Art. 5): 2 300 people on 35 km².
    ['mountainous', [
      ['population', 2300, 5000, criteria], ['areaKm2', 35, 50, criteria],
      ['population', 2300, 5000, directions], ['areaKm2', 35, 100, directions],
    ]],
    // The 2016 standard has no island line: an island commune is measured like any other.
    ['island', [['population', 2300, 8000, criteria], ['population', 2300, 16_000, directions]]],
    ['plains', [['population', 2300, 8000, criteria], ['population', 2300, 16_000, directions]]],
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

  it('warns that no area standard was in force before NQ 1211/2016 and judges nothing', () => {
    const issues = issuesOf(communes('plains'), mergeCommunes('2015-06-01'));
    expect(issues.map((issue) => [issue.code, issue.severity, issue.ruleId])).toEqual([
      ['rule_not_in_force', 'warning', 'merge.admin-unit-standard'],
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
    expect(shortfalls(issuesOf(camPhaFixture(), plan))).toEqual([
      ['population', 7900, 8000, 'merge.admin-unit-merge-criteria'],
      ['areaKm2', 22.9, 30, 'merge.admin-unit-merge-criteria'],
    ]);
  });
});

describe('validatePlan — staffing', () => {
  it('reports a quota above the sources without a basis when no such rule is in force yet', () => {
    const plan = planOn('2016-06-01', {
      type: 'merge',
      sourceIds: ['thanh-tra'],
      targetId: 'phong-nv',
      staffing: { quota: { civilServant: 20 }, actual: { civilServant: 17 } },
    });
    const issues = issuesOf(camPhaFixture(), plan);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.ruleId])).toEqual([
      ['rule_not_in_force', 'warning', 'merge.quota-not-above-sources'],
      ['plan_quota_above_sources', 'error', undefined],
    ]);
    expect(issues[1]?.citation).toBeUndefined();
    expect(issues[1]?.params).toEqual({ unitId: 'phong-nv', quota: 20, category: 'civilServant', sourcesQuota: 17 });
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
