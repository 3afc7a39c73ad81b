import { describe, expect, it } from 'vitest';
import { type Structure, indexStructure } from '../../src/model/index.js';
import { parseStructure } from '../../src/parse/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { type Rule, defaultRulebook, extendRulebook, findRule, validateRulebook } from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';
import { smallTown } from './fixtures.js';

const d = isoDate;
const english = (value: unknown) => (value as { en?: unknown } | undefined)?.en;
const vietnamese = (value: unknown) => (value as { vi?: unknown } | undefined)?.vi;

describe('parse issues say what was received', () => {
  it.each([
    ['a long string', { units: [{ id: 'x', kind: 'village', name: { vi: 'x' }, from: 'x'.repeat(50) }] }, `string "${'x'.repeat(40)}…"`],
    ['a number', { units: [{ id: 'x', kind: 'village', name: { vi: 'x' }, from: 20200101 }] }, '20200101'],
    ['a boolean', { units: [{ id: 'x', kind: 'village', name: { vi: 'x' }, from: true }] }, 'true'],
    ['null', { units: [{ id: 'x', kind: 'village', name: { vi: 'x' }, from: null }] }, 'null'],
    ['an array', { units: [{ id: 'x', kind: 'village', name: ['x'], from: '2020-01-01' }] }, 'array'],
    ['an object', { units: {} }, 'object'],
    ['a missing value', { units: [{ id: 'x', kind: 'village', from: '2020-01-01' }] }, 'undefined'],
  ])('%s', (_name, input, received) => {
    const result = parseStructure(input);
    expect(result.ok).toBe(false);
    // what was received is bilingual: the English side names it as it always did
    expect(english(result.issues[0]?.params?.received)).toBe(received);
  });

  it('names the limit of an id that is too long', () => {
    const result = parseStructure({ units: [{ id: 'x'.repeat(201), kind: 'village', name: { vi: 'x' }, from: '2020-01-01' }] });
    expect(english(result.issues[0]?.params?.expected)).toBe('at most 200 characters');
    expect(vietnamese(result.issues[0]?.params?.expected)).toBe('tối đa 200 ký tự');
  });

  it('lists the allowed values of an enum', () => {
    const result = parseStructure({ units: [{ id: 'x', kind: 'village', name: { vi: 'x' }, from: '2020-01-01', terrain: 'swamp' }] });
    expect(english(result.issues[0]?.params?.expected)).toMatch(/^one of "plains", "midland"/);
    expect(vietnamese(result.issues[0]?.params?.expected)).toMatch(/^một trong các giá trị "plains", "midland"/);
  });
});

describe('the index', () => {
  it('groups organisations by the area they serve, areas left out', () => {
    const parsed = parseStructure(smallTown());
    if (!parsed.ok) throw new Error('fixture');
    const byArea = indexStructure(parsed.value).organisationsByAreaId;
    expect(byArea.get('ka')?.map((unit) => unit.id)).toEqual(['du-ka', 'btg-ka', 'ubnd-ka', 'pnv-ka', 'ttbdct']);
    expect(byArea.get('thon1')?.map((unit) => unit.id)).toEqual(['cb-thon1']);
    expect(byArea.has('vn')).toBe(false);
  });

  it('keeps the first of two units with one id, for lookups and cycles alike', () => {
    const structure = {
      units: [
        { id: 'a', kind: 'village', name: { vi: 'A' }, parentId: 'b', from: d('2020-01-01') },
        { id: 'b', kind: 'commune', name: { vi: 'B' }, from: d('2020-01-01') },
        { id: 'a', kind: 'commune', name: { vi: 'A2' }, parentId: 'a', from: d('2020-01-01') },
      ],
      people: [],
      assignments: [],
    } as Structure;
    expect(indexStructure(structure).unitsById.get('a')?.name.vi).toBe('A');
    const codes = validateStructure(structure, { asOf: d('2021-01-01') }).issues.map((issue) => issue.code);
    expect(codes).not.toContain('parent_cycle');
  });
});

