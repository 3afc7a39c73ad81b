import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { checkConcurrentRoles, concurrencyCoverage } from '../../src/roles/index.js';
import { requiredUnitsForTarget } from '../../src/roles/concurrencyCoverage.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

const withTarget = (strength: 'pilot' | 'required'): Rule => ({
  id: 'local.secretary-chairs-committee-target',
  type: 'role-combination',
  topic: 'roles',
  title: { vi: 'Bí thư là chủ tịch UBND xã', en: "The secretary chairs the commune people's committee" },
  versions: [
    {
      from: d('2019-01-01'),
      strength,
      params: {
        posts: [
          { roles: ['secretary'], unitKinds: ['party-committee'] },
          { roles: ['chair'], unitKinds: ['peoples-committee'] },
        ],
        sameArea: true,
        levels: ['commune'],
        target: { comparison: 'more-than', basisPoints: 5000 },
      },
      citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
    },
  ],
});

describe('concurrencyCoverage: a target share carried by the rule itself', () => {
  it.each([
    // who holds what in commune c; covered; met
    ['one person holds both posts', [hold('x', unitId('c', 'party-committee'), 'secretary'), hold('x', unitId('c', 'peoples-committee'), 'chair')], 1, true],
    ['two people hold them', [hold('x', unitId('c', 'party-committee'), 'secretary'), hold('y', unitId('c', 'peoples-committee'), 'chair')], 0, false],
  ] as const)('%s', (_name, assignments, covered, met) => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [withTarget('pilot')] });
    const coverage = concurrencyCoverage(fixture(assignments), {
      rule: 'local.secretary-chairs-committee-target',
      level: 'commune',
      asOf: d('2020-01-01'),
      rulebook,
    });
    expect(coverage.ok).toBe(true);
    if (!coverage.ok) return;
    expect([coverage.total, coverage.covered]).toEqual([1, covered]);
    // more than 50% of 1 commune: 1 commune (floor(0.5) + 1)
    expect(coverage.target).toEqual({
      comparison: 'more-than',
      basisPoints: 5000,
      requiredUnits: 1,
      shortfall: 1 - covered,
      met,
      attainable: true,
      source: 'rule',
    });
  });
});

describe('requiredUnitsForTarget: a comparison outside the union', () => {
  // House rules (DESIGN.md): a caller's contract breach throws a TypeError starting "[tinh-gon]" and
  // naming the argument (it once returned the comparison string itself as the count).
  it('throws a TypeError for an unknown comparison instead of returning it as the count', () => {
    const target = { comparison: 'between', basisPoints: 7500 } as unknown as Parameters<typeof requiredUnitsForTarget>[1];
    expect(() => requiredUnitsForTarget(16, target)).toThrow(/\[tinh-gon\] target\.comparison/);
  });
});

describe('checkConcurrentRoles: a structure listing one area twice', () => {
  // An invalid structure (validateStructure reports the duplicate id); the check does not throw and
  // reports the missing required combination once for each copy, in id order.
  it('reports the area once per copy', () => {
    const base = fixture([]);
    const commune = base.units.find((unit) => unit.id === 'c') as Unit;
    const structure: Structure = { ...base, units: [...base.units, { ...commune, name: { vi: 'Xã C (bản sao)' } }] };
    const rulebook = extendRulebook(defaultRulebook, { rules: [withTarget('required')] });
    const missing = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues.filter(
      (issue) => issue.code === 'role_combination_missing',
    );
    expect(missing.map((issue) => issue.params?.['areaId'])).toEqual(['c', 'c']);
    expect(missing.map((issue) => issue.ruleId)).toEqual(['local.secretary-chairs-committee-target', 'local.secretary-chairs-committee-target']);
  });
});
