import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Assignment, Structure, Unit } from '../../src/model/index.js';
import type { Issue } from '../../src/report/index.js';
import { checkAppointment, checkConcurrentRoles } from '../../src/roles/index.js';
import { d, FROM, fixture, fixtureUnits, hold, unitId } from './fixtures.js';

const asOf = d('2020-01-01');

/** A province with `n` communes, each with a people's council and committee. */
function communes(n: number): Unit[] {
  const units: Unit[] = [{ id: 'p', kind: 'province', name: { vi: 'Tỉnh P', en: 'P province' }, from: FROM }];
  for (let i = 0; i < n; i += 1) {
    const id = `c${String(i).padStart(4, '0')}`;
    units.push(
      { id, kind: 'commune', name: { vi: `Xã ${i}`, en: `Commune ${i}` }, parentId: 'p', from: FROM },
      { id: `${id}.council`, kind: 'peoples-council', name: { vi: `HĐND xã ${i}` }, areaId: id, from: FROM },
      { id: `${id}.committee`, kind: 'peoples-committee', name: { vi: `UBND xã ${i}` }, areaId: id, from: FROM },
    );
  }
  return units;
}

/** A placeholder person ("vacant") chairing the people's committee of each of `n` communes. */
function placeholder(n: number): Structure {
  const assignments: Assignment[] = [];
  for (let i = 0; i < n; i += 1) assignments.push(hold('vacant', `c${String(i).padStart(4, '0')}.committee`, 'chair'));
  return { units: communes(n), people: [{ id: 'vacant', name: 'Chưa bố trí' }], assignments };
}

const count = (issues: readonly Issue[], code: string) => issues.filter((issue) => issue.code === code).length;
const leftOut = (issues: readonly Issue[], code: string) =>
  issues.find((issue) => issue.code === 'role_combinations_left_out' && issue.params?.['leftOutCode'] === code);

describe('a person holding many posts: a bounded report', () => {
  it('lists 20 of the 19,900 combinations of 200 posts and counts the rest in one issue', () => {
    const report = checkConcurrentRoles(placeholder(200), { asOf });
    expect(report.ok).toBe(true);
    expect(report.issues).toHaveLength(21);
    expect(count(report.issues, 'role_combination_unregulated')).toBe(20);
    const rest = leftOut(report.issues, 'role_combination_unregulated');
    expect(rest).toMatchObject({
      severity: 'warning',
      personIds: ['vacant'],
      params: { count: 19_900 - 20, shown: 20, personId: 'vacant', asOf: '2020-01-01' },
    });
    expect(rest?.message.en).toBe(
      'Chưa bố trí (vacant) has 19,880 more combinations of the kind "no rule speaks of" on 2020-01-01; only the first 20 are listed one by one',
    );
    expect(rest?.message.vi).toBe(
      'Chưa bố trí (vacant) còn 19.880 tổ hợp chức danh khác thuộc loại "không quy định nào nói tới" vào ngày 2020-01-01; chỉ 20 tổ hợp đầu tiên được liệt kê riêng',
    );
    // the listed ones are the first pairs in the canonical order
    expect(report.issues[0]?.unitIds).toEqual(['c0000.committee', 'c0001.committee']);
    expect(report.issues[19]?.unitIds).toEqual(['c0000.committee', 'c0020.committee']);
  });

  // A test of scale: under mutation (TINH_GON_MUTATION) the 200 posts above cover the same code; instrumented, this one passes 5 s.
  it.skipIf(process.env.TINH_GON_MUTATION === '1')('answers for a placeholder holding 2,000 posts (1,999,000 pairs) with a handful of issues', () => {
    const report = checkConcurrentRoles(placeholder(2000), { asOf });
    expect(report.issues).toHaveLength(21);
    expect(leftOut(report.issues, 'role_combination_unregulated')?.params?.['count']).toBe(1_999_000 - 20);
    expect(JSON.stringify(report).length).toBeLessThan(20_000);
  });

  it('keeps forbidden combinations errors when they are counted, not listed (ok stays false)', () => {
    // council chair and committee chair of each of 30 communes: 30 forbidden pairs, the rest unregulated
    const structure = placeholder(30);
    const both: Structure = {
      ...structure,
      assignments: [...structure.assignments, ...structure.assignments.map((assignment) => ({ ...assignment, unitId: assignment.unitId.replace('.committee', '.council') }))],
    };
    const report = checkConcurrentRoles(both, { asOf, perPersonLimit: 5 });
    expect(report.ok).toBe(false);
    expect(count(report.issues, 'role_combination_forbidden')).toBe(5);
    expect(leftOut(report.issues, 'role_combination_forbidden')).toMatchObject({ severity: 'error', params: { count: 25, shown: 5 } });
    // the count names its kind by the rule's strength, not as unregulated
    expect(leftOut(report.issues, 'role_combination_forbidden')?.params?.['kind']).toEqual({ vi: 'bị cấm', en: 'forbidden' });
    expect(leftOut(report.issues, 'role_combination_forbidden')?.message.en).toContain('more combinations of the kind "forbidden"');
    // 60 posts: 1,770 pairs, 30 of them forbidden
    expect(leftOut(report.issues, 'role_combination_unregulated')?.params?.['count']).toBe(1770 - 30 - 5);
    // errors first: the five forbidden pairs, then the count of the others
    expect(report.issues.slice(0, 6).map((issue) => issue.code)).toEqual([
      ...Array(5).fill('role_combination_forbidden'),
      'role_combinations_left_out',
    ]);
    // a severity filter keeps the counted errors and drops the counted warnings
    const errorsOnly = checkConcurrentRoles(both, { asOf, perPersonLimit: 5, minSeverity: 'error' });
    expect(errorsOnly.issues).toEqual(report.issues.filter((issue) => issue.severity === 'error'));
  });

  it('with perPersonLimit 0 only counts', () => {
    const report = checkConcurrentRoles(placeholder(3), { asOf, perPersonLimit: 0 });
    expect(report.issues.map((issue) => [issue.code, issue.params?.['count']])).toEqual([['role_combinations_left_out', 3]]);
  });

  it('bounds an appointment the same way', () => {
    const report = checkAppointment(placeholder(50), { personId: 'vacant', unitId: 'p', role: 'villageHead', from: asOf }, { perPersonLimit: 3 });
    expect(count(report.issues, 'role_combination_unregulated')).toBe(3);
    expect(leftOut(report.issues, 'role_combination_unregulated')?.params?.['count']).toBe(47);
  });

  it('names at most ten key posts in a cap message and counts the rest', () => {
    // the secretary of twelve provincial party committees: twelve key posts, two allowed (CT 45)
    const units = Array.from({ length: 12 }, (_, i) => fixtureUnits(`x${String(i).padStart(2, '0')}-`)).flat();
    const assignments = Array.from({ length: 12 }, (_, i) => hold('z', unitId(`x${String(i).padStart(2, '0')}-p`, 'party-committee'), 'secretary'));
    const report = checkConcurrentRoles({ units, people: [], assignments }, { asOf: d('2025-05-01') });
    const cap = report.issues.find((issue) => issue.code === 'role_cap_exceeded');
    expect(cap?.params?.['count']).toBe(12);
    expect(cap?.unitIds).toHaveLength(12);
    const posts = cap?.params?.['posts'] as { vi: string; en: string };
    expect(posts.en.split('; ')).toHaveLength(11);
    expect(posts.en).toMatch(/; … and 2 more$/);
    expect(posts.vi).toMatch(/; … và 2 chức danh khác$/);
  });
});

