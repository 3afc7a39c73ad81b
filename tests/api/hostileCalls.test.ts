import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  type Citation,
  type Interval,
  type Issue,
  type OmittedCounts,
  type Rulebook,
  type Structure,
  type Unit,
  createTruncationIssue,
  defaultRulebook,
  extendRulebook,
  findArea,
  findInstrument,
  findRule,
  formatCitation,
  formatIssuePath,
  fromIsoDate,
  getAreaLevel,
  getFamily,
  getLevel,
  getOmittedCounts,
  isArea,
  isInForce,
  isoDate,
  overlaps,
  rulesInForce,
  toIsoDate,
  validateRulebook,
  within,
} from '../../src/index.js';
import { findRuleChanges } from '../../src/rules/index.js';
import { kyAnhTown2018 } from '../../src/samples/index.js';
import { findVietnamUnitsByName } from '../../src/vn/index.js';

/**
 * Issue #13, "calls the types forbid": every function an entry point exports answers `null`,
 * `undefined`, a number where an object or a string belongs… with a `[tinh-gon]` TypeError or
 * RangeError naming the function and the argument, never "Cannot read properties of null".
 */

/** The package's entries, read from tsup.config.ts: an entry added there is probed here too. */
function readEntries(): Record<string, string> {
  const config = readFileSync(new URL('../../tsup.config.ts', import.meta.url), 'utf8');
  const block = /const entries = \{([^}]*)\}/.exec(config)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(\w+): '(src\/[^']+\.ts)'/g)].map((match) => [match[1] as string, match[2] as string]));
}

const HOSTILE: readonly [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['42', 42],
  ['"x"', 'x'],
  ['[]', []],
  ['{}', {}],
  ['NaN', Number.NaN],
  ['{ units: null, … }', { units: null, people: null, assignments: null }],
  ['true', true],
  ['() => 1', () => 1],
];

