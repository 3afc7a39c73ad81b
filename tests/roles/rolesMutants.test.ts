import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { checkAppointment, checkConcurrentRoles, concurrencyCoverage, requiredUnitsForTarget } from '../../src/roles/index.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { FROM, d, fixture, fixtureUnits, hold, unitId } from './fixtures.js';

// Tests written for the survivors of the src/roles mutation run: each pins a behaviour a mutant
// changed without any test noticing (issue contents, orders, guards, reused signatures).

const partyC = unitId('c', 'party-committee');
const councilC = unitId('c', 'peoples-council');
const committeeC = unitId('c', 'peoples-committee');
const partyD = unitId('d', 'party-committee');
const committeeD = unitId('d', 'peoples-committee');
const partyP = unitId('p', 'party-committee');
const councilP = unitId('p', 'peoples-council');
const committeeP = unitId('p', 'peoples-committee');
const frontP = unitId('p', 'fatherland-front');
const homeAffairsP = unitId('p', 'specialised-agency', 'home-affairs');

const codes = (report: { issues: readonly { code: string }[] }) => report.issues.map((issue) => issue.code);

/** The fixture with extra units (a caller's own bodies) appended. */
function withUnits(structure: Structure, units: readonly Unit[]): Structure {
  return { ...structure, units: [...structure.units, ...units] };
}

/** A caller's rule repeating a rulebook rule's posts under another id and strength. */
function localCopy(ruleId: string, id: string, strength: 'required' | 'pilot' | 'permitted', title?: { vi: string; en: string }): Rule {
  const rule = defaultRulebook.rules.find((candidate) => candidate.id === ruleId);
  if (rule?.type !== 'role-combination') throw new Error(`no combination rule ${ruleId}`);
  const version = rule.versions[rule.versions.length - 1];
  if (version === undefined) throw new Error(`no version of ${ruleId}`);
  return {
    id,
    type: 'role-combination',
    topic: 'roles',
    title: title ?? rule.title,
    versions: [{ from: d('2017-10-25'), strength, params: version.params, citation: { instrumentId: '12-CT/TU (Quảng Ninh)' } }],
  } as Rule;
}

describe('checkAppointment: the issues that end the check early', () => {
  const structure = fixture([hold('sec', partyC, 'secretary'), hold('chair', committeeC, 'chair')]);

  it('names the unknown unit, the field and the person', () => {
    const report = checkAppointment(structure, { personId: 'x', unitId: 'nowhere', role: 'chair', from: d('2020-01-01') });
    expect(report.ok).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      code: 'unknown_reference',
      severity: 'error',
      path: ['proposed', 'unitId'],
      personIds: ['x'],
      params: { field: 'unitId', ownerId: 'x', targetId: 'nowhere' },
    });
    expect(report.issues[0]?.message.en).toBe('Field `unitId` of x points to nowhere, which is not in the structure');
  });

  it.each([
    // unit ends; proposed from; proposed to; message tail
    [undefined, '2014-01-01', undefined, 'from 2014-01-01 to …, outside the unit’s validity (2015-01-01 to …)'],
    ['2021-01-01', '2020-01-01', '2022-01-01', 'from 2020-01-01 to 2022-01-01, outside the unit’s validity (2015-01-01 to 2021-01-01)'],
    ['2021-01-01', '2021-06-01', undefined, 'from 2021-06-01 to …, outside the unit’s validity (2015-01-01 to 2021-01-01)'],
  ])('refuses a post outside its unit (unit to %s, from %s to %s)', (unitTo, from, to, tail) => {
    const dated = { ...structure, units: structure.units.map((unit) => (unit.id === committeeC && unitTo !== undefined ? { ...unit, to: d(unitTo) } : unit)) };
    const report = checkAppointment(dated, { personId: 'x', unitId: committeeC, role: 'viceChair', from: d(from), ...(to === undefined ? {} : { to: d(to) }) });
    expect(report.ok).toBe(false);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ code: 'assignment_outside_unit', path: ['proposed'], unitIds: [committeeC], personIds: ['x'] });
    const name = structure.units.find((unit) => unit.id === committeeC)?.name;
    expect(report.issues[0]?.message.en).toBe(`x holds the post of vice-chair of ${name?.en ?? name?.vi} (${committeeC}) ${tail}`);
    expect(report.issues[0]?.message.vi).toMatch(new RegExp(`^x giữ chức phó chủ tịch ${name?.vi} \\(${committeeC.replace('.', '\\.')}\\) từ ${from} đến `));
  });

  it('accepts a dated post that fits inside a unit that ends (the end date is kept)', () => {
    const dated = { ...structure, units: structure.units.map((unit) => (unit.id === committeeC ? { ...unit, to: d('2030-01-01') } : unit)) };
    const report = checkAppointment(dated, { personId: 'x', unitId: committeeC, role: 'viceChair', from: d('2020-01-01'), to: d('2021-01-01') });
    expect(report.issues).toEqual([]);
  });

  it('says the post is already held, naming the post, person and unit', () => {
    const report = checkAppointment(structure, { personId: 'sec', unitId: partyC, role: 'secretary', from: d('2020-01-01') });
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ code: 'appointment_already_held', unitIds: [partyC], personIds: ['sec'] });
    expect(report.issues[0]?.message.en).toBe('Person sec (sec) is already secretary of party-committee of c on 2020-01-01');
  });
});

