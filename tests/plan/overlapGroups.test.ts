import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Organisation } from '../../src/model/index.js';
import { overlapGroups } from '../../src/plan/overlapGroups.js';

const from = isoDate('2020-01-01');
const organisation = (id: string, functions: readonly string[]): Organisation =>
  ({ id, kind: 'mass-association', name: { vi: id }, from, areaId: 'xa', functions }) as Organisation;

/** The groups by hand: every pair compared, joined when they share `minShared` tags, groups of two or more. */
function byHand(organisations: readonly Organisation[], minShared: number): { ids: string[]; shared: string[] }[] {
  const tagged = organisations.map((unit) => ({ id: unit.id, tags: new Set(unit.functions ?? []) })).filter(({ tags }) => tags.size >= minShared);
  const group = tagged.map((_, position) => position);
  const find = (position: number): number => (group[position] === position ? position : find(group[position] as number));
  for (let i = 0; i < tagged.length; i += 1) {
    for (let j = i + 1; j < tagged.length; j += 1) {
      const shared = [...(tagged[i] as (typeof tagged)[number]).tags].filter((tag) => (tagged[j] as (typeof tagged)[number]).tags.has(tag)).length;
      if (shared >= minShared) group[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  const members = new Map<number, (typeof tagged)[number][]>();
  tagged.forEach((entry, position) => {
    members.set(find(position), [...(members.get(find(position)) ?? []), entry]);
  });
  return [...members.values()]
    .filter((list) => list.length >= 2)
    .map((list) => {
      const counts = new Map<string, number>();
      for (const { tags } of list) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return { ids: list.map(({ id }) => id), shared: [...counts].filter(([, count]) => count >= 2).map(([tag]) => tag).sort() };
    });
}

describe('overlapGroups: organisations joined by the tags they share', () => {
  it.each([
    ['two sharing two tags', [['a', ['x', 'y']], ['b', ['y', 'x', 'z']]], 2, [{ ids: ['a', 'b'], shared: ['x', 'y'] }]],
    ['two sharing one tag, two needed', [['a', ['x', 'y']], ['b', ['y', 'z']]], 2, []],
    ['two sharing one tag, one needed', [['a', ['x', 'y']], ['b', ['y', 'z']]], 1, [{ ids: ['a', 'b'], shared: ['y'] }]],
    ['a chain joins three, each pair sharing a different tag', [['a', ['x']], ['b', ['x', 'y']], ['c', ['y']]], 1, [{ ids: ['a', 'b', 'c'], shared: ['x', 'y'] }]],
    ['two groups apart, and a loner', [['a', ['x']], ['b', ['y']], ['c', ['x']], ['d', ['y']], ['e', ['z']]], 1, [{ ids: ['a', 'c'], shared: ['x'] }, { ids: ['b', 'd'], shared: ['y'] }]],
    ['a unit with fewer tags than needed stays out', [['a', ['x']], ['b', ['x']]], 2, []],
    ['repeated tags count once', [['a', ['x', 'x']], ['b', ['x', 'y']]], 2, []],
    ['no tags at all', [['a', []], ['b', []]], 1, []],
    // six units of two tags each: few subsets against many pairs, so the subsets path runs
    [
      'on the subsets path, two units sharing one tag of two are apart',
      [['a', ['x', 'y']], ['b', ['x', 'z']], ['c', ['p', 'q']], ['d', ['q', 'p']], ['e', ['r', 's']], ['f', ['t', 'u']]],
      2,
      [{ ids: ['c', 'd'], shared: ['p', 'q'] }],
    ],
    [
      'on the subsets path, a chain through single tags',
      [['a', ['x']], ['b', ['x']], ['c', ['y']], ['d', ['y']], ['e', ['z']], ['f', ['x']]],
      1,
      [{ ids: ['a', 'b', 'f'], shared: ['x'] }, { ids: ['c', 'd'], shared: ['y'] }],
    ],
  ] as const)('%s', (_label, specs, minShared, expected) => {
    const organisations = specs.map(([id, tags]) => organisation(id, tags));
    expect(overlapGroups(organisations, minShared)).toEqual(expected);
  });

  it('without functions a unit has no tags', () => {
    const bare = { id: 'a', kind: 'mass-association', name: { vi: 'a' }, from, areaId: 'xa' } as Organisation;
    expect(overlapGroups([bare, organisation('b', ['x'])], 1)).toEqual([]);
  });

  // Many units with few tags take the subset path; few units with many tags compare pairs: both answer as by hand.
  test.prop([
    fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 8 }), { maxLength: 12 }),
    fc.integer({ min: 1, max: 4 }),
  ])('answers as comparing every pair by hand, on both of its paths', (tagLists, minShared) => {
    const organisations = tagLists.map((tags, position) => organisation(`u${position}`, tags));
    expect(overlapGroups(organisations, minShared)).toEqual(byHand(organisations, minShared));
  });
});
