import { describe, expect, it } from 'vitest';
import {
  type Instrument,
  type Rule,
  type Rulebook,
  type RuleVersion,
  defaultRulebook,
  extendRulebook,
  findInstrument,
  findRule,
  findRuleChanges,
} from '../../src/rules/index.js';
import { indexRulebook } from '../../src/rules/indexRulebook.js';
import { isoDate } from '../../src/core/index.js';
import { parseRulebookAdditions, ruleParamSchemas } from '../../src/parse/index.js';
import { graceRule, testInstrument } from './support.js';

/*
 * findRuleChanges, extendRulebook, findRule, the rulebook index and the params patterns, pinned
 * where a slip would change an answer without failing the broader tests.
 */

const d = isoDate;

const instrument = (id: string, title = id): Instrument => testInstrument(id, { title: { vi: title, en: title } });

describe('findRuleChanges: what differs between two versions', () => {
  /** The kind and differences of the change on 2021-01-01 between a version `before` and one `after`. */
  function changeOn(before: Partial<RuleVersion>, after: Partial<RuleVersion>): string[][] {
    const rulebook: Rulebook = {
      instruments: [instrument('A'), instrument('B')],
      rules: [
        graceRule('r.changing', [
          { from: d('2020-03-01'), to: d('2021-01-01'), params: { years: 5 }, citation: { instrumentId: 'A' }, ...before },
          { from: d('2021-01-01'), params: { years: 5 }, citation: { instrumentId: 'A' }, ...after },
        ]),
      ],
    };
    return findRuleChanges(rulebook, { from: d('2020-12-31'), to: d('2021-01-01') }).map((change) => [change.kind, ...change.differences]);
  }

  it.each<[string, Partial<RuleVersion>, Partial<RuleVersion>, string]>([
    ['the same citation, another version object', {}, {}, 'wording'],
    ['another clause', { citation: { instrumentId: 'A', clause: '1' } }, { citation: { instrumentId: 'A', clause: '2' } }, 'citation'],
    ['another point', { citation: { instrumentId: 'A', point: 'a' } }, { citation: { instrumentId: 'A', point: 'b' } }, 'citation'],
    ['another section', { citation: { instrumentId: 'A', section: 'I' } }, { citation: { instrumentId: 'A', section: 'II' } }, 'citation'],
    ['a further citation added', { alsoCites: [{ instrumentId: 'B' }] }, { alsoCites: [{ instrumentId: 'B' }, { instrumentId: 'A' }] }, 'citation'],
    ['a first further citation', {}, { alsoCites: [{ instrumentId: 'B' }] }, 'citation'],
    ['the same further citations, written again', { alsoCites: [{ instrumentId: 'B', article: '3' }] }, { alsoCites: [{ instrumentId: 'B', article: '3' }] }, 'wording'],
    ['a further citation left undefined (no throw)', { alsoCites: [{ instrumentId: 'B' }] }, { alsoCites: [undefined as never] }, 'citation'],
  ])('%s', (_name, before, after, difference) => {
    expect(changeOn(before, after)).toEqual([['changed', difference]]);
  });

  it.each<[string, unknown, unknown, string]>([
    ['a number then an object', { x: 1 }, { x: {} }, 'params'],
    ['an object then a number', { x: {} }, { x: 1 }, 'params'],
    ['null then an object', { x: null }, { x: {} }, 'params'],
    ['an object then null', { x: {} }, { x: null }, 'params'],
    ['an array then an object', { x: [] }, { x: {} }, 'params'],
    ['an array with an undefined item then a shorter one', { x: [1, undefined] }, { x: [1] }, 'params'],
    ['the same array written again', { x: [1, 2] }, { x: [1, 2] }, 'wording'],
    ['an array with one item changed', { x: [1, 2] }, { x: [1, 3] }, 'params'],
    ['a key set to undefined, the same as absent', { a: 1 }, { a: 1, b: undefined }, 'wording'],
    ['a key added', { a: 1 }, { a: 1, b: 2 }, 'params'],
    ['the same nested data in another key order', { a: { b: [1, { c: 2 }], d: 'x' } }, { a: { d: 'x', b: [1, { c: 2 }] } }, 'wording'],
  ])('params: %s', (_name, before, after, difference) => {
    expect(changeOn({ params: before as never }, { params: after as never })).toEqual([['changed', difference]]);
  });
});

