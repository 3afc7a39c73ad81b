import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { analysePlan } from '../../src/plan/analysePlan.js';
import { findAreaResults } from '../../src/plan/areaResults.js';
import type { Plan, PlanOperation } from '../../src/plan/index.js';

const from = isoDate('2020-01-01');
const units: Unit[] = [
  { id: 'p', kind: 'province', name: { vi: 'Tỉnh' }, from },
  { id: 'a', kind: 'commune', name: { vi: 'A' }, from, parentId: 'p', population: 1_000, households: 300, areaKm2: 10.5 },
  { id: 'b', kind: 'commune', name: { vi: 'B' }, from, parentId: 'p', population: 2_000, households: 500, areaKm2: 4.25 },
  { id: 'c', kind: 'commune', name: { vi: 'C' }, from, parentId: 'p', population: 500 },
  { id: 'd', kind: 'commune', name: { vi: 'D' }, from, parentId: 'p', population: 4_000, households: 1_000, areaKm2: 20 },
  { id: 'hoi', kind: 'mass-association', name: { vi: 'Hội' }, from, areaId: 'a' },
  { id: 'hoi2', kind: 'mass-association', name: { vi: 'Hội 2' }, from, areaId: 'a' },
];
const structure: Structure = { units, people: [], assignments: [] };
const results = (operations: PlanOperation[]) =>
  findAreaResults(analysePlan(structure, { effectiveOn: isoDate('2025-07-01'), operations } as Plan)).map(({ unit, facts, contributors, operationIndex }) => ({
    id: unit.id,
    facts,
    contributors,
    operationIndex,
  }));

describe('findAreaResults: the figures of each area a plan forms', () => {
  it('a merger sums the target, its sources and the parts transferred into it, each figure known only when all know it', () => {
    expect(
      results([
        { type: 'partial-transfer', sourceId: 'd', targetId: 'a', share: { basisPoints: 2_500 } },
        { type: 'merge', sourceIds: ['b'], targetId: 'a' },
      ]),
    ).toEqual([{ id: 'a', facts: { population: 4_000, households: 1_050, areaKm2: 19.75 }, contributors: 3, operationIndex: 1 }]);
    expect(results([{ type: 'merge', sourceIds: ['c'], targetId: 'a' }])).toEqual([{ id: 'a', facts: { population: 1_500 }, contributors: 2, operationIndex: 0 }]);
  });

  it('a merger into an organisation or an unknown unit forms no area', () => {
    expect(results([{ type: 'merge', sourceIds: ['hoi2'], targetId: 'hoi' }])).toEqual([]);
    expect(results([{ type: 'merge', sourceIds: ['a'], targetId: 'nowhere' }])).toEqual([]);
  });

  it('a consolidation takes the figures its new unit states, and sums the sources for the others', () => {
    expect(
      results([
        { type: 'consolidate', sourceIds: ['a', 'b'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p', population: 3_100 } },
        { type: 'partial-transfer', sourceId: 'd', targetId: 'n', share: { population: 100, households: 10, areaKm2: 0.25 } },
      ]),
    ).toEqual([{ id: 'n', facts: { population: 3_100, households: 810, areaKm2: 15 }, contributors: 3, operationIndex: 0 }]);
    expect(
      results([{ type: 'consolidate', sourceIds: ['a', 'b'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p', households: 1, areaKm2: 2 } }]),
    ).toEqual([{ id: 'n', facts: { population: 3_000, households: 1, areaKm2: 2 }, contributors: 2, operationIndex: 0 }]);
  });

  it('a consolidation into an organisation forms no area', () => {
    expect(results([{ type: 'consolidate', sourceIds: ['hoi', 'hoi2'], newUnit: { id: 'h', kind: 'mass-association', name: { vi: 'H' }, areaId: 'a' } }])).toEqual([]);
  });

  it('a split gives each area part its share of the source, or the figures it states', () => {
    expect(
      results([
        {
          type: 'split',
          sourceId: 'a',
          parts: [
            { newUnit: { id: 'a1', kind: 'commune', name: { vi: 'A1' }, parentId: 'p' }, share: { basisPoints: 4_000 } },
            { newUnit: { id: 'a2', kind: 'commune', name: { vi: 'A2' }, parentId: 'p', population: 601, households: 181, areaKm2: 6.3 }, share: { basisPoints: 6_000 } },
            { newUnit: { id: 'h', kind: 'mass-association', name: { vi: 'H' }, areaId: 'a1' }, share: { basisPoints: 0 } },
          ],
        },
      ]),
    ).toEqual([
      { id: 'a1', facts: { population: 400, households: 120, areaKm2: 4.2 }, contributors: 1, operationIndex: 0 },
      { id: 'a2', facts: { population: 601, households: 181, areaKm2: 6.3 }, contributors: 1, operationIndex: 0 },
    ]);
  });

  it('the other operations form no area', () => {
    expect(
      results([
        { type: 'dissolve', sourceId: 'c', successorId: 'b' },
        { type: 'rename', unitId: 'a', name: { vi: 'A mới' } },
        { type: 'partial-transfer', sourceId: 'd', targetId: 'b', share: { population: 1 } },
      ]),
    ).toEqual([]);
  });
});
