import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { analysePlan, resolveUnit } from '../../src/plan/analysePlan.js';
import { Ancestry } from '../../src/plan/ancestry.js';
import type { Plan } from '../../src/plan/index.js';

const from = isoDate('2020-01-01');
const on = isoDate('2025-07-01');

/*
 * A province (code 42, central, border) over two communes; the first commune is mountainous and has
 * two villages, one of them with its own terrain; a second province without a code; two communes
 * caught in a parent cycle with a village under one of them; a unit whose parent is itself.
 * The plan consolidates the two communes of the first province into a new one.
 */
const units: Unit[] = [
  { id: 'p', kind: 'province', name: { vi: 'Tỉnh' }, from, code: '42', region: 'central', border: true },
  { id: 'c1', kind: 'commune', name: { vi: 'Xã 1' }, from, parentId: 'p', terrain: 'mountainous' },
  { id: 'v1', kind: 'village', name: { vi: 'Thôn 1' }, from, parentId: 'c1' },
  { id: 'v2', kind: 'village', name: { vi: 'Thôn 2' }, from, parentId: 'c1', terrain: 'plains' },
  { id: 'c2', kind: 'commune', name: { vi: 'Xã 2' }, from, parentId: 'p' },
  { id: 'v3', kind: 'village', name: { vi: 'Thôn 3' }, from, parentId: 'c2' },
  { id: 'q', kind: 'province', name: { vi: 'Tỉnh không mã' }, from },
  { id: 'c3', kind: 'commune', name: { vi: 'Xã 3' }, from, parentId: 'q' },
  { id: 'k1', kind: 'commune', name: { vi: 'Vòng 1' }, from, parentId: 'k2' },
  { id: 'k2', kind: 'commune', name: { vi: 'Vòng 2' }, from, parentId: 'k1' },
  { id: 'kv', kind: 'village', name: { vi: 'Thôn vòng' }, from, parentId: 'k1' },
  { id: 'self', kind: 'commune', name: { vi: 'Tự mình' }, from, parentId: 'self' },
];
const structure: Structure = { units, people: [], assignments: [] };
const plan: Plan = {
  effectiveOn: on,
  operations: [{ type: 'consolidate', sourceIds: ['c1', 'c2'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'Xã mới' }, parentId: 'p' } }],
};

function ancestryOf() {
  const analysis = analysePlan(structure, plan);
  const unit = (id: string) => {
    const found = resolveUnit(analysis, id);
    if (found === undefined) throw new Error(`no unit ${id}`);
    return found;
  };
  return { ancestry: new Ancestry(analysis), unit };
}

describe('Ancestry: facts read from the nearest area that records them', () => {
  it.each([
    ['v1', 'terrain', 'mountainous'],
    ['v2', 'terrain', 'plains'],
    ['v1', 'region', 'central'],
    ['c1', 'border', true],
    ['n', 'region', 'central'],
    ['c3', 'region', undefined],
    ['kv', 'terrain', undefined],
    ['self', 'terrain', undefined],
  ] as const)('%s inherits %s = %s', (id, field, expected) => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.inheritedFact(unit(id), field)).toBe(expected);
    // asked again, the memo answers the same
    expect(ancestry.inheritedFact(unit(id), field)).toBe(expected);
  });

  it('memoises per field: a village read for its terrain, then for its region, answers each', () => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.inheritedFact(unit('v1'), 'terrain')).toBe('mountainous');
    expect(ancestry.inheritedFact(unit('v3'), 'terrain')).toBeUndefined();
    expect(ancestry.inheritedFact(unit('v3'), 'region')).toBe('central');
  });

  it.each([
    ['v2', 'terrain', 'mountainous'],
    ['c1', 'terrain', undefined],
    ['p', 'region', undefined],
  ] as const)("the parent's fact of %s for %s is %s (not the unit's own)", (id, field, expected) => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.parentFact(unit(id), field)).toBe(expected);
  });

  it('finds the parent of a unit, existing or new', () => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.parentOf(unit('v1'))?.id).toBe('c1');
    expect(ancestry.parentOf(unit('n'))?.id).toBe('p');
    expect(ancestry.parentOf(unit('p'))).toBeUndefined();
  });

  it.each([
    ['p', '42'],
    ['c1', '42'],
    ['v3', '42'],
    ['n', '42'],
    ['c3', undefined],
    ['q', undefined],
    ['kv', undefined],
  ] as const)('the province code of %s is %s (a province without a code stops the walk)', (id, expected) => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.provinceCode(unit(id))).toBe(expected);
  });

  it.each([
    ['v1', ['province'], true],
    ['v1', ['commune'], true],
    ['v1', ['village'], false],
    ['c1', ['commune'], false],
    ['p', ['province'], false],
    ['kv', ['province'], false],
    ['v1', ['centrally-run-city', 'province'], true],
  ] as const)('%s has an ancestor of kind %j: %s', (id, kinds, expected) => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.hasAncestorOfKind(unit(id), kinds)).toBe(expected);
    // the key does not depend on the order of the kinds
    expect(ancestry.hasAncestorOfKind(unit(id), [...kinds].reverse())).toBe(expected);
  });
});