/** Posts of one person in the fixture's units: any unit, any role. */
const postsArb = fc.uniqueArray(
  fc.record({ unit: fc.constantFrom(...fixtureUnits().map((unit) => unit.id)), role: fc.constantFrom('secretary', 'chair', 'viceChair', 'head', 'villageHead', 'deputySecretary', 'director', 'frontCommitteeHead' as const) }),
  { selector: ({ unit, role }) => `${unit}/${role}`, maxLength: 30 },
);

describe('bounded reports: properties', () => {
  test.prop([postsArb, fc.integer({ min: 0, max: 4 }), fc.constantFrom(d('2020-01-01'), d('2025-07-01'))])(
    'listed + counted = every issue an unlimited report gives, code by code; the listed ones come first',
    (posts, limit, date) => {
      const structure = fixture(posts.map(({ unit, role }) => hold('x', unit, role)));
      const all = checkConcurrentRoles(structure, { asOf: date, perPersonLimit: Number.MAX_SAFE_INTEGER }).issues;
      const bounded = checkConcurrentRoles(structure, { asOf: date, perPersonLimit: limit }).issues;
      for (const code of new Set(all.map((issue) => issue.code))) {
        if (!code.startsWith('role_combination_') || code === 'role_combination_missing') continue;
        const everyOne = all.filter((issue) => issue.code === code);
        const listed = bounded.filter((issue) => issue.code === code);
        expect(listed).toEqual(everyOne.slice(0, limit));
        expect(listed.length + Number(leftOut(bounded, code)?.params?.['count'] ?? 0)).toBe(everyOne.length);
      }
      // every other issue is the same
      const other = (issues: readonly Issue[]) => issues.filter((issue) => !issue.code.startsWith('role_combination') || issue.code === 'role_combination_missing');
      expect(other(bounded)).toEqual(other(all));
    },
  );

  test.prop([fc.integer({ min: 2, max: 120 })], { numRuns: 25 })('the issues for k posts grow at most linearly in k (here: bounded)', (k) => {
    const issues = checkConcurrentRoles(placeholder(k), { asOf }).issues;
    // one code: at most 20 listed and one count
    expect(issues.length).toBeLessThanOrEqual(21);
    expect(issues.length).toBeLessThanOrEqual(k * (k - 1));
    const counted = Number(leftOut(issues, 'role_combination_unregulated')?.params?.['count'] ?? 0);
    expect(count(issues, 'role_combination_unregulated') + counted).toBe((k * (k - 1)) / 2);
  });
});
