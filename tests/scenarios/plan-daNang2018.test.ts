import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import { findUnitsInForce } from '../../src/model/index.js';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import { checkDeputies, type DeputyUnit } from '../../src/staffing/index.js';
import { daNang2018, daNangPlan2018 } from './fixtures/daNang2018.js';

/*
 * Đà Nẵng, 2018-01-16 (cases.md §4): fewer internal units, fewer deputies, offices merged,
 * measured against the deputy limits of the date. The department and its figures are
 * illustrative (the report names none); what is real is the law each date brings. The deputy
 * limits of NĐ 24/2014 and NĐ 37/2014, in force in 2018, are not in the rulebook: the domain notes
 * give no numbers for them, so on a 2018 date the library says the limit is not known instead of
 * guessing (docs/rulebook.md).
 */

describe('Đà Nẵng 2018: the plan (two divisions into one, the two offices into one)', () => {
  it('passes on 2018-07-01: the offices and divisions are of one family and one area', () => {
    const report = validatePlan(daNang2018, daNangPlan2018('2018-07-01'));
    expect(report.ok).toBe(true);
    expect(report.issues.filter((issue) => issue.severity !== 'info').map((issue) => [issue.code, issue.params?.['ruleId']])).toEqual([
      ['rule_not_in_force', 'merge.deputy-grace-period'],
    ]);
  });

  it.each([
    // the merged division holds both deputies (2 > the largest source's 1): allowed at the merger; a deadline only from NQ 76/2025
    ['2018-07-01', null],
    ['2025-04-14', null],
    ['2025-04-15', '2030-04-15'],
  ])('on %s the merged division may keep its deputies, to comply by %s', (on, deadline) => {
    const issue = validatePlan(daNang2018, daNangPlan2018(on)).issues.find((item) => item.code === 'plan_deputies_may_exceed');
    expect(issue?.params).toEqual({ unitId: 'phong-xdcq-cchc', deputies: 2, maxBefore: 1, deadline });
  });

  it('leaves fewer internal units and fewer offices, and keeps every post', () => {
    const applied = applyPlan(daNang2018, daNangPlan2018('2018-07-01'));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const count = (structure: typeof daNang2018, asOf: string, kind: string, sector?: string) =>
      findUnitsInForce(structure, isoDate(asOf)).filter((unit) => unit.kind === kind && (sector === undefined || (unit as { sector?: string }).sector === sector)).length;
    expect([count(daNang2018, '2018-06-30', 'government-office'), count(applied.value.structure, '2018-07-01', 'government-office')]).toEqual([2, 1]);
    // the department and its divisions, home affairs
    expect([count(daNang2018, '2018-06-30', 'specialised-agency', 'home-affairs'), count(applied.value.structure, '2018-07-01', 'specialised-agency', 'home-affairs')]).toEqual([4, 3]);
    const deputiesOn = (asOf: string) =>
      applied.value.structure.assignments.filter((post) => post.from <= asOf && (post.to === undefined || asOf < post.to) && (post.role === 'deputyHead' || post.role === 'deputyDirector')).length;
    // four deputy directors and four division deputies, moved with their divisions
    expect(deputiesOn('2018-07-01')).toBe(8);
  });
});

describe('Đà Nẵng 2018: its deputies against the limits of each date', () => {
  /** The divisions after the plan: the merged one (9 civil servants, 2 deputies) and Tổ chức cán bộ (8, 2). */
  const divisions: DeputyUnit[] = [
    { unitId: 'phong-xdcq-cchc', staff: 9, deputies: 2 },
    { unitId: 'phong-tccb', staff: 8, deputies: 2 },
  ];
  const department: DeputyUnit[] = [{ unitId: 'so-noi-vu', staff: 17, deputies: 4 }];

  it.each([
    // NĐ 24/2014 and 37/2014 (2018): no numbers in the sources, so no version: not known
    ['2018-07-01', 'class-1', null, null],
    // the day before NĐ 107/2020 took effect
    ['2020-11-24', 'class-1', null, null],
    // NĐ 107/2020, a class I city: under 9 civil servants 1 deputy, 9–14 two; an average of 3 deputy directors
    ['2020-11-25', 'class-1', [['phong-tccb', 2, 1]], [['so-noi-vu', 4, 3]]],
    // NĐ 150/2025: under 10 one deputy, whatever the class
    ['2025-07-01', 'all', [['phong-xdcq-cchc', 2, 1], ['phong-tccb', 2, 1]], [['so-noi-vu', 4, 3]]],
  ] as const)('on %s (%s)', (asOf, variant, divisionExcess, departmentExcess) => {
    const excess = (result: ReturnType<typeof checkDeputies>) =>
      result.ok ? result.issues.filter((issue) => issue.code === 'deputies_above_limit').map((issue) => [issue.params?.['unitId'], issue.params?.['deputies'], issue.params?.['limit']]) : null;
    const divisionCheck = checkDeputies(divisions, { scope: 'department-division', variant, asOf: isoDate(asOf) });
    const departmentCheck = checkDeputies(department, { scope: 'department', asOf: isoDate(asOf) });
    expect(excess(divisionCheck)).toEqual(divisionExcess);
    expect(excess(departmentCheck)).toEqual(departmentExcess);
    if (!divisionCheck.ok) expect(divisionCheck.issues.map((issue) => [issue.code, issue.params?.['ruleId']])).toEqual([['rule_not_in_force', 'norms.deputies.department-division']]);
  });
});
