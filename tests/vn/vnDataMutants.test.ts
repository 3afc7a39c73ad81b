/**
 * The decoding of the national lists (src/vn/vietnamData.ts), pinned on a fresh instance of the module.
 *
 * vietnamData parses its lists once and keeps them at module level, and under mutation every test file
 * shares one module graph: the other tests read the lists the first one parsed, so a mutant of the
 * decoder would never run. Each test here imports its own instance inside the test (a new tag each
 * time, the graph being shared across mutants too), so the decoder runs under the active mutant. The
 * malformed-data paths are reached by mocking one generated data module for that fresh instance.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFresh } from '../support/importFresh.js';

type VietnamData = typeof import('../../src/vn/vietnamData.js');

let instances = 0;
/** A new instance of vietnamData (its caches empty), under whatever data module is mocked at the time. */
function freshData(name: string): Promise<VietnamData> {
  instances += 1;
  return importFresh<VietnamData>('src/vn/vietnamData.js', `${name}-${instances}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
}

const COUNTRY = { id: 'vn', kind: 'country', name: { vi: 'Việt Nam', en: 'Viet Nam' }, from: '1945-09-02' };

describe('vietnamData, decoded afresh from the real lists', () => {
  it('decodes the 2025-03-01 list: country, 63 provinces, 696 district-level units, 10,035 communes, in code order', async () => {
    const data = await freshData('before');
    const before = data.editionUnits('2025-03-01');
    expect(before.edition).toBe('2025-03-01');
    expect(before.units).toHaveLength(1 + 63 + 696 + 10_035);
    expect(before.units[0]).toEqual(COUNTRY);
    expect(before.units[0]).toBe(data.COUNTRY);
    expect([before.units[1]?.id, before.units[63]?.id, before.units[64]?.id, before.units[759]?.id, before.units[760]?.id, before.units.at(-1)?.id]).toEqual([
      'vn-2025-03:p01',
      'vn-2025-03:p96',
      'vn-2025-03:d001',
      'vn-2025-03:d973',
      'vn-2025-03:c00001',
      'vn-2025-03:c32248',
    ]);
    // a province with its 2024 figures, a district-level unit and communes under their districts, without figures
    expect(before.byId.get('vn-2025-03:p44')).toEqual({
      id: 'vn-2025-03:p44',
      kind: 'province',
      name: { vi: 'Tỉnh Quảng Bình' },
      parentId: 'vn',
      code: '44',
      from: '2025-03-01',
      areaKm2: 7998.8,
      population: 924_800,
    });
    expect(before.byId.get('vn-2025-03:p01')).toEqual({
      id: 'vn-2025-03:p01',
      kind: 'centrally-run-city',
      name: { vi: 'Thành phố Hà Nội' },
      parentId: 'vn',
      code: '01',
      from: '2025-03-01',
      areaKm2: 3359.8,
      population: 8_717_600,
    });
    const kyAnh = before.byId.get('vn-2025-03:d449');
    expect(kyAnh).toEqual({ id: 'vn-2025-03:d449', kind: 'town', name: { vi: 'Thị xã Kỳ Anh' }, parentId: 'vn-2025-03:p42', code: '449', from: '2025-03-01' });
    expect(Object.keys(kyAnh ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from']);
    const kyDong = before.byId.get('vn-2025-03:c18775');
    expect(kyDong).toEqual({ id: 'vn-2025-03:c18775', kind: 'township', name: { vi: 'Thị trấn Kỳ Đồng' }, parentId: 'vn-2025-03:d447', code: '18775', from: '2025-03-01' });
    expect(Object.keys(kyDong ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from']);
    expect(before.byId.get('vn-2025-03:c00001')).toEqual({ id: 'vn-2025-03:c00001', kind: 'ward', name: { vi: 'Phường Phúc Xá' }, parentId: 'vn-2025-03:d001', code: '00001', from: '2025-03-01' });
    // the word for each district-level kind
    expect(['d001', 'd440', 'd436', 'd769'].map((code) => [before.byId.get(`vn-2025-03:${code}`)?.kind, before.byId.get(`vn-2025-03:${code}`)?.name.vi])).toEqual([
      ['urban-district', 'Quận Ba Đình'],
      ['district', 'Huyện Đức Thọ'],
      ['provincial-city', 'Thành phố Hà Tĩnh'],
      ['municipal-city', 'Thành phố Thủ Đức'],
    ]);
    // the indexes: every unit by id, every unit but the country (no code) by code
    expect(before.byId.size).toBe(10_795);
    expect(before.byCode.size).toBe(10_794);
    expect(before.byCode.has(undefined as unknown as string)).toBe(false);
    expect(before.byCode.get('449')).toBe(kyAnh);
    expect(before.byCode.get('18775')).toBe(kyDong);
    expect(before.byId.get('vn')).toBe(before.units[0]);
    // frozen through, and parsed once
    expect(Object.isFrozen(before.units)).toBe(true);
    expect(Object.isFrozen(kyAnh)).toBe(true);
    expect(Object.isFrozen(kyAnh?.name)).toBe(true);
    expect(data.editionUnits('2025-03-01')).toBe(before);
  });

  it('decodes the 2025-07-01 list: country, 34 provinces, 3,321 commune-level units with their figures and flags', async () => {
    const data = await freshData('after');
    const after = data.editionUnits('2025-07-01');
    expect(after.edition).toBe('2025-07-01');
    expect(after.units).toHaveLength(1 + 34 + 3321);
    expect(after.units[0]).toEqual(COUNTRY);
    expect([after.units[1]?.id, after.units[34]?.id, after.units[35]?.id, after.units.at(-1)?.id]).toEqual(['vn-2025-07:p01', 'vn-2025-07:p96', 'vn-2025-07:c00004', 'vn-2025-07:c32248']);
    expect(after.byId.get('vn-2025-07:p44')).toEqual({
      id: 'vn-2025-07:p44',
      kind: 'province',
      name: { vi: 'Tỉnh Quảng Trị' },
      parentId: 'vn',
      code: '44',
      from: '2025-07-01',
      areaKm2: 12_700,
      population: 1_870_845,
    });
    // area kept to its decimals; the commune hangs from its province (no district level)
    expect(after.byId.get('vn-2025-07:c00004')).toEqual({
      id: 'vn-2025-07:c00004',
      kind: 'ward',
      name: { vi: 'Phường Ba Đình' },
      parentId: 'vn-2025-07:p01',
      code: '00004',
      from: '2025-07-01',
      areaKm2: 2.97,
      population: 65_023,
    });
    expect(Object.keys(after.byId.get('vn-2025-07:c18775') ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from', 'areaKm2', 'population']);
    // a doubted population, a doubted area
    expect(after.byId.get('vn-2025-07:c00691')).toEqual({
      id: 'vn-2025-07:c00691',
      kind: 'ward',
      name: { vi: 'Phường Hà Giang 2' },
      parentId: 'vn-2025-07:p08',
      code: '00691',
      from: '2025-07-01',
      areaKm2: 60.62,
      population: 331,
      doubtful: ['population'],
      note: 'Flags in data/vn-admin: population_suspect_lt_1000',
    });
    expect(after.byId.get('vn-2025-07:c25750')).toEqual({
      id: 'vn-2025-07:c25750',
      kind: 'ward',
      name: { vi: 'Phường Phú Lợi' },
      parentId: 'vn-2025-07:p79',
      code: '25750',
      from: '2025-07-01',
      areaKm2: 17_956,
      population: 107_721,
      doubtful: ['areaKm2'],
      note: 'Flags in data/vn-admin: area_suspect_gt_province',
    });
    expect(Object.isFrozen(after.byId.get('vn-2025-07:c25750')?.doubtful)).toBe(true);
    // a blank population is no figure (not 0); flags that doubt nothing are only named in the note
    const vanDon = after.byId.get('vn-2025-07:c06994');
    expect(vanDon).toEqual({
      id: 'vn-2025-07:c06994',
      kind: 'special-zone',
      name: { vi: 'Đặc khu Vân Đồn' },
      parentId: 'vn-2025-07:p22',
      code: '06994',
      from: '2025-07-01',
      areaKm2: 583.92,
      note: 'Flags in data/vn-admin: sapnhap_feature_missing_in_crawl, area_from_thanglequoc_geojson_areaKm2',
    });
    expect(Object.keys(vanDon ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from', 'areaKm2', 'note']);
    const hoangSa = after.byId.get('vn-2025-07:c20333');
    expect(hoangSa).toEqual({
      id: 'vn-2025-07:c20333',
      kind: 'special-zone',
      name: { vi: 'Đặc khu Hoàng Sa' },
      parentId: 'vn-2025-07:p48',
      code: '20333',
      from: '2025-07-01',
      areaKm2: 350,
      note: 'Flags in data/vn-admin: population_missing',
    });
    expect(Object.keys(hoangSa ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from', 'areaKm2', 'note']);
    // the counts over the list
    expect(after.units.filter((unit) => unit.doubtful !== undefined)).toHaveLength(121);
    expect(after.units.filter((unit) => unit.note !== undefined)).toHaveLength(123);
    expect(after.units.filter((unit) => unit.areaKm2 === undefined).map((unit) => unit.id)).toEqual(['vn']);
    expect(after.units.filter((unit) => unit.population === undefined).map((unit) => unit.id)).toEqual(['vn', 'vn-2025-07:c06994', 'vn-2025-07:c20333']);
    expect(after.units.filter((unit) => unit.kind === 'special-zone')).toHaveLength(13);
    expect([after.byId.size, after.byCode.size]).toEqual([3356, 3355]);
    expect(after.byCode.has(undefined as unknown as string)).toBe(false);
    expect(after.byCode.get('44')).toBe(after.byId.get('vn-2025-07:p44'));
    expect(data.editionUnits('2025-07-01')).toBe(after);
  });

  it('decodes the reform mapping: 63 provinces, then the 10,571 rows of the commune mapping', async () => {
    const data = await freshData('mapping');
    const mapping = data.reformMapping();
    expect(mapping).toHaveLength(63 + 10_571);
    expect(mapping[0]).toEqual({ beforeId: 'vn-2025-03:p01', afterId: 'vn-2025-07:p01', transfer: 'full' });
    expect(mapping.slice(0, 63).filter((row) => row.beforeId === 'vn-2025-03:p45')).toEqual([{ beforeId: 'vn-2025-03:p45', afterId: 'vn-2025-07:p44', transfer: 'full' }]);
    expect(mapping.slice(0, 63).every((row) => row.transfer === 'full' && row.beforeId.startsWith('vn-2025-03:p') && row.afterId.startsWith('vn-2025-07:p'))).toBe(true);
    expect(mapping[63]).toEqual({ beforeId: 'vn-2025-03:c00001', afterId: 'vn-2025-07:c00097', transfer: 'full' });
    expect(mapping.filter((row) => row.beforeId === 'vn-2025-03:c00007').slice(0, 2)).toEqual([
      { beforeId: 'vn-2025-03:c00007', afterId: 'vn-2025-07:c00008', transfer: 'partial' },
      { beforeId: 'vn-2025-03:c00007', afterId: 'vn-2025-07:c00025', transfer: 'partial' },
    ]);
    // an island district without communes (three digits) is read as a district
    expect(mapping.at(-1)).toEqual({ beforeId: 'vn-2025-03:d755', afterId: 'vn-2025-07:c26732', transfer: 'full' });
    expect(mapping.filter((row) => row.beforeId.includes(':d')).map((row) => row.beforeId)).toEqual([
      'vn-2025-03:d318',
      'vn-2025-03:d471',
      'vn-2025-03:d498',
      'vn-2025-03:d536',
      'vn-2025-03:d755',
    ]);
    const counts: Record<string, number> = {};
    for (const row of mapping) counts[row.transfer] = (counts[row.transfer] ?? 0) + 1;
    expect(counts).toEqual({ full: 63 + 10_571 - 973, partial: 973 });
    expect(Object.isFrozen(mapping)).toBe(true);
    expect(Object.isFrozen(mapping[63])).toBe(true);
    expect(data.reformMapping()).toBe(mapping);
    expect(data.unitId('2025-07-01', 'c', '00004')).toBe('vn-2025-07:c00004');
    expect(data.unitId('2025-03-01', 'd', '449')).toBe('vn-2025-03:d449');
  });
});

/** Mocks one generated data module for the fresh instance imported while it is mocked. */
function mockDataModule(module: string, exportName: string, text: string): void {
  vi.doMock(`../../src/vn/data/${module}.js`, () => ({ [exportName]: text }));
}

describe('vietnamData on made-up lists (one data module mocked)', () => {
  const mocked: string[] = [];
  const mock = (module: string, exportName: string, text: string) => {
    mocked.push(module);
    mockDataModule(module, exportName, text);
  };
  afterEach(() => {
    for (const module of mocked.splice(0)) vi.doUnmock(`../../src/vn/data/${module}.js`);
  });

  it('rounds a population, keeps an area, drops blank figures, sorts the doubts of a unit once each and names every flag', async () => {
    mock('provinces20250701', 'PROVINCES_2025_07_01', 'code\tkind\tname\tarea_km2\tpopulation\n01\tcentrally-run-city\tThủ Đô\t100.4\t1234.6\n02\tprovince\tBiển\t\t\n');
    mock(
      'communes20250701',
      'COMMUNES_2025_07_01',
      [
        'code\tkind\tprovince\tname\tarea_km2\tpopulation\tflags',
        '00001\tward\t01\tMột\t1.5\t800\tpopulation_suspect_lt_1000,area_suspect_gt_province,population_suspect_lt_1000',
        '00002\tspecial-zone\t02\tHai\t\t\tsome_other_flag',
        '00003\tcommune\t02\tBa\t3\t3000\t',
        '',
      ].join('\n'),
    );
    const data = await freshData('made-up');
    const after = data.editionUnits('2025-07-01');
    expect(after.units).toEqual([
      COUNTRY,
      { id: 'vn-2025-07:p01', kind: 'centrally-run-city', name: { vi: 'Thành phố Thủ Đô' }, parentId: 'vn', code: '01', from: '2025-07-01', areaKm2: 100.4, population: 1235 },
      { id: 'vn-2025-07:p02', kind: 'province', name: { vi: 'Tỉnh Biển' }, parentId: 'vn', code: '02', from: '2025-07-01' },
      {
        id: 'vn-2025-07:c00001',
        kind: 'ward',
        name: { vi: 'Phường Một' },
        parentId: 'vn-2025-07:p01',
        code: '00001',
        from: '2025-07-01',
        areaKm2: 1.5,
        population: 800,
        doubtful: ['areaKm2', 'population'],
        note: 'Flags in data/vn-admin: population_suspect_lt_1000, area_suspect_gt_province, population_suspect_lt_1000',
      },
      { id: 'vn-2025-07:c00002', kind: 'special-zone', name: { vi: 'Đặc khu Hai' }, parentId: 'vn-2025-07:p02', code: '00002', from: '2025-07-01', note: 'Flags in data/vn-admin: some_other_flag' },
      { id: 'vn-2025-07:c00003', kind: 'commune', name: { vi: 'Xã Ba' }, parentId: 'vn-2025-07:p02', code: '00003', from: '2025-07-01', areaKm2: 3, population: 3000 },
    ]);
    expect(Object.keys(after.units[2] ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from']);
    expect(Object.keys(after.units[4] ?? {})).toEqual(['id', 'kind', 'name', 'parentId', 'code', 'from', 'note']);
  });

  it('fails loudly on a data module whose header is not the expected columns', async () => {
    mock('provinceMerger2025', 'PROVINCE_MERGER_2025', 'old\tnew\n01\t01\n');
    const data = await freshData('bad-header');
    expect(() => data.reformMapping()).toThrow(new Error('[tinh-gon] the vn data module with the columns old\tnew is malformed'));
  });

  it('fails loudly on a data module with a row of the wrong number of fields', async () => {
    mock('provinceMerger2025', 'PROVINCE_MERGER_2025', 'old_code\tnew_code\n01\t01\n02\n04\t04\n');
    const data = await freshData('bad-row');
    expect(() => data.reformMapping()).toThrow(new Error('[tinh-gon] the vn data module with the columns old_code\tnew_code is malformed'));
  });

  it('fails loudly on a kind it has no name prefix for', async () => {
    mock('provinces20250701', 'PROVINCES_2025_07_01', 'code\tkind\tname\tarea_km2\tpopulation\n01\tgalaxy\tXa Xôi\t1\t1\n');
    const data = await freshData('bad-kind');
    expect(() => data.editionUnits('2025-07-01')).toThrow(new Error('[tinh-gon] unknown kind galaxy in the vn data (01)'));
  });
});
