import { describe, expect, it } from 'vitest';
import type { Structure } from '../../src/model/index.js';
import { createIssue } from '../../src/report/createIssue.js';
import { checkAppointment, checkConcurrentRoles } from '../../src/roles/index.js';
import { comparePosts, findHeldPosts, type HeldPost } from '../../src/roles/HeldPost.js';
import { createRolesContext } from '../../src/roles/RolesContext.js';
import { sortIssues } from '../../src/roles/sortIssues.js';
import { defaultRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

describe('findHeldPosts: identical assignments', () => {
  it('keeps both copies of a duplicated assignment, with equal keys, in input order', () => {
    const structure = fixture([hold('x', unitId('c', 'peoples-committee'), 'chair'), hold('x', unitId('c', 'peoples-committee'), 'chair')]);
    const context = createRolesContext(structure, defaultRulebook, d('2020-01-01'));
    const posts = findHeldPosts(context.index, context.asOf, structure.assignments);
    expect(posts.map((post) => post.unit.id)).toEqual(['c.peoples-committee', 'c.peoples-committee']);
    // equal in the canonical order (the sort is stable, so input order decides)
    expect(comparePosts(posts[0] as HeldPost, posts[1] as HeldPost)).toBe(0);
    expect(posts[0]?.assignment).toBe(structure.assignments[0]);
    // two ranks of one body are not a combination: nothing to report
    expect(checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues).toEqual([]);
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

describe('sortIssues: ties and issues without units', () => {
  it('puts an issue without units before one with units, and keeps equal issues', () => {
    const noUnits = createIssue('role_combination_unregulated', { personIds: ['x'] });
    const withUnitIds = createIssue('role_combination_unregulated', { personIds: ['x'], unitIds: ['a'] });
    const error = createIssue('role_combination_forbidden', { personIds: ['z'], unitIds: ['b'] });
    const sorted = sortIssues([withUnitIds, noUnits, error, noUnits]);
    expect(sorted).toEqual([error, noUnits, noUnits, withUnitIds]);
  });
});
