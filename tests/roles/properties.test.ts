import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Assignment, Structure, Unit } from '../../src/model/index.js';
import { ROLE_LIST } from '../../src/model/index.js';
import { checkAppointment, checkConcurrentRoles, concurrencyCoverage } from '../../src/roles/index.js';
import { quangNinhRolesRules } from '../../src/samples/index.js';
import type { Issue } from '../../src/report/index.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, fixtureUnits, secretaryChairsCommitteeWithTarget } from './fixtures.js';
import { naiveRoleIssues } from './naiveRoles.js';

const UNIT_IDS = fixtureUnits().map((unit) => unit.id);
const DATES = ['2016-01-01', '2018-08-07', '2020-01-01', '2022-07-07', '2023-08-01', '2025-04-14', '2025-07-01', '2026-01-01'];

const assignmentArb: fc.Arbitrary<Assignment> = fc
  .record({
    personId: fc.constantFrom('a', 'b', 'c', 'e'),
    unitId: fc.constantFrom(...UNIT_IDS),
    role: fc.constantFrom(...ROLE_LIST),
    fromIndex: fc.integer({ min: 0, max: DATES.length - 2 }),
    length: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  })
  .map(({ personId, unitId, role, fromIndex, length }) => {
    const to = length === undefined ? undefined : DATES[Math.min(fromIndex + length, DATES.length - 1)];
    return { personId, unitId, role, from: d(DATES[fromIndex] ?? '2016-01-01'), ...(to === undefined ? {} : { to: d(to) }) };
  });

const asOfArb = fc.constantFrom(...DATES.map(d));

const involves = (issue: Issue, personId: string, unitIds: ReadonlySet<string>) =>
  (issue.personIds ?? []).includes(personId) || (issue.unitIds ?? []).some((id) => unitIds.has(id));

