import { describe, expect, it } from 'vitest';
import type { Structure } from '../../src/model/index.js';
import { checkConcurrentRoles } from '../../src/roles/index.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

const partyD = unitId('d', 'party-committee');
const committeeD = unitId('d', 'peoples-committee');
const codesOf = (structure: Structure, asOf: string, personId = 'x') =>
  checkConcurrentRoles(structure, { asOf: d(asOf) })
    .issues.filter((issue) => issue.personIds?.includes(personId))
    .map((issue) => issue.code);

describe('checkConcurrentRoles: interval edges', () => {
  // secretary until 2020-01-01 (exclusive), committee chair from 2020-01-01
  const handover = fixture([hold('x', partyD, 'secretary', '2016-01-01', '2020-01-01'), hold('x', committeeD, 'chair', '2020-01-01')]);

  it('does not treat a post ending on the day another begins as concurrent', () => {
    expect(codesOf(handover, '2020-01-01')).toEqual([]);
    expect(codesOf(handover, '2019-12-31')).toEqual([]);
  });

  it('treats one shared day as concurrent', () => {
    const oneDay = fixture([hold('x', partyD, 'secretary', '2016-01-01', '2020-01-02'), hold('x', committeeD, 'chair', '2020-01-01')]);
    expect(codesOf(oneDay, '2020-01-01')).toEqual(['role_combination_pilot']);
    expect(codesOf(oneDay, '2020-01-02')).toEqual([]);
  });

  it('ignores posts not yet begun', () => {
    const later = fixture([hold('x', partyD, 'secretary'), hold('x', committeeD, 'chair', '2021-01-01')]);
    expect(codesOf(later, '2020-12-31')).toEqual([]);
    expect(codesOf(later, '2021-01-01')).toEqual(['role_combination_pilot']);
  });
});

