import { describe, expect, it } from 'vitest';
import { type Rule, type RuleVersion, defaultRulebook, extendRulebook, validateRulebook } from '../../src/rules/index.js';
import { applyReductionTargets } from '../../src/staffing/index.js';
import { codesOf, expectFailure, expectValue } from './support/result.js';
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
    const result = applyReductionTargets(staffing, { asOf: isoDate(asOf) });
    const targets = expectValue(result);
    const issues = result.issues;
    expect(targets.map((target) => [target.ruleId, target.baseline, target.cut, target.citation.instrumentId])).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('KL 40: 5% of cadres and civil servants, 10% of public employees — not 5% of everyone', () => {
    const targets = expectValue(
      applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), ruleIds: ['staffing.target.2022-2026.civil-servants', 'staffing.target.2022-2026.public-employees'] }),
    );
    expect(targets.map((target) => [target.percent, target.ceiling, target.baselineYear, target.deadlineYear])).toEqual([
      ['5', 104, 2021, 2026],
      ['10', 370, 2021, 2026],
    ]);
  });

  it('gives the targets of one instrument', () => {
    const targets = expectValue(applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), instrumentId: '19-NQ/TW' }));
    expect(targets.map((target) => target.ruleId)).toEqual(['staffing.target.public-service.2021-2025']);
    expect(expectValue(applyReductionTargets(staffing, { asOf: isoDate('2025-02-01'), instrumentId: '31/CV-BCĐTKNQ18' }))[0]?.cut).toBe(102);
  });

  it('fails when a named rule has no version on the date: no targets, the rule_not_in_force issue', () => {
    const result = applyReductionTargets(staffing, { asOf: isoDate('2030-01-01'), ruleIds: ['staffing.target.2015-2021'] });
    expect(result.ok).toBe(false);
    const issues = expectFailure(result);
    expect(issues.map((issue) => issue.code)).toEqual(['rule_not_in_force']);
    expect(issues[0]?.params).toEqual({ ruleId: 'staffing.target.2015-2021', asOf: '2030-01-01' });
  });

  it('fails for the whole answer when one of two named rules is not in force (no partial list)', () => {
    const result = applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), ruleIds: ['staffing.target.2022-2026.civil-servants', 'staffing.target.2015-2021'] });
    expect(codesOf(expectFailure(result))).toEqual(['rule_not_in_force']);
  });

  it('answers an empty list, a success, when no target is in force on the date', () => {
    const result = applyReductionTargets(staffing, { asOf: isoDate('2014-01-01') });
    expect(expectValue(result)).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it.each([
    ['an impossible date', { asOf: '2019-02-30' as never }, TypeError, '[tinh-gon] options.asOf must be an ISO date YYYY-MM-DD, received "2019-02-30"'],
    ['a malformed date', { asOf: '2025-6-30' as never }, TypeError, 'options.asOf must be an ISO date'],
    ['null options', null as never, TypeError, 'options must be an object, received null'],
    ['missing options', undefined as never, TypeError, 'options is required'],
    ['rule ids that are not an array', { asOf: isoDate('2023-01-01'), ruleIds: 'staffing.target.2015-2021' as never }, TypeError, 'options.ruleIds must be an array'],
  ] as const)('refuses %s', (_name, options, type, message) => {
    const call = () => applyReductionTargets(staffing, options);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('refuses a null staffing and a category sum beyond 2^53', () => {
    expect(() => applyReductionTargets(null as never, { asOf: isoDate('2023-01-01') })).toThrow('[tinh-gon] staffing must be an object, received null');
    const huge = { civilServant: Number.MAX_SAFE_INTEGER, publicEmployee: 1 };
    const call = () => applyReductionTargets(huge, { asOf: isoDate('2026-06-01'), ruleIds: ['staffing.target.2025'] });
    expect(call).toThrow(RangeError);
    expect(call).toThrow('[tinh-gon] the civilServant + publicEmployee baseline must be a non-negative safe integer, received 9007199254740992');
  });

  it('does not take a rule of another type for a reduction target: the id is reported as unknown', () => {
    const result = applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), ruleIds: ['norms.commune-staff.cadre-civil-servant'] });
    expect(codesOf(expectFailure(result))).toEqual(['rule_unknown']);
  });

  it('copies the baseline and deadline years only when the rule has them', () => {
    // a target with no years of its own: the KL 40 target, moved to another id without them
    const kl40 = defaultRulebook.rules.find((rule) => rule.id === 'staffing.target.2022-2026.civil-servants');
    const version = kl40?.versions[0] as RuleVersion;
    const noYears = { ...kl40, id: 'local.target.no-years', versions: [{ ...version, params: { measure: 'staff', categories: ['cadre'], percent: '10', rounding: 'up' } }] };
    const rulebook = extendRulebook(defaultRulebook, { rules: [noYears as Rule] });
    const [target] = expectValue(applyReductionTargets(staffing, { asOf: isoDate('2023-01-01'), ruleIds: ['local.target.no-years'], rulebook }));
    expect(target).toMatchObject({ ruleId: 'local.target.no-years', baseline: 12, cut: 2 });
    expect(target).not.toHaveProperty('baselineYear');
    expect(target).not.toHaveProperty('deadlineYear');
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

describe('applyReductionTargets: categories left out of the staffing', () => {
  // 40-KL/TW: at least 5% of cadres and civil servants, 10% of public employees, against 2021 (rounded up)
  it.each([
    ['only civil servants', { civilServant: 98 }, [['staffing.target.2022-2026.civil-servants', 98, 5], ['staffing.target.2022-2026.public-employees', 0, 0], ['staffing.target.public-service.2021-2025', 0, 0]]],
    ['an explicit undefined cadre count', { cadre: undefined, civilServant: 100, publicEmployee: 41 }, [['staffing.target.2022-2026.civil-servants', 100, 5], ['staffing.target.2022-2026.public-employees', 41, 5], ['staffing.target.public-service.2021-2025', 41, 5]]],
  ] as const)('%s', (_name, staffing, expected) => {
    const result = applyReductionTargets(staffing, { asOf: isoDate('2023-01-01') });
    const targets = expectValue(result);
    const issues = result.issues;
    expect(issues).toEqual([]);
    expect(targets.map((target) => [target.ruleId, target.baseline, target.cut])).toEqual(expected);
    expect(targets[0]?.citation).toEqual({ instrumentId: '40-KL/TW' });
  });
});
