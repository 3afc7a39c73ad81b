import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import {
  type Structure,
  findAncestors,
  findAssignments,
  findChildren,
  findUnitsInForce,
  indexStructure,
  isWithinArea,
} from '../../src/model/index.js';
import { getUnitTree } from '../../src/model/unitTree.js';
import { validateStructure } from '../../src/structure/index.js';

// Tests aimed at the survivors of a mutation run of src/model (unitTree.ts, indexStructure.ts,
// assertStructure.ts): parent links with duplicated ids, cycles and chains longer than the short walk
// of isWithin (16 links), the boundaries of the date filters, and the refusals of assertStructure.

type Unit = Structure['units'][number];

const d = isoDate;

/** A commune in force from 2020 (or `from`), under `parentId` when given. */
function unit(id: string, parentId?: string, from = '2020-01-01', to?: string): Unit {
  return {
    id,
    kind: 'commune',
    name: { vi: id },
    from: d(from),
    ...(parentId === undefined ? {} : { parentId }),
    ...(to === undefined ? {} : { to: d(to) }),
  } as Unit;
}

function structureOf(units: Unit[], extra: Partial<Structure> = {}): Structure {
  return { units, people: [], assignments: [], ...extra } as Structure;
}

/** `length` communes c0 … c(length-1), each under the one before it; c0 under `top` (or no parent). */
function chain(length: number, top?: string, prefix = 'c'): Unit[] {
  return Array.from({ length }, (_, index) => unit(`${prefix}${index}`, index === 0 ? top : `${prefix}${index - 1}`));
}

/** The `cycle` params of the parent_cycle issues of validateStructure, in the order reported. */
function reportedCycles(structure: Structure): unknown[] {
  return validateStructure(structure, { asOf: d('2021-01-01'), issueLimit: Number.MAX_SAFE_INTEGER })
    .issues.filter((issue) => issue.code === 'parent_cycle')
    .map((issue) => issue.params?.cycle);
}

/** The first record of each id wins (the documented rule for duplicated ids). */
function firstById(structure: Structure): Map<string, Unit> {
  const first = new Map<string, Unit>();
  for (const record of structure.units) if (!first.has(record.id)) first.set(record.id, record);
  return first;
}

/**
 * Reference for isWithinArea: a plain walk up the parents of the first record of each id, with a
 * visited set; the parent id at the top of the chain counts even when it names no unit.
 */
function referenceIsWithin(first: ReadonlyMap<string, Unit>, innerId: string, outerId: string): boolean {
  if (innerId === outerId) return true;
  const visited = new Set<string>([innerId]);
  let parentId = first.get(innerId)?.parentId;
  while (parentId !== undefined) {
    if (parentId === outerId) return true;
    if (visited.has(parentId)) return false;
    visited.add(parentId);
    parentId = first.get(parentId)?.parentId;
  }
  return false;
}

/** Reference for findAncestors: the same walk, collecting the ids of the units met. */
function referenceAncestors(first: ReadonlyMap<string, Unit>, id: string): string[] {
  const visited = new Set<string>([id]);
  const ids: string[] = [];
  let parentId = first.get(id)?.parentId;
  while (parentId !== undefined && !visited.has(parentId) && first.has(parentId)) {
    ids.push(parentId);
    visited.add(parentId);
    parentId = first.get(parentId)?.parentId;
  }
  return ids;
}

/** Reference for the parent cycles: each cycle of the first records' parent links once, as its sorted ids. */
function referenceCycles(first: ReadonlyMap<string, Unit>): string[] {
  const cycles = new Set<string>();
  for (const start of first.keys()) {
    const walk: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && first.has(id) && !walk.includes(id)) {
      walk.push(id);
      id = first.get(id)?.parentId;
    }
    if (id !== undefined && walk.includes(id)) cycles.add(walk.slice(walk.indexOf(id)).sort().join(' '));
  }
  return [...cycles].sort();
}

