/**
 * Hostile inputs (issue #13): inputs built to make a super-linear algorithm show. Each case runs in
 * a child process (`probes/hostileProbe.ts`) with a time and heap limit, so a quadratic case ends
 * as "miss (timed out)" instead of hanging the run. A `ratio` case times a small and a large input
 * interleaved and reports the time ratio ÷ the size ratio (1.0 = linear); a `bounded` case asks
 * one absurd question and must be answered or refused within the limits.
 */
import type { AreaUnit, Assignment, Organisation, Person, Structure } from '../src/index.js';
import { isoDate } from '../src/index.js';
import { runConcurrencyCoverage, runParseStructure, runReductionSchedule, runValidateStructure } from './adapters.js';
import { AS_OF } from './operation.js';

/** A hostile-input case. */
export interface HostileCase {
  readonly id: string;
  readonly title: string;
  /** `ratio`: small vs large, interleaved; `bounded`: one input, answered or refused within the limits. */
  readonly kind: 'ratio' | 'bounded';
  /** Sizes (small, large) of a quick and a full run; one size for a bounded case. */
  readonly sizes: { readonly quick: readonly number[]; readonly full: readonly number[] };
  /** What a size counts. */
  readonly sizeUnit: string;
  /** What a numeric answer of the work counts (e.g. issues in the report), if the work returns one. */
  readonly answerUnit?: string;
  /** Builds the input of a size (untimed) and returns the timed work. */
  readonly prepare: (size: number) => () => unknown;
}

const FROM = isoDate('2025-07-01');

function area(id: string, kind: AreaUnit['kind'], parentId: string | undefined): AreaUnit {
  return { id, kind, name: { vi: `Địa bàn ${id}` }, from: FROM, ...(parentId === undefined ? {} : { parentId }) };
}

function organisation(id: string, kind: Organisation['kind'], areaId: string, parentId?: string): Organisation {
  return { id, kind, name: { vi: `Tổ chức ${id}` }, areaId, from: FROM, ...(parentId === undefined ? {} : { parentId }) } as Organisation;
}

/**
 * A chain of `depth` villages each under the previous one (the first under a commune), each with
 * its party cell under the commune's party committee, and the cell secretary as village head.
 */
export function buildDeepChain(depth: number): Structure {
  const units: (AreaUnit | Organisation)[] = [area('vn', 'country', undefined), area('p', 'province', 'vn'), area('c', 'commune', 'p')];
  units.push(organisation('p/pc', 'party-committee', 'p'), organisation('c/pc', 'party-committee', 'c', 'p/pc'));
  const people: Person[] = [];
  const assignments: Assignment[] = [];
  let parent = 'c';
  for (let k = 1; k <= depth; k += 1) {
    const id = `v${k}`;
    units.push(area(id, 'village', parent), organisation(`${id}/cb`, 'party-cell', id, 'c/pc'));
    people.push({ id: `n${k}`, name: `Người ${k}` });
    assignments.push({ personId: `n${k}`, unitId: `${id}/cb`, role: 'secretary', from: FROM }, { personId: `n${k}`, unitId: id, role: 'villageHead', from: FROM });
    parent = id;
  }
  return { units, people, assignments };
}

/**
 * Two communes that are each other's parent (a cycle) and `villages` villages under them, each
 * with its party cell under the province's party committee: every "is this area inside that one"
 * walk from a village goes round the cycle.
 */
export function buildCycleWithVillages(villages: number): Structure {
  const units: (AreaUnit | Organisation)[] = [area('vn', 'country', undefined), area('p', 'province', 'vn'), area('c1', 'commune', 'c2'), area('c2', 'commune', 'c1')];
  units.push(organisation('p/pc', 'party-committee', 'p'));
  for (let k = 1; k <= villages; k += 1) {
    const id = `v${k}`;
    units.push(area(id, 'village', k % 2 === 0 ? 'c1' : 'c2'), organisation(`${id}/cb`, 'party-cell', id, 'p/pc'));
  }
  return { units, people: [], assignments: [] };
}

/** `count` values of every shape `parseStructure` must reject, as the units of a structure. */
export function buildGarbage(count: number): unknown {
  const units: unknown[] = [];
  for (let k = 0; k < count; k += 1) {
    switch (k % 6) {
      case 0:
        units.push(k);
        break;
      case 1:
        units.push(`unit ${k}`);
        break;
      case 2:
        units.push(null);
        break;
      case 3:
        units.push({ kind: 'village', id: k, from: 'yesterday' });
        break;
      case 4:
        units.push(Object.fromEntries(Array.from({ length: 20 }, (_, key) => [`key${key}`, key])));
        break;
      default:
        units.push([k, k]);
    }
  }
  return { units, people: 'none', assignments: {} };
}

/** The hostile cases, in run order. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    id: 'deep-chain-validate',
    title: 'validateStructure of a chain of villages each under the previous one, with party cells',
    kind: 'ratio',
    sizes: { quick: [1_500, 6_000], full: [5_000, 20_000] },
    sizeUnit: 'villages deep',
    answerUnit: 'issues',
    prepare: (size) => {
      const structure = buildDeepChain(size);
      return () => runValidateStructure({ ...structure }, AS_OF).issues.length;
    },
  },
  {
    id: 'deep-chain-coverage',
    title: 'concurrencyCoverage of cell secretary = village head inside the top commune, over the same chain',
    kind: 'ratio',
    sizes: { quick: [1_500, 6_000], full: [5_000, 20_000] },
    sizeUnit: 'villages deep',
    prepare: (size) => {
      const structure = buildDeepChain(size);
      return () => runConcurrencyCoverage({ ...structure }, 'roles.cell-secretary-village-head', 'village', AS_OF, 'c');
    },
  },
  {
    id: 'cycle-villages-validate',
    title: 'validateStructure of two communes parented on each other, with villages and party cells under them',
    kind: 'ratio',
    sizes: { quick: [1_000, 4_000], full: [2_500, 10_000] },
    sizeUnit: 'villages',
    answerUnit: 'issues',
    prepare: (size) => {
      const structure = buildCycleWithVillages(size);
      return () => runValidateStructure({ ...structure }, AS_OF).issues.length;
    },
  },
  {
    id: 'reduction-schedule-wide',
    title: 'reductionSchedule of 1,000 people over a wide range of years',
    kind: 'ratio',
    sizes: { quick: [250_000, 1_000_000], full: [1_000_000, 4_000_000] },
    sizeUnit: 'years',
    prepare: (size) => () => runReductionSchedule(1_000, 1, size),
  },
  {
    id: 'reduction-schedule-absurd',
    title: 'reductionSchedule of 10 people over 2,000,000,000 years: answered or refused, within 256 MB and the time limit',
    kind: 'bounded',
    sizes: { quick: [2_000_000_000], full: [2_000_000_000] },
    sizeUnit: 'years',
    prepare: (size) => () => runReductionSchedule(10, 1, size),
  },
  {
    id: 'parse-garbage',
    title: 'parseStructure of an array of garbage (numbers, strings, nulls, wrong and unknown keys)',
    kind: 'ratio',
    sizes: { quick: [10_000, 40_000], full: [50_000, 200_000] },
    sizeUnit: 'items',
    answerUnit: 'issues in the report',
    prepare: (size) => {
      const input = buildGarbage(size);
      return () => runParseStructure(input).issues.length;
    },
  },
];