describe('rulebook edges', () => {
  it('falls back to unverified when a version cites an instrument the rulebook lacks', () => {
    const rule = {
      id: 'x.orphan',
      type: 'area-hierarchy',
      topic: 'structure',
      title: { vi: 'x', en: 'x' },
      versions: [{ from: d('2020-01-01'), params: { parents: {} }, citation: { instrumentId: 'GHOST' } }],
    } as Rule;
    const rulebook = extendRulebook(defaultRulebook, { rules: [rule] });
    const found = findRule(rulebook, 'x.orphan', d('2021-01-01'));
    expect(found.ok && found.inForce.verification).toBe('unverified');
    expect(found.ok && found.inForce.instrument).toBeUndefined();
    expect(validateRulebook(rulebook).issues.map((issue) => issue.code)).toContain('rulebook_unknown_instrument');
  });

  it('reports a rule of a type it does not know', () => {
    const rule = {
      id: 'x.strange',
      type: 'no-such-type',
      topic: 'structure',
      title: { vi: 'x', en: 'x' },
      versions: [{ from: d('2020-01-01'), params: {}, citation: { instrumentId: 'HP-2013' } }],
    } as unknown as Rule;
    const issues = validateRulebook({ instruments: defaultRulebook.instruments, rules: [rule] }).issues;
    expect(issues.map((issue) => [issue.code, issue.params?.detail])).toEqual([
      ['rulebook_invalid_params', 'unknown rule type no-such-type'],
    ]);
  });

  it('sorts versions merged from several added rules of one id', () => {
    const version = (from: string) => ({ from: d(from), to: d(`${Number(from.slice(0, 4)) + 1}${from.slice(4)}`), params: { parents: {} }, citation: { instrumentId: '72/2025/QH15' } });
    const add = (from: string) => ({ id: 'structure.area-hierarchy', type: 'area-hierarchy', topic: 'structure', title: { vi: 'x', en: 'x' }, versions: [version(from)] }) as Rule;
    const extended = extendRulebook(defaultRulebook, { rules: [add('2032-01-01'), add('2030-01-01')] });
    expect(extended.rules.find((rule) => rule.id === 'structure.area-hierarchy')?.versions.map((v) => v.from)).toEqual([
      '2014-01-01',
      '2025-07-01',
      '2030-01-01',
      '2032-01-01',
    ]);
  });
});

describe('queries on broken structures answer without hanging', () => {
  const broken = {
    units: [
      { id: 'a', kind: 'commune', name: { vi: 'A' }, parentId: 'b', from: d('2020-01-01') },
      { id: 'b', kind: 'commune', name: { vi: 'B' }, parentId: 'a', from: d('2020-01-01') },
      { id: 'body', kind: 'peoples-committee', name: { vi: 'UBND' }, areaId: 'ghost', from: d('2020-01-01') },
      { id: 'odd', kind: 'inspectorate', name: { vi: 'Thanh tra' }, areaId: 'body', from: d('2020-01-01') },
    ],
    people: [{ id: 'p', name: 'P' }],
    assignments: [
      { personId: 'p', unitId: 'body', role: 'chair', from: d('2020-01-01') },
      { personId: 'p', unitId: 'odd', role: 'head', from: d('2020-01-01') },
    ],
  } as Structure;

  it('finds no area or level for an organisation whose area is dangling or not an area', async () => {
    const { findArea, getLevel } = await import('../../src/model/index.js');
    const [, , body, odd] = broken.units;
    expect(findArea(broken, body!)).toBeUndefined();
    expect(getLevel(broken, body!)).toBeUndefined();
    expect(findArea(broken, odd!)).toBeUndefined();
  });

  it('stops walking a cycle', async () => {
    const { isWithinArea, findAncestors } = await import('../../src/model/index.js');
    expect(isWithinArea(broken, 'a', 'zzz')).toBe(false);
    expect(isWithinArea(broken, 'a', 'b')).toBe(true);
    expect(findAncestors(broken, 'a').map((unit) => unit.id)).toEqual(['b']);
  });

  it('filters posts by person and unit together', async () => {
    const { findAssignments } = await import('../../src/model/index.js');
    expect(findAssignments(broken, d('2021-01-01'), { personId: 'p', unitId: 'odd' }).map((a) => a.role)).toEqual(['head']);
    expect(findAssignments(broken, d('2021-01-01'), { personId: 'nobody' })).toEqual([]);
    expect(findAssignments(broken, d('2021-01-01'), { unitId: 'nothing' })).toEqual([]);
  });
});