describe('checkAppointment: whose post it ends', () => {
  it('ends only the holder of the same role, not a vice-chair of the unit, and promotes a vice-chair', () => {
    const structure = fixture([hold('chair', committeeC, 'chair'), hold('vc', committeeC, 'viceChair'), hold('vc2', committeeC, 'viceChair')]);
    const report = checkAppointment(structure, { personId: 'vc', unitId: committeeC, role: 'chair', from: d('2020-01-01') });
    expect(codes(report)).toEqual(['appointment_ends_post']);
    expect(report.issues[0]).toMatchObject({ unitIds: [committeeC], personIds: ['vc', 'chair'] });
  });

  it('does not end a post that has already ended', () => {
    const structure = fixture([hold('former', committeeC, 'chair', '2015-01-01', '2019-01-01')]);
    expect(checkAppointment(structure, { personId: 'x', unitId: committeeC, role: 'chair', from: d('2020-01-01') }).issues).toEqual([]);
    // nor is a post held in the past "already held"
    expect(checkAppointment(structure, { personId: 'former', unitId: committeeC, role: 'chair', from: d('2020-01-01') }).issues).toEqual([]);
  });

  it('labels a post of a unit whose area is unknown by role and unit id', () => {
    const base = fixture([hold('holder', 'orphan', 'chair')]);
    const structure = withUnits(base, [{ id: 'orphan', kind: 'peoples-committee', name: { vi: 'Mồ côi' }, areaId: 'ghost', from: FROM } as Unit]);
    const report = checkAppointment(structure, { personId: 'x', unitId: 'orphan', role: 'chair', from: d('2020-01-01') });
    expect(report.issues.map((issue) => [issue.code, issue.message.en, issue.message.vi])).toEqual([
      [
        'appointment_ends_post',
        'Appointing x (x) as chair of orphan from 2020-01-01 would end that post for Person holder (holder)',
        'Bổ nhiệm x (x) làm chair orphan từ 2020-01-01 sẽ chấm dứt chức danh đó của Person holder (holder)',
      ],
    ]);
  });

  it('names a person the structure does not list by the name proposed, in the combinations too', () => {
    // "ghost" holds a post but is missing from structure.people
    const structure: Structure = { ...fixture([]), assignments: [hold('ghost', partyD, 'secretary')] };
    const report = checkAppointment(structure, { personId: 'ghost', unitId: committeeD, role: 'chair', from: d('2020-01-01'), personName: 'Nguyễn Văn Mới' });
    expect(codes(report)).toEqual(['role_combination_pilot']);
    expect(report.issues[0]?.message.en).toMatch(/^Nguyễn Văn Mới \(ghost\) is both /);
  });

  it('reports a missing combination only for a required rule, not for a pilot it breaks', () => {
    // the district secretary chairs the committee (a pilot); someone else takes the chair
    const structure = fixture([hold('sec', partyD, 'secretary'), hold('sec', committeeD, 'chair')]);
    const report = checkAppointment(structure, { personId: 'y', unitId: committeeD, role: 'chair', from: d('2020-01-01') });
    expect(codes(report)).toEqual(['appointment_ends_post']);
  });
});

