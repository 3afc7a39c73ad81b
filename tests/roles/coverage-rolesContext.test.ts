import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { createIssue } from '../../src/report/createIssue.js';
import { checkAppointment, checkConcurrentRoles } from '../../src/roles/index.js';
import { type CombinationParams, createRolesContext, findAreaCombination, findHeldPosts, isAreaInScope, sortIssues } from '../../src/roles/rolesContext.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

const homeAffairsP = unitId('p', 'specialised-agency', 'home-affairs');

/** A provincial public service unit with an id that sorts after the home affairs sở. */
function attached(id: string, parentId: string): Unit {
  return { id, kind: 'public-service-unit', name: { vi: `Đơn vị ${id}` }, areaId: 'p', parentId, from: d('2015-01-01') };
}

function withUnits(structure: Structure, ...units: Unit[]): Structure {
  return { ...structure, units: [...structure.units, ...units] };
}

describe('findHeldPosts: identical assignments', () => {
  it('keeps both copies of a duplicated assignment, with equal keys, in input order', () => {
    const structure = fixture([hold('x', unitId('c', 'peoples-committee'), 'chair'), hold('x', unitId('c', 'peoples-committee'), 'chair')]);
    const context = createRolesContext(structure, defaultRulebook, d('2020-01-01'));
    const posts = findHeldPosts(context, structure.assignments);
    expect(posts.map((post) => post.unit.id)).toEqual(['c.peoples-committee', 'c.peoples-committee']);
    expect(posts[0]?.key).toBe(posts[1]?.key);
    expect(posts[0]?.assignment).toBe(structure.assignments[0]);
    // two ranks of one body are not a combination: nothing to report
    expect(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues).toEqual([]);
  });
});

describe('secondUnderFirst (NĐ 150/2025): the deputy director post sorting first', () => {
  // 'p.zz…' sorts after 'p.specialised-agency…', so the deputy director is post a (rule post 0)
  it.each([
    ['under the sở', homeAffairsP, 'role_combination_forbidden', 'roles.department-deputy-not-head-of-attached-unit', '150/2025/NĐ-CP'],
    ['under the people’s committee', unitId('p', 'peoples-committee'), 'role_combination_unregulated', undefined, undefined],
  ] as const)('a unit %s (parent %s) gives %s', (_name, parentId, code, ruleId, instrumentId) => {
    const structure = withUnits(
      fixture([hold('x', homeAffairsP, 'deputyDirector'), hold('x', 'p.zz-archive', 'director')]),
      attached('p.zz-archive', parentId),
    );
    const issues = checkConcurrentRoles(structure, { asOf: d('2025-07-01') }).issues.filter((issue) => issue.personIds?.includes('x'));
    expect(issues.map((issue) => issue.code)).toEqual([code]);
    expect(issues[0]?.ruleId).toBe(ruleId);
    expect(issues[0]?.citation?.instrumentId).toBe(instrumentId);
    expect(issues[0]?.unitIds).toEqual(['p.specialised-agency.home-affairs', 'p.zz-archive']);
  });

  it('does not constrain a pair of posts other than the first two of a three-post rule', () => {
    // posts[0] deputy director of a sở, posts[1] head of an attached unit, posts[2] chair of the council:
    // the pair (posts[0], posts[2]) has no parent requirement (isSecondUnderFirst speaks only of 0 and 1)
    const threePosts: Rule = {
      id: 'local.three-posts',
      type: 'role-combination',
      topic: 'roles',
      title: { vi: 'Ba chức danh', en: 'Three posts' },
      versions: [
        {
          from: d('2019-01-01'),
          strength: 'permitted',
          params: {
            posts: [
              { roles: ['deputyDirector'], unitKinds: ['specialised-agency'] },
              { roles: ['director'], unitKinds: ['public-service-unit'] },
              { roles: ['viceChair'], unitKinds: ['peoples-council'] },
            ],
            sameArea: true,
            levels: ['province'],
            secondUnderFirst: true,
          },
          citation: { instrumentId: '18-NQ/TW' },
        },
      ],
    };
    const rulebook = extendRulebook(defaultRulebook, { rules: [threePosts] });
    const structure = fixture([hold('x', homeAffairsP, 'deputyDirector'), hold('x', unitId('p', 'peoples-council'), 'viceChair')]);
    const issues = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues;
    expect(issues.map((issue) => [issue.code, issue.ruleId])).toEqual([['role_combination_permitted', 'local.three-posts']]);
  });
});

describe('people the structure does not list', () => {
  it('names a person by id in a pair issue', () => {
    const structure: Structure = {
      ...fixture([hold('x', unitId('d', 'fatherland-front'), 'chair'), hold('x', unitId('c', 'peoples-committee'), 'viceChair')]),
      people: [],
    };
    const [issue] = checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues;
    expect(issue?.code).toBe('role_combination_unregulated');
    expect(issue?.params?.['personName']).toBe('x');
    expect(issue?.message.en).toContain('x (x)');
  });

  it('names the appointee by id when neither the structure nor the proposal gives a name', () => {
    const structure = fixture([hold('y', unitId('c', 'peoples-committee'), 'chair')]);
    const report = checkAppointment(structure, { personId: 'newcomer', unitId: unitId('c', 'peoples-committee'), role: 'chair', from: d('2020-01-01') });
    const ends = report.issues.find((issue) => issue.code === 'appointment_ends_post');
    expect(ends?.params?.['personName']).toBe('newcomer');
    expect(ends?.params?.['otherName']).toBe('Person y');
    expect(ends?.personIds).toEqual(['newcomer', 'y']);
  });
});

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
    const params = partyCouncilRequired(['d']).versions[0]?.params as CombinationParams;
    const byId = new Map(structure.units.map((unit) => [unit.id, unit]));
    expect(isAreaInScope(structure, params, byId.get('c') as Unit)).toBe(true);
    expect(isAreaInScope(structure, params, byId.get('c.party-committee') as Unit)).toBe(false);
    expect(isAreaInScope(structure, { ...params, withinAreaIds: ['x', 'y'] }, byId.get('c') as Unit)).toBe(false);
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

describe('sortIssues: ties and issues without units', () => {
  it('puts an issue without units before one with units, and keeps equal issues', () => {
    const noUnits = createIssue('role_combination_unregulated', { personIds: ['x'] });
    const withUnitIds = createIssue('role_combination_unregulated', { personIds: ['x'], unitIds: ['a'] });
    const error = createIssue('role_combination_forbidden', { personIds: ['z'], unitIds: ['b'] });
    const sorted = sortIssues([withUnitIds, noUnits, error, noUnits]);
    expect(sorted).toEqual([error, noUnits, noUnits, withUnitIds]);
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