describe('findRuleChanges: options and the shape of a change', () => {
  const rulebook: Rulebook = {
    instruments: [instrument('A')],
    rules: [
      graceRule('r.grace', [{ from: d('2020-03-01'), to: d('2021-01-01'), params: { years: 5 }, citation: { instrumentId: 'A' } }]),
      {
        id: 'r.hierarchy',
        type: 'area-hierarchy',
        topic: 'merge',
        title: { vi: 'r.hierarchy', en: 'r.hierarchy' },
        versions: [{ from: d('2020-03-01'), params: { parents: {} }, citation: { instrumentId: 'A' } }],
      } as Rule,
    ],
  };

  it('keeps only the rules of the type asked for', () => {
    const changes = findRuleChanges(rulebook, { from: d('2020-01-01'), to: d('2021-12-31'), type: 'area-hierarchy' });
    expect(changes.map((change) => [change.on, change.kind, change.ruleId])).toEqual([['2020-03-01', 'started', 'r.hierarchy']]);
  });

  it('leaves out the side a change does not have (no before of a start, no after of an end)', () => {
    const [started, , ended] = findRuleChanges(rulebook, { from: d('2020-01-01'), to: d('2021-12-31') });
    expect([started?.kind, Object.hasOwn(started ?? {}, 'before'), Object.hasOwn(started ?? {}, 'after')]).toEqual(['started', false, true]);
    expect([ended?.kind, Object.hasOwn(ended ?? {}, 'before'), Object.hasOwn(ended ?? {}, 'after')]).toEqual(['ended', true, false]);
  });

  it('names the option that is not a date, and says which dates are reversed', () => {
    expect(() => findRuleChanges(rulebook, { from: '2020-13-01' as never, to: d('2021-01-01') })).toThrow(/^\[tinh-gon\] options\.from must be an ISO date/);
    expect(() => findRuleChanges(rulebook, { from: d('2020-01-01'), to: '2021' as never })).toThrow(/^\[tinh-gon\] options\.to must be an ISO date/);
    expect(() => findRuleChanges(rulebook, { from: d('2021-01-01'), to: d('2020-01-01') })).toThrow(
      new RangeError('[tinh-gon] options.to (2020-01-01) is before options.from (2021-01-01)'),
    );
  });
});

describe('extendRulebook', () => {
  const base: Rulebook = {
    instruments: [instrument('A')],
    rules: [graceRule('r.base', [{ from: d('2021-01-01'), params: { years: 5 }, citation: { instrumentId: 'A' }, note: 'base' }])],
  };

  it('merges an earlier version into the rule, sorted by start, adding no rule and no instrument', () => {
    const extended = extendRulebook(base, {
      rules: [graceRule('r.base', [{ from: d('2020-03-01'), to: d('2021-01-01'), params: { years: 3 }, citation: { instrumentId: 'A' } }])],
    });
    expect(extended.instruments).toEqual(base.instruments);
    expect(extended.rules.map((rule) => rule.id)).toEqual(['r.base']);
    expect(extended.rules[0]?.versions.map((version) => version.from)).toEqual(['2020-03-01', '2021-01-01']);
  });

  it('keeps the base version before an added one starting the same day', () => {
    const extended = extendRulebook(base, {
      rules: [graceRule('r.base', [{ from: d('2021-01-01'), params: { years: 3 }, citation: { instrumentId: 'A' }, note: 'added' }])],
    });
    expect(extended.rules[0]?.versions.map((version) => version.note)).toEqual(['base', 'added']);
  });

  it('appends new rules in their order after the base ones, and keeps the base instruments without additions', () => {
    const extended = extendRulebook(base, {
      rules: [graceRule('r.new-1', []), graceRule('r.base', []), graceRule('r.new-2', [])],
    });
    expect(extended.rules.map((rule) => rule.id)).toEqual(['r.base', 'r.new-1', 'r.new-2']);
    expect(extended.instruments).toEqual(base.instruments);
  });
});