describe('Ancestry: who lies within whom', () => {
  it.each([
    ['p', 'v1', true],
    ['c1', 'v1', true],
    ['v1', 'v1', true],
    ['c2', 'v1', false],
    ['v1', 'c1', false],
    ['q', 'v1', false],
    ['p', 'n', true],
    ['n', 'p', false],
    ['unknown', 'v1', false],
    ['k1', 'kv', true],
    ['kv', 'k1', false],
    // entered after the ancestor's walk ended: later than its entry, yet not inside it
    ['c1', 'v3', false],
    ['c1', 'c2', false],
  ] as const)('%s is %s itself or an ancestor of %s', (ancestorId, id, expected) => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.isSelfOrAncestor(ancestorId, unit(id))).toBe(expected);
  });

  it.each([
    // the new commune takes over what lay within its sources
    ['v1', 'n', true],
    ['v3', 'n', true],
    ['v1', 'c1', true],
    ['v3', 'c1', false],
    ['v1', 'p', true],
    ['p', 'p', false],
    ['c3', 'p', false],
    ['v1', 'q', false],
    ['v1', 'unknown', false],
    ['kv', 'k1', true],
    ['n', 'n', false],
  ] as const)('%s lies within %s (or what it takes over): %s', (id, parentId, expected) => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.liesWithin(unit(id), parentId)).toBe(expected);
    expect(ancestry.liesWithin(unit(id), parentId)).toBe(expected);
  });

  it('answers for many units of one parent from one memo, in any order', () => {
    const { ancestry, unit } = ancestryOf();
    const answers = ['v3', 'c3', 'v1', 'v2', 'q', 'c2', 'c1', 'p'].map((id) => ancestry.liesWithin(unit(id), 'n'));
    expect(answers).toEqual([true, false, true, true, false, false, false, false]);
  });
});

describe('Ancestry: one memo per question, and what a unit takes over nested in it', () => {
  it('keeps the answers of different kinds apart on one ancestry', () => {
    const { ancestry, unit } = ancestryOf();
    expect(ancestry.hasAncestorOfKind(unit('v1'), ['province'])).toBe(true);
    expect(ancestry.hasAncestorOfKind(unit('v1'), ['village'])).toBe(false);
    expect(ancestry.hasAncestorOfKind(unit('v2'), ['commune'])).toBe(true);
    expect(ancestry.hasAncestorOfKind(unit('v2'), ['centrally-run-city'])).toBe(false);
    // and facts apart from kinds and codes
    expect(ancestry.provinceCode(unit('v1'))).toBe('42');
    expect(ancestry.inheritedFact(unit('v1'), 'region')).toBe('central');
    expect(ancestry.inheritedFact(unit('v1'), 'border')).toBe(true);
  });

  it('a predecessor nested inside its successor does not hide the rest of the successor', () => {
    // the first commune merged into its own province: its span lies inside the province's
    const analysis = analysePlan(structure, { effectiveOn: on, operations: [{ type: 'merge', sourceIds: ['c1'], targetId: 'p' }] });
    const ancestry = new Ancestry(analysis);
    const unit = (id: string) => resolveUnit(analysis, id) as NonNullable<ReturnType<typeof resolveUnit>>;
    expect(['v1', 'v2', 'c1', 'v3', 'c2', 'c3', 'p'].map((id) => ancestry.liesWithin(unit(id), 'p'))).toEqual([true, true, true, true, true, false, false]);
  });
});