describe('checkAppointment: the order of its issues', () => {
  it('sorts the errors by code: the cap before the forbidden pair found first', () => {
    // a provincial secretary chairing the council takes the committee chair too (2025-05-01)
    const structure = fixture([hold('x', partyP, 'secretary'), hold('x', councilP, 'chair')]);
    const report = checkAppointment(structure, { personId: 'x', unitId: committeeP, role: 'chair', from: d('2025-05-01') });
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(['role_cap_exceeded', 'role_combination_forbidden', 'role_combination_unregulated']);
  });

  it('sorts pairs of one code by their unit ids, each list read whole', () => {
    // ids "ab" < "aba" < "ba": the lists "ab,aba" and "aba,ba" run together into one string
    const base = fixture([hold('x', 'ab', 'chair'), hold('x', 'ba', 'chair')]);
    const org = (id: string, name: string): Unit => ({ id, kind: 'peoples-committee', name: { vi: name, en: name }, areaId: 'c', from: FROM }) as Unit;
    const structure = withUnits(base, [org('ab', 'Z body'), org('ba', 'A body'), { ...org('aba', 'M body'), kind: 'fatherland-front' } as Unit]);
    const report = checkAppointment(structure, { personId: 'x', unitId: 'aba', role: 'chair', from: d('2020-01-01') });
    expect(report.issues.map((issue) => issue.unitIds)).toEqual([
      ['ab', 'aba'],
      ['aba', 'ba'],
    ]);
  });

  it('keeps a unit id list apart from the rule id that follows it', () => {
    // "a,b" < "a,b!" only while the fields stay apart ("a,b" + "roles…" > "a,b!" + "roles…")
    const base = fixture([hold('p', 'b', 'chair'), hold('p', 'b!', 'chair')]);
    const council = (id: string): Unit => ({ id, kind: 'peoples-council', name: { vi: id, en: id }, areaId: 'c', from: FROM }) as Unit;
    const structure = withUnits(base, [council('b'), council('b!'), { id: 'a', kind: 'peoples-committee', name: { vi: 'a', en: 'a' }, areaId: 'c', from: FROM } as Unit]);
    const report = checkAppointment(structure, { personId: 'p', unitId: 'a', role: 'viceChair', from: d('2020-01-01') });
    expect(report.issues.map((issue) => [issue.code, issue.unitIds])).toEqual([
      ['role_combination_forbidden', ['a', 'b']],
      ['role_combination_forbidden', ['a', 'b!']],
    ]);
  });

  it('sorts issues of one code and units by rule id', () => {
    // two rules of one strength speak of the pair; the caller's sorts first by id, last by title
    const local = localCopy('roles.secretary-chairs-committee', 'a.local-pilot', 'pilot', { vi: 'Zz', en: 'Zz' });
    const rulebook = extendRulebook(defaultRulebook, { rules: [local] });
    const structure = fixture([hold('x', partyD, 'secretary')]);
    const report = checkAppointment(structure, { personId: 'x', unitId: committeeD, role: 'chair', from: d('2020-01-01') }, { rulebook });
    expect(report.issues.map((issue) => issue.ruleId)).toEqual(['a.local-pilot', 'roles.secretary-chairs-committee']);
  });
});

describe('checkConcurrentRoles: issueLimit', () => {
  const structure = fixture([
    hold('a', partyD, 'secretary'),
    hold('a', committeeD, 'chair'),
    hold('b', partyC, 'secretary'),
    hold('b', committeeC, 'chair'),
  ]);

  it('lists every issue without a limit, and counts the rest past one', () => {
    expect(codes(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }))).toEqual(['role_combination_pilot', 'role_combination_pilot']);
    expect(codes(checkConcurrentRoles(structure, { asOf: d('2020-01-01'), issueLimit: 1 }))).toEqual(['role_combination_pilot', 'issues_truncated']);
  });
});

describe('checkConcurrentRoles: people in id order', () => {
  it('reports people in id order whatever the order of the input', () => {
    const structure = fixture([hold('b', partyC, 'secretary'), hold('b', committeeC, 'chair'), hold('a', partyD, 'secretary'), hold('a', committeeD, 'chair')]);
    expect(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues.map((issue) => issue.personIds)).toEqual([['a'], ['b']]);
  });
});

