import { describe, expect, it } from 'vitest';
import { applyPlan, validatePlan, type Plan } from '../../src/plan/index.js';
import { defaultRulebook, extendRulebook, type Rule } from '../../src/rules/index.js';
import type { Structure } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';
import { camPhaFixture, camPhaPilotPlan, planOn } from './fixtures.js';
import { withAssignments, withRules } from './support/editFixtures.js';
import { issuesOf } from './support/issues.js';

const ON = '2019-06-01';

const codes = (structure: Structure, plan: Plan, rulebook = defaultRulebook) =>
  validatePlan(structure, plan, { rulebook }).issues.map((issue) => issue.code);
const errors = (structure: Structure, plan: Plan, rulebook = defaultRulebook) =>
  validatePlan(structure, plan, { rulebook }).issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);

describe('validatePlan — references', () => {
  const structure = camPhaFixture();

  it('accepts a plan with no operations', () => {
    expect(validatePlan(structure, planOn('2019-06-01'))).toEqual({ ok: true, issues: [] });
  });

  it('reports a unit that does not exist', () => {
    const report = validatePlan(structure, planOn('2019-06-01', { type: 'merge', sourceIds: ['nope'], targetId: 'thon-3' }));
    expect(report.ok).toBe(false);
    expect(report.issues[0]).toMatchObject({ code: 'plan_unit_unknown', unitIds: ['nope'], path: ['operations', 0, 'sourceIds', 0] });
  });

  it.each([
    ['2014-12-31', 'effectiveOn itself and the day before', '2014-12-30'],
    ['2015-01-01', 'the day before effectiveOn', '2014-12-31'],
  ])('reports a unit not in force (plan on %s: %s)', (effectiveOn, _label, asOf) => {
    const report = validatePlan(structure, planOn(effectiveOn, { type: 'rename', unitId: 'thon-1', name: { vi: 'Thôn Một' } }));
    expect(report.issues.find((issue) => issue.code === 'plan_unit_not_in_force')?.params).toMatchObject({ unitId: 'thon-1', asOf });
  });

  it('reports a unit that has already ended before effectiveOn', () => {
    const ended: Structure = { ...structure, units: structure.units.map((unit) => (unit.id === 'thon-1' ? { ...unit, to: isoDate('2019-01-01') } : unit)) };
    expect(errors(ended, planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-2' }))).toContain('plan_unit_not_in_force');
  });

  it('reports new ids that are already taken or created twice', () => {
    const taken = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['thon-1', 'thon-2'],
      newUnit: { id: 'thon-3', kind: 'village', name: { vi: 'Thôn mới' }, parentId: 'x-ch' },
    });
    expect(errors(structure, taken)).toContain('plan_id_not_fresh');
    const twice = planOn(
      '2019-06-01',
      { type: 'consolidate', sourceIds: ['thon-1'], newUnit: { id: 'thon-x', kind: 'village', name: { vi: 'X' }, parentId: 'x-ch' } },
      { type: 'consolidate', sourceIds: ['thon-2'], newUnit: { id: 'thon-x', kind: 'village', name: { vi: 'X' }, parentId: 'x-ch' } },
    );
    expect(errors(structure, twice).filter((code) => code === 'plan_id_not_fresh')).toHaveLength(1);
  });

  it('reports a unit consumed by two operations', () => {
    const plan = planOn(
      '2019-06-01',
      { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-2' },
      { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-3' },
    );
    const report = validatePlan(structure, plan);
    expect(report.issues.find((issue) => issue.code === 'plan_unit_consumed_twice')?.params).toEqual({
      unitId: 'thon-1',
      operations: ['#1 merge', '#2 merge'],
    });
  });

  it('reports a merge target that is also a source, and a successor that ends', () => {
    expect(errors(structure, planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-1', 'thon-2'], targetId: 'thon-2' }))).toContain(
      'plan_target_among_sources',
    );
    const chained = planOn(
      '2019-06-01',
      { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-2' },
      { type: 'dissolve', sourceId: 'thon-2', successorId: 'thon-3' },
    );
    expect(errors(structure, chained)).toContain('plan_successor_ends');
  });

  it('reports a consolidation formed from nothing', () => {
    const plan = planOn('2019-06-01', { type: 'consolidate', sourceIds: [], newUnit: { id: 'thon-x', kind: 'village', name: { vi: 'X' }, parentId: 'x-ch' } });
    expect(errors(structure, plan)).toEqual(['plan_no_sources']);
  });
});

describe('validatePlan — shares', () => {
  const structure = camPhaFixture();
  const split = (first: object, second: object): Plan =>
    planOn('2019-06-01', {
      type: 'split',
      sourceId: 'x-ch',
      parts: [
        { newUnit: { id: 'x-a', kind: 'commune', name: { vi: 'Xã A' }, parentId: 'tp-cp' }, share: first },
        { newUnit: { id: 'x-b', kind: 'commune', name: { vi: 'Xã B' }, parentId: 'tp-cp' }, share: second },
      ],
    }) as Plan;

  it.each([
    [{ population: 1000 }, { population: 2000 }, []],
    [{ population: 1000 }, { population: 1999 }, ['plan_shares_mismatch']],
    [{ basisPoints: 4000 }, { basisPoints: 6000 }, []],
    [{ basisPoints: 4000 }, { basisPoints: 5999 }, ['plan_shares_mismatch']],
    [{ areaKm2: 3.33 }, { areaKm2: 6.67 }, []],
    [{ areaKm2: 3.33 }, { areaKm2: 6.66 }, ['plan_shares_mismatch']],
    [{ population: 1000, households: 300 }, { population: 2000, households: 450 }, []],
    [{ population: 1000, households: 300 }, { population: 2000 }, ['plan_shares_incomplete']],
  ])('split shares %j + %j', (first, second, expected) => {
    const found = codes(structure, split(first, second)).filter((code) => code.startsWith('plan_shares'));
    expect(found).toEqual(expected);
  });

  it('reports the sum and the whole of a mismatched split', () => {
    const issue = validatePlan(structure, split({ population: 1000 }, { population: 1999 })).issues.find((item) => item.code === 'plan_shares_mismatch');
    expect(issue?.params).toEqual({ unitId: 'x-ch', field: 'population', total: 2999, expected: 3000 });
  });

  it('orphans the villages of a split commune that no operation places', () => {
    const report = validatePlan(structure, split({ population: 1000 }, { population: 2000 }));
    const orphans = report.issues.filter((issue) => issue.code === 'plan_orphaned_unit').map((issue) => issue.params?.['unitId']);
    expect(orphans).toEqual(expect.arrayContaining(['thon-1', 'thon-2', 'thon-3', 'dang-uy-ch', 'ubnd-ch']));
    expect(report.issues.some((issue) => issue.code === 'plan_orphaned_assignment' && issue.personIds?.[0] === 'p4')).toBe(false);
  });

  const partial = (shares: (object | undefined)[], sourceEnds: boolean | undefined): Plan =>
    planOn(
      '2019-06-01',
      ...shares.map((share, position) => ({
        type: 'partial-transfer' as const,
        sourceId: 'x-dh',
        targetId: position === 0 ? 'x-ch' : 'p-ct',
        ...(share === undefined ? {} : { share }),
        ...(sourceEnds === undefined ? {} : { sourceEnds }),
      })),
    ) as Plan;

  it.each([
    [[{ population: 1000, areaKm2: 2 }], undefined, []],
    [[{ population: 2500 }], undefined, ['plan_shares_mismatch']],
    [[{ population: 1500 }, { population: 1000 }], true, []],
    [[{ population: 1500 }, { population: 999 }], true, ['plan_shares_mismatch']],
    [[undefined, undefined], true, []],
    [[{ population: 1500 }, undefined], true, ['plan_shares_incomplete']],
  ])('partial transfers %j (sourceEnds %s)', (shares, sourceEnds, expected) => {
    const found = codes(structure, partial(shares, sourceEnds)).filter((code) => code.startsWith('plan_shares') || code === 'plan_partial_transfer_inconsistent');
    expect(found).toEqual(expected);
  });

  it('reports partial transfers that disagree on whether the source ends', () => {
    const plan = planOn(
      '2019-06-01',
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'x-ch', share: { population: 1000 }, sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'p-ct', share: { population: 1500 } },
    );
    expect(errors(structure, plan)).toContain('plan_partial_transfer_inconsistent');
  });
});

describe('validatePlan — conservation', () => {
  const structure = camPhaFixture();

  it('moves children and posts to the successor of a merger without complaint', () => {
    const report = validatePlan(structure, planOn('2019-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' }));
    expect(report.issues.filter((issue) => issue.code.startsWith('plan_orphaned'))).toEqual([]);
  });

  it('reports the posts of a unit dissolved into a new unit… only when no successor takes them', () => {
    const orphaned = planOn('2019-06-01', {
      type: 'split',
      sourceId: 'thon-2',
      parts: [
        { newUnit: { id: 'thon-2a', kind: 'village', name: { vi: '2A' }, parentId: 'x-ch' }, share: { households: 90 } },
        { newUnit: { id: 'thon-2b', kind: 'village', name: { vi: '2B' }, parentId: 'x-ch' }, share: { households: 90 } },
      ],
    });
    const issue = validatePlan(structure, orphaned).issues.find((item) => item.code === 'plan_orphaned_assignment');
    expect(issue).toMatchObject({ personIds: ['p4'], params: { personId: 'p4', role: 'villageHead', unitId: 'thon-2' } });
    const placed = planOn('2019-06-01', { type: 'dissolve', sourceId: 'thon-2', successorId: 'thon-3' });
    expect(errors(structure, placed)).toEqual([]);
  });

  it('accepts children moved away by a transfer before their parent splits', () => {
    const plan = planOn(
      '2019-06-01',
      { type: 'transfer', unitId: 'thon-4', newParentId: 'x-ch' },
      { type: 'transfer', unitId: 'ubnd-dh', newAreaId: 'x-ch' },
      {
        type: 'split',
        sourceId: 'x-dh',
        parts: [
          { newUnit: { id: 'x-a', kind: 'commune', name: { vi: 'A' }, parentId: 'tp-cp' }, share: { basisPoints: 5000 } },
          { newUnit: { id: 'x-b', kind: 'commune', name: { vi: 'B' }, parentId: 'tp-cp' }, share: { basisPoints: 5000 } },
        ],
      },
    );
    expect(codes(structure, plan).filter((code) => code.startsWith('plan_orphaned'))).toEqual([]);
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

describe('validatePlan and applyPlan — what starts after the effective day at an ending unit', () => {
  // p5 is appointed chair of Dương Huy from 2019-09-01; a village is to be founded there on 2020-01-01
  const future: Structure = (() => {
    const fixture = withAssignments(camPhaFixture(), [{ id: 'a-chair', personId: 'p5', unitId: 'x-dh', role: 'chair', from: isoDate('2019-09-01'), to: isoDate('2024-09-01') }]);
    return { ...fixture, units: [...fixture.units, { id: 'thon-moi', kind: 'village', name: { vi: 'Thôn Mới' }, parentId: 'x-dh', from: isoDate('2020-01-01'), households: 400 }] } as Structure;
  })();
  const merge = planOn(ON, { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });

  it('a merger moves them to the successor, the post with its id and dates: the plan is valid and applies', () => {
    expect(validatePlan(future, merge).issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    const applied = applyPlan(future, merge);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.structure.assignments.filter((assignment) => assignment.personId === 'p5')).toEqual([
      { id: 'a-chair', personId: 'p5', unitId: 'x-ch', role: 'chair', from: '2019-09-01', to: '2024-09-01' },
    ]);
    expect(applied.value.structure.units.find((unit) => unit.id === 'thon-moi')).toMatchObject({ parentId: 'x-ch', from: '2020-01-01' });
  });

  it('a split with no single successor reports them as orphaned, as it does what is in force', () => {
    const split = planOn(ON, {
      type: 'split',
      sourceId: 'x-dh',
      parts: [
        { newUnit: { id: 'x-a', kind: 'commune', name: { vi: 'A' }, parentId: 'tp-cp' }, share: { basisPoints: 5000 } },
        { newUnit: { id: 'x-b', kind: 'commune', name: { vi: 'B' }, parentId: 'tp-cp' }, share: { basisPoints: 5000 } },
      ],
    });
    const issues = validatePlan(future, split).issues;
    expect(issues.filter((issue) => issue.code === 'plan_orphaned_assignment' && issue.personIds?.[0] === 'p5').map((issue) => issue.params)).toEqual([
      { personId: 'p5', role: 'chair', unitId: 'x-dh', operation: '#1 split' },
    ]);
    expect(issues.filter((issue) => issue.code === 'plan_orphaned_unit').map((issue) => issue.params?.['unitId'])).toContain('thon-moi');
  });

  it('leaves what is over by the day where it was', () => {
    const past = withAssignments(camPhaFixture(), [{ personId: 'p6', unitId: 'x-dh', role: 'chair', from: isoDate('2015-01-01'), to: isoDate(ON) }]);
    const applied = applyPlan(past, merge);
    expect(applied.ok && applied.value.structure.assignments.filter((assignment) => assignment.personId === 'p6')).toEqual([
      { personId: 'p6', unitId: 'x-dh', role: 'chair', from: '2015-01-01', to: ON },
    ]);
  });
});

describe('validatePlan — levels', () => {
  const structure = camPhaFixture();

  it('rejects merging a commune office into the city (district-level) office', () => {
    const report = validatePlan(structure, planOn('2019-06-01', { type: 'merge', sourceIds: ['vp-ubnd-ch'], targetId: 'vp-ubnd-tp' }));
    const issue = report.issues.find((item) => item.code === 'plan_level_mismatch');
    expect(issue?.params).toMatchObject({ unitId: 'vp-ubnd-ch', level: 'commune', otherId: 'vp-ubnd-tp', otherLevel: 'district' });
    expect(report.issues.map((item) => item.code)).toContain('plan_locality_mismatch');
  });

  it('rejects a district created on 2025-07-01, with the hierarchy rule as basis', () => {
    const plan = planOn('2025-07-01', {
      type: 'consolidate',
      sourceIds: ['h-vd', 'h-tm'],
      newUnit: { id: 'h-new', kind: 'district', name: { vi: 'Huyện mới' }, parentId: 'tinh-qn' },
    });
    const issue = validatePlan(structure, plan).issues.find((item) => item.code === 'plan_level_not_in_force');
    expect(issue).toMatchObject({
      ruleId: 'structure.area-hierarchy',
      citation: { instrumentId: '203/2025/QH15', article: '110' },
      params: { unitId: 'h-new', kind: 'district', level: 'district', asOf: '2025-07-01' },
    });
  });

  it.each([
    ['2025-06-30', []],
    ['2025-07-01', ['plan_level_not_in_force']],
  ])('an organisation created at the city (district) level on %s', (effectiveOn, expected) => {
    const plan = planOn(effectiveOn, {
      type: 'consolidate',
      sourceIds: ['tt-vh', 'dai-tt'],
      newUnit: { id: 'tt-tt-vh', kind: 'public-service-unit', name: { vi: 'Trung tâm Truyền thông và Văn hóa' }, areaId: 'tp-cp', parentId: 'ubnd-tp' },
    });
    expect(errors(structure, plan)).toEqual(expected);
  });

  it('rejects a new area under a parent kind the hierarchy does not allow', () => {
    const plan = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['thon-1', 'thon-2'],
      newUnit: { id: 'thon-x', kind: 'village', name: { vi: 'X' }, parentId: 'tp-cp' },
    });
    expect(errors(structure, plan)).toContain('plan_parent_kind_not_allowed');
  });
});

describe('validatePlan — families and locality', () => {
  const structure = camPhaFixture();

  it('rejects a party board merged with a finance office (no rule permits it)', () => {
    const report = validatePlan(
      structure,
      planOn('2019-06-01', {
        type: 'consolidate',
        sourceIds: ['btc', 'phong-tc'],
        newUnit: { id: 'x', kind: 'organisation-board', name: { vi: 'X' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
      }),
    );
    expect(report.issues.find((issue) => issue.code === 'plan_family_mismatch')?.params).toMatchObject({ families: ['party', 'state'], level: 'district' });
  });

  it.each([
    ['2018-08-06', 'plan_family_mismatch'],
    ['2018-08-07', 'plan_cross_family_permitted'],
    ['2022-07-06', 'plan_cross_family_permitted'],
    ['2022-07-07', 'plan_cross_family_forbidden'],
  ])('Tổ chức + Nội vụ on %s → %s', (effectiveOn, code) => {
    const plan = camPhaPilotPlan(effectiveOn);
    const first = plan.operations[0];
    const found = codes(structure, { ...plan, operations: first === undefined ? [] : [first] });
    expect(found).toContain(code);
  });

  it('carries the citation of the pilot and of its suspension', () => {
    const pilot = validatePlan(structure, camPhaPilotPlan('2019-06-01')).issues.filter((issue) => issue.code === 'plan_cross_family_permitted');
    expect(pilot.map((issue) => [issue.ruleId, issue.citation?.instrumentId, issue.params?.['strength']])).toEqual([
      ['merge.pilot-organisation-home-affairs', '34-KL/TW', 'pilot'],
      ['merge.pilot-inspection-inspectorate', '34-KL/TW', 'pilot'],
    ]);
    const stopped = validatePlan(structure, camPhaPilotPlan('2023-01-01')).issues.filter((issue) => issue.code === 'plan_cross_family_forbidden');
    expect(stopped.map((issue) => [issue.citation?.instrumentId, issue.params?.['since']])).toEqual([
      ['16-TB/TW', '2022-07-07'],
      ['16-TB/TW', '2022-07-07'],
    ]);
  });

  it('does not apply the home-affairs pilot to a specialised agency of another sector', () => {
    const plan = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['btc', 'phong-tc'],
      newUnit: { id: 'x', kind: 'organisation-board', name: { vi: 'X' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
    });
    expect(codes(structure, plan)).toContain('plan_family_mismatch');
  });

  it('permits the party office with the HĐND–UBND office at district level only', () => {
    const district = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['vp-thanh-uy', 'vp-ubnd-tp'],
      newUnit: { id: 'vp-chung', kind: 'party-office', name: { vi: 'Văn phòng' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
    });
    const permitted = validatePlan(structure, district).issues.find((issue) => issue.code === 'plan_cross_family_permitted');
    expect(permitted).toMatchObject({ ruleId: 'merge.party-office-government-office', verification: 'unverified' });
    const commune = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['vp-du-ch', 'vp-ubnd-ch'],
      newUnit: { id: 'vp-ch', kind: 'party-office', name: { vi: 'Văn phòng' }, areaId: 'x-ch', parentId: 'dang-uy-ch' },
    });
    expect(errors(structure, commune)).toEqual(['plan_family_mismatch']);
  });

  it('lets a local rule permit more, within its areas only', () => {
    const local = extendRulebook(defaultRulebook, {
      instruments: [
        {
          id: 'local-1', kind: 'conclusion', issuer: 'Tỉnh ủy', issued: isoDate('2018-01-01'), effective: isoDate('2018-01-01'),
          scope: 'local', title: { vi: 'KL', en: 'KL' }, verification: 'secondary',
        },
      ],
      rules: [
        {
          id: 'local.office', type: 'cross-family-consolidation', topic: 'merge', title: { vi: 'x', en: 'x' },
          versions: [{ from: isoDate('2018-01-01'), strength: 'permitted', params: { kinds: ['party-office', 'government-office'], levels: ['commune'], withinAreaIds: ['tinh-qn'] }, citation: { instrumentId: 'local-1' } }],
        },
        {
          id: 'local.elsewhere', type: 'cross-family-consolidation', topic: 'merge', title: { vi: 'x', en: 'x' },
          versions: [{ from: isoDate('2018-01-01'), strength: 'permitted', params: { kinds: ['organisation-board', 'specialised-agency'], levels: ['district'], withinAreaIds: ['tinh-khac'] }, citation: { instrumentId: 'local-1' } }],
        },
      ],
    });
    const commune = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['vp-du-ch', 'vp-ubnd-ch'],
      newUnit: { id: 'vp-ch', kind: 'party-office', name: { vi: 'Văn phòng' }, areaId: 'x-ch', parentId: 'dang-uy-ch' },
    });
    expect(errors(structure, commune, local)).toEqual([]);
    const elsewhere = planOn('2023-01-01', {
      type: 'consolidate',
      sourceIds: ['btc', 'phong-tc'],
      newUnit: { id: 'x', kind: 'organisation-board', name: { vi: 'X' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
    });
    expect(errors(structure, elsewhere, local)).toEqual(['plan_family_mismatch']);
  });

  it('lets a local rule reach the very area it names, not only the areas within it', () => {
    const local = extendRulebook(defaultRulebook, {
      instruments: [
        {
          id: 'local-2', kind: 'conclusion', issuer: 'Đảng ủy xã', issued: isoDate('2018-01-01'), effective: isoDate('2018-01-01'),
          scope: 'local', title: { vi: 'KL', en: 'KL' }, verification: 'secondary',
        },
      ],
      rules: [
        {
          id: 'local.commune-office', type: 'cross-family-consolidation', topic: 'merge', title: { vi: 'x', en: 'x' },
          versions: [{ from: isoDate('2018-01-01'), strength: 'permitted', params: { kinds: ['party-office', 'government-office'], levels: ['commune'], withinAreaIds: ['x-ch'] }, citation: { instrumentId: 'local-2' } }],
        },
      ],
    });
    const commune = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['vp-du-ch', 'vp-ubnd-ch'],
      newUnit: { id: 'vp-ch', kind: 'party-office', name: { vi: 'Văn phòng' }, areaId: 'x-ch', parentId: 'dang-uy-ch' },
    });
    const issues = validatePlan(structure, commune, { rulebook: local }).issues;
    expect(issues.map((issue) => [issue.code, issue.ruleId])).toEqual([['plan_cross_family_permitted', 'local.commune-office']]);
  });

  it('rejects organisations of different areas and areas outside the result’s parent', () => {
    const organisations = planOn('2019-06-01', { type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'ubnd-ch' });
    expect(errors(structure, organisations)).toEqual(['plan_locality_mismatch']);
    const areas = planOn('2019-06-01', { type: 'merge', sourceIds: ['x-dk'], targetId: 'x-ch' });
    expect(errors(structure, areas)).toEqual(['plan_area_outside_parent']);
    const sameParent = planOn('2019-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    expect(errors(structure, sameParent)).toEqual([]);
  });

  it('rejects an area merged with an organisation', () => {
    const plan = planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-1'], targetId: 'ubnd-ch' });
    expect(errors(structure, plan)).toEqual(expect.arrayContaining(['plan_family_mismatch']));
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

describe('validatePlan — area standards', () => {
  const structure = camPhaFixture();

  it.each([
    ['2017-06-01', 200, 'info'],
    ['2018-06-01', 400, 'info'],
    ['2019-06-01', 250, 'info'],
  ])('a village merged to 270 households on %s is checked against %d households (%s)', (effectiveOn, required, severity) => {
    const plan = planOn(effectiveOn, { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-2' });
    const issue = validatePlan(structure, plan).issues.find((item) => item.code === 'plan_area_below_standard');
    if (required <= 270) expect(issue).toBeUndefined();
    else expect(issue).toMatchObject({ severity, params: { value: 270, required, shortfall: required - 270 } });
  });

  it('reports a merged village still under the must-merge line as a warning with its shortfall', () => {
    const small: Structure = {
      ...structure,
      units: structure.units.map((unit) => (unit.id === 'thon-2' ? { ...unit, households: 20 } : unit)),
    };
    const issue = validatePlan(small, planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-2' })).issues.find(
      (item) => item.code === 'plan_area_below_standard',
    );
    expect(issue).toMatchObject({
      severity: 'warning',
      ruleId: 'merge.village-household-standard',
      citation: { instrumentId: '14/2018/TT-BNV' },
      params: { measure: 'households', value: 110, required: 250, shortfall: 140 },
    });
  });

  it('reports a village standard that is not found (TT 14/2018 residential groups of the Central Highlands)', () => {
    const highlands: Structure = {
      ...structure,
      units: structure.units.map((unit) => (unit.id === 'tinh-qn' ? { ...unit, region: 'central-highlands' as const } : unit)),
    };
    const plan = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['thon-1', 'thon-2'],
      newUnit: { id: 'tdp-x', kind: 'residential-group', name: { vi: 'TDP' }, parentId: 'x-ch' },
    });
    expect(codes(highlands, plan)).toContain('plan_standard_not_found');
  });

  it('reports a commune still short after a merger of two, against the 2025 directions', () => {
    const plan = planOn('2025-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    const issues = validatePlan(structure, plan).issues.filter((issue) => issue.code === 'plan_area_below_standard');
    expect(issues.map((issue) => [issue.ruleId, issue.params?.['measure'], issue.params?.['required'], issue.params?.['shortfall']])).toEqual([
      ['merge.merged-unit-directions', 'population', 16000, 10500],
      ['merge.merged-unit-directions', 'areaKm2', 30, 8],
    ]);
  });

  it('exempts a merger of three or more from the 2025 directions', () => {
    const plan = planOn('2025-06-01', { type: 'merge', sourceIds: ['x-dh', 'p-cth'], targetId: 'x-ch' });
    const rules = validatePlan(structure, plan).issues.filter((issue) => issue.code === 'plan_area_below_standard').map((issue) => issue.ruleId);
    expect(rules).not.toContain('merge.merged-unit-directions');
  });

  it.each([
    ['2019-06-01', []],
    ['2024-06-01', ['merge.admin-unit-merge-criteria']],
    ['2025-06-01', ['merge.merged-unit-directions']],
    ['2026-06-01', []],
  ])('a merged commune of 5,500 people and 18 km² (69%% and 60%% of the standard) on %s', (effectiveOn, expectedRules) => {
    const smaller: Structure = { ...structure, units: structure.units.map((unit) => (unit.id === 'x-dh' ? { ...unit, areaKm2: 8 } : unit)) };
    const plan = planOn(effectiveOn, { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    const report = validatePlan(smaller, plan);
    const rules = [...new Set(report.issues.filter((issue) => issue.code === 'plan_area_below_standard').map((issue) => issue.ruleId))];
    expect(rules).toEqual(expectedRules);
  });

  it('surfaces a rule not in force as a warning and skips the check', () => {
    const plan = planOn('2026-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    const issue = validatePlan(structure, plan).issues.find((item) => item.code === 'rule_not_in_force');
    expect(issue).toMatchObject({ severity: 'warning', params: { ruleId: 'merge.admin-unit-merge-criteria', asOf: '2026-06-01' } });
  });

  it('reports missing figures instead of guessing them', () => {
    const plan = planOn('2019-06-01', { type: 'merge', sourceIds: ['x-dk'], targetId: 'h-vd' });
    expect(codes(structure, plan)).toContain('plan_level_mismatch');
    const noFigures = planOn('2019-06-01', {
      type: 'consolidate',
      sourceIds: ['p-ct', 'p-cth'],
      newUnit: { id: 'x-new', kind: 'commune', name: { vi: 'Xã mới' }, parentId: 'tp-cp' },
    });
    const stripped: Structure = { ...structure, units: structure.units.map((unit) => (unit.id === 'p-ct' ? { ...unit, population: undefined } as typeof unit : unit)) };
    expect(codes(stripped, noFigures)).toContain('plan_area_data_missing');
  });
});

describe('validatePlan — staffing and deputies', () => {
  const structure = camPhaFixture();
  const consolidate = (staffing: object | undefined, effectiveOn = '2019-06-01'): Plan =>
    planOn(effectiveOn, {
      type: 'consolidate',
      sourceIds: ['tt-vh', 'dai-tt'],
      newUnit: {
        id: 'tt-tt-vh', kind: 'public-service-unit', name: { vi: 'Trung tâm Truyền thông và Văn hóa' }, areaId: 'tp-cp', parentId: 'ubnd-tp',
        ...(staffing === undefined ? {} : { staffing }),
      },
    } as Plan['operations'][number]);

  it('accepts a quota equal to the sources’ total', () => {
    expect(errors(structure, consolidate({ quota: { publicEmployee: 16 } }))).toEqual([]);
  });

  it('rejects a quota above the sources’ total, with the rule of the date', () => {
    const before = validatePlan(structure, consolidate({ quota: { publicEmployee: 17 } })).issues.find((issue) => issue.code === 'plan_quota_above_sources');
    expect(before).toMatchObject({ ruleId: 'merge.quota-not-above-sources', citation: { instrumentId: '18-NQ/TW' }, params: { quota: 17, sourcesQuota: 16 } });
    const after = validatePlan(structure, consolidate({ quota: { publicEmployee: 17 } }, '2025-05-01')).issues.find((issue) => issue.code === 'plan_quota_above_sources');
    expect(after?.citation).toEqual({ instrumentId: '76/2025/UBTVQH15', article: '11', clause: '2' });
  });

  it('reports a surplus with the date it must be absorbed by (5 years, QĐ 759/QĐ-TTg)', () => {
    const issue = validatePlan(structure, consolidate({ quota: { publicEmployee: 12 } }, '2025-05-01')).issues.find((item) => item.code === 'plan_staff_surplus');
    expect(issue).toMatchObject({ params: { actual: 16, quota: 12, surplus: 4, deadline: '2030-05-01' }, citation: { instrumentId: '759/QĐ-TTg' } });
  });

  it('reports a surplus before 2025 without a deadline, surfacing the missing rule', () => {
    const report = validatePlan(structure, consolidate({ quota: { publicEmployee: 12 } }));
    expect(report.issues.find((item) => item.code === 'plan_staff_surplus')?.params?.['deadline']).toBeNull();
    expect(report.issues.find((item) => item.code === 'rule_not_in_force')?.params?.['ruleId']).toBe('merge.surplus-absorption');
  });

  it('reports the deputies of a merged unit with the 5-year deadline (NQ 76/2025 Art. 11(3))', () => {
    const plan = camPhaPilotPlan('2025-06-30');
    const first = plan.operations[0];
    const issue = validatePlan(structure, { ...plan, operations: first === undefined ? [] : [first] }).issues.find(
      (item) => item.code === 'plan_deputies_may_exceed',
    );
    expect(issue).toMatchObject({
      severity: 'info',
      ruleId: 'merge.deputy-grace-period',
      citation: { instrumentId: '76/2025/UBTVQH15', article: '11', clause: '3' },
      params: { unitId: 'cq-tc-nv', deputies: 2, maxBefore: 1, deadline: '2030-06-30' },
    });
  });
});

describe('validatePlan — conversions and contract', () => {
  const structure = camPhaFixture();

  it.each([
    [{ type: 'convert', unitId: 'tt-vh', autonomyGroup: 3 }, []],
    [{ type: 'convert', unitId: 'tt-vh', autonomyGroup: 4 }, ['plan_convert_no_change']],
    [{ type: 'convert', unitId: 'tt-vh', leavesPublicSector: true }, []],
    [{ type: 'convert', unitId: 'btc', autonomyGroup: 2 }, ['plan_convert_not_public_service']],
  ])('%j', (operation, expected) => {
    const found = codes(structure, planOn('2019-06-01', operation as Plan['operations'][number])).filter((code) => code.startsWith('plan_convert'));
    expect(found).toEqual(expected);
  });

  it.each([
    [{ effectiveOn: '2019-06-01' }],
    [{ effectiveOn: 20190601, operations: [] }],
    [null],
  ])('throws a TypeError on a plan that is not a plan: %j', (plan) => {
    expect(() => validatePlan(structure, plan as unknown as Plan)).toThrow(/^\[tinh-gon\] validatePlan/);
  });

  it('warns when a conversion keeps the autonomy group it already has', () => {
    const issues = issuesOf(structure, planOn(ON, { type: 'convert', unitId: 'dai-tt', autonomyGroup: 3 }));
    expect(issues.map((issue) => [issue.code, issue.severity, issue.params])).toEqual([
      ['plan_convert_no_change', 'warning', { unitId: 'dai-tt', autonomyGroup: 3 }],
    ]);
  });
});

describe('validatePlan — other paths', () => {
  const structure = camPhaFixture();

  it('reports missing rules when given an empty rulebook, and still checks what needs no rule', () => {
    const plan = planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-1', 'nope'], targetId: 'thon-2' });
    const report = validatePlan(structure, plan, { rulebook: { instruments: [], rules: [] } });
    expect(report.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['rule_unknown', 'error'],
      ['plan_unit_unknown', 'error'],
      ['rule_unknown', 'warning'],
    ]);
  });

  it('takes the staffing a merger gives its surviving unit', () => {
    const plan = planOn('2019-06-01', {
      type: 'merge',
      sourceIds: ['dai-tt'],
      targetId: 'tt-vh',
      staffing: { quota: { publicEmployee: 15 }, actual: { publicEmployee: 15 } },
    });
    expect(codes(structure, plan)).toEqual([]);
    const above = planOn('2019-06-01', {
      type: 'merge',
      sourceIds: ['dai-tt'],
      targetId: 'tt-vh',
      staffing: { quota: { publicEmployee: 14, contract: 1 } },
    });
    const issues = validatePlan(structure, above).issues;
    expect(issues.map((issue) => [issue.code, issue.params?.['category']])).toEqual([
      ['plan_quota_above_sources', 'contract'],
      ['rule_not_in_force', undefined],
      ['plan_staff_surplus', 'publicEmployee'],
    ]);
  });

  it('splits an organisation and moves an organisation to an area of a level that has ended', () => {
    const split = planOn('2019-06-01', {
      type: 'split',
      sourceId: 'phong-tc',
      parts: [
        { newUnit: { id: 'phong-tc-1', kind: 'specialised-agency', name: { vi: 'Phòng 1' }, areaId: 'tp-cp', parentId: 'ubnd-tp' }, share: { basisPoints: 5000 } },
        { newUnit: { id: 'phong-tc-2', kind: 'specialised-agency', name: { vi: 'Phòng 2' }, areaId: 'x-ch', parentId: 'ubnd-tp' }, share: { basisPoints: 5000 } },
      ],
    });
    expect(errors(structure, split)).toEqual(['plan_level_mismatch', 'plan_locality_mismatch']);
    const moved = planOn('2025-07-01', { type: 'transfer', unitId: 'vp-ubnd-ch', newAreaId: 'tp-cp' });
    // and, found by the check of the result: the office would serve the city under the commune's committee
    expect(errors(structure, moved)).toEqual(['plan_level_not_in_force', 'plan_result_invalid']);
    expect(validatePlan(structure, moved).issues[1]?.params).toMatchObject({ operation: '#1 transfer', structureCode: 'organisation_outside_parent_area' });
  });

  it('moves an area under a new parent only where the hierarchy allows it', () => {
    expect(errors(structure, planOn('2019-06-01', { type: 'transfer', unitId: 'thon-1', newParentId: 'x-dh' }))).toEqual([]);
    expect(errors(structure, planOn('2019-06-01', { type: 'transfer', unitId: 'thon-1', newParentId: 'tinh-qn' }))).toEqual([
      'plan_parent_kind_not_allowed',
    ]);
  });
});
