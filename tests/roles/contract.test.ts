import { describe, expect, it } from 'vitest';
import { checkAppointment, checkConcurrentRoles, concurrencyCoverage } from '../../src/roles/index.js';
import { type Rule, defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

// DESIGN.md: a call the types forbid (a malformed or impossible date, null options, a non-array)
// throws a TypeError or RangeError whose message starts with [tinh-gon] and names the argument, at
// the boundary of the public function — never "Cannot destructure property" or "x is not iterable".

const structure = fixture([hold('x', unitId('c', 'party-committee'), 'secretary'), hold('x', unitId('c', 'peoples-committee'), 'chair')]);
const asOf = d('2020-01-01');
const coverageOptions = { rule: 'roles.secretary-chairs-committee', level: 'commune', asOf } as const;
const proposed = { personId: 'x', unitId: unitId('c', 'peoples-council'), role: 'chair', from: asOf } as const;

type Case = readonly [name: string, call: () => unknown, error: typeof TypeError | typeof RangeError, message: RegExp];

const BAD_STRUCTURES: readonly [string, unknown][] = [
  ['null', null],
  ['a string', 'structure'],
  ['units not an array', { units: {}, people: [], assignments: [] }],
  ['no people', { units: [], assignments: [] }],
  ['assignments null', { units: [], people: [], assignments: null }],
];

const BAD_DATES: readonly [string, unknown][] = [
  ['an unpadded date', '2025-6-30'],
  ['an impossible date', '2019-02-30'],
  ['null', null],
  ['undefined', undefined],
  ['a Date object', new Date(2020, 0, 1)],
];

const CASES: readonly Case[] = [
  ...BAD_STRUCTURES.flatMap(([name, bad]): Case[] => [
    [`checkConcurrentRoles: structure ${name}`, () => checkConcurrentRoles(bad as never, { asOf }), TypeError, /^\[tinh-gon\] structure/],
    [`checkAppointment: structure ${name}`, () => checkAppointment(bad as never, proposed), TypeError, /^\[tinh-gon\] structure/],
    [`concurrencyCoverage: structure ${name}`, () => concurrencyCoverage(bad as never, coverageOptions), TypeError, /^\[tinh-gon\] structure/],
  ]),
  ...BAD_DATES.flatMap(([name, bad]): Case[] => [
    [`checkConcurrentRoles: asOf ${name}`, () => checkConcurrentRoles(structure, { asOf: bad as never }), TypeError, /^\[tinh-gon\] options\.asOf/],
    [`checkAppointment: from ${name}`, () => checkAppointment(structure, { ...proposed, from: bad as never }), TypeError, /^\[tinh-gon\] proposed\.from/],
    [`concurrencyCoverage: asOf ${name}`, () => concurrencyCoverage(structure, { ...coverageOptions, asOf: bad as never }), TypeError, /^\[tinh-gon\] options\.asOf/],
  ]),
  ['checkAppointment: to an impossible date', () => checkAppointment(structure, { ...proposed, to: '2021-02-29' as never }), TypeError, /^\[tinh-gon\] proposed\.to/],
  ['checkConcurrentRoles: options a function', () => checkConcurrentRoles(structure, (() => asOf) as never), TypeError, /^\[tinh-gon\] options must be an object, received a function$/],
  ['checkConcurrentRoles: options a symbol', () => checkConcurrentRoles(structure, Symbol('asOf') as never), TypeError, /^\[tinh-gon\] options must be an object, received Symbol\(asOf\)$/],
  ['checkConcurrentRoles: structure a long string', () => checkConcurrentRoles('x'.repeat(100) as never, { asOf }), TypeError, /received "x{56}\.\.\.$/],
  ['checkConcurrentRoles: structure an array', () => checkConcurrentRoles([] as never, { asOf }), TypeError, /^\[tinh-gon\] structure\.units must be an array \(parse input with parseStructure\), received undefined$/],
  ['checkConcurrentRoles: options an array', () => checkConcurrentRoles(structure, [asOf] as never), TypeError, /^\[tinh-gon\] options must be an object, received an array$/],
  ['checkConcurrentRoles: options null', () => checkConcurrentRoles(structure, null as never), TypeError, /^\[tinh-gon\] options must be an object/],
  ['checkConcurrentRoles: options missing', () => (checkConcurrentRoles as (s: unknown) => unknown)(structure), TypeError, /^\[tinh-gon\] options must be an object/],
  ['checkConcurrentRoles: options a date string', () => checkConcurrentRoles(structure, '2020-01-01' as never), TypeError, /^\[tinh-gon\] options must be an object/],
  ['checkConcurrentRoles: rulebook null', () => checkConcurrentRoles(structure, { asOf, rulebook: null as never }), TypeError, /^\[tinh-gon\] options\.rulebook/],
  ['checkConcurrentRoles: rulebook without rules', () => checkConcurrentRoles(structure, { asOf, rulebook: { instruments: [] } as never }), TypeError, /^\[tinh-gon\] options\.rulebook/],
  ['checkConcurrentRoles: minSeverity unknown', () => checkConcurrentRoles(structure, { asOf, minSeverity: 'warn' as never }), TypeError, /^\[tinh-gon\] options\.minSeverity/],
  ['checkConcurrentRoles: perPersonLimit negative', () => checkConcurrentRoles(structure, { asOf, perPersonLimit: -1 }), RangeError, /^\[tinh-gon\] options\.perPersonLimit/],
  ['checkConcurrentRoles: perPersonLimit fractional', () => checkConcurrentRoles(structure, { asOf, perPersonLimit: 1.5 }), RangeError, /^\[tinh-gon\] options\.perPersonLimit/],
  ['checkAppointment: options null', () => checkAppointment(structure, proposed, null as never), TypeError, /^\[tinh-gon\] options must be an object/],
  ['checkAppointment: rulebook a string', () => checkAppointment(structure, proposed, { rulebook: 'default' as never }), TypeError, /^\[tinh-gon\] options\.rulebook/],
  ['checkAppointment: perPersonLimit NaN', () => checkAppointment(structure, proposed, { perPersonLimit: Number.NaN }), RangeError, /^\[tinh-gon\] options\.perPersonLimit/],
  ['checkAppointment: proposed an array', () => checkAppointment(structure, [] as never), TypeError, /^\[tinh-gon\] proposed\.personId/],
  ['concurrencyCoverage: options null', () => concurrencyCoverage(structure, null as never), TypeError, /^\[tinh-gon\] options must be an object/],
  ['concurrencyCoverage: rule missing', () => concurrencyCoverage(structure, { ...coverageOptions, rule: undefined as never }), TypeError, /^\[tinh-gon\] options\.rule/],
  ['concurrencyCoverage: rule empty', () => concurrencyCoverage(structure, { ...coverageOptions, rule: '' }), TypeError, /^\[tinh-gon\] options\.rule/],
  ['concurrencyCoverage: level unknown', () => concurrencyCoverage(structure, { ...coverageOptions, level: 'ward' as never }), TypeError, /^\[tinh-gon\] options\.level/],
  ['concurrencyCoverage: within not a string', () => concurrencyCoverage(structure, { ...coverageOptions, within: 42 as never }), TypeError, /^\[tinh-gon\] options\.within/],
  ['concurrencyCoverage: target null', () => concurrencyCoverage(structure, { ...coverageOptions, target: null as never }), TypeError, /^\[tinh-gon\] options\.target must be an object/],
  ['concurrencyCoverage: target comparison unknown', () => concurrencyCoverage(structure, { ...coverageOptions, target: { comparison: 'around', basisPoints: 7500 } as never }), TypeError, /^\[tinh-gon\] options\.target\.comparison/],
  ['concurrencyCoverage: target basis points a percent', () => concurrencyCoverage(structure, { ...coverageOptions, target: { comparison: 'at-least', basisPoints: 75.5 } }), RangeError, /^\[tinh-gon\] options\.target\.basisPoints/],
  ['concurrencyCoverage: target basis points missing', () => concurrencyCoverage(structure, { ...coverageOptions, target: { comparison: 'at-least' } as never }), RangeError, /^\[tinh-gon\] options\.target\.basisPoints/],
  ['concurrencyCoverage: rulebook null', () => concurrencyCoverage(structure, { ...coverageOptions, rulebook: null as never }), TypeError, /^\[tinh-gon\] options\.rulebook/],
];

describe('the roles functions refuse a call the types forbid', () => {
  it.each(CASES)('%s', (_name, call, error, message) => {
    expect(call).toThrow(error);
    expect(call).toThrow(message);
  });

  it('accept an omitted rulebook and an omitted appointment options object', () => {
    expect(checkConcurrentRoles(structure, { asOf }).ok).toBe(true);
    expect(checkConcurrentRoles(structure, { asOf, rulebook: undefined as never }).ok).toBe(true);
    expect(checkAppointment(structure, proposed).ok).toBe(false);
    expect(concurrencyCoverage(structure, { ...coverageOptions, rulebook: undefined as never }).ok).toBe(true);
  });
});

describe('a combination rule naming more posts than the check can hold', () => {
  it('is refused with a [tinh-gon] RangeError naming the rule (30 posts at most)', () => {
    const rule = (count: number): Rule => ({
      id: `local.${count}-posts`,
      type: 'role-combination',
      topic: 'roles',
      title: { vi: 'Nhiều chức danh', en: 'Many posts' },
      versions: [
        {
          from: d('2019-01-01'),
          strength: 'permitted',
          params: {
            posts: Array.from({ length: count }, () => ({ roles: ['chair' as const], unitKinds: ['peoples-committee' as const] })),
            sameArea: false,
            levels: ['commune'],
          },
          citation: { instrumentId: '18-NQ/TW' },
        },
      ],
    });
    const thirty = extendRulebook(defaultRulebook, { rules: [rule(30)] });
    expect(checkConcurrentRoles(structure, { asOf, rulebook: thirty }).ok).toBe(true);
    const thirtyOne = extendRulebook(defaultRulebook, { rules: [rule(31)] });
    expect(() => checkConcurrentRoles(structure, { asOf, rulebook: thirtyOne })).toThrow(RangeError);
    expect(() => checkConcurrentRoles(structure, { asOf, rulebook: thirtyOne })).toThrow('[tinh-gon] rule local.31-posts names more than 30 posts');
  });
});