describe('the parent-link tree with duplicated ids', () => {
  // x (no parent), a second x under d (shadowed), the cycle c → d → e → c, f under an unknown id
  const shadowedIntoCycle = () =>
    structureOf([unit('x'), unit('x', 'd'), unit('c', 'd'), unit('d', 'e'), unit('e', 'c'), unit('f', 'ghost')]);

  it('marks a unit shadowed by an earlier one of its id with -2 and links the others to their parent position', () => {
    // guards unitTree.ts lines 160 (shadowing false / ===) and 163 (shadowed test → false)
    const structure = shadowedIntoCycle();
    const tree = getUnitTree(structure, indexStructure(structure).unitPositionById);
    expect([...tree.parentOf]).toEqual([-1, -2, 3, 4, 2, -1]);
    expect(tree.cycles).toEqual([[2, 3, 4]]);
  });

  it('reports the cycle from the first unit of the cycle, not from the shadowed unit listed before it', () => {
    // guards unitTree.ts lines 160 and 163: an unshadowed second x would walk into the cycle at d first
    expect(reportedCycles(shadowedIntoCycle())).toEqual([['c', 'd', 'e']]);
  });

  it('is built once per structure object', () => {
    // guards unitTree.ts line 155 (the cache lookup) — the doc comment: "cached per structure object"
    const structure = shadowedIntoCycle();
    const { unitPositionById } = indexStructure(structure);
    expect(getUnitTree(structure, unitPositionById)).toBe(getUnitTree(structure, unitPositionById));
  });

  it('ignores the parent of a shadowed unit when asking what lies within what', () => {
    // guards unitTree.ts line 163 on the short walk: b, a under b, and a second b under a (which would
    // close a cycle were it not shadowed)
    const structure = structureOf([unit('b'), unit('a', 'b'), unit('b', 'a')]);
    expect(isWithinArea(structure, 'a', 'b')).toBe(true);
    expect(isWithinArea(structure, 'b', 'a')).toBe(false);
    expect(findAncestors(structure, 'b')).toEqual([]);
    expect(reportedCycles(structure)).toEqual([]);
  });

  it('ignores a shadowed unit that would close a cycle over a chain longer than the short walk', () => {
    // guards unitTree.ts lines 105 and 141 with a shadowed unit in the resolved ancestry: 20 links, then a
    // second c0 under c19; c0 stays the top of the chain, under ghost
    const structure = structureOf([...chain(20, 'ghost'), unit('c0', 'c19')]);
    expect(isWithinArea(structure, 'c19', 'c0')).toBe(true);
    expect(isWithinArea(structure, 'c19', 'ghost')).toBe(true);
    expect(isWithinArea(structure, 'c0', 'c19')).toBe(false);
    expect(isWithinArea(structure, 'c19', 'nobody')).toBe(false);
    expect(reportedCycles(structure)).toEqual([]);
  });
});

describe('parent cycles', () => {
  it('reports a cycle reached from a unit listed before it, starting where that walk entered it', () => {
    // guards unitTree.ts lines 33–41 (findCycles): a under d, then the cycle c → d → c; the walk from a meets d first
    const structure = structureOf([unit('a', 'd'), unit('c', 'd'), unit('d', 'c')]);
    expect(reportedCycles(structure)).toEqual([['d', 'c']]);
    expect(isWithinArea(structure, 'a', 'c')).toBe(true);
    expect(isWithinArea(structure, 'c', 'a')).toBe(false);
    expect(findAncestors(structure, 'a').map((found) => found.id)).toEqual(['d', 'c']);
  });

  it('reports each of two cycles once, in the order found', () => {
    // guards unitTree.ts lines 33–42 (a unit already walked starts no second walk): s reaches r's cycle again
    const structure = structureOf([unit('p', 'q'), unit('q', 'p'), unit('r', 'r'), unit('s', 'r')]);
    expect(reportedCycles(structure)).toEqual([['p', 'q'], ['r']]);
  });
});