describe('checkConcurrentRoles: a severity filter keeps forbidden pairs', () => {
  it.each(['warning', 'error'] as const)('minSeverity %s keeps a forbidden pair among pilots', (minSeverity) => {
    // council chair and committee vice-chair of one commune: forbidden (Luật 77/2015)
    const structure = fixture([hold('x', councilC, 'chair'), hold('x', committeeC, 'viceChair'), hold('y', partyD, 'secretary'), hold('y', committeeD, 'chair')]);
    const report = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), minSeverity });
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => [issue.code, issue.ruleId])).toEqual([['role_combination_forbidden', 'roles.council-standing-not-committee-member']]);
  });
});

describe('checkConcurrentRoles: the CT 45 cap', () => {
  it('counts only key posts, and only at the province', () => {
    // two key posts and the head of the organisation board: within the cap
    const twoKey = fixture([hold('x', partyP, 'secretary'), hold('x', councilP, 'chair'), hold('x', unitId('p', 'organisation-board'), 'head')]);
    expect(codes(checkConcurrentRoles(twoKey, { asOf: d('2025-05-01') }))).not.toContain('role_cap_exceeded');
    // three key posts of a district: CT 45 caps the provincial standing body only
    const district = fixture([hold('x', partyD, 'secretary'), hold('x', unitId('d', 'peoples-council'), 'chair'), hold('x', committeeD, 'chair')]);
    expect(codes(checkConcurrentRoles(district, { asOf: d('2025-05-01') }))).not.toContain('role_cap_exceeded');
  });

  it('names the key posts in the message, with nothing counted when all are named', () => {
    const structure = fixture([hold('x', partyP, 'secretary'), hold('x', councilP, 'chair'), hold('x', frontP, 'chair')]);
    const cap = checkConcurrentRoles(structure, { asOf: d('2025-05-01') }).issues.find((issue) => issue.code === 'role_cap_exceeded');
    expect(cap?.message.en).toBe(
      'Person x (x) holds 3 key posts (chair of fatherland-front of p; secretary of party-committee of p; chair of peoples-council of p), more than the 2 allowed by "A member of the provincial standing body holds at most 2 key posts"',
    );
    expect(cap?.message.vi).toContain('(chủ tịch fatherland-front p; bí thư party-committee p; chủ tịch peoples-council p)');
  });

  it('names ten key posts and counts the rest', () => {
    // six key posts in each of two provinces: 12
    const roles = [
      ['party-committee', 'secretary'],
      ['party-committee', 'standingDeputySecretary'],
      ['party-committee', 'deputySecretary'],
      ['peoples-council', 'chair'],
      ['peoples-committee', 'chair'],
      ['fatherland-front', 'chair'],
    ] as const;
    const assignments = ['a', 'b'].flatMap((prefix) => roles.map(([kind, role]) => hold('x', unitId(`${prefix}p`, kind), role)));
    const structure: Structure = { units: [...fixtureUnits('a'), ...fixtureUnits('b')], people: [{ id: 'x', name: 'X' }], assignments };
    const cap = checkConcurrentRoles(structure, { asOf: d('2025-05-01') }).issues.find((issue) => issue.code === 'role_cap_exceeded');
    expect(cap?.params?.count).toBe(12);
    expect(cap?.message.en).toMatch(/^X \(x\) holds 12 key posts \(chair of fatherland-front of p; .*; … and 2 more\), more than/);
    expect(cap?.message.vi).toContain('; … và 2 chức danh khác)');
    expect(cap?.message.en.split('; ')).toHaveLength(11);
  });

  it('applies a cap whose appliesTo names the party leaders in two selectors', () => {
    const cap = defaultRulebook.rules.find((rule) => rule.id === 'roles.provincial-standing-member-cap');
    if (cap?.type !== 'role-cap') throw new Error('no cap rule');
    const version = cap.versions[0];
    if (version === undefined) throw new Error('no cap version');
    const split: Rule = {
      ...cap,
      id: 'local.standing-member-cap',
      versions: [
        {
          ...version,
          params: {
            ...version.params,
            appliesTo: [
              { roles: ['secretary'], unitKinds: ['party-committee'] },
              { roles: ['standingDeputySecretary', 'deputySecretary'], unitKinds: ['party-committee'] },
            ],
          },
        },
      ],
    } as Rule;
    const rulebook = extendRulebook(defaultRulebook, { rules: [split] });
    const structure = fixture([hold('x', partyP, 'secretary'), hold('x', councilP, 'chair'), hold('x', frontP, 'chair')]);
    const ruleIds = checkConcurrentRoles(structure, { asOf: d('2025-05-01'), rulebook })
      .issues.filter((issue) => issue.code === 'role_cap_exceeded')
      .map((issue) => issue.ruleId);
    expect(ruleIds).toEqual(['roles.provincial-standing-member-cap', 'local.standing-member-cap']);
  });
});

