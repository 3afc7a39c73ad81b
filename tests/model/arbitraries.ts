import { fc } from '@fast-check/vitest';
import type { IsoDate } from '../../src/core/index.js';
import type { Assignment, Person, Structure, Unit } from '../../src/model/index.js';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
const dates = ['2014-01-01', '2018-01-01', '2020-01-01', '2025-07-01', '2030-01-01'] as IsoDate[];
const kinds = ['country', 'province', 'district', 'town', 'commune', 'ward', 'village', 'special-zone', 'party-committee', 'party-cell', 'propaganda-board', 'peoples-committee', 'specialised-agency', 'public-service-unit'] as const;

/**
 * Small, messy structures: few ids (so parents, areas, duplicates and cycles are common), parent
 * and area links to anything or nothing, dates before and after the 2025 reform, reversed
 * intervals, posts of unknown people and units, staffing above quota.
 */
export const messyStructure: fc.Arbitrary<Structure> = fc
  .record({
    units: fc.array(
      fc.record(
        {
          id: fc.constantFrom(...ids),
          kind: fc.constantFrom(...kinds),
          parentId: fc.option(fc.constantFrom(...ids, 'ghost'), { nil: undefined }),
          areaId: fc.constantFrom(...ids, 'ghost'),
          from: fc.constantFrom(...dates),
          to: fc.option(fc.constantFrom(...dates), { nil: undefined }),
          quota: fc.option(fc.nat(5), { nil: undefined }),
          actual: fc.option(fc.nat(5), { nil: undefined }),
        },
        { requiredKeys: ['id', 'kind', 'areaId', 'from'] },
      ),
      { maxLength: 12 },
    ),
    people: fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 3 }),
    assignments: fc.array(
      fc.record({
        personId: fc.constantFrom('p', 'q', 'ghost'),
        unitId: fc.constantFrom(...ids, 'ghost'),
        role: fc.constantFrom('chair' as const, 'secretary' as const),
        from: fc.constantFrom(...dates),
        to: fc.option(fc.constantFrom(...dates), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ units, people, assignments }) => ({
    units: units.map(({ id, kind, parentId, areaId, from, to, quota, actual }) => {
      const base = { id, kind, name: { vi: id }, from, ...(parentId === undefined ? {} : { parentId }), ...(to === undefined ? {} : { to }) };
      if (['country', 'province', 'district', 'town', 'commune', 'ward', 'village', 'special-zone'].includes(kind)) return base as Unit;
      const staffing = quota === undefined ? {} : { staffing: { quota: { cadre: quota }, ...(actual === undefined ? {} : { actual: { cadre: actual } }) } };
      return { ...base, areaId, ...staffing } as Unit;
    }),
    people: people.map((id): Person => ({ id, name: id })),
    assignments: assignments.map(({ to, ...rest }): Assignment => ({ ...rest, ...(to === undefined ? {} : { to }) })),
  }));

/** Parent links only: `n` units, each with a parent among them, none, or an id that names no unit. */
export const parentGraph: fc.Arbitrary<Structure> = fc.integer({ min: 1, max: 14 }).chain((count) =>
  fc
    .array(fc.tuple(fc.nat(count - 1), fc.integer({ min: -2, max: count - 1 })), { minLength: count, maxLength: count + 3 })
    .map((links) => ({
      units: links.map(([id, parent]): Unit => ({
        id: `u${id}`,
        kind: 'commune',
        name: { vi: `u${id}` },
        from: '2020-01-01' as IsoDate,
        ...(parent === -1 ? {} : { parentId: parent === -2 ? 'ghost' : `u${parent}` }),
      })),
      people: [],
      assignments: [],
    })),
);

/**
 * The best of several CPU times of a function, in milliseconds (`process.cpuUsage`, so another
 * process on the machine does not count).
 */
export function bestCpuTime(run: () => unknown, repeats = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < repeats; attempt += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