describe('isWithinArea past the short walk (chains longer than 16 links)', () => {
  it('answers down a 20-link chain listed from the top, whose top has no parent', () => {
    // guards unitTree.ts line 105 (each unit is a root only when it has no parent in the tree) and
    // line 141 (an unknown outer id is within only when it is the parent id at the top of the chain)
    const structure = structureOf(chain(20));
    expect(isWithinArea(structure, 'c19', 'c0')).toBe(true);
    expect(isWithinArea(structure, 'c19', 'c1')).toBe(true);
    expect(isWithinArea(structure, 'c19', 'c18')).toBe(true);
    expect(isWithinArea(structure, 'c18', 'c19')).toBe(false);
    expect(isWithinArea(structure, 'c0', 'c19')).toBe(false);
    expect(isWithinArea(structure, 'c19', 'nobody')).toBe(false);
  });

  it('answers down a 20-link chain whose top points at an unknown id, and only that id', () => {
    // guards unitTree.ts line 141: the top's parent id counts, any other unknown id does not
    const structure = structureOf(chain(20, 'ghost'));
    expect(isWithinArea(structure, 'c19', 'ghost')).toBe(true);
    expect(isWithinArea(structure, 'c19', 'nobody')).toBe(false);
    expect(isWithinArea(structure, 'c3', 'ghost')).toBe(true);
    expect(isWithinArea(structure, 'c3', 'nobody')).toBe(false);
  });

  it('answers up a 20-link chain listed from the bottom', () => {
    // guards unitTree.ts lines 105 and 141 when children are listed before their parents
    const structure = structureOf(chain(20, 'ghost').reverse());
    expect(isWithinArea(structure, 'c19', 'c0')).toBe(true);
    expect(isWithinArea(structure, 'c19', 'ghost')).toBe(true);
    expect(isWithinArea(structure, 'c19', 'nobody')).toBe(false);
    expect(isWithinArea(structure, 'c0', 'c1')).toBe(false);
  });

  it('answers a unit under an unknown id asked whether it lies within that id, a step up and far up', () => {
    // guards unitTree.ts line 180 (the short walk's answer at an unknown parent)
    const structure = structureOf([unit('v', 'ghost'), unit('w', 'v')]);
    expect(isWithinArea(structure, 'v', 'ghost')).toBe(true);
    expect(isWithinArea(structure, 'w', 'ghost')).toBe(true);
    expect(isWithinArea(structure, 'w', 'nobody')).toBe(false);
    expect(isWithinArea(structure, 'ghost', 'v')).toBe(false);
  });

  it('answers a 20-link chain that runs into a cycle: every unit of the cycle and nothing else above', () => {
    // guards unitTree.ts lines 130–141 (a cycle stands as one node; its units reach each other): c0 under
    // k1, the cycle k1 → k2 → k3 → k1 listed after the chain
    const structure = structureOf([...chain(20, 'k1'), unit('k1', 'k2'), unit('k2', 'k3'), unit('k3', 'k1')]);
    for (const outer of ['k1', 'k2', 'k3', 'c0', 'c10']) expect(isWithinArea(structure, 'c19', outer), outer).toBe(true);
    expect(isWithinArea(structure, 'c19', 'nobody')).toBe(false);
    expect(isWithinArea(structure, 'k1', 'c0')).toBe(false);
    expect(isWithinArea(structure, 'k2', 'k1')).toBe(true);
    expect(isWithinArea(structure, 'c5', 'c6')).toBe(false);
    expect(reportedCycles(structure)).toEqual([['k1', 'k2', 'k3']]);
  });

  it('answers around a 20-unit cycle: each unit reaches all of it, and no unknown id', () => {
    // guards unitTree.ts lines 136 and 141 on a cycle longer than the short walk
    const units = Array.from({ length: 20 }, (_, index) => unit(`r${index}`, `r${(index + 1) % 20}`));
    const structure = structureOf([unit('leaf', 'r0'), ...units]);
    expect(isWithinArea(structure, 'r3', 'r2')).toBe(true);
    expect(isWithinArea(structure, 'r3', 'r4')).toBe(true);
    expect(isWithinArea(structure, 'leaf', 'r19')).toBe(true);
    expect(isWithinArea(structure, 'r3', 'leaf')).toBe(false);
    expect(isWithinArea(structure, 'r3', 'nobody')).toBe(false);
    expect(isWithinArea(structure, 'leaf', 'nobody')).toBe(false);
  });
});

