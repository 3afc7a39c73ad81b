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

describe('a rule where one body fits both posts and another only the first', () => {
  // post 0: head of the propaganda or the organisation board; post 1: head of the organisation board.
  // Taking the organisation board for post 0 leaves nothing for post 1: the matching must go back
  // and give post 0 to the propaganda board.
  const rule = (strength: 'pilot' | 'required'): Rule => ({
    id: 'local.board-and-organisation',
    type: 'role-combination',
    topic: 'roles',
    title: { vi: 'Trưởng ban kiêm trưởng ban tổ chức', en: 'A board head also heads the organisation board' },
    versions: [
      {
        from: d('2019-01-01'),
        strength,
        params: {
          posts: [
            { roles: ['head'], unitKinds: ['organisation-board', 'propaganda-board'] },
            { roles: ['head'], unitKinds: ['organisation-board'] },
          ],
          sameArea: true,
          levels: ['district'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
      },
    ],
  });
  // the organisation board comes first in the input, so it is tried first for post 0
  const structure = fixture([hold('x', unitId('d', 'organisation-board'), 'head'), hold('x', unitId('d', 'propaganda-board'), 'head')]);

  it('counts the district as covered', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [rule('pilot')] });
    const coverage = concurrencyCoverage(structure, { rule: 'local.board-and-organisation', level: 'district', asOf: d('2020-01-01'), rulebook });
    expect(coverage.ok && [coverage.value.covered, coverage.value.holders]).toEqual([1, { d: ['x'] }]);
  });

  it('does not warn that the required combination is missing', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [rule('required')] });
    const codes = checkConcurrentRoles(structure, { asOf: d('2020-01-01'), rulebook }).issues.map((issue) => issue.code);
    expect(codes).toEqual(['role_combination_required']);
  });
});
