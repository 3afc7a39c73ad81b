import { describe, expect, it } from 'vitest';
import { type AreaUnit, getAreaLevel, isAreaKind, isoDate, validateStructure } from '../../src/index.js';
import { getVietnam, type VietnamEdition } from '../../src/vn/index.js';

function countBy(units: readonly AreaUnit[], key: (unit: AreaUnit) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const unit of units) counts[key(unit)] = (counts[key(unit)] ?? 0) + 1;
  return counts;
}
const areas = (edition: VietnamEdition) => getVietnam(edition).units as AreaUnit[];

describe('getVietnam', () => {
  it.each([
    ['2025-03-01', { central: 1, province: 63, district: 696, commune: 10_035 }],
    ['2025-07-01', { central: 1, province: 34, commune: 3321 }],
  ] as const)('%s has the levels of its list', (edition, levels) => {
    expect(countBy(areas(edition), (unit) => (isAreaKind(unit.kind) ? getAreaLevel(unit.kind) : 'other'))).toEqual(levels);
  });

  it.each([
    [
      '2025-03-01',
      {
        country: 1, province: 57, 'centrally-run-city': 6, district: 508, 'urban-district': 49, town: 52, 'provincial-city': 86,
        'municipal-city': 1, commune: 7692, ward: 1726, township: 617,
      },
    ],
    ['2025-07-01', { country: 1, province: 28, 'centrally-run-city': 6, commune: 2621, ward: 687, 'special-zone': 13 }],
  ] as const)('%s has the kinds of its list (xã, phường, thị trấn, đặc khu)', (edition, kinds) => {
    expect(countBy(areas(edition), (unit) => unit.kind)).toEqual(kinds);
  });

  it.each([
    ['2025-03-01', 'vn-2025-03:p44', { kind: 'province', name: { vi: 'Tỉnh Quảng Bình' }, code: '44', parentId: 'vn' }],
    ['2025-03-01', 'vn-2025-03:p80', { kind: 'province', name: { vi: 'Tỉnh Long An' }, code: '80' }],
    ['2025-03-01', 'vn-2025-03:p46', { kind: 'centrally-run-city', name: { vi: 'Thành phố Huế' } }],
    ['2025-03-01', 'vn-2025-03:d449', { kind: 'town', name: { vi: 'Thị xã Kỳ Anh' }, parentId: 'vn-2025-03:p42', code: '449' }],
    ['2025-03-01', 'vn-2025-03:d447', { kind: 'district', name: { vi: 'Huyện Kỳ Anh' }, parentId: 'vn-2025-03:p42' }],
    ['2025-03-01', 'vn-2025-03:d769', { kind: 'municipal-city', name: { vi: 'Thành phố Thủ Đức' } }],
    ['2025-03-01', 'vn-2025-03:c00634', { kind: 'ward', name: { vi: 'Phường Đại Mỗ' }, parentId: 'vn-2025-03:d019' }],
    ['2025-07-01', 'vn-2025-07:p44', { kind: 'province', name: { vi: 'Tỉnh Quảng Trị' }, code: '44', areaKm2: 12_700, population: 1_870_845 }],
    ['2025-07-01', 'vn-2025-07:p80', { kind: 'province', name: { vi: 'Tỉnh Tây Ninh' }, code: '80' }],
    ['2025-07-01', 'vn-2025-07:c18775', { kind: 'commune', name: { vi: 'Xã Kỳ Anh' }, parentId: 'vn-2025-07:p42', code: '18775' }],
    ['2025-07-01', 'vn-2025-07:c00634', { kind: 'ward', name: { vi: 'Phường Tây Mỗ' }, parentId: 'vn-2025-07:p01' }],
    ['2025-07-01', 'vn-2025-07:c00004', { kind: 'ward', name: { vi: 'Phường Ba Đình' }, areaKm2: 2.97, population: 65_023 }],
    ['2025-07-01', 'vn-2025-07:c26732', { kind: 'special-zone', name: { vi: 'Đặc khu Côn Đảo' }, parentId: 'vn-2025-07:p79' }],
  ] as const)('%s: %s', (edition, id, expected) => {
    expect(areas(edition).find((unit) => unit.id === id)).toMatchObject({ ...expected, from: edition });
  });

  it('gives every unit a distinct id across both lists, though codes are reused', () => {
    const all = [...areas('2025-03-01'), ...areas('2025-07-01')].filter((unit) => unit.id !== 'vn');
    expect(new Set(all.map((unit) => unit.id)).size).toBe(all.length);
    const codes = all.map((unit) => unit.code);
    expect(new Set(codes).size).toBeLessThan(codes.length);
  });

  it.each([
    ['2025-03-01', '2025-06-30'],
    ['2025-07-01', '2025-07-01'],
  ] as const)('the %s structure is valid on %s, with no issue at all', (edition, asOf) => {
    expect(validateStructure(getVietnam(edition), { asOf: isoDate(asOf) }).issues).toEqual([]);
  });

  it('carries the 2024 figures of the 63 provinces and the new figures of the 34', () => {
    const before = areas('2025-03-01').filter((unit) => unit.parentId === 'vn');
    expect(before.every((unit) => unit.population !== undefined && unit.areaKm2 !== undefined)).toBe(true);
    expect(before.find((unit) => unit.code === '42')).toMatchObject({ areaKm2: 5994.5, population: 1_329_800 });
    const after = areas('2025-07-01');
    expect(after.filter((unit) => unit.parentId === 'vn').every((unit) => unit.population !== undefined)).toBe(true);
    expect(after.filter((unit) => unit.kind !== 'country' && unit.parentId !== 'vn' && unit.areaKm2 === undefined)).toEqual([]);
    expect(after.filter((unit) => unit.parentId !== 'vn' && unit.kind !== 'country' && unit.population === undefined).map((unit) => unit.name.vi)).toEqual([
      'Đặc khu Vân Đồn',
      'Đặc khu Hoàng Sa',
    ]);
    expect(areas('2025-03-01').filter((unit) => unit.id.includes(':c') && (unit.population !== undefined || unit.areaKm2 !== undefined))).toEqual([]);
  });

  it('marks the doubtful figures: 119 populations (41 in Bắc Ninh) and two areas, with the source flags in the note', () => {
    const after = areas('2025-07-01');
    const population = after.filter((unit) => unit.doubtful?.includes('population'));
    expect(population).toHaveLength(119);
    expect(population.every((unit) => (unit.population ?? 0) < 1000 && unit.note?.includes('population_suspect_lt_1000'))).toBe(true);
    expect(population.filter((unit) => unit.parentId === 'vn-2025-07:p24')).toHaveLength(41);
    const area = after.filter((unit) => unit.doubtful?.includes('areaKm2'));
    expect(area.map((unit) => [unit.name.vi, unit.areaKm2, unit.doubtful])).toEqual([
      ['Phường Phú Lợi', 17_956, ['areaKm2']],
      ['Phường Hòa Lợi', 33_589, ['areaKm2']],
    ]);
    expect(after.find((unit) => unit.code === '06994')?.note).toBe(
      'Flags in data/vn-admin: sapnhap_feature_missing_in_crawl, area_from_thanglequoc_geojson_areaKm2',
    );
    expect(after.find((unit) => unit.code === '06994')?.doubtful).toBeUndefined();
    expect(after.filter((unit) => unit.doubtful === undefined && (unit.population ?? 1000) < 1000)).toEqual([]);
  });

  it('is parsed once and shared, frozen', () => {
    const structure = getVietnam('2025-07-01');
    expect(getVietnam('2025-07-01')).toBe(structure);
    expect(Object.isFrozen(structure) && Object.isFrozen(structure.units) && Object.isFrozen(structure.units[5])).toBe(true);
    expect(() => {
      (structure.units as AreaUnit[]).push(structure.units[0] as AreaUnit);
    }).toThrow(TypeError);
    expect(structure.people).toEqual([]);
    expect(structure.assignments).toEqual([]);
  });

  it.each([['2025-07-02'], ['2024'], [undefined]])('refuses the edition %j', (edition) => {
    expect(() => getVietnam(edition as unknown as VietnamEdition)).toThrow(/^\[tinh-gon\] getVietnam/);
  });
});
