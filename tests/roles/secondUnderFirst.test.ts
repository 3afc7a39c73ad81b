import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { checkConcurrentRoles } from '../../src/roles/index.js';
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
