import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate } from '../../src/core/index.js';
import {
  type Structure,
  type StructureInput,
  findAncestors,
  findAssignments,
  findChildren,
  findUnitsInForce,
  indexStructure,
  isWithinArea,
} from '../../src/model/index.js';
import { parseStructure } from '../../src/parse/index.js';
import { bestCpuTime, parentGraph } from './arbitraries.js';
import { smallTown } from './fixtures.js';

// A test of time ratios: under mutation (TINH_GON_MUTATION) it steps aside, since a mutant that only costs time
// shows as a survivor, listed in the report, and the other tests cover the same code faster.
const UNDER_MUTATION = process.env.TINH_GON_MUTATION === '1';

const d = isoDate;

function parse(input: StructureInput): Structure {
  const result = parseStructure(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The walk up the parents, one step at a time (what isWithinArea answered before it was resolved once). */
function walkUp(structure: Structure, innerId: string, outerId: string): boolean {
  if (innerId === outerId) return true;
  const first = new Map<string, Structure['units'][number]>();
  for (const unit of structure.units) if (!first.has(unit.id)) first.set(unit.id, unit);
  let steps = first.size;
  let parentId = first.get(innerId)?.parentId;
  while (parentId !== undefined && steps > 0) {
    if (parentId === outerId) return true;
    parentId = first.get(parentId)?.parentId;
    steps -= 1;
  }
  return false;
}

describe('the index', () => {
  const structure = parse(smallTown());

  it('keeps one table of positions, and reads units and people through it, first of an id first', () => {
    const units = [
      { id: 'b', kind: 'commune', name: { vi: 'B' }, from: d('2020-01-01') },
      { id: 'a', kind: 'village', name: { vi: 'A' }, parentId: 'b', from: d('2020-01-01') },
      { id: 'b', kind: 'ward', name: { vi: 'B2' }, from: d('2020-01-01') },
    ] as Structure['units'];
    const index = indexStructure({ units, people: [{ id: 'p', name: 'P' }, { id: 'p', name: 'P2' }], assignments: [] });
    expect(Object.fromEntries(index.unitPositionById)).toEqual({ b: 0, a: 1 });
    expect(index.unitsById.size).toBe(2);
    expect(index.unitsById.get('b')?.name.vi).toBe('B');
    expect(index.unitsById.has('a')).toBe(true);
    expect(index.unitsById.has('z')).toBe(false);
    expect(index.unitsById.get('z')).toBeUndefined();
    expect([...index.unitsById.keys()]).toEqual(['b', 'a']);
    expect([...index.unitsById.values()].map((unit) => unit.name.vi)).toEqual(['B', 'A']);
    expect([...index.unitsById].map(([id]) => id)).toEqual(['b', 'a']);
    const seen: string[] = [];
    index.unitsById.forEach((unit, id, map) => {
      seen.push(`${id}:${unit.name.vi}:${map.size}`);
    });
    expect(seen).toEqual(['b:B:2', 'a:A:2']);
    expect(index.peopleById.get('p')?.name).toBe('P');
  });

  it('is built once per structure object, and started by parseStructure', () => {
    expect(indexStructure(structure)).toBe(indexStructure(structure));
    expect(indexStructure(structure).unitPositionById.get('ka')).toBe(2);
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /indexStructure: structure must be an object, received null/],
    ['an input that was not parsed (no people)', { units: [] }, /indexStructure: structure\.people must be an array, received undefined \(parse input with parseStructure first\)/],
    ['units that are not a list', { units: {}, people: [], assignments: [] }, /structure\.units must be an array, received an object/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => indexStructure(value as Structure)).toThrow(TypeError);
    expect(() => indexStructure(value as Structure)).toThrow(message);
  });
});

describe('queries check their dates and options', () => {
  const structure = parse(smallTown());

  it.each<[string, () => unknown, RegExp]>([
    ['findUnitsInForce, a date missing its zero', () => findUnitsInForce(structure, '2025-6-30' as IsoDate), /findUnitsInForce: asOf must be an ISO date YYYY-MM-DD, received "2025-6-30"/],
    ['findUnitsInForce, a day that does not exist', () => findUnitsInForce(structure, '2019-02-30' as IsoDate), /received "2019-02-30"/],
    ['findUnitsInForce, no structure', () => findUnitsInForce(null as never, d('2020-01-01')), /findUnitsInForce: structure must be an object/],
    ['findChildren', () => findChildren(structure, 'ka', '2018-1-1' as IsoDate), /findChildren: asOf/],
    ['findAssignments, a bad date', () => findAssignments(structure, '2019-02-30' as IsoDate), /findAssignments: asOf/],
    ['findAssignments, null filter', () => findAssignments(structure, d('2019-01-01'), null as never), /findAssignments: options must be an object, received null/],
  ])('%s throws a TypeError', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('answers for units that ended, unknown parents and dangling links', () => {
    const ended = { ...structure, units: structure.units.map((unit) => (unit.id === 'kn' ? { ...unit, to: d('2025-07-01') } : unit)) };
    expect(findUnitsInForce(ended, d('2025-06-30')).map((unit) => unit.id)).toContain('kn');
    expect(findUnitsInForce(ended, d('2025-07-01')).map((unit) => unit.id)).not.toContain('kn');
    expect(findChildren(structure, 'nobody')).toEqual([]);
    const dangling = { units: [{ id: 'v', kind: 'village', name: { vi: 'v' }, parentId: 'x', from: d('2020-01-01') }, { id: 'x2', kind: 'commune', name: { vi: 'x' }, parentId: 'ghost', from: d('2020-01-01') }], people: [], assignments: [] } as Structure;
    expect(findAncestors(dangling, 'v')).toEqual([]);
    expect(findAncestors({ ...dangling, units: [dangling.units[0]!, { ...dangling.units[1]!, id: 'x' }] }, 'v').map((unit) => unit.id)).toEqual(['x']);
  });

  it('answers a string date exactly as the same date compared in the calendar', () => {
    // '2025-6-30' would sort after '2025-06-30' and before '2025-07-01': refused instead of answered wrongly
    expect(findUnitsInForce(structure, d('2025-06-30')).map((unit) => unit.id)).toContain('ka');
  });
});

describe('isWithinArea', () => {
  test.prop([parentGraph], { numRuns: 400 })('answers as the walk up the parents, cycles, dangling and repeated ids included', (structure) => {
    const ids = [...new Set([...structure.units.map((unit) => unit.id), 'ghost', 'nobody'])];
    for (const inner of ids) for (const outer of ids) expect(isWithinArea(structure, inner, outer), `${inner} in ${outer}`).toBe(walkUp(structure, inner, outer));
  }, 60_000);

  it('answers across a long chain and around a long cycle', { timeout: 60_000 }, () => {
    const chain = {
      units: Array.from({ length: 5000 }, (_, index) => ({
        id: `a${index}`,
        kind: 'commune',
        name: { vi: 'x' },
        from: d('2020-01-01'),
        ...(index > 0 ? { parentId: `a${index - 1}` } : { parentId: 'top' }),
      })),
      people: [],
      assignments: [],
    } as Structure;
    expect(isWithinArea(chain, 'a4999', 'a0')).toBe(true);
    expect(isWithinArea(chain, 'a4999', 'top')).toBe(true);
    expect(isWithinArea(chain, 'a0', 'a4999')).toBe(false);
    expect(isWithinArea(chain, 'a2500', 'a2499')).toBe(true);
    expect(isWithinArea(chain, 'a2500', 'a2501')).toBe(false);
    const cycle = { units: chain.units.map((unit, index) => ({ ...unit, parentId: `a${(index + 1) % 5000}` })), people: [], assignments: [] } as Structure;
    expect(isWithinArea(cycle, 'a17', 'a16')).toBe(true);
    expect(isWithinArea(cycle, 'a17', 'top')).toBe(false);
    expect(findAncestors(cycle, 'a0')).toHaveLength(4999);
  });

  it.skipIf(UNDER_MUTATION)('takes time linear in the length of the chain (4× the depth: under 8× the time, where a walk per question takes 16×)', { timeout: 60_000, retry: 2 }, () => {
    const question = (depth: number) => {
      const units = Array.from({ length: depth }, (_, index) => ({
        id: `a${index}`,
        kind: 'commune',
        name: { vi: 'x' },
        from: d('2020-01-01'),
        ...(index > 0 ? { parentId: `a${index - 1}` } : {}),
      }));
      return () => {
        const structure = { units, people: [], assignments: [] } as Structure;
        // as many questions as units, each from the bottom of the chain to its top
        for (let index = 0; index < depth; index += 1) isWithinArea(structure, `a${depth - 1}`, `a${index % 7}`);
      };
    };
    const small = bestCpuTime(question(20_000));
    const large = bestCpuTime(question(80_000));
    expect(large / Math.max(small, 1)).toBeLessThan(8);
  });
});