describe('findRule', () => {
  const anyRulebook: Rulebook = defaultRulebook;

  it('gives unverified, and no instrument, for a version citing an instrument the rulebook lacks', () => {
    const rulebook: Rulebook = { instruments: [], rules: [graceRule('r.ghost', [{ from: d('2020-01-01'), params: { years: 1 }, citation: { instrumentId: 'GHOST' } }])] };
    const found = findRule(rulebook, 'r.ghost', d('2020-06-01'));
    expect(found.ok && [found.inForce.instrument, found.inForce.verification]).toEqual([undefined, 'unverified']);
  });

  it('answers rule_unknown, naming the rule, when the rule is of another type', () => {
    const found = findRule(anyRulebook, 'structure.area-hierarchy', d('2025-07-01'), { type: 'grace-period' });
    expect(found.ok).toBe(false);
    expect(!found.ok && found.issue).toMatchObject({
      code: 'rule_unknown',
      ruleId: 'structure.area-hierarchy',
      params: { ruleId: 'structure.area-hierarchy' },
      message: { vi: 'Không có quy định structure.area-hierarchy trong bộ quy định', en: 'The rulebook has no rule structure.area-hierarchy' },
    });
  });

  it('answers rule_not_in_force naming the rule and the date', () => {
    const found = findRule(anyRulebook, 'structure.area-hierarchy', d('2000-01-01'));
    expect(!found.ok && found.issue).toMatchObject({
      code: 'rule_not_in_force',
      ruleId: 'structure.area-hierarchy',
      params: { ruleId: 'structure.area-hierarchy', asOf: '2000-01-01' },
      message: {
        vi: 'Quy định structure.area-hierarchy không có phiên bản nào hiệu lực vào ngày 2000-01-01',
        en: 'Rule structure.area-hierarchy has no version in force on 2000-01-01',
      },
    });
  });
});

describe('indexRulebook', () => {
  it('returns the same cached index for the same rulebook object, whoever asks', () => {
    const rulebook: Rulebook = { instruments: [instrument('A')], rules: [] };
    expect(indexRulebook(rulebook, 'findRule')).toBe(indexRulebook(rulebook, 'findInstrument'));
  });

  it('keeps the first of a duplicated instrument or rule id', () => {
    const first = instrument('A', 'first');
    const rulebook: Rulebook = {
      instruments: [first, instrument('A', 'second')],
      rules: [
        graceRule('r.twice', [{ from: d('2020-01-01'), params: { years: 1 }, citation: { instrumentId: 'A' } }]),
        graceRule('r.twice', [{ from: d('2020-01-01'), params: { years: 2 }, citation: { instrumentId: 'A' } }]),
      ],
    };
    expect(findInstrument(rulebook, 'A')).toBe(first);
    const found = findRule(rulebook, 'r.twice', d('2020-06-01'), { type: 'grace-period' });
    expect(found.ok && found.inForce.version.params.years).toBe(1);
  });
});

describe('params patterns refuse a value with an extra character on either side', () => {
  const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

  const householdStandard = (code: string) => ({
    village: [{ households: 100 }],
    residentialGroup: [{ households: 150 }],
    mustMergeBelowBps: 5000,
    encouragedBelowBps: 8000,
    provinceOverrides: [{ provinceCodes: [code], residentialGroup: 450 }],
  });
  const bodyCountLimit = (code: string) => ({
    areaLevel: 'province',
    counts: [{ unitKinds: ['specialised-agency'] }],
    measure: 'each-area',
    limits: [{ provinceCodes: [code], hundredths: 1400 }],
  });

  it.each([
    ['01', true],
    ['79', true],
    ['1', false],
    ['x01', false],
    ['01x', false],
    ['012', false],
  ])('a province code %j: %s', (code, ok) => {
    expect(accepts(ruleParamSchemas['village-household-standard'], householdStandard(code))).toBe(ok);
    expect(accepts(ruleParamSchemas['body-count-limit'], bodyCountLimit(code))).toBe(ok);
  });

  it.each([
    ['5', true],
    ['10', true],
    ['1.5', true],
    ['12.25', true],
    ['x5', false],
    ['5x', false],
    ['1.234', false],
    ['1.', false],
    ['1.x', false],
  ])('a reduction percent %j: %s', (percent, ok) => {
    const params = { measure: 'staff', categories: ['cadre'], percent, rounding: 'up' };
    expect(accepts(ruleParamSchemas['reduction-target'], params)).toBe(ok);
  });

  it.each([
    [150, true],
    [0, true],
    [151, false],
    [1, false],
  ])('%i hundredths a year of insurance, which must be even: %s', (perInsuranceYear, ok) => {
    expect(accepts(ruleParamSchemas['resignation-benefit'], { oddMonthsAsHalfYear: 6, perInsuranceYear, flat: [] })).toBe(ok);
  });
});

describe('parseRulebookAdditions', () => {
  it('gives additions without the keys the input left undefined', () => {
    const result = parseRulebookAdditions({ instruments: undefined, rules: [] });
    expect(result.ok).toBe(true);
    expect(result.ok && Object.keys(result.value)).toEqual(['rules']);
  });
});
