import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { checkAppointment, checkConcurrentRoles } from '../../src/roles/index.js';
import { isAreaInScope } from '../../src/roles/checkRequiredInArea.js';
import { findAreaCombination } from '../../src/roles/findAreaCombination.js';
import type { CombinationParams } from '../../src/roles/postSignature.js';
import { createRolesContext } from '../../src/roles/RolesContext.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, secretaryChairsCommitteeWithTarget, unitId } from './fixtures.js';

function withUnits(structure: Structure, ...units: Unit[]): Structure {
  return { ...structure, units: [...structure.units, ...units] };
}

const partyCouncilRequired = (withinAreaIds?: readonly string[]): Rule => ({
  id: 'local.required-secretary-chairs-council',
  type: 'role-combination',
  topic: 'roles',
  title: { vi: 'Bí thư xã là chủ tịch HĐND xã', en: 'Commune secretary chairs the council' },
  versions: [
    {
      from: d('2019-01-01'),
      strength: 'required',
      params: {
        posts: [
          { roles: ['secretary'], unitKinds: ['party-committee'] },
          { roles: ['chair'], unitKinds: ['peoples-council'] },
        ],
        sameArea: true,
        levels: ['commune'],
        ...(withinAreaIds === undefined ? {} : { withinAreaIds: [...withinAreaIds] }),
      },
      citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
    },
  ],
});

describe('required combinations inside withinAreaIds', () => {
  it.each([
    [['p'], ['c']],
    [['d'], ['c']],
    [['c'], ['c']],
    [['elsewhere'], []],
    [['v'], []],
  ] as const)('withinAreaIds %j → missing in %j', (within, missingIn) => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [partyCouncilRequired(within)] });
    const report = checkConcurrentRoles(fixture([]), { asOf: d('2020-01-01'), rulebook });
    const missing = report.issues.filter((issue) => issue.code === 'role_combination_missing');
    expect(missing.map((issue) => issue.params?.['areaId'])).toEqual(missingIn);
    for (const issue of missing) {
      expect(issue.ruleId).toBe('local.required-secretary-chairs-council');
      expect(issue.unitIds).toEqual(['c', 'c.party-committee', 'c.peoples-council']);
      expect(issue.severity).toBe('warning');
    }
  });

  it('isAreaInScope: not for an organisation, and not outside the reach', () => {
    const structure = fixture([]);
    const context = createRolesContext(structure, defaultRulebook, d('2020-01-01'));
    const params = partyCouncilRequired(['d']).versions[0]?.params as CombinationParams;
    const byId = new Map(structure.units.map((unit) => [unit.id, unit]));
    expect(isAreaInScope(context, params, byId.get('c') as Unit)).toBe(true);
    expect(isAreaInScope(context, params, byId.get('c.party-committee') as Unit)).toBe(false);
    expect(isAreaInScope(context, { ...params, withinAreaIds: ['x', 'y'] }, byId.get('c') as Unit)).toBe(false);
  });

  it('falls back to the Vietnamese name for an area without an English one', () => {
    const base = fixture([]);
    const structure: Structure = {
      ...base,
      units: base.units.map((unit) => (unit.id === 'c' ? { ...unit, name: { vi: 'Xã Cẩm Tây' } } : unit)),
    };
    const rulebook = extendRulebook(defaultRulebook, { rules: [partyCouncilRequired()] });
    const [issue] = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues.filter(
      (candidate) => candidate.code === 'role_combination_missing',
    );
    expect(issue?.params?.['areaName']).toEqual({ vi: 'Xã Cẩm Tây', en: 'Xã Cẩm Tây' });
    expect(issue?.message.en).toContain('Xã Cẩm Tây');
  });
});

