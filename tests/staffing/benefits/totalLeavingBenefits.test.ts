import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import { defaultRulebook } from '../../../src/rules/index.js';
import { type Leaver, totalLeavingBenefits } from '../../../src/staffing/index.js';
import { expectFailure, flat } from '../support/result.js';

const SALARY = 10_000_000;
const reorganised = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: SALARY,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
} as const satisfies Partial<Leaver>;

describe('totalLeavingBenefits', () => {
  it('adds the people up and keeps every issue', () => {
    const people: Leaver[] = [
      { ...reorganised, personId: 'a', monthsToRetirement: 36, insuranceMonths: 300 },
      { ...reorganised, personId: 'b', monthsToRetirement: 84, insuranceMonths: 360 },
      { kind: 'resignation', personId: 'c', category: 'civilServant', monthlySalary: SALARY, leavingDate: isoDate('2025-06-01'), decisionDate: isoDate('2025-04-01'), insuranceMonths: 144 },
      { ...reorganised, personId: 'd', monthsToRetirement: 47, insuranceMonths: 240 },
    ];
    const result = flat(totalLeavingBenefits(people, { rulebook: defaultRulebook }));
    expect(result.salaryMonths).toBe('286.5');
    expect(result.total).toBe(2_865_000_000);
    expect(result.people.map((person) => person.personId)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.issues.map((issue) => issue.code)).toEqual(['benefit_part_year_dropped']);
    expect(result.ok).toBe(true);
    expect(flat(totalLeavingBenefits([])).total).toBe(0);
  });
});

describe('totalLeavingBenefits: a budget only when every leaver has one', () => {
  it('fails when one leaver lacks a decision date, keeping every issue with the leaver’s index in its path', () => {
    const { decisionDate: _omit, ...undated } = reorganised;
    const people: Leaver[] = [
      { ...reorganised, personId: 'a', monthsToRetirement: 47, insuranceMonths: 240 },
      { ...undated, personId: 'b', monthsToRetirement: 36, insuranceMonths: 300 },
    ];
    const result = totalLeavingBenefits(people);
    expect('total' in result).toBe(false);
    const issues = expectFailure(result);
    expect(issues.map((issue) => [issue.code, issue.path, issue.personIds])).toEqual([
      ['benefit_part_year_dropped', [0], undefined],
      ['benefit_missing_input', [1], ['b']],
    ]);
  });

  it('fails when one leaver is not in any regime on the leaving date', () => {
    const result = totalLeavingBenefits([{ ...reorganised, leavingDate: isoDate('2024-12-31'), monthsToRetirement: 36, insuranceMonths: 300 }]);
    expect(expectFailure(result).map((issue) => [issue.code, issue.path])).toEqual([['rule_not_in_force', [0]]]);
  });

  it('sums the salary-months and the đồng of every person exactly', () => {
    const people: Leaver[] = Array.from({ length: 7 }, (_, index) => ({ ...reorganised, monthlySalary: 10_000_001 + index, monthsToRetirement: 36, insuranceMonths: 303 }));
    const result = flat(totalLeavingBenefits(people, { rounding: 'up' }));
    // 58.75 salary-months each; each line rounded up on its own
    expect(result.salaryMonths).toBe('411.25');
    expect(result.total).toBe(result.people.reduce((sum, person) => sum + person.total, 0));
    expect(result.people.map((person) => person.lines[2]?.amount)).toEqual(people.map((person) => Math.ceil((person.monthlySalary * 775) / 100)));
  });
});
