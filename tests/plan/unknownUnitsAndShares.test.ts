import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/index.js';
import { camPhaFixture, planOn } from './fixtures.js';
import { codesOf, issuesOf } from './support/issues.js';

const ON = '2019-06-01';

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

describe('validatePlan — what an unknown unit leaves unknown', () => {
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
