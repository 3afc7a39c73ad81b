import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate } from '../../src/index.js';
import { findVietnamUnit, findVietnamUnitsByName } from '../../src/vn/index.js';

describe('findVietnamUnit: a code on a date', () => {
  it.each([
    // codes reused across the reform: the unit depends on the date
    ['44', '2025-06-30', 'vn-2025-03:p44', 'Tỉnh Quảng Bình'],
    ['44', '2025-07-01', 'vn-2025-07:p44', 'Tỉnh Quảng Trị'],
    ['45', '2025-06-30', 'vn-2025-03:p45', 'Tỉnh Quảng Trị'],
    ['80', '2025-03-01', 'vn-2025-03:p80', 'Tỉnh Long An'],
    ['80', '2026-01-01', 'vn-2025-07:p80', 'Tỉnh Tây Ninh'],
    ['72', '2025-06-30', 'vn-2025-03:p72', 'Tỉnh Tây Ninh'],
    ['00634', '2025-06-30', 'vn-2025-03:c00634', 'Phường Đại Mỗ'],
    ['00634', '2025-07-01', 'vn-2025-07:c00634', 'Phường Tây Mỗ'],
    ['00004', '2025-06-30', 'vn-2025-03:c00004', 'Phường Trúc Bạch'],
    ['00004', '2025-07-01', 'vn-2025-07:c00004', 'Phường Ba Đình'],
    ['449', '2025-06-30', 'vn-2025-03:d449', 'Thị xã Kỳ Anh'],
    ['18775', '2025-06-30', 'vn-2025-03:c18775', 'Thị trấn Kỳ Đồng'],
    ['18775', '2025-07-01', 'vn-2025-07:c18775', 'Xã Kỳ Anh'],
  ] as const)('%s on %s is %s (%s)', (code, asOf, id, name) => {
    const unit = findVietnamUnit(code, isoDate(asOf));
    expect(unit?.id).toBe(id);
    expect(unit?.name.vi).toBe(name);
  });

  it.each([
    ['449', '2025-07-01', 'no district level after the reform'],
    ['44', '2025-02-28', 'before the first list'],
    ['00001', '2025-07-01', 'a code of the old list only'],
    ['99', '2025-07-01', 'no such province'],
    ['', '2025-07-01', 'the empty code'],
  ] as const)('%s on %s finds nothing (%s)', (code, asOf, _why) => {
    expect(findVietnamUnit(code, isoDate(asOf))).toBeUndefined();
  });

  it.each([['2025-7-1'], ['2025-02-30'], [undefined]])('throws a RangeError for the date %j', (asOf) => {
    expect(() => findVietnamUnit('44', asOf as unknown as IsoDate)).toThrow(RangeError);
    expect(() => findVietnamUnit('44', asOf as unknown as IsoDate)).toThrow(/^\[tinh-gon\] findVietnamUnit/);
  });
});

describe('findVietnamUnitsByName: ignoring case, diacritics and đ/d', () => {
  const both = ['vn-2025-03:d447', 'vn-2025-03:d449', 'vn-2025-07:c18775'];
  it.each([
    ['ky anh', undefined, both],
    ['Kỳ Anh', undefined, both],
    ['KỲ ANH', undefined, both],
    ['  Ky   Anh ', undefined, both],
    ['Kỳ Anh', '2025-07-01', ['vn-2025-07:c18775']],
    ['ky anh', '2025-06-30', ['vn-2025-03:d447', 'vn-2025-03:d449']],
    ['thi xa ky anh', undefined, ['vn-2025-03:d449']],
    ['Huyện Kỳ Anh', undefined, ['vn-2025-03:d447']],
    ['xa ky anh', undefined, ['vn-2025-07:c18775']],
    ['ky anh', '2024-12-31', []],
    ['dai mo', undefined, ['vn-2025-03:c00634', 'vn-2025-07:c00637']],
    ['ĐẠI MỖ', '2025-07-01', ['vn-2025-07:c00637']],
    ['Đại Mỗ', undefined, ['vn-2025-03:c00634', 'vn-2025-07:c00637']],
    ['Quang Tri', undefined, ['vn-2025-03:p45', 'vn-2025-03:d462', 'vn-2025-03:c25138', 'vn-2025-07:p44', 'vn-2025-07:c19360']],
    ['tinh quang tri', undefined, ['vn-2025-03:p45', 'vn-2025-07:p44']],
    ['tinh dong thap', undefined, ['vn-2025-03:p87', 'vn-2025-07:p82']],
    ['thanh pho ho chi minh', '2025-07-01', ['vn-2025-07:p79']],
    ['Côn Đảo', undefined, ['vn-2025-03:d755', 'vn-2025-07:c26732']],
    ['ky', undefined, []],
    ['', undefined, []],
  ] as const)('%j (asOf %s) finds %j', (name, asOf, ids) => {
    const found = findVietnamUnitsByName(name, asOf === undefined ? {} : { asOf: isoDate(asOf) });
    expect(found.map((unit) => unit.id)).toEqual(ids);
  });

  it('finds a decomposed (NFD) spelling and the old tone placement alike', () => {
    expect(findVietnamUnitsByName('Kỳ Anh'.normalize('NFD')).map((unit) => unit.id)).toEqual(both);
    const hoa = findVietnamUnitsByName('Hòa Lợi', { asOf: isoDate('2025-07-01') }).map((unit) => unit.id);
    expect(findVietnamUnitsByName('Hoà Lợi', { asOf: isoDate('2025-07-01') }).map((unit) => unit.id)).toEqual(hoa);
    expect(hoa).toEqual(['vn-2025-07:c25849']);
  });

  it('returns a new array each time', () => {
    const first = findVietnamUnitsByName('ky anh');
    first.pop();
    expect(findVietnamUnitsByName('ky anh')).toHaveLength(3);
  });

  it('throws on a name that is not a string and on a malformed date', () => {
    expect(() => findVietnamUnitsByName(42 as unknown as string)).toThrow(TypeError);
    expect(() => findVietnamUnitsByName('ky anh', { asOf: '1/7/2025' as IsoDate })).toThrow(/^\[tinh-gon\] findVietnamUnitsByName/);
  });
});
