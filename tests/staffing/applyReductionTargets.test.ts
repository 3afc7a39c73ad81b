import { describe, expect, it } from 'vitest';
import { defaultRulebook, validateRulebook } from '../../src/rules/index.js';
import { applyReductionTargets } from '../../src/staffing/index.js';
import { isoDate } from '../../src/core/index.js';

const staffing = { cadre: 12, civilServant: 98, publicEmployee: 412, nonProfessional: 300 };

describe('applyReductionTargets', () => {
  it.each([
    ['2016-01-01', [['staffing.target.2015-2021', 522, 53, '39-NQ/TW']]],
    [
      '2018-01-01',
      [
        ['staffing.target.2015-2021', 522, 53, '18-NQ/TW'],
        ['staffing.target.public-service.2015-2021', 412, 42, '19-NQ/TW'],
        ['staffing.target.public-service.2021-2025', 412, 42, '19-NQ/TW'],
      ],
    ],
    [
      '2023-01-01',
      [
        ['staffing.target.2022-2026.civil-servants', 110, 6, '40-KL/TW'],
        ['staffing.target.2022-2026.public-employees', 412, 42, '40-KL/TW'],
        ['staffing.target.public-service.2021-2025', 412, 42, '19-NQ/TW'],
      ],
    ],
    [
      '2026-06-01',
      [
        ['staffing.target.2022-2026.civil-servants', 110, 6, '40-KL/TW'],
        ['staffing.target.2022-2026.public-employees', 412, 42, '40-KL/TW'],
        ['staffing.target.2025', 510, 102, '31/CV-BCĐTKNQ18'],
      ],
    ],
  ] as const)('on %s', (asOf, expected) => {
    const { targets, issues } = applyReductionTargets(staffing, { asOf: isoDate(asOf) });
    expect(targets.map((target) => [target.ruleId, target.baseline, target.cut, target.citation.instrumentId])).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('KL 40: 5% of cadres and civil servants, 10% of public employees — not 5% of everyone', () => {
    const { targets } = applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), ruleIds: ['staffing.target.2022-2026.civil-servants', 'staffing.target.2022-2026.public-employees'] });
    expect(targets.map((target) => [target.percent, target.ceiling, target.baselineYear, target.deadlineYear])).toEqual([
      ['5', 104, 2021, 2026],
      ['10', 370, 2021, 2026],
    ]);
  });

  it('gives the targets of one instrument', () => {
    const { targets } = applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), instrumentId: '19-NQ/TW' });
    expect(targets.map((target) => target.ruleId)).toEqual(['staffing.target.public-service.2021-2025']);
    expect(applyReductionTargets(staffing, { asOf: isoDate('2025-02-01'), instrumentId: '31/CV-BCĐTKNQ18' }).targets[0]?.cut).toBe(102);
  });

  it('reports a named rule with no version on the date', () => {
    const { targets, issues } = applyReductionTargets(staffing, { asOf: isoDate('2030-01-01'), ruleIds: ['staffing.target.2015-2021'] });
    expect(targets).toEqual([]);
    expect(issues.map((issue) => issue.code)).toEqual(['rule_not_in_force']);
  });

  it('refuses a bad headcount', () => {
    expect(() => applyReductionTargets({ cadre: -1 }, { asOf: isoDate('2023-01-01') })).toThrow(/staffing.cadre/);
  });
});

describe('the staffing rules in the default rulebook', () => {
  it('validate without errors', () => {
    const report = validateRulebook(defaultRulebook);
    expect(report.issues.filter((issue) => /staffing|norms|benefits/.test(issue.ruleId ?? ''))).toEqual([]);
  });
});