describe('checkConcurrentRoles: what counts as a combination', () => {
  it('does not count two ranks in one body (secretary and standing committee member)', () => {
    const structure = fixture([hold('x', partyD, 'secretary'), hold('x', partyD, 'standingCommitteeMember')]);
    expect(codesOf(structure, '2020-01-01')).toEqual([]);
  });

  it('warns on a combination no rule speaks of, naming both posts', () => {
    const structure = fixture([hold('x', unitId('d', 'fatherland-front'), 'chair'), hold('x', unitId('c', 'peoples-committee'), 'viceChair')]);
    const [issue] = checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues;
    expect(issue?.code).toBe('role_combination_unregulated');
    expect(issue?.severity).toBe('warning');
    expect(issue?.unitIds).toEqual(['c.peoples-committee', 'd.fatherland-front']);
    expect(issue?.message.en).toContain('Person x (x)');
    expect(issue?.message.en).toContain('chair of fatherland-front of d');
    expect(issue?.message.vi).toContain('phó chủ tịch peoples-committee c');
  });

  it('needs the sector a rule names (a health centre is not a training centre)', () => {
    const base = fixture([hold('x', unitId('d', 'propaganda-board'), 'head')]);
    const structure: Structure = {
      ...base,
      units: [...base.units, { id: 'd.health', kind: 'public-service-unit', name: { vi: 'TTYT' }, areaId: 'd', sector: 'health', from: d('2015-01-01') }],
      assignments: [...base.assignments, hold('x', 'd.health', 'director')],
    };
    expect(codesOf(structure, '2020-01-01')).toEqual(['role_combination_unregulated']);
  });

  it('skips assignments to units the structure does not have', () => {
    const structure = fixture([hold('x', partyD, 'secretary'), hold('x', 'nowhere', 'chair')]);
    expect(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues).toEqual([]);
  });

  it('reports every rule that speaks of a pair (a permitted rule added by the caller)', () => {
    const permitted: Rule = {
      id: 'local.secretary-committee',
      type: 'role-combination',
      topic: 'roles',
      title: { vi: 'Địa phương', en: 'Local' },
      versions: [
        {
          from: d('2019-01-01'),
          strength: 'permitted',
          params: {
            posts: [
              { roles: ['secretary'], unitKinds: ['party-committee'] },
              { roles: ['chair'], unitKinds: ['peoples-committee'] },
            ],
            sameArea: true,
            levels: ['district'],
            withinAreaIds: ['p'],
          },
          citation: { instrumentId: '12-CT/TU (Quảng Ninh)' },
        },
      ],
    };
    const rulebook = extendRulebook(defaultRulebook, { rules: [permitted] });
    const structure = fixture([hold('x', partyD, 'secretary'), hold('x', committeeD, 'chair')]);
    const issues = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues;
    // both rules speak of the pair; within one person, issues follow the rulebook's order
    expect(issues.map((issue) => [issue.code, issue.ruleId])).toEqual([
      ['role_combination_pilot', 'roles.secretary-chairs-committee'],
      ['role_combination_permitted', 'local.secretary-committee'],
    ]);
  });

  it('keeps a local rule inside its withinAreaIds', () => {
    const local: Rule = {
      id: 'local.only-elsewhere',
      type: 'role-combination',
      topic: 'roles',
      title: { vi: 'Nơi khác', en: 'Elsewhere' },
      versions: [
        {
          from: d('2019-01-01'),
          strength: 'forbidden',
          params: {
            posts: [
              { roles: ['head'], unitKinds: ['propaganda-board'] },
              { roles: ['director'], unitKinds: ['public-service-unit'] },
            ],
            sameArea: true,
            levels: ['district'],
            withinAreaIds: ['another-province'],
          },
          citation: { instrumentId: '12-CT/TU (Quảng Ninh)' },
        },
      ],
    };
    const rulebook = extendRulebook(defaultRulebook, { rules: [local] });
    const structure = fixture([hold('x', unitId('d', 'propaganda-board'), 'head'), hold('x', unitId('d', 'public-service-unit', 'political-training'), 'director')]);
    expect(checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).ok).toBe(true);
  });

  it.each([
    // reach; the front chair in; the committee vice-chair in; forbidden?
    [['d'], 'd', 'c', true],
    [['c'], 'c', 'v', true],
    [['c'], 'd', 'c', false],
    [['c'], 'c', 'd', false],
    [['v', 'd'], 'c', 'c', true],
  ] as const)('applies a local rule reaching %j only when both posts lie inside (front chair in %s, vice-chair in %s)', (reach, frontArea, committeeArea, forbidden) => {
    const local: Rule = {
      id: 'local.front-not-vice-chair',
      type: 'role-combination',
      topic: 'roles',
      title: { vi: 'Chủ tịch MTTQ không kiêm phó chủ tịch', en: 'A Front chair is not a vice-chair' },
      versions: [
        {
          from: d('2019-01-01'),
          strength: 'forbidden',
          params: {
            posts: [
              { roles: ['chair'], unitKinds: ['fatherland-front', 'front-work-committee'] },
              { roles: ['viceChair', 'villageHead'], unitKinds: ['peoples-committee', 'village'] },
            ],
            sameArea: false,
            levels: ['district', 'commune', 'village'],
            withinAreaIds: [...reach],
          },
          citation: { instrumentId: '12-CT/TU (Quảng Ninh)' },
        },
      ],
    };
    const rulebook = extendRulebook(defaultRulebook, { rules: [local] });
    const front = unitId(frontArea, 'fatherland-front');
    const second = committeeArea === 'v' ? hold('x', 'v', 'villageHead') : hold('x', unitId(committeeArea, 'peoples-committee'), 'viceChair');
    const report = checkConcurrentRoles(fixture([hold('x', front, 'chair'), second]), { asOf: d('2020-01-01'), rulebook });
    expect(report.issues.map((issue) => issue.code)).toEqual([forbidden ? 'role_combination_forbidden' : 'role_combination_unregulated']);
    expect(report.ok).toBe(!forbidden);
  });
});

describe('checkConcurrentRoles: the CT 45 cap on key posts', () => {
  const threePosts = fixture([
    hold('x', unitId('p', 'party-committee'), 'secretary'),
    hold('x', unitId('p', 'peoples-council'), 'chair'),
    hold('x', unitId('p', 'fatherland-front'), 'chair'),
  ]);

  it('is an error from 2025-04-14 for a provincial secretary holding 3 key posts', () => {
    const report = checkConcurrentRoles(threePosts, { asOf: d('2025-05-01') });
    const cap = report.issues.find((issue) => issue.code === 'role_cap_exceeded');
    expect(report.ok).toBe(false);
    expect(cap?.params?.count).toBe(3);
    expect(cap?.params?.maxPosts).toBe(2);
    expect(cap?.citation?.instrumentId).toBe('45-CT/TW');
    expect(cap?.personIds).toEqual(['x']);
    expect(cap?.unitIds).toHaveLength(3);
  });

  it('does not exist the day before', () => {
    expect(checkConcurrentRoles(threePosts, { asOf: d('2025-04-13') }).issues.map((issue) => issue.code)).not.toContain('role_cap_exceeded');
  });

  it('allows exactly 2 key posts', () => {
    const two = fixture([hold('x', unitId('p', 'party-committee'), 'secretary'), hold('x', unitId('p', 'peoples-council'), 'chair')]);
    expect(codesOf(two, '2025-05-01')).toEqual(['role_combination_encouraged']);
  });

  it('applies only to the provincial standing body (a front chair with 3 posts is not capped)', () => {
    const notStanding = fixture([
      hold('x', unitId('p', 'fatherland-front'), 'chair'),
      hold('x', unitId('p', 'peoples-council'), 'chair'),
      hold('x', unitId('p', 'peoples-committee'), 'chair'),
    ]);
    expect(codesOf(notStanding, '2025-05-01')).not.toContain('role_cap_exceeded');
  });
});