describe('checkConcurrentRoles: signatures of posts', () => {
  it('tells apart two posts of one role and kind by their sector', () => {
    // x directs a health centre, y the political training centre; both head the propaganda board
    const base = fixture([
      hold('x', unitId('d', 'propaganda-board'), 'head'),
      hold('x', 'd.health', 'director'),
      hold('y', unitId('d', 'propaganda-board'), 'head'),
      hold('y', unitId('d', 'public-service-unit', 'political-training'), 'director'),
    ]);
    const structure = withUnits(base, [{ id: 'd.health', kind: 'public-service-unit', name: { vi: 'TTYT' }, areaId: 'd', sector: 'health', from: FROM } as Unit]);
    const issues = checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues;
    expect(issues.map((issue) => [issue.code, issue.personIds])).toEqual([
      ['role_combination_unregulated', ['x']],
      ['role_combination_pilot', ['y']],
    ]);
  });

  it('checks posts at the central level (no rule speaks of them)', () => {
    const structure: Structure = {
      units: [
        { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: FROM },
        { id: 'vn.party', kind: 'party-committee', name: { vi: 'BCH TƯ' }, areaId: 'vn', from: FROM },
        { id: 'vn.front', kind: 'fatherland-front', name: { vi: 'UBTƯ MTTQ' }, areaId: 'vn', from: FROM },
      ] as Unit[],
      people: [{ id: 'x', name: 'X' }],
      assignments: [hold('x', 'vn.party', 'secretary'), hold('x', 'vn.front', 'chair')],
    };
    expect(codes(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }))).toEqual(['role_combination_unregulated']);
  });

  describe('a deputy director of a department heading a unit under it (NĐ 150/2025)', () => {
    const department = (id: string): Unit => ({ id, kind: 'specialised-agency', name: { vi: id }, areaId: 'p', sector: 'finance', from: FROM }) as Unit;
    const under = (id: string, parentId: string): Unit =>
      ({ id, kind: 'public-service-unit', name: { vi: id }, areaId: 'p', parentId, sector: 'finance', from: FROM }) as Unit;

    const codesOfX = (structure: Structure) =>
      checkConcurrentRoles(structure, { asOf: d('2025-07-01') })
        .issues.filter((issue) => issue.personIds?.includes('x'))
        .map((issue) => issue.code);

    it('is forbidden when the unit is under the department, whichever id sorts first', () => {
      // "a.unit" sorts before its department "b.dept": the pair is read in the reverse orientation
      const structure = withUnits(fixture([hold('x', 'b.dept', 'deputyDirector'), hold('x', 'a.unit', 'director')]), [department('b.dept'), under('a.unit', 'b.dept')]);
      expect(codesOfX(structure)).toEqual(['role_combination_forbidden']);
    });

    it.each([
      // deputy director's department, its parent; the unit directed, its parent
      ['a.dept', 'b.agency', 'b.agency', undefined],
      ['b.dept', 'a.agency', 'a.agency', undefined],
      ['b.dept', undefined, 'a.unit', 'c.dept'],
    ] as const)('is not forbidden when the unit directed is not under the department (%s under %s, %s under %s)', (dept, deptParent, unit, unitParent) => {
      const agency = (id: string, parentId: string | undefined): Unit =>
        ({ ...department(id), ...(parentId === undefined ? {} : { parentId }) }) as Unit;
      const structure = withUnits(fixture([hold('x', dept, 'deputyDirector'), hold('x', unit, 'director')]), [
        agency(dept, deptParent),
        agency(unit, unitParent),
        ...[deptParent, unitParent].filter((id) => id !== undefined && id !== unit).map((id) => department(id as string)),
      ]);
      expect(codesOfX(structure)).toEqual(['role_combination_unregulated']);
    });

    it('is not forbidden when the unit is under another department', () => {
      const structure = withUnits(fixture([hold('x', 'a.dept', 'deputyDirector'), hold('x', 'b.unit', 'director')]), [
        department('a.dept'),
        department('c.dept'),
        under('b.unit', 'c.dept'),
      ]);
      expect(codesOfX(structure)).toEqual(['role_combination_unregulated']);
    });
  });
});

