import { describe, expect, it } from 'vitest';
import { defaultRulebook, findRuleChanges, type Instrument, type Rule, type Rulebook } from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';
import { graceRule, testInstrument } from './support.js';

const d = isoDate;

const instrument = (id: string, verification: Instrument['verification'] = 'secondary'): Instrument => testInstrument(id, { verification });

const local: Rulebook = {
  instruments: [instrument('A'), instrument('B'), instrument('M', 'unverified')],
  rules: [
    graceRule('r.lifecycle', [
      { from: d('2020-01-01'), to: d('2021-01-01'), params: { years: 5 }, citation: { instrumentId: 'A' } },
      { from: d('2021-01-01'), to: d('2022-01-01'), params: { years: 3 }, strength: 'required', citation: { instrumentId: 'B' } },
      { from: d('2022-01-01'), to: d('2023-01-01'), params: { years: 3 }, strength: 'required', citation: { instrumentId: 'B' }, note: 'reworded' },
      { from: d('2023-01-01'), to: d('2024-01-01'), params: { years: 3 }, strength: 'required', citation: { instrumentId: 'B' }, verification: 'unverified' },
      { from: d('2025-01-01'), params: { years: 3 }, strength: 'required', citation: { instrumentId: 'M' } },
    ]),
  ],
};

describe('findRuleChanges on a small rulebook', () => {
  it.each([
    // from, to, [on, kind, differences, citation]
    ['2019-12-31', '2020-01-01', [['2020-01-01', 'started', '', 'A']]],
    ['2020-01-01', '2020-01-01', []],
    ['2020-01-01', '2020-12-31', []],
    ['2020-12-31', '2021-01-01', [['2021-01-01', 'changed', 'params,strength,citation', 'B']]],
    ['2021-12-31', '2022-01-01', [['2022-01-01', 'changed', 'wording', 'B']]],
    ['2022-12-31', '2023-01-01', [['2023-01-01', 'changed', 'verification', 'B']]],
    ['2023-12-31', '2024-01-01', [['2024-01-01', 'ended', '', 'B']]],
    [
      '2023-12-31',
      '2025-01-01',
      [
        ['2024-01-01', 'ended', '', 'B'],
        ['2025-01-01', 'started', '', 'M'],
      ],
    ],
  ] as const)('(%s, %s]', (from, to, expected) => {
    const changes = findRuleChanges(local, { from: d(from), to: d(to) });
    expect(changes.map((change) => [change.on, change.kind, change.differences.join(','), change.citation.instrumentId])).toEqual(expected);
  });

  it('gives the versions either side and the verification of the basis', () => {
    const [ended] = findRuleChanges(local, { from: d('2023-12-31'), to: d('2024-01-01') });
    expect(ended?.before?.from).toBe('2023-01-01');
    expect(ended?.after).toBeUndefined();
    expect(ended?.verification).toBe('unverified');
    const [started] = findRuleChanges(local, { from: d('2024-06-01'), to: d('2025-06-01') });
    expect([started?.before, started?.after?.from, started?.verification]).toEqual([undefined, '2025-01-01', 'unverified']);
  });

  it.each([
    // what differs when only one part of the version changes
    ['further citations only', { alsoCites: [{ instrumentId: 'A' }] }, { alsoCites: [{ instrumentId: 'B' }] }, 'citation'],
    ['an article of the main citation', { citation: { instrumentId: 'A', article: '1' } }, { citation: { instrumentId: 'A', article: '2' } }, 'citation'],
    ['nested params', { params: { parents: { commune: ['province'] } } }, { params: { parents: { commune: ['province', 'district'] } } }, 'params'],
    ['params of another shape', { params: { parents: { commune: [] } } }, { params: { parents: [] } }, 'params'],
    ['a key left undefined', { params: { parents: {}, extra: undefined } }, { params: { parents: {} } }, 'wording'],
  ] as const)('names %s', (_name, first, second, difference) => {
    const base = { params: { parents: {} }, citation: { instrumentId: 'A' } };
    const rule = {
      id: 'r.diff',
      type: 'area-hierarchy',
      topic: 'structure',
      title: { vi: 'x', en: 'x' },
      versions: [
        { ...base, ...first, from: d('2020-01-01'), to: d('2021-01-01') },
        { ...base, ...second, from: d('2021-01-01'), note: difference === 'wording' ? 'reworded' : undefined },
      ],
    } as unknown as Rule;
    const [change] = findRuleChanges({ instruments: local.instruments, rules: [rule] }, { from: d('2020-12-31'), to: d('2021-01-01') });
    expect(change?.differences).toEqual([difference]);
  });

  it('reads a rulebook validateRulebook would refuse without failing: overlapping versions, an unknown instrument', () => {
    const broken: Rulebook = {
      instruments: [],
      rules: [
        graceRule('r.broken', [
          { from: d('2020-01-01'), to: d('2022-01-01'), params: { years: 1 }, citation: { instrumentId: 'GHOST' } },
          { from: d('2021-01-01'), params: { years: 2 }, citation: { instrumentId: 'GHOST' } },
        ]),
      ],
    };
    // On 2021-01-01 the first version (listed first) is in force the day before and that day: no
    // change; on 2022-01-01 the first has ended and the second is in force.
    expect(findRuleChanges(broken, { from: d('2020-12-31'), to: d('2022-01-01') }).map((change) => [change.on, change.kind, change.verification])).toEqual([
      ['2022-01-01', 'changed', 'unverified'],
    ]);
  });

  it.each([
    ['a to before its from', { from: d('2021-01-01'), to: d('2020-01-01') }, RangeError],
    ['a malformed date', { from: '2020-02-30', to: d('2021-01-01') }, TypeError],
    ['null options', null, TypeError],
  ])('throws on %s', (_name, options, error) => {
    expect(() => findRuleChanges(local, options as never)).toThrow(error);
  });
});

