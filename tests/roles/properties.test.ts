import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Assignment, Structure } from '../../src/model/index.js';
import { ROLE_LIST } from '../../src/model/index.js';
import { checkConcurrentRoles } from '../../src/roles/index.js';
import type { Issue } from '../../src/report/index.js';
import { d, fixture, fixtureUnits } from './fixtures.js';

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