/** Calls `fn(a, b)` and answers what it threw (awaiting a promise, taking the first step of an iterator), or `undefined`. */
async function thrownBy(fn: (...args: unknown[]) => unknown, a: unknown, b: unknown): Promise<unknown> {
  try {
    const out = fn(a, b);
    if (out instanceof Promise) await out;
    else if (typeof out === 'object' && out !== null && typeof (out as { next?: unknown }).next === 'function') {
      await (out as { next: () => unknown }).next();
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('every exported function answers calls its types forbid with a [tinh-gon] error', () => {
  const entries = readEntries();

  it('reads the eight entries of tsup.config.ts', () => {
    expect(Object.values(entries)).toEqual([
      'src/index.ts',
      'src/parse/index.ts',
      'src/rules/index.ts',
      'src/plan/index.ts',
      'src/roles/index.ts',
      'src/staffing/index.ts',
      'src/samples/index.ts',
      'src/vn/index.ts',
    ]);
  });

  it.each(Object.entries(entries))('%s (%s): no raw TypeError from any pair of hostile arguments', async (_entry, path) => {
    const module = (await import(/* @vite-ignore */ new URL(`../../${path}`, import.meta.url).href)) as Record<string, unknown>;
    const functions = Object.entries(module).filter((pair): pair is [string, (...args: unknown[]) => unknown] => typeof pair[1] === 'function');
    // the samples entry exports data only; every other entry exports functions to probe
    expect(functions.length > 0).toBe(path !== 'src/samples/index.ts');
    const raw: string[] = [];
    for (const [name, fn] of functions) {
      for (const [labelA, a] of HOSTILE) {
        for (const [labelB, b] of [['(none)', undefined] as [string, unknown], ...HOSTILE]) {
          const error = await thrownBy(fn, a, b);
          if (error === undefined) continue;
          const message = error instanceof Error ? error.message : String(error);
          if (!((error instanceof TypeError || error instanceof RangeError) && message.startsWith('[tinh-gon] '))) {
            raw.push(`${name}(${labelA}, ${labelB}): ${(error as Error)?.constructor?.name} ${message}`);
          }
        }
      }
    }
    expect(raw).toEqual([]);
  });
});

const asOf = isoDate('2025-07-01');
const term: Interval = { from: isoDate('2020-01-01'), to: asOf };
const structure = kyAnhTown2018;
const area = structure.units.find((unit) => unit.kind === 'town') as Unit;
const rulebook: Rulebook = defaultRulebook;
const citation: Citation = { instrumentId: '178/2024/NĐ-CP', article: '7' };
const omitted: OmittedCounts = { error: 1, warning: 0, info: 0 };
const truncation: Issue = createTruncationIssue(omitted, 10);
/** A value the types forbid, passed where they would refuse it. */
const forbid = (value: unknown): never => value as never;

describe('the message of each guard names the function and the argument', () => {
  it.each<[string, () => unknown, typeof TypeError | typeof RangeError, string]>([
    ['isInForce: interval', () => isInForce(forbid(null), asOf), TypeError, 'isInForce: interval must be an object, received null'],
    ['isInForce: interval (a number)', () => isInForce(forbid(42), asOf), TypeError, 'isInForce: interval must be an object, received a number'],
    ['overlaps: a', () => overlaps(forbid(undefined), term), TypeError, 'overlaps: a must be an object, received undefined'],
    ['overlaps: b', () => overlaps(term, forbid(null)), TypeError, 'overlaps: b must be an object, received null'],
    ['within: outer', () => within(forbid('x'), term), TypeError, 'within: outer must be an object, received a string'],
    ['within: inner', () => within(term, forbid(null)), TypeError, 'within: inner must be an object, received null'],
    ['isArea: unit', () => isArea(forbid(null)), TypeError, 'isArea: unit must be an object, received null'],
    ['findArea: structure', () => findArea(forbid(null), area), TypeError, 'findArea: structure must be an object, received null'],
    ['findArea: unit', () => findArea(structure, forbid(undefined)), TypeError, 'findArea: unit must be an object, received undefined'],
    [
      'findArea: structure of an organisation',
      () => findArea(forbid({ units: [] }), forbid({ id: 'o', kind: 'peoples-committee', areaId: 'a' })),
      TypeError,
      'findArea: structure.people must be an array, received undefined (parse input with parseStructure first)',
    ],
    ['getLevel: structure', () => getLevel(forbid(42), area), TypeError, 'getLevel: structure must be an object, received a number'],
    ['getLevel: unit', () => getLevel(structure, forbid(null)), TypeError, 'getLevel: unit must be an object, received null'],
    ['getFamily: unknown kind', () => getFamily(forbid('village-hall')), TypeError, 'getFamily: kind must be a unit kind, received "village-hall"'],
    ['getFamily: a prototype key', () => getFamily(forbid('constructor')), TypeError, 'getFamily: kind must be a unit kind, received "constructor"'],
    ['getFamily: a number', () => getFamily(forbid(42)), TypeError, 'getFamily: kind must be a unit kind, received 42'],
    [
      'getAreaLevel: an organisation kind',
      () => getAreaLevel(forbid('peoples-committee')),
      TypeError,
      'getAreaLevel: kind must be an area kind, received "peoples-committee"',
    ],
    ['getAreaLevel: undefined', () => getAreaLevel(forbid(undefined)), TypeError, 'getAreaLevel: kind must be an area kind, received undefined'],
    ['toIsoDate: a number', () => toIsoDate(forbid(42)), TypeError, 'toIsoDate: date must be a Date, received a number'],
    ['toIsoDate: an invalid Date', () => toIsoDate(new Date(Number.NaN)), TypeError, 'toIsoDate: date must be a valid Date, received an invalid Date'],
    ['fromIsoDate: not ISO', () => fromIsoDate(forbid('2025-7-1')), TypeError, 'fromIsoDate: value must be an ISO date YYYY-MM-DD, received "2025-7-1"'],
    ['fromIsoDate: a number', () => fromIsoDate(forbid(42)), TypeError, 'fromIsoDate: value must be an ISO date YYYY-MM-DD, received 42'],
    ['fromIsoDate: a bigint', () => fromIsoDate(forbid(2n)), TypeError, 'fromIsoDate: value must be an ISO date YYYY-MM-DD, received a bigint'],
    ['formatCitation: citation', () => formatCitation(forbid(null)), TypeError, 'formatCitation: citation must be an object, received null'],
    [
      'formatCitation: citation.instrumentId',
      () => formatCitation(forbid({ article: '7' })),
      TypeError,
      'formatCitation: citation.instrumentId must be a string, received undefined',
    ],
    ['formatCitation: locale', () => formatCitation(citation, forbid('fr')), TypeError, `formatCitation: locale must be 'vi' or 'en', received "fr"`],
    ['formatIssuePath: path', () => formatIssuePath(forbid('units')), TypeError, 'formatIssuePath: path must be an array, received a string'],
    ['createTruncationIssue: omitted', () => createTruncationIssue(forbid(null), 10), TypeError, 'createTruncationIssue: omitted must be an object, received null'],
    ['getOmittedCounts: issue', () => getOmittedCounts(forbid(undefined)), TypeError, 'getOmittedCounts: issue must be an object, received undefined'],
    ['findRule: rulebook', () => findRule(forbid(null), 'x', asOf), TypeError, 'findRule: rulebook must be a rulebook ({ instruments, rules }), received null'],
    ['findRule: rulebook without rules', () => findRule(forbid({ instruments: [] }), 'x', asOf), TypeError, 'findRule: rulebook must be a rulebook ({ instruments, rules }), received an object'],
    ['findRule: id', () => findRule(rulebook, forbid(42), asOf), TypeError, 'findRule: id must be a string, received a number'],
    ['findRule: asOf', () => findRule(rulebook, 'x', forbid('2025-7-1')), TypeError, 'findRule: asOf must be an ISO date YYYY-MM-DD, received "2025-7-1"'],
    ['findRule: options', () => findRule(rulebook, 'x', asOf, forbid(null)), TypeError, 'findRule: options must be an object, received null'],
    ['rulesInForce: rulebook', () => rulesInForce(forbid(42), asOf), TypeError, 'rulesInForce: rulebook must be a rulebook ({ instruments, rules }), received a number'],
    ['rulesInForce: asOf', () => rulesInForce(rulebook, forbid(undefined)), TypeError, 'rulesInForce: asOf must be an ISO date YYYY-MM-DD, received undefined'],
    ['rulesInForce: options', () => rulesInForce(rulebook, asOf, forbid('structure')), TypeError, 'rulesInForce: options must be an object, received a string'],
    ['findInstrument: rulebook', () => findInstrument(forbid(undefined), 'x'), TypeError, 'findInstrument: rulebook must be a rulebook ({ instruments, rules }), received undefined'],
    ['findInstrument: id', () => findInstrument(rulebook, forbid(null)), TypeError, 'findInstrument: id must be a string, received null'],
    [
      'findRuleChanges: rulebook',
      () => findRuleChanges(forbid(null), { from: asOf, to: asOf }),
      TypeError,
      'findRuleChanges: rulebook must be a rulebook ({ instruments, rules }), received null',
    ],
    ['validateRulebook: rulebook', () => validateRulebook(forbid([])), TypeError, 'validateRulebook: rulebook must be a rulebook ({ instruments, rules }), received an array'],
    [
      'validateRulebook: rulebook.instruments',
      () => validateRulebook(forbid({ rules: [] })),
      TypeError,
      'validateRulebook: rulebook must be a rulebook ({ instruments, rules }), received an object',
    ],
    ['validateRulebook: options', () => validateRulebook(rulebook, forbid(null)), TypeError, 'validateRulebook: options must be an object, received null'],
    [
      'validateRulebook: options.paramSchemas',
      () => validateRulebook(rulebook, forbid({ paramSchemas: null })),
      TypeError,
      'validateRulebook: options.paramSchemas must be an object, received null',
    ],
    ['extendRulebook: base', () => extendRulebook(forbid(null), {}), TypeError, 'extendRulebook: base must be a rulebook ({ instruments, rules }), received null'],
    ['extendRulebook: additions', () => extendRulebook(rulebook, forbid(undefined)), TypeError, 'extendRulebook: additions must be an object, received undefined'],
    [
      'extendRulebook: additions.rules',
      () => extendRulebook(rulebook, forbid({ rules: 'x' })),
      TypeError,
      'extendRulebook: additions.rules must be an array, received a string',
    ],
    [
      'extendRulebook: additions.instruments',
      () => extendRulebook(rulebook, forbid({ instruments: null })),
      TypeError,
      'extendRulebook: additions.instruments must be an array, received null',
    ],
    [
      'findVietnamUnitsByName: options',
      () => findVietnamUnitsByName('ky anh', forbid(null)),
      TypeError,
      'findVietnamUnitsByName: options must be an object, received null',
    ],
  ])('%s', (_label, call, kind, message) => {
    expect(call).toThrow(new kind(`[tinh-gon] ${message}`));
    // the class itself, not a subclass or the other one (toThrow compares the message only)
    try {
      call();
    } catch (error) {
      expect((error as Error).constructor).toBe(kind);
    }
  });
});

describe('the guards leave valid calls as they were', () => {
  it('the interval helpers answer as before', () => {
    expect(isInForce(term, isoDate('2024-12-31'))).toBe(true);
    expect(isInForce(term, asOf)).toBe(false);
    expect(overlaps(term, { from: asOf })).toBe(false);
    expect(within({ from: isoDate('2019-01-01') }, term)).toBe(true);
  });

  it('the kinds answer as before', () => {
    expect(getFamily('inspection-commission')).toBe('party');
    expect(getAreaLevel('town')).toBe('district');
    expect(getAreaLevel('country')).toBe('central');
  });

  it('findArea and getLevel answer for an organisation', () => {
    const committee = structure.units.find((unit) => unit.kind === 'peoples-committee' && unit.areaId === area.id) as Unit;
    expect(findArea(structure, committee)).toBe(area);
    expect(getLevel(structure, committee)).toBe('district');
    expect(isArea(area)).toBe(true);
  });

  it('toIsoDate takes a Date from another realm', () => {
    expect(toIsoDate(runInNewContext('new Date(2025, 6, 1)') as Date)).toBe('2025-07-01');
  });

  it('the rulebook functions answer as before', () => {
    expect(findRule(rulebook, 'structure.area-hierarchy', asOf).ok).toBe(true);
    expect(findInstrument(rulebook, '178/2024/NĐ-CP')?.id).toBe('178/2024/NĐ-CP');
    expect(rulesInForce(rulebook, asOf, { topic: 'structure' }).length).toBeGreaterThan(0);
    expect(extendRulebook(rulebook, {}).rules).toEqual(rulebook.rules);
  });

  it('the report helpers answer as before', () => {
    expect(getOmittedCounts(truncation)).toEqual(omitted);
    expect(formatIssuePath(['operations', 3, 'type'])).toBe('operations[3].type');
    expect(formatCitation(citation, 'en')).toBe('178/2024/NĐ-CP, Art. 7');
  });

  it('a structure is only read, never required, for an area', () => {
    const empty: Structure = { units: [], people: [], assignments: [] };
    expect(findArea(empty, area)).toBe(area);
  });
});