describe('checkConcurrentRoles: a required combination missing', () => {
  const partyC = unitId('c', 'party-committee');
  const committeeC = unitId('c', 'peoples-committee');

  it('warns on the commune where no deputy secretary chairs the committee (QĐ 298, from 2025-07-01)', () => {
    const structure = fixture([hold('a', partyC, 'deputySecretary'), hold('b', committeeC, 'chair')]);
    const missing = checkConcurrentRoles(structure, { asOf: d('2025-07-01') }).issues.filter(
      (issue) => issue.code === 'role_combination_missing',
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]?.unitIds).toEqual(['c', partyC, committeeC]);
    expect(missing[0]?.severity).toBe('warning');
    expect(missing[0]?.citation?.instrumentId).toBe('298-QĐ/TW');
    expect(missing[0]?.message.vi).toContain('Xã C');
  });

  it('does not warn before the rule starts', () => {
    const structure = fixture([hold('a', partyC, 'deputySecretary'), hold('b', committeeC, 'chair')]);
    expect(checkConcurrentRoles(structure, { asOf: d('2025-06-30') }).issues.map((issue) => issue.code)).not.toContain(
      'role_combination_missing',
    );
  });

  it('does not warn when one person holds both posts', () => {
    const structure = fixture([hold('a', partyC, 'deputySecretary'), hold('a', committeeC, 'chair')]);
    const report = checkConcurrentRoles(structure, { asOf: d('2025-07-01') });
    expect(report.issues.map((issue) => issue.code)).toEqual(['role_combination_required']);
  });

  it('does not warn on an area without the bodies the rule needs', () => {
    const structure = fixture([]);
    const withoutCommittee: Structure = { ...structure, units: structure.units.filter((unit) => unit.id !== committeeC) };
    expect(checkConcurrentRoles(withoutCommittee, { asOf: d('2025-07-01') }).issues).toEqual([]);
    expect(checkConcurrentRoles(structure, { asOf: d('2025-07-01') }).issues).toHaveLength(1);
  });
});

describe('checkConcurrentRoles: contract', () => {
  it('throws a TypeError naming asOf when it is not an ISO date', () => {
    expect(() => checkConcurrentRoles(fixture([]), { asOf: '2020-1-1' as never })).toThrow(/\[tinh-gon\] options\.asOf/);
  });

  it('does not change its input', () => {
    const structure = fixture([hold('x', partyD, 'secretary'), hold('x', committeeD, 'chair')]);
    const copy = structuredClone(structure);
    checkConcurrentRoles(structure, { asOf: d('2020-01-01') });
    expect(structure).toEqual(copy);
  });
});

describe('checkConcurrentRoles: edge cases of the data', () => {
  const noStrength: Rule = {
    id: 'local.no-strength',
    type: 'role-combination',
    topic: 'roles',
    title: { vi: 'Không ghi mức', en: 'No strength' },
    versions: [
      {
        from: d('2019-01-01'),
        params: {
          posts: [
            { roles: ['chair'], unitKinds: ['fatherland-front'] },
            { roles: ['villageHead'], unitKinds: ['village'], sectors: ['anything'] },
            { roles: ['viceChair'], unitKinds: ['peoples-committee'] },
          ],
          sameArea: false,
          levels: ['district', 'commune', 'village'],
        },
        citation: { instrumentId: '12-CT/TU (Quảng Ninh)' },
      },
    ],
  };
  const rulebook = extendRulebook(defaultRulebook, { rules: [noStrength] });

  it('reads a version without a strength as permitted, and matches any two of three posts', () => {
    const structure = fixture([hold('x', unitId('d', 'fatherland-front'), 'chair'), hold('x', unitId('c', 'peoples-committee'), 'viceChair')]);
    const issues = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues;
    expect(issues.map((issue) => [issue.code, issue.params?.strength])).toEqual([['role_combination_permitted', 'permitted']]);
  });

  it('never matches a sector on an area (a village has none)', () => {
    const structure = fixture([hold('x', unitId('d', 'fatherland-front'), 'chair'), hold('x', 'v', 'villageHead')]);
    const issues = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues;
    expect(issues.map((issue) => issue.code)).toEqual(['role_combination_unregulated']);
  });

  it('skips a post whose body serves an unknown area', () => {
    const base = fixture([hold('x', partyD, 'secretary'), hold('x', 'orphan', 'chair')]);
    const structure: Structure = {
      ...base,
      units: [...base.units, { id: 'orphan', kind: 'peoples-committee', name: { vi: 'Mồ côi' }, areaId: 'ghost', from: d('2015-01-01') }],
    };
    expect(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues).toEqual([]);
  });
});

