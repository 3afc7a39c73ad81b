import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { analysePlan, areaIdOf, levelOf, operationLabel, resolveUnit } from '../../src/plan/analysePlan.js';
import type { Plan, PlanOperation } from '../../src/plan/index.js';

const from = isoDate('2020-01-01');
const on = isoDate('2025-07-01');
const commune = (id: string, parentId = 'p'): Unit => ({ id, kind: 'commune', name: { vi: id }, from, parentId });
const units: Unit[] = [
  { id: 'p', kind: 'province', name: { vi: 'Tỉnh' }, from },
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => commune(id)),
  { id: 'srv', kind: 'public-service-unit', name: { vi: 'Trung tâm' }, from, areaId: 'a' },
  { id: 'lost', kind: 'public-service-unit', name: { vi: 'Trung tâm lạc' }, from, areaId: 'nowhere' },
];
const structure: Structure = { units, people: [], assignments: [] };
const analyse = (operations: PlanOperation[]) => analysePlan(structure, { effectiveOn: on, operations } as Plan);
const newCommune = (id: string) => ({ id, kind: 'commune' as const, name: { vi: id }, parentId: 'p' });

describe('analysePlan: what each operation creates, ends and touches', () => {
  it('a merger ends its sources into the target and touches all three', () => {
    const analysis = analyse([{ type: 'merge', sourceIds: ['a', 'b'], targetId: 'c' }]);
    expect([...analysis.endings]).toEqual([
      ['a', { operationIndexes: [0], successorId: 'c' }],
      ['b', { operationIndexes: [0], successorId: 'c' }],
    ]);
    expect([...analysis.touchedBy]).toEqual([
      ['a', [0]],
      ['b', [0]],
      ['c', [0]],
    ]);
    expect(analysis.created.size).toBe(0);
    expect(analysis.combinations).toEqual([{ sourceIds: ['a', 'b'], resultId: 'c', partialTransferIndexes: [] }]);
  });

  it('a consolidation creates its new unit and ends its sources into it', () => {
    const analysis = analyse([{ type: 'consolidate', sourceIds: ['a', 'b'], newUnit: newCommune('n') }]);
    expect(analysis.created.get('n')).toEqual({ unit: newCommune('n'), operationIndex: 0 });
    expect(analysis.endings.get('a')).toEqual({ operationIndexes: [0], successorId: 'n' });
    expect([...analysis.touchedBy.keys()]).toEqual(['a', 'b']);
    expect(analysis.combinations).toEqual([{ sourceIds: ['a', 'b'], resultId: 'n', partialTransferIndexes: [] }]);
    expect(resolveUnit(analysis, 'n')?.name.vi).toBe('n');
    expect(resolveUnit(analysis, 'a')?.id).toBe('a');
    expect(resolveUnit(analysis, 'nothing')).toBeUndefined();
  });

  it('a split creates every part and ends its source with no single successor', () => {
    const analysis = analyse([
      { type: 'split', sourceId: 'a', parts: [{ newUnit: newCommune('a1'), share: { basisPoints: 5_000 } }, { newUnit: newCommune('a2'), share: { basisPoints: 5_000 } }] },
    ]);
    expect([...analysis.created.keys()]).toEqual(['a1', 'a2']);
    expect(analysis.endings.get('a')).toEqual({ operationIndexes: [0], successorId: undefined });
    expect([...analysis.touchedBy]).toEqual([['a', [0]]]);
    expect(analysis.combinations).toEqual([undefined]);
    expect(analysis.successorOf('a')).toBeUndefined();
  });

  it('a unit created twice keeps the first and lists the later operations', () => {
    const analysis = analyse([
      { type: 'consolidate', sourceIds: ['a', 'b'], newUnit: newCommune('n') },
      { type: 'consolidate', sourceIds: ['c', 'd'], newUnit: { ...newCommune('n'), name: { vi: 'second' } } },
      { type: 'consolidate', sourceIds: ['e', 'f'], newUnit: newCommune('n') },
    ]);
    expect(analysis.created.get('n')?.operationIndex).toBe(0);
    expect(analysis.created.get('n')?.unit.name.vi).toBe('n');
    expect([...analysis.createdTwice]).toEqual([['n', [1, 2]]]);
  });

  it('a unit ended twice keeps its first successor and lists both operations', () => {
    const analysis = analyse([
      { type: 'merge', sourceIds: ['a'], targetId: 'b' },
      { type: 'merge', sourceIds: ['a'], targetId: 'c' },
    ]);
    expect(analysis.endings.get('a')).toEqual({ operationIndexes: [0, 1], successorId: 'b' });
    expect(analysis.touchedBy.get('a')).toEqual([0, 1]);
  });

  it('an operation naming a unit twice touches it once', () => {
    const analysis = analyse([{ type: 'merge', sourceIds: ['a', 'a'], targetId: 'b' }]);
    expect(analysis.touchedBy.get('a')).toEqual([0]);
    expect(analysis.endings.get('a')?.operationIndexes).toEqual([0, 0]);
  });

  it.each([
    ['dissolve with a successor', { type: 'dissolve', sourceId: 'a', successorId: 'b' }, { operationIndexes: [0], successorId: 'b' }],
    ['convert leaving the public sector', { type: 'convert', unitId: 'a', leavesPublicSector: true }, { operationIndexes: [0], successorId: undefined }],
    ['convert to another autonomy group', { type: 'convert', unitId: 'a', autonomyGroup: 2 }, undefined],
    ['rename', { type: 'rename', unitId: 'a', name: { vi: 'Mới' } }, undefined],
    ['transfer', { type: 'transfer', unitId: 'a', newParentId: 'p' }, undefined],
  ] as const)('%s: ending %j, touching the unit', (_label, operation, ending) => {
    const analysis = analyse([operation as unknown as PlanOperation]);
    expect(analysis.endings.get('a')).toEqual(ending);
    expect(analysis.touchedBy.get('a')).toEqual([0]);
    expect(analysis.created.size).toBe(0);
  });

  it('partial transfers are listed by source and by target; only an ending one ends its source, once', () => {
    const analysis = analyse([
      { type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: { population: 10 } },
      { type: 'partial-transfer', sourceId: 'a', targetId: 'c', share: { population: 10 }, sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: { population: 10 }, sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'd', targetId: 'b', share: { population: 10 }, sourceEnds: false },
    ]);
    expect([...analysis.partialBySource]).toEqual([
      ['a', [0, 1, 2]],
      ['d', [3]],
    ]);
    expect([...analysis.partialByTarget]).toEqual([
      ['b', [0, 2, 3]],
      ['c', [1]],
    ]);
    // the two ending transfers of `a` are one ending (each takes a part), not a unit ended twice
    expect(analysis.endings.get('a')).toEqual({ operationIndexes: [1, 2], successorId: undefined });
    expect(analysis.endings.has('d')).toBe(false);
    expect(analysis.touchedBy.get('a')).toEqual([0, 1, 2]);
    expect(analysis.touchedBy.has('b')).toBe(false);
  });

  it('an ending transfer of a unit already merged away is a second ending', () => {
    const analysis = analyse([
      { type: 'merge', sourceIds: ['a'], targetId: 'b' },
      { type: 'partial-transfer', sourceId: 'a', targetId: 'c', share: { population: 10 }, sourceEnds: true },
    ]);
    expect(analysis.endings.get('a')).toEqual({ operationIndexes: [0, 1], successorId: 'b' });
  });

  it('a merger counts the partial transfers into its result once, on the first operation forming it', () => {
    const analysis = analyse([
      { type: 'partial-transfer', sourceId: 'd', targetId: 'c', share: { population: 10 } },
      { type: 'merge', sourceIds: ['a'], targetId: 'c' },
      { type: 'merge', sourceIds: ['b'], targetId: 'c' },
      { type: 'consolidate', sourceIds: ['e', 'f'], newUnit: newCommune('n') },
      { type: 'partial-transfer', sourceId: 'g', targetId: 'n', share: { population: 10 } },
    ]);
    expect(analysis.combinations).toEqual([
      undefined,
      { sourceIds: ['a', 'd'], resultId: 'c', partialTransferIndexes: [0] },
      { sourceIds: ['b'], resultId: 'c', partialTransferIndexes: [] },
      { sourceIds: ['e', 'f', 'g'], resultId: 'n', partialTransferIndexes: [4] },
      undefined,
    ]);
  });

  it('keeps the plan, the structure, its index and the day before', () => {
    const analysis = analyse([]);
    expect(analysis.effectiveOn).toBe(on);
    expect(analysis.dayBefore).toBe('2025-06-30');
    expect(analysis.structure).toBe(structure);
    expect(analysis.index.unitsById.get('a')?.id).toBe('a');
    expect(analysis.plan.operations).toEqual([]);
  });
});