describe('checkConcurrentRoles: properties', () => {
  test.prop([fc.array(assignmentArb, { maxLength: 14 }), asOfArb])(
    'does not depend on the order of assignments',
    (assignments, asOf) => {
      const structure = fixture(assignments);
      const reversed: Structure = { ...structure, assignments: [...assignments].reverse() };
      const rotated: Structure = { ...structure, assignments: [...assignments.slice(3), ...assignments.slice(0, 3)] };
      const expected = checkConcurrentRoles(structure, { asOf });
      expect(checkConcurrentRoles(reversed, { asOf })).toEqual(expected);
      expect(checkConcurrentRoles(rotated, { asOf })).toEqual(expected);
    },
  );

  test.prop([fc.array(assignmentArb, { maxLength: 12 }), fc.array(assignmentArb, { minLength: 1, maxLength: 6 }), asOfArb])(
    'adding an unrelated person (in another province) changes nothing for the others',
    (assignments, strangerPosts, asOf) => {
      const structure = fixture(assignments);
      const strangerUnits = fixtureUnits('other-');
      const stranger = strangerPosts.map((assignment) => ({ ...assignment, personId: 'stranger', unitId: `other-${assignment.unitId}` }));
      const extended: Structure = {
        units: [...structure.units, ...strangerUnits],
        people: [...structure.people, { id: 'stranger', name: 'Stranger' }],
        assignments: [...stranger.slice(0, 1), ...structure.assignments, ...stranger.slice(1)],
      };
      const strangerUnitIds = new Set(strangerUnits.map((unit) => unit.id));
      const others = checkConcurrentRoles(extended, { asOf }).issues.filter((issue) => !involves(issue, 'stranger', strangerUnitIds));
      expect(others).toEqual(checkConcurrentRoles(structure, { asOf }).issues);
    },
  );

  test.prop([fc.array(assignmentArb, { maxLength: 14 }), asOfArb])('is ok exactly when no issue is an error', (assignments, asOf) => {
    const report = checkConcurrentRoles(fixture(assignments), { asOf });
    expect(report.ok).toBe(!report.issues.some((issue) => issue.severity === 'error'));
    for (const issue of report.issues) {
      if (issue.code.startsWith('role_combination_') && issue.code !== 'role_combination_missing') {
        expect(issue.personIds).toHaveLength(1);
        expect(issue.unitIds).toHaveLength(2);
      }
    }
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Local rules that exercise what the default rulebook barely does: a reach, three posts, a parent link, a target. */
const localRules: Rule[] = [
  secretaryChairsCommitteeWithTarget('required'),
  {
    id: 'local.within-c',
    type: 'role-combination',
    topic: 'roles',
    title: { vi: 'Trong xã C', en: 'Inside commune C' },
    versions: [
      {
        from: d('2016-01-01'),
        strength: 'forbidden',
        params: {
          posts: [
            { roles: ['head', 'chair'], unitKinds: ['fatherland-front', 'mass-mobilisation-board'] },
            { roles: ['chair', 'viceChair'], unitKinds: ['peoples-committee', 'peoples-council'] },
            { roles: ['villageHead', 'secretary'], unitKinds: ['village', 'party-cell'] },
          ],
          sameArea: false,
          levels: ['district', 'commune', 'village'],
          withinAreaIds: ['c'],
          secondUnderFirst: true,
        },
        citation: { instrumentId: '12-CT/TU (Quảng Ninh)' },
      },
    ],
  },
];
const rulebook = extendRulebook(defaultRulebook, { rules: [...quangNinhRolesRules, ...localRules] });

type Selector = { readonly roles: readonly Assignment['role'][]; readonly unitKinds: readonly Unit['kind'][]; readonly sectors?: readonly string[] };

/** Units attached to the provincial home affairs sở and to the people's committee (NĐ 150's parent link). */
const attachedUnits: Unit[] = [
  { id: 'p.archive', kind: 'public-service-unit', name: { vi: 'Trung tâm Lưu trữ' }, areaId: 'p', parentId: 'p.specialised-agency.home-affairs', from: d('2015-01-01') },
  { id: 'p.museum', kind: 'public-service-unit', name: { vi: 'Bảo tàng' }, areaId: 'p', parentId: 'p.peoples-committee', from: d('2015-01-01') },
  { id: 'v.cell-2', kind: 'party-cell', name: { vi: 'Chi bộ 2' }, areaId: 'v', parentId: 'c.party-committee', from: d('2015-01-01') },
];

/** Posts some rule speaks of, in the fixture's units (so that random people hold combinations the rules name). */
const RULED_POSTS = (() => {
  const selectors = rulebook.rules.flatMap((rule) =>
    rule.versions.flatMap((version) => {
      const params = version.params as { posts?: readonly Selector[]; appliesTo?: readonly Selector[]; keyPosts?: readonly Selector[] };
      return [...(params.posts ?? []), ...(params.appliesTo ?? []), ...(params.keyPosts ?? [])];
    }),
  );
  const posts = new Map<string, { unitId: string; role: Assignment['role'] }>();
  for (const unit of [...fixtureUnits(), ...attachedUnits]) {
    const sector = (unit as { sector?: string }).sector;
    for (const selector of selectors) {
      if (!selector.unitKinds.includes(unit.kind) || (selector.sectors !== undefined && (sector === undefined || !selector.sectors.includes(sector)))) continue;
      for (const role of selector.roles) posts.set(`${unit.id}/${role}`, { unitId: unit.id, role });
    }
  }
  return [...posts.values()];
})();

const ruledAssignmentArb: fc.Arbitrary<Assignment> = fc
  .record({ personId: fc.constantFrom('a', 'b'), post: fc.constantFrom(...RULED_POSTS), fromIndex: fc.integer({ min: 0, max: 2 }) })
  .map(({ personId, post, fromIndex }) => ({ personId, unitId: post.unitId, role: post.role, from: d(DATES[fromIndex] ?? '2016-01-01') }));

describe('roles: more properties', () => {
  test.prop([fc.array(ruledAssignmentArb, { maxLength: 10 }), asOfArb], { numRuns: 300 })('agree with a naive reading of the rules (every pair against every rule)', (assignments, asOf) => {
    const base = fixture(assignments);
    const structure = { ...base, units: [...base.units, ...attachedUnits] };
    const issues = checkConcurrentRoles(structure, { asOf, rulebook, perPersonLimit: Number.MAX_SAFE_INTEGER }).issues;
    const fingerprints = issues
      .filter((issue) => issue.code.startsWith('role_combination_'))
      .map((issue) => `${issue.code}|${issue.personIds?.[0] ?? ''}|${(issue.unitIds ?? []).join(',')}|${issue.ruleId ?? ''}`)
      .map((fingerprint) => (fingerprint.startsWith('role_combination_missing') ? fingerprint.replace(/\|([^|,]+)(,[^|]*)?\|/, '|$1|') : fingerprint))
      .sort();
    expect(fingerprints).toEqual(naiveRoleIssues(structure, rulebook, asOf));
  });

  test.prop([fc.array(assignmentArb, { maxLength: 12 }), asOfArb, assignmentArb])('never change their input (a frozen structure and frozen options go through)', (assignments, asOf, proposed) => {
    const structure = deepFreeze(fixture(assignments));
    const copy = structuredClone(structure);
    const frozenRulebook = deepFreeze(extendRulebook(defaultRulebook, { rules: localRules }));
    checkConcurrentRoles(structure, deepFreeze({ asOf, rulebook: frozenRulebook }));
    checkAppointment(structure, deepFreeze({ personId: proposed.personId, unitId: proposed.unitId, role: proposed.role, from: asOf }), deepFreeze({ rulebook: frozenRulebook }));
    for (const rule of ['roles.secretary-chairs-committee', 'local.secretary-chairs-committee-target']) {
      concurrencyCoverage(structure, deepFreeze({ rule, level: 'commune' as const, asOf, within: 'p', rulebook: frozenRulebook }));
    }
    expect(structure).toEqual(copy);
  });
});