describe('the order of the two posts in a message', () => {
  it.each([
    // a party post is named before a front post, even when its unit id sorts after
    [[hold('x', unitId('d', 'mass-mobilisation-board'), 'head'), hold('x', unitId('d', 'fatherland-front'), 'chair')], 'head of mass-mobilisation-board of d and chair of fatherland-front of d'],
    // two state posts keep the order of their unit ids
    [[hold('x', councilC, 'chair'), hold('x', committeeC, 'viceChair')], 'vice-chair of peoples-committee of c and chair of peoples-council of c'],
  ])('names %j as "%s"', (assignments, posts) => {
    const [issue] = checkConcurrentRoles(fixture(assignments), { asOf: d('2020-01-01') }).issues;
    expect(issue?.message.en).toContain(`is both ${posts}`);
  });
});

describe('checkAppointment: a required combination asked of the commune only', () => {
  it('does not report QĐ 298 missing in a district whose chair is replaced', () => {
    // the district deputy secretary chairs the district committee; an outsider takes the chair
    const structure = fixture([hold('dep', partyD, 'deputySecretary'), hold('dep', committeeD, 'chair')]);
    const report = checkAppointment(structure, { personId: 'y', unitId: committeeD, role: 'chair', from: d('2025-08-01') });
    expect(codes(report)).toEqual(['appointment_ends_post']);
  });
});

describe('checkConcurrentRoles: required combinations, area by area', () => {
  /** Communes with a party committee and a people's committee each, nobody holding posts. */
  function communes(ids: readonly string[]): Structure {
    const units = ids.flatMap((id): Unit[] => [
      { id, kind: 'commune', name: { vi: id }, from: FROM },
      { id: `${id}.party`, kind: 'party-committee', name: { vi: 'ĐU' }, areaId: id, from: FROM },
      { id: `${id}.committee`, kind: 'peoples-committee', name: { vi: 'UBND' }, areaId: id, from: FROM },
    ]);
    return { units, people: [], assignments: [] };
  }
  const missingAreas = (structure: Structure, asOf = '2025-07-01') =>
    checkConcurrentRoles(structure, { asOf: d(asOf) })
      .issues.filter((issue) => issue.code === 'role_combination_missing')
      .map((issue) => issue.unitIds?.[0]);

  it('warns area by area in id order, whatever the order of the input', () => {
    expect(missingAreas(communes(['b', 'c', 'a']))).toEqual(['a', 'b', 'c']);
  });

  it('keeps id order across many communes given in two ascending runs', () => {
    const ids = Array.from({ length: 128 }, (_, i) => `c${String((i + 64) % 128).padStart(3, '0')}`);
    const expected = [...ids].sort();
    expect(missingAreas(communes(ids))).toEqual(expected);
  });

  it('lists the units of a missing combination in input order, the first of its kind included', () => {
    // the commune's bodies come first in the input, the committee before the party committee
    const base = fixture([]);
    const first = base.units.filter((unit) => unit.id === committeeC || unit.id === partyC);
    const structure: Structure = { ...base, units: [...first.reverse(), ...base.units.filter((unit) => !first.includes(unit))] };
    const missing = checkConcurrentRoles(structure, { asOf: d('2025-07-01') }).issues.filter((issue) => issue.code === 'role_combination_missing');
    expect(missing.map((issue) => issue.unitIds)).toEqual([['c', committeeC, partyC]]);
  });

  it('needs a unit of the sector a required post names', () => {
    const required = localCopy('roles.propaganda-head-training-centre', 'local.training-centre-required', 'required');
    const rulebook = extendRulebook(defaultRulebook, { rules: [required] });
    const base = fixture([]);
    const training = unitId('d', 'public-service-unit', 'political-training');
    const withHealth = withUnits({ ...base, units: base.units.filter((unit) => unit.id !== training) }, [
      { id: 'd.health', kind: 'public-service-unit', name: { vi: 'TTYT' }, areaId: 'd', sector: 'health', from: FROM } as Unit,
    ]);
    const missing = (structure: Structure) =>
      checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues.filter((issue) => issue.code === 'role_combination_missing').map((issue) => issue.unitIds);
    expect(missing(withHealth)).toEqual([]);
    expect(missing(base)).toEqual([['d', unitId('d', 'propaganda-board'), training]]);
  });

  it('counts the village itself as the unit of a village post', () => {
    const required = localCopy('roles.cell-secretary-village-head', 'local.cell-secretary-village-head-required', 'required');
    const rulebook = extendRulebook(defaultRulebook, { rules: [required] });
    const issues = checkConcurrentRoles(fixture([]), { asOf: d('2020-01-01'), rulebook }).issues;
    expect(issues.map((issue) => [issue.code, issue.unitIds])).toEqual([['role_combination_missing', ['v', 'v.party-cell']]]);
  });
});

