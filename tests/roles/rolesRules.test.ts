import { describe, expect, it } from 'vitest';
import type { Assignment, Structure } from '../../src/model/index.js';
import { quangNinhRolesRules } from '../../src/samples/quangNinhRolesRules.js';
import { checkConcurrentRoles } from '../../src/roles/index.js';
import { defaultRulebook, extendRulebook, findRule, validateRulebook } from '../../src/rules/index.js';
import { rolesRules } from '../../src/rules/data/rolesRules.js';
import { rolesRuleParams } from '../../src/rules/params/rolesParams.js';
import { d, fixture, hold, unitId } from './fixtures.js';

describe('the concurrent-role rules in the rulebook', () => {
  it('leave the default rulebook free of errors', () => {
    expect(validateRulebook(defaultRulebook).ok).toBe(true);
    expect(validateRulebook(defaultRulebook).issues).toEqual([]);
  });

  it('stay valid with Quảng Ninh’s local rule added', () => {
    const local = extendRulebook(defaultRulebook, { rules: quangNinhRolesRules });
    expect(validateRulebook(local).issues).toEqual([]);
  });

  it('are all in the default rulebook, on the roles topic', () => {
    const ids = new Set(defaultRulebook.rules.map((rule) => rule.id));
    for (const rule of rolesRules) {
      expect(ids.has(rule.id)).toBe(true);
      expect(rule.topic).toBe('roles');
    }
    expect(ids.has('roles.quang-ninh.cell-secretary-village-head')).toBe(false);
  });

  it('carry the [M] verification of NQ 18 and Luật 77/2015 into their versions', () => {
    const unverified = (id: string, asOf: string) => {
      const found = findRule(defaultRulebook, id, d(asOf));
      return found.ok ? found.inForce.verification : 'missing';
    };
    expect(unverified('roles.party-leader-chairs-council', '2020-01-01')).toBe('unverified');
    expect(unverified('roles.secretary-chairs-committee', '2020-01-01')).toBe('unverified');
    expect(unverified('roles.council-standing-not-committee-member', '2020-01-01')).toBe('unverified');
    expect(unverified('roles.council-standing-not-committee-member', '2025-08-01')).toBe('unverified');
    expect(unverified('roles.party-leader-chairs-council', '2025-08-01')).toBe('secondary');
    expect(unverified('roles.cell-secretary-village-head', '2024-01-01')).toBe('secondary');
  });

  it('surface rule_not_in_force before a rule starts and after a pilot ends', () => {
    const before = findRule(defaultRulebook, 'roles.cell-secretary-front-committee-head', d('2023-07-31'));
    expect(before.ok ? null : before.issue.code).toBe('rule_not_in_force');
    const after = findRule(defaultRulebook, 'roles.organisation-head-home-affairs-head', d('2022-07-07'));
    expect(after.ok ? null : after.issue.code).toBe('rule_not_in_force');
  });

  it('reject params that do not fit the schemas (strict objects)', () => {
    const combination = rolesRuleParams['role-combination'];
    const good = { posts: [{ roles: ['secretary'], unitKinds: ['party-cell'] }, { roles: ['villageHead'], unitKinds: ['village'] }], sameArea: true, levels: ['village'] };
    expect(combination.safeParse(good).success).toBe(true);
    expect(combination.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(combination.safeParse({ ...good, posts: good.posts.slice(0, 1) }).success).toBe(false);
    expect(combination.safeParse({ ...good, target: { comparison: 'more-than', basisPoints: 75.5 } }).success).toBe(false);
    expect(combination.safeParse({ ...good, target: { comparison: 'about', basisPoints: 7500 } }).success).toBe(false);
    const cap = rolesRuleParams['role-cap'];
    expect(cap.safeParse({ appliesTo: good.posts, keyPosts: good.posts, maxPosts: 0, levels: ['province'] }).success).toBe(false);
  });
});

interface PairCase {
  readonly name: string;
  readonly asOf: string;
  readonly posts: readonly [string, Assignment['role']][];
  readonly code: string;
  readonly ruleId?: string;
  readonly instrumentId?: string;
}

const pc = (area: string, kind: Parameters<typeof unitId>[1], sector?: string) => unitId(area, kind, sector);

const PAIR_CASES: readonly PairCase[] = [
  // NQ 18 (2017) → CT 45 (2025): secretary chairs the people's council
  { name: 'province secretary chairs the council (NQ 18)', asOf: '2019-05-29', posts: [[pc('p', 'party-committee'), 'secretary'], [pc('p', 'peoples-council'), 'chair']], code: 'role_combination_encouraged', ruleId: 'roles.party-leader-chairs-council', instrumentId: '18-NQ/TW' },
  { name: 'district secretary chairs the council (NQ 18)', asOf: '2019-05-29', posts: [[pc('d', 'party-committee'), 'secretary'], [pc('d', 'peoples-council'), 'chair']], code: 'role_combination_encouraged', ruleId: 'roles.party-leader-chairs-council', instrumentId: '18-NQ/TW' },
  { name: 'commune secretary chairs the council before CT 35 (no rule)', asOf: '2019-05-29', posts: [[pc('c', 'party-committee'), 'secretary'], [pc('c', 'peoples-council'), 'chair']], code: 'role_combination_unregulated' },
  // Chỉ thị 35-CT/TW (2019-05-30, for the 2020–2025 congresses): province, district and commune
  { name: 'province secretary chairs the council (CT 35, 2019)', asOf: '2020-01-01', posts: [[pc('p', 'party-committee'), 'secretary'], [pc('p', 'peoples-council'), 'chair']], code: 'role_combination_encouraged', ruleId: 'roles.party-leader-chairs-council', instrumentId: '35-CT/TW (2019)' },
  { name: 'district secretary chairs the council (CT 35, 2019)', asOf: '2020-01-01', posts: [[pc('d', 'party-committee'), 'secretary'], [pc('d', 'peoples-council'), 'chair']], code: 'role_combination_encouraged', ruleId: 'roles.party-leader-chairs-council', instrumentId: '35-CT/TW (2019)' },
  { name: 'commune secretary chairs the council (CT 35, 2019)', asOf: '2019-05-30', posts: [[pc('c', 'party-committee'), 'secretary'], [pc('c', 'peoples-council'), 'chair']], code: 'role_combination_encouraged', ruleId: 'roles.party-leader-chairs-council', instrumentId: '35-CT/TW (2019)' },
  { name: 'commune deputy secretary chairs the council (CT 45)', asOf: '2025-08-01', posts: [[pc('c', 'party-committee'), 'deputySecretary'], [pc('c', 'peoples-council'), 'chair']], code: 'role_combination_encouraged', ruleId: 'roles.party-leader-chairs-council', instrumentId: '45-CT/TW' },
  { name: 'district secretary chairs the council after CT 45 (district not named)', asOf: '2025-05-01', posts: [[pc('d', 'party-committee'), 'secretary'], [pc('d', 'peoples-council'), 'chair']], code: 'role_combination_unregulated' },
  // NQ 18 pilot: secretary chairs the people's committee
  { name: 'district secretary chairs the committee (pilot)', asOf: '2020-01-01', posts: [[pc('d', 'party-committee'), 'secretary'], [pc('d', 'peoples-committee'), 'chair']], code: 'role_combination_pilot', ruleId: 'roles.secretary-chairs-committee', instrumentId: '18-NQ/TW' },
  { name: 'commune secretary chairs the committee (pilot)', asOf: '2020-01-01', posts: [[pc('c', 'party-committee'), 'secretary'], [pc('c', 'peoples-committee'), 'chair']], code: 'role_combination_pilot', ruleId: 'roles.secretary-chairs-committee', instrumentId: '18-NQ/TW' },
  { name: 'province secretary chairs the committee (not a pilot level)', asOf: '2020-01-01', posts: [[pc('p', 'party-committee'), 'secretary'], [pc('p', 'peoples-committee'), 'chair']], code: 'role_combination_unregulated' },
  { name: 'secretary chairs the committee before NQ 18', asOf: '2017-10-24', posts: [[pc('d', 'party-committee'), 'secretary'], [pc('d', 'peoples-committee'), 'chair']], code: 'role_combination_unregulated' },
  // QĐ 298: commune deputy secretary chairs the committee
  { name: 'commune deputy secretary chairs the committee (QĐ 298)', asOf: '2025-07-01', posts: [[pc('c', 'party-committee'), 'deputySecretary'], [pc('c', 'peoples-committee'), 'chair']], code: 'role_combination_required', ruleId: 'roles.deputy-secretary-chairs-commune-committee', instrumentId: '298-QĐ/TW' },
  { name: 'commune deputy secretary chairs the committee before QĐ 298', asOf: '2025-06-30', posts: [[pc('c', 'party-committee'), 'deputySecretary'], [pc('c', 'peoples-committee'), 'chair']], code: 'role_combination_unregulated' },
  // village: cell secretary with village head (NQ 18 → NĐ 33) and with the Front work committee head (NĐ 33)
  { name: 'cell secretary is village head (NQ 18)', asOf: '2020-01-01', posts: [[pc('v', 'party-cell'), 'secretary'], ['v', 'villageHead']], code: 'role_combination_encouraged', ruleId: 'roles.cell-secretary-village-head', instrumentId: '18-NQ/TW' },
  { name: 'cell secretary is village head (NĐ 33)', asOf: '2023-08-01', posts: [[pc('v', 'party-cell'), 'secretary'], ['v', 'villageHead']], code: 'role_combination_encouraged', ruleId: 'roles.cell-secretary-village-head', instrumentId: '33/2023/NĐ-CP' },
  { name: 'cell secretary heads the Front work committee (NĐ 33)', asOf: '2023-08-01', posts: [[pc('v', 'party-cell'), 'secretary'], [pc('v', 'front-work-committee'), 'frontCommitteeHead']], code: 'role_combination_encouraged', ruleId: 'roles.cell-secretary-front-committee-head', instrumentId: '33/2023/NĐ-CP' },
  { name: 'cell secretary heads the Front work committee before NĐ 33', asOf: '2023-07-31', posts: [[pc('v', 'party-cell'), 'secretary'], [pc('v', 'front-work-committee'), 'frontCommitteeHead']], code: 'role_combination_unregulated' },
  // advisory-board heads
  { name: 'propaganda head directs the training centre', asOf: '2020-01-01', posts: [[pc('d', 'propaganda-board'), 'head'], [pc('d', 'public-service-unit', 'political-training'), 'director']], code: 'role_combination_pilot', ruleId: 'roles.propaganda-head-training-centre', instrumentId: '18-NQ/TW' },
  { name: 'mass mobilisation head chairs the Front (NQ 18, before KL 34)', asOf: '2018-08-06', posts: [[pc('d', 'mass-mobilisation-board'), 'head'], [pc('d', 'fatherland-front'), 'chair']], code: 'role_combination_pilot', ruleId: 'roles.mass-mobilisation-head-chairs-front', instrumentId: '18-NQ/TW' },
  { name: 'mass mobilisation head chairs the Front (KL 34)', asOf: '2018-08-07', posts: [[pc('p', 'mass-mobilisation-board'), 'head'], [pc('p', 'fatherland-front'), 'chair']], code: 'role_combination_pilot', ruleId: 'roles.mass-mobilisation-head-chairs-front', instrumentId: '34-KL/TW' },
  { name: 'mass mobilisation head chairs the Front after 16-TB/TW (kept)', asOf: '2023-01-01', posts: [[pc('d', 'mass-mobilisation-board'), 'head'], [pc('d', 'fatherland-front'), 'chair']], code: 'role_combination_pilot', ruleId: 'roles.mass-mobilisation-head-chairs-front', instrumentId: '34-KL/TW' },
  { name: 'organisation head heads home affairs (KL 34)', asOf: '2022-07-06', posts: [[pc('d', 'organisation-board'), 'head'], [pc('d', 'specialised-agency', 'home-affairs'), 'head']], code: 'role_combination_pilot', ruleId: 'roles.organisation-head-home-affairs-head', instrumentId: '34-KL/TW' },
  { name: 'organisation head heads home affairs after 16-TB/TW', asOf: '2022-07-07', posts: [[pc('d', 'organisation-board'), 'head'], [pc('d', 'specialised-agency', 'home-affairs'), 'head']], code: 'role_combination_unregulated' },
  { name: 'inspection head is chief inspector (KL 34)', asOf: '2019-01-01', posts: [[pc('p', 'inspection-commission'), 'head'], [pc('p', 'inspectorate'), 'head']], code: 'role_combination_pilot', ruleId: 'roles.inspection-head-chief-inspector', instrumentId: '34-KL/TW' },
  { name: 'inspection head is chief inspector after 16-TB/TW', asOf: '2022-07-07', posts: [[pc('p', 'inspection-commission'), 'head'], [pc('p', 'inspectorate'), 'head']], code: 'role_combination_unregulated' },
  // Luật 77/2015 → 72/2025: council standing member on the committee
  { name: 'council chair chairs the committee of the same commune', asOf: '2020-01-01', posts: [[pc('c', 'peoples-council'), 'chair'], [pc('c', 'peoples-committee'), 'chair']], code: 'role_combination_forbidden', ruleId: 'roles.council-standing-not-committee-member', instrumentId: '77/2015/QH13' },
  { name: 'council vice-chair sits on the province committee', asOf: '2020-01-01', posts: [[pc('p', 'peoples-council'), 'viceChair'], [pc('p', 'peoples-committee'), 'member']], code: 'role_combination_forbidden', ruleId: 'roles.council-standing-not-committee-member', instrumentId: '77/2015/QH13' },
  { name: 'council chair chairs the committee (2025 law)', asOf: '2025-08-01', posts: [[pc('c', 'peoples-council'), 'chair'], [pc('c', 'peoples-committee'), 'chair']], code: 'role_combination_forbidden', ruleId: 'roles.council-standing-not-committee-member', instrumentId: '72/2025/QH15' },
  { name: 'commune council chair sits on the district committee (different units)', asOf: '2020-01-01', posts: [[pc('c', 'peoples-council'), 'chair'], [pc('d', 'peoples-committee'), 'member']], code: 'role_combination_unregulated' },
  // NĐ 150/2025: a deputy director of a sở does not head a unit under it
  { name: 'deputy director of a sở heads a unit under the sở', asOf: '2025-07-01', posts: [[pc('p', 'specialised-agency', 'home-affairs'), 'deputyDirector'], ['p.archive', 'director']], code: 'role_combination_forbidden', ruleId: 'roles.department-deputy-not-head-of-attached-unit', instrumentId: '150/2025/NĐ-CP' },
  { name: 'deputy director of a sở heads a unit under it, before NĐ 150', asOf: '2025-06-30', posts: [[pc('p', 'specialised-agency', 'home-affairs'), 'deputyDirector'], ['p.archive', 'director']], code: 'role_combination_unregulated' },
  { name: 'deputy director of a sở heads a unit under another body', asOf: '2025-07-01', posts: [[pc('p', 'specialised-agency', 'home-affairs'), 'deputyDirector'], ['p.museum', 'director']], code: 'role_combination_unregulated' },
];

/** The fixture plus two provincial public service units: one under the home affairs sở, one not. */
function withAttachedUnits(structure: Structure): Structure {
  return {
    ...structure,
    units: [
      ...structure.units,
      { id: 'p.archive', kind: 'public-service-unit', name: { vi: 'Trung tâm Lưu trữ' }, areaId: 'p', parentId: pc('p', 'specialised-agency', 'home-affairs'), from: d('2015-01-01') },
      { id: 'p.museum', kind: 'public-service-unit', name: { vi: 'Bảo tàng' }, areaId: 'p', parentId: pc('p', 'peoples-committee'), from: d('2015-01-01') },
    ],
  };
}

describe.each(PAIR_CASES)('a pair of posts: $name', ({ asOf, posts, code, ruleId, instrumentId }) => {
  const structure = withAttachedUnits(fixture(posts.map(([unit, role]) => hold('x', unit, role))));
  const report = checkConcurrentRoles(structure, { asOf: d(asOf) });
  const mine = report.issues.filter((issue) => issue.personIds?.includes('x'));

  it(`gives ${code}`, () => {
    expect(mine.map((issue) => issue.code)).toEqual([code]);
    expect(mine[0]?.unitIds).toEqual(expect.arrayContaining(posts.map(([unit]) => unit)));
    expect(report.ok).toBe(code !== 'role_combination_forbidden');
  });

  it('names the rule and its citation', () => {
    expect(mine[0]?.ruleId).toBe(ruleId);
    expect(mine[0]?.citation?.instrumentId).toBe(instrumentId);
  });
});
