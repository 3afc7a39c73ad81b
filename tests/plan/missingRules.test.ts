import { describe, expect, it } from 'vitest';
import { defaultRulebook, type Rule } from '../../src/rules/index.js';
import { camPhaFixture, planOn, twoProvinces } from './fixtures.js';
import { patchUnits, withoutRules, withRules } from './support/editFixtures.js';
import { issuesOf } from './support/issues.js';

const ON = '2019-06-01';

describe('validatePlan — a rule not in force on the date is reported, and its check skipped', () => {
  it('reports a rulebook without the area hierarchy as an error and skips the parent-kind checks it needs', () => {
    const rulebook = withoutRules(defaultRulebook, 'structure.area-hierarchy');
    // A district absorbing a commune would leave the commune's villages under a district.
    const plan = planOn(ON, { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    const issues = issuesOf(camPhaFixture(), plan, rulebook);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.ruleId])).toEqual([
      ['rule_unknown', 'error', 'structure.area-hierarchy'],
    ]);
  });

  it('reports a quota above the sources without a basis when no such rule is in force yet', () => {
    const plan = planOn('2016-06-01', {
      type: 'merge',
      sourceIds: ['thanh-tra'],
      targetId: 'phong-nv',
      staffing: { quota: { civilServant: 20 }, actual: { civilServant: 17 } },
    });
    const issues = issuesOf(camPhaFixture(), plan);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.ruleId])).toEqual([
      ['rule_not_in_force', 'warning', 'merge.quota-not-above-sources'],
      ['plan_quota_above_sources', 'error', undefined],
    ]);
    expect(issues[1]?.citation).toBeUndefined();
    expect(issues[1]?.params).toEqual({ unitId: 'phong-nv', quota: 20, category: 'civilServant', sourcesQuota: 17 });
  });

  it('warns that no area standard was in force before NQ 1211/2016 and judges nothing', () => {
    const communes = patchUnits(twoProvinces('plains'), { 'xa-b': { population: 300 } });
    const issues = issuesOf(communes, planOn('2015-06-01', { type: 'merge', sourceIds: ['xa-b'], targetId: 'xa-a' }));
    expect(issues.map((issue) => [issue.code, issue.severity, issue.ruleId])).toEqual([
      ['rule_not_in_force', 'warning', 'merge.admin-unit-standard'],
    ]);
  });

  it('requires nothing by a direction given as a multiple of a standard the rulebook lacks, and says the standard is missing', () => {
    // NQ 76/2025 Art. 5 asks a merged plains commune for 200% of the population standard: with no commune line, there is nothing to double
    const standard = defaultRulebook.rules.find((rule) => rule.id === 'merge.admin-unit-standard') as Rule;
    const withoutCommunes = {
      ...standard,
      versions: standard.versions.map((version) => ({
        ...version,
        params: { lines: (version.params as { lines: { kinds: string[] }[] }).lines.filter((line) => !line.kinds.includes('commune')) },
      })),
    } as unknown as Rule;
    const plan = planOn('2025-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' });
    const issues = issuesOf(camPhaFixture(), plan, withRules(defaultRulebook, withoutCommunes));
    expect(issues.map((issue) => [issue.code, issue.severity, issue.unitIds])).toEqual([['plan_admin_standard_not_found', 'info', ['x-ch']]]);
  });
});