describe('concurrencyCoverage: who holds the posts together', () => {
  const RULE = 'roles.secretary-chairs-committee';

  it('sorts the covered and uncovered communes and the holders by id', () => {
    // communes in the input: bc, ac (covered, two holders given b then a); dc, cc (uncovered)
    const units = ['b', 'a', 'd', 'c'].flatMap((prefix) => fixtureUnits(prefix).filter((unit) => unit.id.startsWith(`${prefix}c`)));
    const assignments = [
      hold('z', unitId('bc', 'party-committee'), 'secretary'),
      hold('z', unitId('bc', 'peoples-committee'), 'chair'),
      hold('b2', unitId('ac', 'party-committee'), 'secretary'),
      hold('b2', unitId('ac', 'peoples-committee'), 'chair'),
      hold('a2', unitId('ac', 'party-committee'), 'secretary'),
      hold('a2', unitId('ac', 'peoples-committee'), 'chair'),
    ];
    const result = concurrencyCoverage({ units, people: [], assignments }, { rule: RULE, level: 'commune', asOf: d('2020-01-01') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.coveredUnitIds).toEqual(['ac', 'bc']);
    expect(result.value.uncoveredUnitIds).toEqual(['cc', 'dc']);
    expect(result.value.holders).toEqual({ ac: ['a2', 'b2'], bc: ['z'] });
  });

  it('does not count a post in a body that has ended, or in a unit the structure lacks', () => {
    const base = fixture([hold('x', partyC, 'secretary'), hold('x', committeeC, 'chair'), hold('y', 'nowhere', 'chair')]);
    const ended = { ...base, units: base.units.map((unit) => (unit.id === committeeC ? { ...unit, to: d('2019-01-01') } : unit)) };
    const result = concurrencyCoverage(ended, { rule: RULE, level: 'commune', asOf: d('2020-01-01') });
    expect(result.ok && [result.value.covered, result.value.total]).toEqual([0, 1]);
  });

  it('skips a post in a body that serves an unknown area', () => {
    const base = fixture([hold('x', partyC, 'secretary'), hold('x', 'orphan', 'chair')]);
    const structure = withUnits(base, [{ id: 'orphan', kind: 'peoples-committee', name: { vi: 'Mồ côi' }, areaId: 'ghost', from: FROM } as Unit]);
    const result = concurrencyCoverage(structure, { rule: RULE, level: 'commune', asOf: d('2020-01-01') });
    expect(result.ok && result.value.covered).toBe(0);
  });

  describe('one post never fills two places (NĐ 150/2025 pair, at the province)', () => {
    const DEPUTY_RULE = 'roles.department-deputy-not-head-of-attached-unit';
    const covered = (structure: Structure) => {
      const result = concurrencyCoverage(structure, { rule: DEPUTY_RULE, level: 'province', asOf: d('2025-07-01') });
      return result.ok ? result.value.covered : undefined;
    };

    it('does not count two roles in one unit as both posts', () => {
      expect(covered(fixture([hold('x', homeAffairsP, 'deputyDirector'), hold('x', homeAffairsP, 'director')]))).toBe(0);
    });

    it('does not count two posts that both fit only the second place', () => {
      expect(covered(fixture([hold('x', homeAffairsP, 'director'), hold('x', unitId('p', 'inspectorate'), 'head')]))).toBe(0);
    });

    it('counts a deputy director who heads another unit', () => {
      expect(covered(fixture([hold('x', homeAffairsP, 'deputyDirector'), hold('x', unitId('p', 'inspectorate'), 'head')]))).toBe(1);
    });
  });
});

describe('concurrencyCoverage: the issues it reports', () => {
  const structure = fixture([hold('x', partyC, 'secretary'), hold('x', committeeC, 'chair')]);
  const options = { rule: 'roles.secretary-chairs-committee', level: 'commune', asOf: d('2020-01-01') } as const;

  it('warns, naming the rule and its levels, when the level is outside the rule', () => {
    const result = concurrencyCoverage(structure, { ...options, level: 'province' });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'coverage_level_outside_rule', ruleId: 'roles.secretary-chairs-committee', params: { level: 'province' } });
    expect(result.issues[0]?.message.en).toBe(
      'Rule "Party secretary also chairs the people\'s committee (pilot)" does not apply at province level (only at district, commune); the share is computed anyway',
    );
  });

  it('names an unknown within area', () => {
    const result = concurrencyCoverage(structure, { ...options, within: 'nowhere' });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'unknown_reference',
      path: ['options', 'within'],
      params: { field: 'within', ownerId: 'concurrencyCoverage', targetId: 'nowhere' },
    });
    expect(result.issues[0]?.message.en).toBe('Field `within` of concurrencyCoverage points to nowhere, which is not in the structure');
  });

  it.each([
    [undefined, 'in the whole structure', 'trong cả cơ cấu'],
    ['d', 'within d', 'trong d'],
  ])('says where no area was found (within %s)', (within, en, vi) => {
    // no area of the central level in the fixture
    const result = concurrencyCoverage(structure, { ...options, level: 'central', ...(within === undefined ? {} : { within }) });
    const issue = result.issues.find((candidate) => candidate.code === 'coverage_no_units');
    expect(result.ok).toBe(false);
    expect(issue?.message.en).toContain(`No central-level area ${en} is in force on 2020-01-01`);
    expect(issue?.message.vi).toContain(`trung ương nào ${vi} có hiệu lực`);
  });

  it('refuses an empty within and lists the levels when the level is unknown', () => {
    expect(() => concurrencyCoverage(structure, { ...options, within: '' })).toThrow(/^\[tinh-gon\] options\.within must be the id of an area, received ""$/);
    expect(() => concurrencyCoverage(structure, { ...options, level: 'ward' as never })).toThrow(
      '[tinh-gon] options.level must be one of central, province, district, commune, village, received "ward"',
    );
  });
});

