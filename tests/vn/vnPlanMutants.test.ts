/**
 * The reform plan, the transfer index and the name index of src/vn, each pinned on a fresh instance of
 * its module.
 *
 * getReform2025Plan, findReformTransfers and findVietnamUnitsByName build their result once and keep it
 * at module level, and under mutation every test file shares one module graph: the other tests read
 * what the first one built, so a mutant of the builder would never run. Each test here imports its own
 * instance inside the test (a new tag each time, the graph being shared across mutants too); they share
 * the parsed lists of vietnamData, which tests/vn/vnDataMutants.test.ts pins. Where the lists are asked
 * for, or the data is corrupt, vietnamData is mocked around the real one for that fresh instance.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../src/index.js';
import type { PlanOperation } from '../../src/plan/index.js';
import { editionOn } from '../../src/vn/findVietnamUnit.js';
import type { MappingRow } from '../../src/vn/vietnamData.js';
import { importFresh } from '../support/importFresh.js';

type VietnamData = typeof import('../../src/vn/vietnamData.js');

let instances = 0;
/** A new instance of a module of src/vn (its cache empty), under whatever is mocked at the time. */
function fresh<T>(module: string): Promise<T> {
  instances += 1;
  return importFresh<T>(`src/vn/${module}.js`, `${module}-${instances}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
}

/**
 * Mocks vietnamData around the real module: `editionUnits` records the edition it is asked for, and
 * `reformMapping` goes through `mapping` (the real rows by default).
 */
function mockVietnamData(mapping: (real: readonly MappingRow[]) => readonly MappingRow[] = (real) => real): string[] {
  const editions: string[] = [];
  vi.doMock('../../src/vn/vietnamData.js', async (importOriginal) => {
    const actual = await importOriginal<VietnamData>();
    return {
      ...actual,
      editionUnits: (edition: Parameters<VietnamData['editionUnits']>[0]) => {
        editions.push(edition);
        return actual.editionUnits(edition);
      },
      reformMapping: () => mapping(actual.reformMapping()),
    };
  });
  return editions;
}

afterEach(() => {
  vi.doUnmock('../../src/vn/vietnamData.js');
});

/** The operation types as runs, e.g. [['consolidate', 34], ['dissolve', 696]]. */
function runs(operations: readonly PlanOperation[]): [string, number][] {
  const result: [string, number][] = [];
  for (const operation of operations) {
    const last = result.at(-1);
    if (last !== undefined && last[0] === operation.type) last[1] += 1;
    else result.push([operation.type, 1]);
  }
  return result;
}

describe('getReform2025Plan, built afresh', () => {
  it('builds the plan: its header, its operations in order, each exact, all frozen, built once', async () => {
    const { getReform2025Plan } = await fresh<typeof import('../../src/vn/getReform2025Plan.js')>('getReform2025Plan');
    const plan = getReform2025Plan();
    expect(Object.keys(plan)).toEqual(['id', 'effectiveOn', 'basis', 'operations']);
    expect(plan.id).toBe('reform-2025');
    expect(plan.effectiveOn).toBe('2025-07-01');
    expect(plan.basis).toStrictEqual([{ instrumentId: '60-NQ/TW' }, { instrumentId: '202/2025/QH15' }, { instrumentId: '76/2025/UBTVQH15' }]);
    const operations = plan.operations;
    expect(runs(operations)).toEqual([
      ['consolidate', 34],
      ['dissolve', 696],
      ['consolidate', 3321],
      ['partial-transfer', 973],
    ]);

    // the 34 provinces by code, each from the provinces merged into it (one for an unchanged province)
    expect(operations[0]).toStrictEqual({
      type: 'consolidate',
      label: 'Thành phố Hà Nội',
      sourceIds: ['vn-2025-03:p01'],
      newUnit: { id: 'vn-2025-07:p01', kind: 'centrally-run-city', name: { vi: 'Thành phố Hà Nội' }, parentId: 'vn', code: '01', areaKm2: 3359.8, population: 8_718_000 },
      basis: [{ instrumentId: '202/2025/QH15' }],
    });
    const province = (id: string) => operations.find((operation) => operation.type === 'consolidate' && operation.newUnit.id === id);
    expect(province('vn-2025-07:p44')).toStrictEqual({
      type: 'consolidate',
      label: 'Tỉnh Quảng Trị',
      sourceIds: ['vn-2025-03:p44', 'vn-2025-03:p45'],
      newUnit: { id: 'vn-2025-07:p44', kind: 'province', name: { vi: 'Tỉnh Quảng Trị' }, parentId: 'vn', code: '44', areaKm2: 12_700, population: 1_870_845 },
      basis: [{ instrumentId: '202/2025/QH15' }],
    });
    expect(operations[33]).toMatchObject({ label: 'Tỉnh Cà Mau', sourceIds: ['vn-2025-03:p95', 'vn-2025-03:p96'], newUnit: { id: 'vn-2025-07:p96', kind: 'province' } });
    const provinceKinds = new Set(operations.slice(0, 34).map((operation) => operation.type === 'consolidate' && operation.newUnit.kind));
    expect(provinceKinds).toEqual(new Set(['province', 'centrally-run-city']));

    // the 696 district-level units dissolved by code, into their new province or (island) special zone
    expect(operations[34]).toStrictEqual({ type: 'dissolve', sourceId: 'vn-2025-03:d001', successorId: 'vn-2025-07:p01' });
    expect(operations[729]).toStrictEqual({ type: 'dissolve', sourceId: 'vn-2025-03:d973', successorId: 'vn-2025-07:p96' });
    expect(operations.find((operation) => operation.type === 'dissolve' && operation.sourceId === 'vn-2025-03:d449')).toStrictEqual({
      type: 'dissolve',
      sourceId: 'vn-2025-03:d449',
      successorId: 'vn-2025-07:p42',
    });
    expect(operations.filter((operation) => operation.type === 'dissolve' && !operation.successorId.includes(':p'))).toStrictEqual([
      { type: 'dissolve', sourceId: 'vn-2025-03:d318', successorId: 'vn-2025-07:c11948' },
      { type: 'dissolve', sourceId: 'vn-2025-03:d471', successorId: 'vn-2025-07:c19742' },
      { type: 'dissolve', sourceId: 'vn-2025-03:d498', successorId: 'vn-2025-07:c20333' },
      { type: 'dissolve', sourceId: 'vn-2025-03:d536', successorId: 'vn-2025-07:c21548' },
      { type: 'dissolve', sourceId: 'vn-2025-03:d755', successorId: 'vn-2025-07:c26732' },
    ]);

    // the 3,321 new communes by code, each from the old communes that went into it whole, with no `from`
    expect(operations[730]).toStrictEqual({
      type: 'consolidate',
      sourceIds: ['vn-2025-03:c00004', 'vn-2025-03:c00013'],
      newUnit: { id: 'vn-2025-07:c00004', kind: 'ward', name: { vi: 'Phường Ba Đình' }, parentId: 'vn-2025-07:p01', code: '00004', areaKm2: 2.97, population: 65_023 },
    });
    const commune = (id: string) => operations.find((operation) => operation.type === 'consolidate' && operation.newUnit.id === id);
    expect(commune('vn-2025-07:c18775')).toStrictEqual({
      type: 'consolidate',
      sourceIds: ['vn-2025-03:c18763', 'vn-2025-03:c18769', 'vn-2025-03:c18772', 'vn-2025-03:c18775'],
      newUnit: { id: 'vn-2025-07:c18775', kind: 'commune', name: { vi: 'Xã Kỳ Anh' }, parentId: 'vn-2025-07:p42', code: '18775', areaKm2: 64.74, population: 32_689 },
    });
    expect(commune('vn-2025-07:c00691')).toStrictEqual({
      type: 'consolidate',
      sourceIds: ['vn-2025-03:c00691', 'vn-2025-03:c00692', 'vn-2025-03:c00697', 'vn-2025-03:c00934'],
      newUnit: {
        id: 'vn-2025-07:c00691',
        kind: 'ward',
        name: { vi: 'Phường Hà Giang 2' },
        parentId: 'vn-2025-07:p08',
        code: '00691',
        areaKm2: 60.62,
        population: 331,
        doubtful: ['population'],
        note: 'Flags in data/vn-admin: population_suspect_lt_1000',
      },
    });
    // Côn Đảo came from its island district (dissolved into it), Tây Mỗ only from parts: no whole source
    expect(commune('vn-2025-07:c26732')).toMatchObject({ sourceIds: [] });
    expect(commune('vn-2025-07:c00634')).toMatchObject({ sourceIds: [] });
    expect(operations.filter((operation) => operation.type === 'consolidate' && operation.sourceIds.length === 0)).toHaveLength(43);
    expect(operations.slice(730, 730 + 3321).every((operation) => operation.type === 'consolidate' && operation.newUnit.id.includes(':c'))).toBe(true);

    // the 973 partial transfers, in the order of the mapping, each ending its source
    expect(operations[730 + 3321]).toStrictEqual({ type: 'partial-transfer', sourceId: 'vn-2025-03:c00007', targetId: 'vn-2025-07:c00008', sourceEnds: true });
    expect(operations.at(-1)).toStrictEqual({ type: 'partial-transfer', sourceId: 'vn-2025-03:c32245', targetId: 'vn-2025-07:c32248', sourceEnds: true });
    expect(operations.filter((operation) => operation.type === 'partial-transfer' && operation.sourceId === 'vn-2025-03:c00634')).toStrictEqual(
      ['c00622', 'c00634', 'c00637', 'c09556', 'c09886'].map((code) => ({ type: 'partial-transfer', sourceId: 'vn-2025-03:c00634', targetId: `vn-2025-07:${code}`, sourceEnds: true })),
    );

    // frozen all through (the new parts; the units' own names are frozen by vietnamData)
    const first = operations[0];
    const partial = operations.at(-1);
    if (first?.type !== 'consolidate' || partial === undefined) throw new Error('unexpected plan');
    for (const value of [plan, plan.basis, plan.basis?.[0], operations, first, first.sourceIds, first.newUnit, first.basis, first.basis?.[0], operations[34], partial]) {
      expect(Object.isFrozen(value)).toBe(true);
    }
    expect(getReform2025Plan()).toBe(plan);
  });

  it('throws on a district whose province is not in the merger, and asks vietnamData for each list by its edition', async () => {
    let dropped = 'vn-2025-03:p42';
    const editions = mockVietnamData((real) => real.filter((row) => row.beforeId !== dropped));
    const { getReform2025Plan } = await fresh<typeof import('../../src/vn/getReform2025Plan.js')>('getReform2025Plan');
    // Hà Tĩnh (42) left out of the merger: its first district, Thành phố Hà Tĩnh, has no successor
    expect(() => getReform2025Plan()).toThrow(new Error('[tinh-gon] no successor for vn-2025-03:d436 in the vn data'));
    expect(editions).toEqual(['2025-03-01', '2025-07-01']);
    dropped = '';
    expect(getReform2025Plan().operations).toHaveLength(5024);
  });
});

describe('findReformSuccessors and findReformPredecessors, indexed afresh', () => {
  type Transfers = typeof import('../../src/vn/findReformTransfers.js');
  const pairs = (transfers: readonly { before: { id: string }; after: { id: string }; transfer: string }[]) =>
    transfers.map((transfer) => `${transfer.before.id} → ${transfer.after.id} (${transfer.transfer})`);

  it('indexes every row of the mapping from both sides, in order, as frozen transfers', async () => {
    const { findReformPredecessors, findReformSuccessors } = await fresh<Transfers>('findReformTransfers');
    expect(pairs(findReformSuccessors('vn-2025-03:c00001'))).toEqual(['vn-2025-03:c00001 → vn-2025-07:c00097 (full)']);
    expect(pairs(findReformSuccessors('vn-2025-03:c00634'))).toEqual(
      ['c00622', 'c00634', 'c00637', 'c09556', 'c09886'].map((code) => `vn-2025-03:c00634 → vn-2025-07:${code} (partial)`),
    );
    expect(pairs(findReformSuccessors('vn-2025-03:d755'))).toEqual(['vn-2025-03:d755 → vn-2025-07:c26732 (full)']);
    expect(pairs(findReformSuccessors('vn-2025-03:p44'))).toEqual(['vn-2025-03:p44 → vn-2025-07:p44 (full)']);
    expect(findReformSuccessors('vn-2025-03:d449')).toEqual([]);
    expect(pairs(findReformPredecessors('vn-2025-07:p44'))).toEqual(['vn-2025-03:p44 → vn-2025-07:p44 (full)', 'vn-2025-03:p45 → vn-2025-07:p44 (full)']);
    expect(pairs(findReformPredecessors('vn-2025-07:c18775'))).toEqual(
      ['c18763', 'c18769', 'c18772', 'c18775'].map((code) => `vn-2025-03:${code} → vn-2025-07:c18775 (full)`),
    );
    expect(pairs(findReformPredecessors('vn-2025-07:c00634'))).toEqual(
      ['c00628', 'c00634', 'c09877', 'c09886'].map((code) => `vn-2025-03:${code} → vn-2025-07:c00634 (partial)`),
    );
    const [transfer] = findReformSuccessors('vn-2025-03:c18775');
    expect(Object.keys(transfer ?? {})).toEqual(['before', 'after', 'transfer']);
    expect(transfer?.before).toMatchObject({ id: 'vn-2025-03:c18775', name: { vi: 'Thị trấn Kỳ Đồng' }, from: '2025-03-01' });
    expect(transfer?.after).toMatchObject({ id: 'vn-2025-07:c18775', name: { vi: 'Xã Kỳ Anh' }, from: '2025-07-01' });
    expect(Object.isFrozen(transfer)).toBe(true);
    expect(findReformPredecessors('vn-2025-07:c18775')[3]).toBe(transfer);
  });

  it('fails loudly on a mapping row naming a unit the lists lack, and asks for each list by its edition', async () => {
    let rows: MappingRow[] = [];
    const editions = mockVietnamData(() => rows);
    const { findReformPredecessors, findReformSuccessors } = await fresh<Transfers>('findReformTransfers');
    rows = [{ beforeId: 'vn-2025-03:c00001', afterId: 'vn-2025-07:c99999', transfer: 'full' }];
    expect(() => findReformSuccessors('vn-2025-03:c00001')).toThrow(
      new Error('[tinh-gon] the vn mapping names vn-2025-03:c00001 → vn-2025-07:c99999, which the lists lack'),
    );
    rows = [{ beforeId: 'vn-2025-03:c99999', afterId: 'vn-2025-07:c00097', transfer: 'full' }];
    expect(() => findReformPredecessors('vn-2025-07:c00097')).toThrow(
      new Error('[tinh-gon] the vn mapping names vn-2025-03:c99999 → vn-2025-07:c00097, which the lists lack'),
    );
    expect(editions.slice(0, 2)).toEqual(['2025-03-01', '2025-07-01']);
    // a sound mapping is then indexed (nothing was kept from the failed attempts)
    rows = [
      { beforeId: 'vn-2025-03:c00001', afterId: 'vn-2025-07:c00097', transfer: 'full' },
      { beforeId: 'vn-2025-03:c00007', afterId: 'vn-2025-07:c00008', transfer: 'partial' },
      { beforeId: 'vn-2025-03:c00007', afterId: 'vn-2025-07:c00025', transfer: 'partial' },
    ];
    expect(pairs(findReformSuccessors('vn-2025-03:c00007'))).toEqual(['vn-2025-03:c00007 → vn-2025-07:c00008 (partial)', 'vn-2025-03:c00007 → vn-2025-07:c00025 (partial)']);
    expect(pairs(findReformPredecessors('vn-2025-07:c00097'))).toEqual(['vn-2025-03:c00001 → vn-2025-07:c00097 (full)']);
    expect(editions).toEqual(['2025-03-01', '2025-07-01', '2025-03-01', '2025-07-01', '2025-03-01', '2025-07-01']);
  });
});

describe('findVietnamUnitsByName, indexed afresh', () => {
  it('indexes each list once, under the full name and the name without its kind, every unit of a name in code order', async () => {
    const editions = mockVietnamData();
    const { findVietnamUnitsByName } = await fresh<typeof import('../../src/vn/findVietnamUnitsByName.js')>('findVietnamUnitsByName');
    const ids = (name: string, asOf?: string) => findVietnamUnitsByName(name, asOf === undefined ? {} : { asOf: isoDate(asOf) }).map((unit) => unit.id);
    expect(ids('ky anh')).toEqual(['vn-2025-03:d447', 'vn-2025-03:d449', 'vn-2025-07:c18775']);
    // both lists were asked for once, by their editions, and are not asked for again
    expect(editions).toEqual(['2025-03-01', '2025-07-01']);
    expect(ids('thi xa ky anh')).toEqual(['vn-2025-03:d449']);
    expect(ids('Huyện Kỳ Anh')).toEqual(['vn-2025-03:d447']);
    expect(ids('xa ky anh')).toEqual(['vn-2025-07:c18775']);
    expect(ids('KỲ ANH', '2025-07-01')).toEqual(['vn-2025-07:c18775']);
    expect(ids('ky anh', '2025-06-30')).toEqual(['vn-2025-03:d447', 'vn-2025-03:d449']);
    expect(ids('Quang Tri')).toEqual(['vn-2025-03:p45', 'vn-2025-03:d462', 'vn-2025-03:c25138', 'vn-2025-07:p44', 'vn-2025-07:c19360']);
    expect(ids('tinh quang tri')).toEqual(['vn-2025-03:p45', 'vn-2025-07:p44']);
    expect(ids('viet nam')).toEqual(['vn', 'vn']);
    expect(ids('n ky anh')).toEqual([]);
    expect(ids('uyen ky anh')).toEqual([]);
    expect(editions).toEqual(['2025-03-01', '2025-07-01']);
  });
});

describe('editionOn: the list in force on a date', () => {
  it.each([
    ['2025-02-28', undefined],
    ['2025-03-01', '2025-03-01'],
    ['2025-06-30', '2025-03-01'],
    ['2025-07-01', '2025-07-01'],
    ['2026-01-01', '2025-07-01'],
  ] as const)('%s → %s', (asOf, edition) => {
    expect(editionOn(isoDate(asOf), 'test')).toBe(edition);
  });
});
