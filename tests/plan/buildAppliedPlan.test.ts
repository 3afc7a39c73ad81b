import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { analysePlan } from '../../src/plan/analysePlan.js';
import { buildAppliedPlan } from '../../src/plan/buildAppliedPlan.js';
import type { Plan, PlanOperation } from '../../src/plan/index.js';

const from = isoDate('2020-01-01');
const on = isoDate('2025-07-01');
const units: Unit[] = [
  { id: 'p', kind: 'province', name: { vi: 'Tỉnh' }, from },
  { id: 'a', kind: 'commune', name: { vi: 'A' }, from, parentId: 'p', population: 1_000, households: 300, areaKm2: 10.5 },
  { id: 'b', kind: 'commune', name: { vi: 'B' }, from, parentId: 'p', population: 2_000, households: 500, areaKm2: 4.25 },
  { id: 'c', kind: 'commune', name: { vi: 'C' }, from, parentId: 'p', population: 500 },
  { id: 'va', kind: 'village', name: { vi: 'Thôn A' }, from, parentId: 'a' },
  { id: 'vold', kind: 'village', name: { vi: 'Thôn cũ' }, from, to: isoDate('2024-01-01'), parentId: 'a' },
  { id: 'hoi', kind: 'mass-association', name: { vi: 'Hội' }, from, areaId: 'a' },
  { id: 'hoi-old', kind: 'mass-association', name: { vi: 'Hội cũ' }, from, to: isoDate('2024-01-01'), areaId: 'a' },
  { id: 'tt', kind: 'public-service-unit', name: { vi: 'Trung tâm' }, from, areaId: 'b', autonomyGroup: 3, staffing: { quota: { civilServant: 10 } } },
  { id: 'tt2', kind: 'public-service-unit', name: { vi: 'Trung tâm 2' }, from, areaId: 'b' },
] as Unit[];
const structure: Structure = {
  units,
  people: [{ id: 'n1', name: 'Người 1' }],
  assignments: [
    { id: 'post-a', personId: 'n1', unitId: 'a', role: 'chair', from },
    { personId: 'n1', unitId: 'b', role: 'viceChair', from, to: isoDate('2026-01-01') },
    { personId: 'n1', unitId: 'c', role: 'chair', from, to: isoDate('2022-01-01') },
  ],
};
const basis = { instrumentId: '76/2025/UBTVQH15', article: '1' };
const apply = (operations: PlanOperation[], planBasis?: Plan['basis']) =>
  buildAppliedPlan(analysePlan(structure, { effectiveOn: on, operations, ...(planBasis === undefined ? {} : { basis: planBasis }) } as Plan));
const unitOf = (applied: ReturnType<typeof apply>, id: string) => applied.structure.units.find((unit) => unit.id === id) as Record<string, unknown> | undefined;