/**
 * Small structures with long chains, duplicated ids and cycles: a chain of `length` ids (each under
 * the one before) with some links rewired to another id, an unknown id or nothing, then extra records
 * reusing ids with parents of their own, the whole list shuffled.
 */
const treeStructure: fc.Arbitrary<Structure> = fc.integer({ min: 1, max: 30 }).chain((length) => {
  const ids = Array.from({ length }, (_, index) => `u${index}`);
  const parentChoice = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<string | undefined>(...ids, 'ghost', undefined) },
    { weight: 16, arbitrary: fc.constant<string | null>(null) }, // null: the one before in the chain
  );
  return fc
    .record({
      parents: fc.array(parentChoice, { minLength: length, maxLength: length }),
      extras: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom<string | undefined>(...ids, 'ghost', undefined)), { maxLength: 4 }),
      order: fc.array(fc.nat(), { minLength: length + 4, maxLength: length + 4 }),
    })
    .map(({ parents, extras, order }) => {
      const units = ids.map((id, index) => {
        const choice = parents[index];
        return unit(id, choice === null ? (index === 0 ? undefined : ids[index - 1]) : choice);
      });
      units.push(...extras.map(([id, parentId]) => unit(id, parentId)));
      // shuffled by sorting on drawn keys (ties keep their order)
      const keyed = units.map((record, index) => ({ record, key: order[index] ?? 0 }));
      keyed.sort((a, b) => a.key - b.key);
      return structureOf(keyed.map(({ record }) => record));
    });
});

describe('isWithinArea and findAncestors against a plain walk', () => {
  test.prop([treeStructure], { numRuns: 150 })(
    'answer as a walk up the first record of each id, with a visited set, and report each parent cycle once',
    (structure) => {
      // guards the resolved ancestry as a whole (unitTree.ts lines 98–141) on chains past the short walk, and findCycles
      const first = firstById(structure);
      const ids = [...first.keys(), 'ghost', 'nobody'];
      // one comparison per structure: every question's answer, as lines, against the reference's
      const answers = (ancestors: (id: string) => string[], within: (inner: string, outer: string) => boolean) =>
        ids.map((inner) => `${inner} ↑ ${ancestors(inner).join(' ')} | ${ids.filter((outer) => within(inner, outer)).join(' ')}`);
      expect(answers((id) => findAncestors(structure, id).map((found) => found.id), (inner, outer) => isWithinArea(structure, inner, outer))).toEqual(
        answers((id) => referenceAncestors(first, id), (inner, outer) => referenceIsWithin(first, inner, outer)),
      );
      // one parent_cycle per cycle of the first records, naming its units
      const cycles = reportedCycles(structure).map((cycle) => [...(cycle as string[])].sort().join(' '));
      expect(cycles.sort()).toEqual(referenceCycles(first));
    },
    30_000,
  );
});