describe('findRuleChanges on the default rulebook', () => {
  const changesOn = (from: string, to: string) =>
    findRuleChanges(defaultRulebook, { from: d(from), to: d(to) }).map((change) => [change.ruleId, change.kind, change.citation.instrumentId]);

  it.each([
    // the corrected dates of audit-2026-12.md: nothing the day before, the change on the day
    ['2019-01-18', '2019-01-19', []],
    ['2019-01-19', '2019-01-20', [['merge.village-household-standard', 'changed', '14/2018/TT-BNV']]],
    ['2012-10-14', '2012-10-15', [['merge.village-household-standard', 'started', '04/2012/TT-BNV']]],
    ['2022-12-31', '2023-01-01', [['merge.admin-unit-standard', 'changed', '1211/2016/UBTVQH13']]],
    ['2025-10-14', '2025-10-15', [['roles.commune-vice-chair-not-service-centre-director', 'started', '332/NQ-CP'], ['norms.deputies.commune-division', 'started', '332/NQ-CP']]],
    [
      '2025-02-27',
      '2025-02-28',
      [
        ['norms.deputies.department', 'ended', '107/2020/NĐ-CP'],
        ['norms.deputies.department-division', 'ended', '107/2020/NĐ-CP'],
        ['norms.deputies.district-division', 'ended', '108/2020/NĐ-CP'],
      ],
    ],
  ] as const)('(%s, %s]', (from, to, expected) => {
    expect(changesOn(from, to)).toEqual(expected);
  });

  it('lists the two-level model of 2025-07-01 among the changes of 2025', () => {
    const changes = findRuleChanges(defaultRulebook, { from: d('2025-06-30'), to: d('2025-07-01') });
    const byRule = new Map(changes.map((change) => [change.ruleId, change]));
    expect(byRule.get('structure.area-hierarchy')).toMatchObject({ kind: 'changed', differences: ['params', 'citation', 'verification'] });
    expect(byRule.get('structure.commune-offices')?.kind).toBe('started');
    expect(byRule.get('norms.commune-staff.cadre-civil-servant')).toMatchObject({ kind: 'ended', citation: { instrumentId: '33/2023/NĐ-CP' } });
    expect(changes.every((change) => change.on === '2025-07-01')).toBe(true);
  });

  it.each([
    ['benefits', 'topic', ['benefits.early-retirement.reorganisation', 'benefits.early-retirement.restructuring', 'benefits.early-retirement.not-reelected']],
    ['early-retirement-benefit', 'type', ['benefits.early-retirement.reorganisation', 'benefits.early-retirement.restructuring', 'benefits.early-retirement.not-reelected']],
    ['roles', 'topic', []],
  ] as const)('narrows to one %s (%s): the changes of Decree 67/2025 on 2025-03-15', (value, key, ids) => {
    const changes = findRuleChanges(defaultRulebook, { from: d('2025-03-14'), to: d('2025-03-15'), [key]: value });
    expect(changes.map((change) => change.ruleId)).toEqual(ids);
  });

  it('orders changes by date, then in rulebook order, and keeps every change inside the window', () => {
    const changes = findRuleChanges(defaultRulebook, { from: d('2017-01-01'), to: d('2026-12-31') });
    const dates = changes.map((change) => change.on);
    expect(dates).toEqual([...dates].sort());
    expect(changes.every((change) => change.on > '2017-01-01' && change.on <= '2026-12-31')).toBe(true);
    expect(changes.filter((change) => change.kind === 'changed').every((change) => change.differences.length > 0)).toBe(true);
  });
});
