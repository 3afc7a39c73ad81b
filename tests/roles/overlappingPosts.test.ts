import { describe, expect, it } from 'vitest';
import { checkConcurrentRoles, concurrencyCoverage } from '../../src/roles/index.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

/** A caller's rule whose two posts are the same kind of post: the head of one advisory board heads another. */
const boards = ['mass-mobilisation-board', 'propaganda-board', 'organisation-board'] as const;
const twoBoards = (strength: 'pilot' | 'required'): Rule => ({
  id: 'local.head-of-two-boards',
  type: 'role-combination',
  topic: 'roles',
  title: { vi: 'Trưởng ban kiêm trưởng ban khác', en: 'The head of one board heads another' },
  versions: [
    {
      from: d('2019-01-01'),
      strength,
      params: {
        posts: [
          { roles: ['head'], unitKinds: [...boards] },
          { roles: ['head'], unitKinds: [...boards] },
        ],
        sameArea: true,
        levels: ['district'],
      },
      citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
    },
  ],
});

describe('a rule whose posts overlap (same role and unit kinds)', () => {
  it('checkConcurrentRoles speaks of a person heading two boards', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [twoBoards('pilot')] });
    const structure = fixture([hold('x', unitId('d', 'propaganda-board'), 'head'), hold('x', unitId('d', 'organisation-board'), 'head')]);
    const issues = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues;
    expect(issues.map((issue) => [issue.code, issue.ruleId])).toEqual([['role_combination_pilot', 'local.head-of-two-boards']]);
  });

  it('concurrencyCoverage counts a district as covered when one person heads two boards', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [twoBoards('pilot')] });
    const structure = fixture([hold('x', unitId('d', 'propaganda-board'), 'head'), hold('x', unitId('d', 'organisation-board'), 'head')]);
    const coverage = concurrencyCoverage(structure, { rule: 'local.head-of-two-boards', level: 'district', asOf: d('2020-01-01'), rulebook });
    expect(coverage.ok && [coverage.value.covered, coverage.value.holders]).toEqual([1, { d: ['x'] }]);
  });

  // Found by this test, then fixed: findAreaCombination once ORed the selector masks of each assignment, so one post that fits both
  // selectors fills the mask alone. A combination (kiêm nhiệm) is one person holding two posts at once
  // (rolesParams: "one person holding two (or more) posts"; legal-facts §1, NQ 18-NQ/TW III.2), and
  // checkConcurrentRoles (checkPersonCombinations) rightly needs two different units. Correct: a district where x heads
  // only the propaganda board is NOT covered (covered 0, uncoveredUnitIds ['d']).
  it('concurrencyCoverage does not count one post as a combination of two', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [twoBoards('pilot')] });
    const structure = fixture([hold('x', unitId('d', 'propaganda-board'), 'head')]);
    const coverage = concurrencyCoverage(structure, { rule: 'local.head-of-two-boards', level: 'district', asOf: d('2020-01-01'), rulebook });
    expect(coverage.ok && [coverage.value.covered, coverage.value.uncoveredUnitIds]).toEqual([0, ['d']]);
  });

  // The same root cause: a required combination is taken as held by a person with one post, so the
  // role_combination_missing warning is lost. Correct: one warning for area d.
  it('checkConcurrentRoles warns that the required combination is missing when x holds one post', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [twoBoards('required')] });
    const structure = fixture([hold('x', unitId('d', 'propaganda-board'), 'head')]);
    const missing = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues.filter(
      (issue) => issue.code === 'role_combination_missing',
    );
    expect(missing.map((issue) => issue.params?.['areaId'])).toEqual(['d']);
  });
});