describe('buildAppliedPlan: events, unit by unit', () => {
  it('a merger ends its sources into the target, sums the figures and moves what they held', () => {
    const applied = apply([{ type: 'merge', sourceIds: ['a', 'c'], targetId: 'b', name: { vi: 'B mới' }, basis: [basis] }]);
    const common = { on, operation: 'merge', operationIndex: 0, basis: [basis] };
    expect(applied.events).toStrictEqual([
      { change: 'ended', unitId: 'a', into: ['b'], ...common },
      { change: 'ended', unitId: 'c', into: ['b'], ...common },
      { change: 'continued', unitId: 'b', from: ['a', 'c'], ...common },
    ]);
    // households and area are not known for c: the merged figure is unknown, not b's old one
    expect(unitOf(applied, 'b')).toStrictEqual({ id: 'b', kind: 'commune', name: { vi: 'B mới' }, from, parentId: 'p', population: 3_500 });
    expect(unitOf(applied, 'a')?.['to']).toBe(on);
    expect(unitOf(applied, 'va')?.['parentId']).toBe('b');
    expect(unitOf(applied, 'vold')?.['parentId']).toBe('a');
    expect(unitOf(applied, 'hoi')?.['areaId']).toBe('b');
    expect(unitOf(applied, 'hoi-old')?.['areaId']).toBe('a');
    expect(applied.structure.assignments).toStrictEqual([
      { id: 'post-a', personId: 'n1', unitId: 'a', role: 'chair', from, to: on },
      { id: `post-a@${on}`, personId: 'n1', unitId: 'b', role: 'chair', from: on },
      { personId: 'n1', unitId: 'b', role: 'viceChair', from, to: isoDate('2026-01-01') },
      { personId: 'n1', unitId: 'c', role: 'chair', from, to: isoDate('2022-01-01') },
    ]);
    // the input is left as it was
    expect(units.find((unit) => unit.id === 'b')).toMatchObject({ name: { vi: 'B' }, population: 2_000 });
  });

  it('a merger keeps the target name without a new one, and takes new staffing for an organisation only', () => {
    const applied = apply([
      { type: 'merge', sourceIds: ['tt2'], targetId: 'tt', staffing: { quota: { civilServant: 12 } } },
      { type: 'merge', sourceIds: ['c'], targetId: 'a', staffing: { quota: { civilServant: 5 } } } as PlanOperation,
    ]);
    expect(unitOf(applied, 'tt')).toMatchObject({ name: { vi: 'Trung tâm' }, staffing: { quota: { civilServant: 12 } } });
    expect(unitOf(applied, 'a')?.['staffing']).toBeUndefined();
    expect(unitOf(applied, 'a')?.['name']).toEqual({ vi: 'A' });
    expect(applied.events.map((event) => event.basis)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a consolidation starts its new unit on the date with the sources’ figures it does not state', () => {
    const applied = apply([{ type: 'consolidate', sourceIds: ['a', 'b'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p', households: 1 } }], [basis]);
    const common = { on, operation: 'consolidate', operationIndex: 0, basis: [basis] };
    expect(applied.events).toStrictEqual([
      { change: 'ended', unitId: 'a', into: ['n'], ...common },
      { change: 'ended', unitId: 'b', into: ['n'], ...common },
      { change: 'started', unitId: 'n', from: ['a', 'b'], ...common },
    ]);
    expect(unitOf(applied, 'n')).toStrictEqual({ id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p', households: 1, from: on, population: 3_000, areaKm2: 14.75 });
    expect(unitOf(applied, 'tt')?.['areaId']).toBe('n');
  });

  it('a consolidation fed by partial transfers, or of organisations, sums nothing', () => {
    const fed = apply([
      { type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p' } },
      { type: 'partial-transfer', sourceId: 'b', targetId: 'n', share: { population: 100 } },
    ]);
    expect(unitOf(fed, 'n')).toStrictEqual({ id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p', from: on });
    const organisations = apply([{ type: 'consolidate', sourceIds: ['tt', 'tt2'], newUnit: { id: 'tt3', kind: 'public-service-unit', name: { vi: 'TT3' }, areaId: 'b' } }]);
    expect(unitOf(organisations, 'tt3')).toStrictEqual({ id: 'tt3', kind: 'public-service-unit', name: { vi: 'TT3' }, areaId: 'b', from: on });
  });

  it('a split ends its source into every part with their shares, and starts each part', () => {
    const share = { basisPoints: 5_000 };
    const applied = apply([
      {
        type: 'split',
        sourceId: 'a',
        parts: [
          { newUnit: { id: 'a1', kind: 'commune', name: { vi: 'A1' }, parentId: 'p' }, share },
          { newUnit: { id: 'a2', kind: 'commune', name: { vi: 'A2' }, parentId: 'p' }, share },
        ],
      },
    ]);
    const common = { on, operation: 'split', operationIndex: 0 };
    expect(applied.events).toStrictEqual([
      { change: 'ended', unitId: 'a', into: ['a1', 'a2'], shares: [{ unitId: 'a1', share }, { unitId: 'a2', share }], ...common },
      { change: 'started', unitId: 'a1', from: ['a'], ...common },
      { change: 'started', unitId: 'a2', from: ['a'], ...common },
    ]);
    // no single successor: the village stays under the ended commune
    expect(unitOf(applied, 'va')?.['parentId']).toBe('a');
    expect(applied.structure.assignments[0]).toStrictEqual({ id: 'post-a', personId: 'n1', unitId: 'a', role: 'chair', from, to: on });
    expect(applied.structure.assignments).toHaveLength(3);
  });

  it('a partial transfer moves its share from the source into the target, both continuing', () => {
    const share = { population: 100, households: 30, areaKm2: 0.5 };
    const applied = apply([{ type: 'partial-transfer', sourceId: 'a', targetId: 'b', share }]);
    const common = { on, operation: 'partial-transfer', operationIndex: 0 };
    expect(applied.events).toStrictEqual([
      { change: 'continued', unitId: 'a', into: ['b'], shares: [{ unitId: 'b', share }], ...common },
      { change: 'continued', unitId: 'b', from: ['a'], shares: [{ unitId: 'b', share }], ...common },
    ]);
    expect(unitOf(applied, 'a')).toMatchObject({ population: 900, households: 270, areaKm2: 10 });
    expect(unitOf(applied, 'b')).toMatchObject({ population: 2_100, households: 530, areaKm2: 4.75 });
    expect(unitOf(applied, 'a')?.['to']).toBeUndefined();
  });

  it('a figure the receiver does not record stays unknown', () => {
    const applied = apply([{ type: 'partial-transfer', sourceId: 'a', targetId: 'c', share: { population: 100, households: 30 } }]);
    expect(unitOf(applied, 'c')).toStrictEqual({ id: 'c', kind: 'commune', name: { vi: 'C' }, from, parentId: 'p', population: 600 });
  });

  it('transfers that end their source make one ending event listing every part; a new target gets no event of its own', () => {
    const applied = apply([
      { type: 'consolidate', sourceIds: ['c'], newUnit: { id: 'n', kind: 'commune', name: { vi: 'N' }, parentId: 'p' } },
      { type: 'partial-transfer', sourceId: 'a', targetId: 'n', share: { population: 400 }, sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: { population: 600 }, sourceEnds: true },
    ]);
    const transfer = { on, operation: 'partial-transfer' };
    expect(applied.events.slice(2)).toStrictEqual([
      {
        change: 'ended',
        unitId: 'a',
        into: ['n', 'b'],
        shares: [
          { unitId: 'n', share: { population: 400 } },
          { unitId: 'b', share: { population: 600 } },
        ],
        ...transfer,
        operationIndex: 1,
      },
      { change: 'continued', unitId: 'b', from: ['a'], shares: [{ unitId: 'b', share: { population: 600 } }], ...transfer, operationIndex: 2 },
    ]);
    // the ending source gives nothing back; the surviving target receives its part
    expect(unitOf(applied, 'a')).toMatchObject({ population: 1_000, to: on });
    expect(unitOf(applied, 'b')?.['population']).toBe(2_600);
  });

  it('a transfer without a share records none', () => {
    const applied = apply([{ type: 'partial-transfer', sourceId: 'a', targetId: 'b' } as PlanOperation]);
    expect(applied.events.map((event) => event.shares)).toEqual([[], []]);
  });

  it.each([
    ['dissolve', { type: 'dissolve', sourceId: 'hoi', successorId: 'tt' }, { change: 'ended', unitId: 'hoi', into: ['tt'] }],
    ['rename', { type: 'rename', unitId: 'hoi', name: { vi: 'Hội mới' } }, { change: 'continued', unitId: 'hoi' }],
    ['transfer of parent', { type: 'transfer', unitId: 'va', newParentId: 'b' }, { change: 'continued', unitId: 'va' }],
    ['transfer of area', { type: 'transfer', unitId: 'hoi', newAreaId: 'b' }, { change: 'continued', unitId: 'hoi' }],
    ['convert', { type: 'convert', unitId: 'tt', autonomyGroup: 2 }, { change: 'continued', unitId: 'tt' }],
    ['convert out of the public sector', { type: 'convert', unitId: 'tt', leavesPublicSector: true }, { change: 'ended', unitId: 'tt' }],
  ] as const)('%s: one event', (_label, operation, event) => {
    const applied = apply([operation as unknown as PlanOperation]);
    expect(applied.events).toStrictEqual([{ ...event, on, operation: operation.type, operationIndex: 0 }]);
  });

  it('renames, moves and converts the unit it names, and nothing else', () => {
    const renamed = apply([{ type: 'rename', unitId: 'hoi', name: { vi: 'Hội mới' } }]);
    expect(unitOf(renamed, 'hoi')).toStrictEqual({ id: 'hoi', kind: 'mass-association', name: { vi: 'Hội mới' }, from, areaId: 'a' });
    const moved = apply([{ type: 'transfer', unitId: 'va', newParentId: 'b' }]);
    expect(unitOf(moved, 'va')).toStrictEqual({ id: 'va', kind: 'village', name: { vi: 'Thôn A' }, from, parentId: 'b' });
    const reattached = apply([{ type: 'transfer', unitId: 'hoi', newAreaId: 'b' }]);
    expect(unitOf(reattached, 'hoi')).toStrictEqual({ id: 'hoi', kind: 'mass-association', name: { vi: 'Hội' }, from, areaId: 'b' });
    const converted = apply([{ type: 'convert', unitId: 'tt', autonomyGroup: 2 }]);
    expect(unitOf(converted, 'tt')).toMatchObject({ autonomyGroup: 2, areaId: 'b' });
    expect(unitOf(converted, 'tt')?.['to']).toBeUndefined();
    const left = apply([{ type: 'convert', unitId: 'tt', leavesPublicSector: true }]);
    expect(unitOf(left, 'tt')).toMatchObject({ autonomyGroup: 3, to: on });
    // the other units are the input's own objects
    expect(unitOf(renamed, 'a')).toBe(units.find((unit) => unit.id === 'a'));
  });

  it('operations on unknown units still record their events, and change no unit', () => {
    const applied = apply([
      { type: 'rename', unitId: 'ghost', name: { vi: 'Ma' } },
      { type: 'merge', sourceIds: ['ghost2'], targetId: 'ghost3' },
    ]);
    expect(applied.events.map((event) => event.unitId)).toEqual(['ghost', 'ghost2', 'ghost3']);
    expect(applied.structure.units).toHaveLength(units.length);
    applied.structure.units.forEach((unit, position) => {
      expect(unit).toBe(units[position]);
    });
  });
});

describe('buildAppliedPlan: a post that starts on the day its unit ends', () => {
  const startsOn = (operations: PlanOperation[]) =>
    buildAppliedPlan(
      analysePlan(
        { ...structure, assignments: [{ id: 'new-chair', personId: 'n1', unitId: 'a', role: 'chair', from: on }, { personId: 'n1', unitId: 'a', role: 'member', from: on }] },
        { effectiveOn: on, operations } as Plan,
      ),
    ).structure.assignments;

  it('moves to the successor, keeping its id, with no empty record at the old unit', () => {
    expect(startsOn([{ type: 'merge', sourceIds: ['a'], targetId: 'b' }])).toStrictEqual([
      { id: 'new-chair', personId: 'n1', unitId: 'b', role: 'chair', from: on },
      { personId: 'n1', unitId: 'b', role: 'member', from: on },
    ]);
  });

  it('stays as it is when its unit has no successor (the conservation check reports it)', () => {
    const part = (id: string) => ({ newUnit: { id, kind: 'commune' as const, name: { vi: id }, parentId: 'p' }, share: { basisPoints: 5000 } });
    expect(startsOn([{ type: 'split', sourceId: 'a', parts: [part('a1'), part('a2')] }])).toStrictEqual([
      { id: 'new-chair', personId: 'n1', unitId: 'a', role: 'chair', from: on },
      { personId: 'n1', unitId: 'a', role: 'member', from: on },
    ]);
  });
});