describe('findAreaCombination: sectors and dangling areas', () => {
  const structure = withUnits(
    fixture([hold('x', unitId('c', 'party-committee'), 'secretary'), hold('x', 'c.health', 'director')]),
    { id: 'c.health', kind: 'public-service-unit', name: { vi: 'Trạm y tế' }, areaId: 'c', sector: 'health', from: d('2015-01-01') },
  );
  const context = createRolesContext(structure, defaultRulebook, d('2020-01-01'));
  const area = structure.units.find((unit) => unit.id === 'c') as Unit;
  const params = (sectors: readonly string[], areaKinds = false): CombinationParams => ({
    posts: [
      { roles: ['secretary'], unitKinds: ['party-committee'] },
      { roles: ['director', 'chair'], unitKinds: areaKinds ? ['commune'] : ['public-service-unit'], sectors: [...sectors] },
    ],
    sameArea: true,
    levels: ['commune'],
  });

  it.each([
    ['a matching sector', ['health'], false, ['x'], true, ['c.party-committee', 'c.health']],
    ['another sector', ['political-training'], false, [], false, ['c.party-committee']],
    ['a sector on an area (areas have none)', ['health'], true, [], false, ['c.party-committee']],
  ] as const)('%s', (_name, sectors, areaKinds, holderIds, hasEveryPostUnit, unitIds) => {
    const found = findAreaCombination(context, params(sectors, areaKinds), area);
    expect(found).toEqual({ holderIds, hasEveryPostUnit, unitIds });
  });

  it('skips assignments of an organisation whose area the structure lacks', () => {
    const ghost: Unit = { id: 'ghost', kind: 'commune', name: { vi: 'Xã ma' }, from: d('2015-01-01') };
    const dangling = withUnits(fixture([hold('z', 'ghost.party', 'secretary')]), {
      id: 'ghost.party',
      kind: 'party-committee',
      name: { vi: 'Đảng ủy xã ma' },
      areaId: 'ghost',
      from: d('2015-01-01'),
    });
    const ghostContext = createRolesContext(dangling, defaultRulebook, d('2020-01-01'));
    const found = findAreaCombination(ghostContext, params(['health']), ghost);
    expect(found).toEqual({ holderIds: [], hasEveryPostUnit: false, unitIds: ['ghost.party'] });
  });
});

describe('findAreaCombination: a post at the area itself, and ids given twice', () => {
  const deputyChairs: CombinationParams = {
    posts: [
      { roles: ['deputySecretary'], unitKinds: ['party-committee'] },
      { roles: ['chair'], unitKinds: ['peoples-committee'] },
    ],
    sameArea: true,
    levels: ['commune'],
  };
  const commune = (id: string): Unit => ({ id, kind: 'commune', name: { vi: `Xã ${id}` }, parentId: 'd', from: d('2015-01-01') });
  const body = (id: string, kind: 'party-committee' | 'peoples-committee' | 'mass-association', areaId: string): Unit =>
    ({ id, kind, name: { vi: id }, areaId, from: d('2015-01-01') }) as Unit;
  const ask = (structure: Structure, params: CombinationParams, areaId: string, nth = 0) =>
    findAreaCombination(createRolesContext(structure, defaultRulebook, d('2020-01-01')), params, structure.units.filter((unit) => unit.id === areaId)[nth] as Unit);

  it('counts a post held at the area unit when the rule names the area kind', () => {
    const structure = fixture([hold('x', unitId('c', 'party-committee'), 'secretary'), hold('x', 'c', 'chair')]);
    const params: CombinationParams = {
      posts: [
        { roles: ['secretary'], unitKinds: ['party-committee'] },
        { roles: ['chair'], unitKinds: ['commune'] },
      ],
      sameArea: true,
      levels: ['commune'],
    };
    expect(ask(structure, params, 'c')).toEqual({ holderIds: ['x'], hasEveryPostUnit: true, unitIds: ['c', 'c.party-committee'] });
  });

  it('reads a post at an id given twice as held in the first unit of that id', () => {
    // c.party-committee is given again later, serving c2: the deputy secretary's post is in the first (serving c)
    const structure = withUnits(
      fixture([hold('y', unitId('c', 'party-committee'), 'deputySecretary'), hold('y', 'c2.peoples-committee', 'chair')]),
      commune('c2'),
      body('c2.peoples-committee', 'peoples-committee', 'c2'),
      body(unitId('c', 'party-committee'), 'party-committee', 'c2'),
    );
    expect(ask(structure, deputyChairs, 'c2')).toEqual({ holderIds: [], hasEveryPostUnit: true, unitIds: ['c2.peoples-committee', 'c.party-committee'] });
    expect(ask(structure, deputyChairs, 'c').holderIds).toEqual([]);
  });

  it('drops the posts of bodies whose area id first names an organisation', () => {
    // 'c3' is first a mass association, then a commune: its bodies serve no area the index knows
    const structure = withUnits(
      fixture([hold('z', 'c3.party-committee', 'deputySecretary'), hold('z', 'c3.peoples-committee', 'chair')]),
      body('c3', 'mass-association', 'c'),
      commune('c3'),
      body('c3.party-committee', 'party-committee', 'c3'),
      body('c3.peoples-committee', 'peoples-committee', 'c3'),
    );
    expect(ask(structure, deputyChairs, 'c3', 1)).toEqual({ holderIds: [], hasEveryPostUnit: true, unitIds: ['c3.party-committee', 'c3.peoples-committee'] });
  });
});