describe('the index tables and the queries over them', () => {
  const units = [
    unit('top'),
    unit('old', 'top', '2010-01-01', '2020-01-01'),
    unit('new', 'top', '2020-01-01'),
    unit('later', 'top', '2020-01-02'),
    unit('leaf', 'new', '2020-01-01'),
  ];
  const assignments = [
    { personId: 'p', unitId: 'new', role: 'chair', from: d('2020-01-01') },
    { personId: 'q', unitId: 'new', role: 'chair', from: d('2019-01-01'), to: d('2020-06-01') },
    { personId: 'p', unitId: 'leaf', role: 'chair', from: d('2020-01-01') },
    { personId: 'q', unitId: 'leaf', role: 'secretary', from: d('2020-01-01') },
    { personId: 'p', unitId: 'new', role: 'secretary', from: d('2030-01-01') },
  ];
  const structure = structureOf(units, {
    people: [
      { id: 'p', name: 'P' },
      { id: 'q', name: 'Q' },
    ],
    assignments: assignments as Structure['assignments'],
  });

  it('groups children under parent ids only: a unit without a parent is under no key', () => {
    // guards indexStructure.ts line 90 (a missing key is skipped)
    const { childrenById } = indexStructure(structure);
    expect([...childrenById.keys()]).toEqual(['top', 'new']);
    expect(childrenById.get('top')?.map((child) => child.id)).toEqual(['old', 'new', 'later']);
  });

  it('counts a unit in force on the day it starts, and not on the day it ends', () => {
    // guards indexStructure.ts line 232 (from <= asOf)
    expect(findUnitsInForce(structure, d('2020-01-01')).map((found) => found.id)).toEqual(['top', 'new', 'leaf']);
    expect(findUnitsInForce(structure, d('2019-12-31')).map((found) => found.id)).toEqual(['old']);
    expect(findUnitsInForce(structure, d('2020-01-02')).map((found) => found.id)).toEqual(['top', 'new', 'later', 'leaf']);
  });

  it('finds the children in force on a date, in input order', () => {
    // guards indexStructure.ts line 252 (the filter of children by date)
    expect(findChildren(structure, 'top', d('2020-01-01')).map((found) => found.id)).toEqual(['new']);
    expect(findChildren(structure, 'top', d('2019-06-01')).map((found) => found.id)).toEqual(['old']);
    expect(findChildren(structure, 'top').map((found) => found.id)).toEqual(['old', 'new', 'later']);
    expect(findChildren(structure, 'new', d('2020-01-01')).map((found) => found.id)).toEqual(['leaf']);
  });

  it('finds no ancestors for an unknown id, and the chain for a known one', () => {
    // guards indexStructure.ts line 272 (an unknown id has no parent, rather than throwing)
    expect(findAncestors(structure, 'nobody')).toEqual([]);
    expect(findAncestors(structure, 'leaf').map((found) => found.id)).toEqual(['new', 'top']);
  });

  it('finds the posts of one unit in force on a date', () => {
    // guards indexStructure.ts line 144 (the table of posts by unit)
    expect(findAssignments(structure, d('2020-03-01'), { unitId: 'new' }).map((post) => `${post.personId}:${post.role}`)).toEqual(['p:chair', 'q:chair']);
    expect(findAssignments(structure, d('2020-07-01'), { unitId: 'new' }).map((post) => `${post.personId}:${post.role}`)).toEqual(['p:chair']);
    expect(indexStructure(structure).assignmentsByUnitId.get('leaf')?.map((post) => post.personId)).toEqual(['p', 'q']);
  });

  it('filters posts by person and unit together, each narrowing what the other leaves', () => {
    // guards indexStructure.ts lines 377–383 (the person's list as source, then the unit and person filters)
    expect(findAssignments(structure, d('2020-03-01'), { personId: 'p', unitId: 'new' }).map((post) => post.role)).toEqual(['chair']);
    expect(findAssignments(structure, d('2020-03-01'), { personId: 'q', unitId: 'leaf' }).map((post) => post.role)).toEqual(['secretary']);
    expect(findAssignments(structure, d('2030-01-01'), { personId: 'p' }).map((post) => `${post.unitId}:${post.role}`)).toEqual(['new:chair', 'leaf:chair', 'new:secretary']);
    expect(findAssignments(structure, d('2020-03-01'), { personId: 'nobody', unitId: 'new' })).toEqual([]);
    expect(findAssignments(structure, d('2020-03-01'), { personId: 'p', unitId: 'nothing' })).toEqual([]);
  });
});

describe('assertStructure, through indexStructure', () => {
  it.each<[string, unknown, string]>([
    ['an array', [], 'an array'],
    ['an array carrying the three lists', Object.assign([], { units: [], people: [], assignments: [] }), 'an array'],
    ['null', null, 'null'],
    ['a number', 5, 'a number'],
    ['a string', 'units', 'a string'],
    ['undefined', undefined, 'undefined'],
  ])('refuses %s as a structure, saying what it received', (_name, value, received) => {
    // guards assertStructure.ts line 20 (each of: not an object, null, an array)
    expect(() => indexStructure(value as Structure)).toThrow(new TypeError(`[tinh-gon] indexStructure: structure must be an object, received ${received}`));
  });
});