describe('checkConcurrentRoles with minSeverity', () => {
  it('leaves out infos but keeps the same warnings and errors, in the same order', async () => {
    const { camPhaCity2020 } = await import('../../src/samples/index.js');
    // The day before Chỉ thị 35-CT/TW (2019-05-30): the five commune council chairs are still warnings.
    const asOf = d('2019-05-29');
    const all = checkConcurrentRoles(camPhaCity2020, { asOf });
    const problems = checkConcurrentRoles(camPhaCity2020, { asOf, minSeverity: 'warning' });
    expect(all.issues.some((issue) => issue.severity === 'info')).toBe(true);
    expect(problems.issues).toEqual(all.issues.filter((issue) => issue.severity !== 'info'));
    expect(problems.issues.length).toBeGreaterThan(0);
    expect(checkConcurrentRoles(camPhaCity2020, { asOf, minSeverity: 'error' }).issues).toEqual(
      all.issues.filter((issue) => issue.severity === 'error'),
    );
  });
});

describe('checkConcurrentRoles: a severity filter never drops a forbidden combination', () => {
  // council chair and committee vice-chair of one commune (Luật 77/2015: forbidden), plus a pilot pair
  const structure = fixture([
    hold('x', unitId('c', 'peoples-council'), 'chair'),
    hold('x', unitId('c', 'peoples-committee'), 'viceChair'),
    hold('y', partyD, 'secretary'),
    hold('y', committeeD, 'chair'),
  ]);

  it.each([
    ['info', ['role_combination_forbidden', 'role_combination_pilot']],
    ['warning', ['role_combination_forbidden']],
    ['error', ['role_combination_forbidden']],
  ] as const)('minSeverity %s keeps the error and fails the report', (minSeverity, codes) => {
    const report = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), minSeverity });
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => issue.code)).toEqual(codes);
    expect(report.issues[0]).toMatchObject({ severity: 'error', personIds: ['x'], ruleId: 'roles.council-standing-not-committee-member' });
  });

  it('minSeverity error leaves out the warnings of unregulated pairs and missing combinations', () => {
    const withWarnings = fixture([
      ...structure.assignments,
      hold('z', unitId('d', 'fatherland-front'), 'chair'),
      hold('z', unitId('c', 'peoples-committee'), 'viceChair'),
    ]);
    const all = checkConcurrentRoles(withWarnings, { asOf: d('2025-07-01') });
    expect(all.issues.map((issue) => issue.severity)).toContain('warning');
    expect(checkConcurrentRoles(withWarnings, { asOf: d('2025-07-01'), minSeverity: 'error' }).issues).toEqual(
      all.issues.filter((issue) => issue.severity === 'error'),
    );
  });
});

describe('checkConcurrentRoles: areas and posts that have ended', () => {
  const partyC = unitId('c', 'party-committee');
  const committeeC = unitId('c', 'peoples-committee');

  it('does not warn of a required combination missing in a commune that has ended', () => {
    const base = fixture([hold('a', partyC, 'deputySecretary'), hold('b', committeeC, 'chair')]);
    const ended: Structure = { ...base, units: base.units.map((unit) => (unit.id === 'c' ? { ...unit, to: d('2025-07-01') } : unit)) };
    const codes = (structure: Structure) => checkConcurrentRoles(structure, { asOf: d('2025-07-01') }).issues.map((issue) => issue.code);
    expect(codes(base)).toEqual(['role_combination_missing']);
    expect(codes(ended)).toEqual([]);
  });

  it('does not count the units of an ended body as present (the combination cannot be asked)', () => {
    const base = fixture([hold('a', partyC, 'deputySecretary'), hold('b', committeeC, 'chair')]);
    const ended: Structure = { ...base, units: base.units.map((unit) => (unit.id === committeeC ? { ...unit, to: d('2025-07-01') } : unit)) };
    expect(checkConcurrentRoles(ended, { asOf: d('2025-07-01') }).issues).toEqual([]);
  });
});