describe('the messages of a refused argument', () => {
  const structure = fixture([]);

  it.each([
    ['a negative total', -1, RangeError, /^\[tinh-gon\] total must be a non-negative integer, received -1$/],
    ['a fractional total', 1.5, RangeError, /^\[tinh-gon\] total must be a non-negative integer, received 1\.5$/],
  ])('requiredUnitsForTarget: %s', (_name, total, error, message) => {
    const call = () => requiredUnitsForTarget(total, { comparison: 'at-least', basisPoints: 7500 });
    expect(call).toThrow(error);
    expect(call).toThrow(message);
  });

  it('requiredUnitsForTarget: negative basis points', () => {
    expect(() => requiredUnitsForTarget(16, { comparison: 'at-least', basisPoints: -1 })).toThrow(
      /^\[tinh-gon\] target\.basisPoints must be an integer from 0 to 10000, received -1$/,
    );
  });

  it.each([
    ['a bigint limit', { perPersonLimit: 10n as never }, RangeError, /^\[tinh-gon\] options\.perPersonLimit must be a non-negative integer, received 10n$/],
    ['a short value, not cut', { perPersonLimit: -1 }, RangeError, /^\[tinh-gon\] options\.perPersonLimit must be a non-negative integer, received -1$/],
    ['a value of exactly 60 characters, not cut', { minSeverity: 'w'.repeat(58) as never }, TypeError, new RegExp(`received "${'w'.repeat(58)}"$`)],
    ['a value of 61 characters, cut', { minSeverity: 'w'.repeat(59) as never }, TypeError, new RegExp(`received "${'w'.repeat(56)}\\.\\.\\.$`)],
    ['a rulebook without instruments', { rulebook: { rules: [] } as never }, TypeError, /^\[tinh-gon\] options\.rulebook must be a rulebook/],
    ['a number as rulebook', { rulebook: 42 as never }, TypeError, /^\[tinh-gon\] options\.rulebook must be a rulebook/],
  ])('checkConcurrentRoles: %s', (_name, options, error, message) => {
    const call = () => checkConcurrentRoles(structure, { asOf: d('2020-01-01'), ...options });
    expect(call).toThrow(error);
    expect(call).toThrow(message);
  });

  it('checkAppointment: a proposal that is a string', () => {
    expect(() => checkAppointment(structure, 'x' as never)).toThrow(/^\[tinh-gon\] proposed must be an object/);
  });
});