describe('checkAppointment: a required combination already missing before', () => {
  // QĐ 298-QĐ/TW (from 2025-07-01): a deputy secretary of the commune party committee chairs its people's committee
  it('does not blame the appointment for a combination that was missing already', () => {
    const structure = fixture([hold('y', unitId('c', 'peoples-committee'), 'chair')]);
    const report = checkAppointment(structure, { personId: 'z', unitId: unitId('c', 'peoples-committee'), role: 'chair', from: d('2025-08-01') });
    expect(report.issues.map((issue) => issue.code)).toEqual(['appointment_ends_post']);
  });

  it('blames the appointment that ends the combination', () => {
    const structure = fixture([hold('y', unitId('c', 'peoples-committee'), 'chair'), hold('y', unitId('c', 'party-committee'), 'deputySecretary')]);
    const report = checkAppointment(structure, { personId: 'z', unitId: unitId('c', 'peoples-committee'), role: 'chair', from: d('2025-08-01') });
    const missing = report.issues.find((issue) => issue.code === 'role_combination_missing');
    expect(missing?.ruleId).toBe('roles.deputy-secretary-chairs-commune-committee');
    expect(missing?.citation).toEqual({ instrumentId: '298-QĐ/TW' });
    expect(missing?.params?.['areaId']).toBe('c');
  });
});

describe('checkConcurrentRoles: a structure listing one area twice', () => {
  // An invalid structure (validateStructure reports the duplicate id); the check does not throw and
  // reports the missing required combination once for each copy, in id order.
  it('reports the area once per copy', () => {
    const base = fixture([]);
    const commune = base.units.find((unit) => unit.id === 'c') as Unit;
    const structure: Structure = { ...base, units: [...base.units, { ...commune, name: { vi: 'Xã C (bản sao)' } }] };
    const rulebook = extendRulebook(defaultRulebook, { rules: [secretaryChairsCommitteeWithTarget('required')] });
    const missing = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues.filter(
      (issue) => issue.code === 'role_combination_missing',
    );
    expect(missing.map((issue) => issue.params?.['areaId'])).toEqual(['c', 'c']);
    expect(missing.map((issue) => issue.ruleId)).toEqual(['local.secretary-chairs-committee-target', 'local.secretary-chairs-committee-target']);
  });
});

describe('checkAppointment: a body whose area has ended (an invalid structure)', () => {
  it('does not ask a required combination of an area no longer in force', () => {
    const base = fixture([hold('dep', unitId('c', 'party-committee'), 'deputySecretary'), hold('dep', unitId('c', 'peoples-committee'), 'chair')]);
    const proposed = { personId: 'outsider', unitId: unitId('c', 'peoples-committee'), role: 'chair', from: d('2025-08-01') } as const;
    expect(checkAppointment(base, proposed).issues.map((issue) => issue.code)).toEqual(['role_combination_missing', 'appointment_ends_post']);
    const ended: Structure = { ...base, units: base.units.map((unit) => (unit.id === 'c' ? { ...unit, to: d('2025-07-01') } : unit)) };
    expect(checkAppointment(ended, proposed).issues.map((issue) => issue.code)).toEqual(['appointment_ends_post']);
  });
});