describe('analysePlan: final successors and their predecessors', () => {
  it('follows a chain of endings to the unit that stays, whatever the order asked', () => {
    const operations: PlanOperation[] = [
      { type: 'merge', sourceIds: ['a'], targetId: 'b' },
      { type: 'merge', sourceIds: ['b'], targetId: 'c' },
      { type: 'merge', sourceIds: ['c'], targetId: 'd' },
    ];
    for (const order of [
      ['a', 'b', 'c'],
      ['c', 'b', 'a'],
      ['b', 'a', 'c'],
    ]) {
      const analysis = analyse(operations);
      expect(order.map((id) => analysis.successorOf(id))).toEqual(['d', 'd', 'd']);
    }
    const analysis = analyse(operations);
    expect(analysis.successorOf('d')).toBeUndefined();
    expect(analysis.successorOf('nothing')).toBeUndefined();
    expect(analysis.predecessorsOf('d')).toEqual(['a', 'b', 'c']);
    expect(analysis.predecessorsOf('c')).toEqual([]);
    expect(analysis.predecessorsOf('nothing')).toEqual([]);
  });

  it('a chain ending in a unit with no successor has none', () => {
    const analysis = analyse([
      { type: 'merge', sourceIds: ['a'], targetId: 'b' },
      { type: 'convert', unitId: 'b', leavesPublicSector: true },
    ]);
    expect(analysis.successorOf('a')).toBeUndefined();
    expect(analysis.successorOf('b')).toBeUndefined();
    expect(analysis.predecessorsOf('b')).toEqual([]);
  });

  it('a cycle of endings has no successor, and a chain into it neither', () => {
    const analysis = analyse([
      { type: 'merge', sourceIds: ['a'], targetId: 'b' },
      { type: 'merge', sourceIds: ['b'], targetId: 'a' },
      { type: 'merge', sourceIds: ['c'], targetId: 'a' },
    ]);
    expect(analysis.successorOf('c')).toBeUndefined();
    expect(analysis.successorOf('a')).toBeUndefined();
    expect(analysis.successorOf('b')).toBeUndefined();
  });

  it('a unit merged into itself has no successor', () => {
    const analysis = analyse([{ type: 'merge', sourceIds: ['a'], targetId: 'a' }]);
    expect(analysis.successorOf('a')).toBeUndefined();
  });

  it('the successor of a consolidation is the new unit, which does not end', () => {
    const analysis = analyse([
      { type: 'consolidate', sourceIds: ['a', 'b'], newUnit: newCommune('n') },
      { type: 'merge', sourceIds: ['c'], targetId: 'a' },
    ]);
    expect(analysis.successorOf('c')).toBe('n');
    expect(analysis.predecessorsOf('n')).toEqual(['a', 'b', 'c']);
  });
});

describe('operation labels, areas and levels', () => {
  it('labels an operation by its own label, or by its position and type', () => {
    expect(operationLabel({ type: 'dissolve', sourceId: 'a', successorId: 'b', label: 'Giải thể A' }, 4)).toBe('Giải thể A');
    expect(operationLabel({ type: 'dissolve', sourceId: 'a', successorId: 'b' }, 4)).toBe('#5 dissolve');
  });

  it('finds the area an organisation serves, and the level of a unit', () => {
    const analysis = analyse([{ type: 'consolidate', sourceIds: ['a', 'b'], newUnit: newCommune('n') }]);
    const unit = (id: string) => resolveUnit(analysis, id) as Unit;
    expect(areaIdOf(unit('srv'))).toBe('a');
    expect(areaIdOf(unit('a'))).toBeUndefined();
    expect(levelOf(analysis, unit('a'))).toBe('commune');
    expect(levelOf(analysis, unit('p'))).toBe('province');
    expect(levelOf(analysis, unit('srv'))).toBe('commune');
    expect(levelOf(analysis, unit('n'))).toBe('commune');
    expect(levelOf(analysis, unit('lost'))).toBeUndefined();
  });
});
