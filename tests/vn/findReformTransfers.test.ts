import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findReformPredecessors, findReformSuccessors, getVietnam, type ReformTransfer } from '../../src/vn/index.js';
import { MAPPING_ROWS, readTable } from './vnData.js';

const oldId = (code: string) => `vn-2025-03:${code.length === 3 ? 'd' : 'c'}${code}`;
const newId = (code: string) => `vn-2025-07:c${code}`;
const describeTransfer = (transfer: ReformTransfer) => `${transfer.before.name.vi} → ${transfer.after.name.vi} (${transfer.transfer})`;

describe('findReformSuccessors and findReformPredecessors', () => {
  it.each([
    ['vn-2025-03:p44', ['Tỉnh Quảng Bình → Tỉnh Quảng Trị (full)']],
    ['vn-2025-03:p45', ['Tỉnh Quảng Trị → Tỉnh Quảng Trị (full)']],
    ['vn-2025-03:p80', ['Tỉnh Long An → Tỉnh Tây Ninh (full)']],
    ['vn-2025-03:p42', ['Tỉnh Hà Tĩnh → Tỉnh Hà Tĩnh (full)']],
    ['vn-2025-03:c00001', ['Phường Phúc Xá → Phường Hồng Hà (full)']],
    ['vn-2025-03:c00004', ['Phường Trúc Bạch → Phường Ba Đình (full)']],
    [
      'vn-2025-03:c00634',
      [
        'Phường Đại Mỗ → Phường Xuân Phương (partial)',
        'Phường Đại Mỗ → Phường Tây Mỗ (partial)',
        'Phường Đại Mỗ → Phường Đại Mỗ (partial)',
        'Phường Đại Mỗ → Phường Hà Đông (partial)',
        'Phường Đại Mỗ → Phường Dương Nội (partial)',
      ],
    ],
    ['vn-2025-03:d318', ['Huyện Bạch Long Vĩ → Đặc khu Bạch Long Vĩ (full)']],
    ['vn-2025-03:d755', ['Huyện Côn Đảo → Đặc khu Côn Đảo (full)']],
    ['vn-2025-03:d449', []],
    ['vn-2025-07:c00004', []],
    ['nowhere', []],
  ] as const)('successors of %s', (id, expected) => {
    expect(findReformSuccessors(id).map(describeTransfer)).toEqual(expected);
  });

  it.each([
    ['vn-2025-07:p44', ['Tỉnh Quảng Bình → Tỉnh Quảng Trị (full)', 'Tỉnh Quảng Trị → Tỉnh Quảng Trị (full)']],
    ['vn-2025-07:p80', ['Tỉnh Tây Ninh → Tỉnh Tây Ninh (full)', 'Tỉnh Long An → Tỉnh Tây Ninh (full)']],
    ['vn-2025-07:p79', ['Tỉnh Bình Dương → Thành phố Hồ Chí Minh (full)', 'Tỉnh Bà Rịa - Vũng Tàu → Thành phố Hồ Chí Minh (full)', 'Thành phố Hồ Chí Minh → Thành phố Hồ Chí Minh (full)']],
    ['vn-2025-07:c26732', ['Huyện Côn Đảo → Đặc khu Côn Đảo (full)']],
    [
      'vn-2025-07:c00634',
      ['Phường Tây Mỗ → Phường Tây Mỗ (partial)', 'Phường Đại Mỗ → Phường Tây Mỗ (partial)', 'Xã An Khánh → Phường Tây Mỗ (partial)', 'Phường Dương Nội → Phường Tây Mỗ (partial)'],
    ],
    ['vn-2025-07:c18775', ['Xã Kỳ Phú → Xã Kỳ Anh (full)', 'Xã Kỳ Tiến → Xã Kỳ Anh (full)', 'Xã Kỳ Giang → Xã Kỳ Anh (full)', 'Thị trấn Kỳ Đồng → Xã Kỳ Anh (full)']],
    ['vn-2025-03:c00634', []],
  ] as const)('predecessors of %s', (id, expected) => {
    expect(findReformPredecessors(id).map(describeTransfer)).toEqual(expected);
  });

  it('finds the 63 provinces in the 34: 23 merged from two or three, 11 unchanged', () => {
    const provinces = getVietnam('2025-07-01').units.filter((unit) => unit.parentId === 'vn');
    const sizes = provinces.map((province) => findReformPredecessors(province.id).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(63);
    expect(sizes.filter((size) => size === 1)).toHaveLength(11);
    expect(sizes.filter((size) => size > 1)).toHaveLength(23);
    expect(Math.max(...sizes)).toBe(3);
  });

  it('answers every row of the commune mapping exactly, from both sides', () => {
    expect(MAPPING_ROWS).toHaveLength(10_571);
    let answered = 0;
    for (const row of MAPPING_ROWS) {
      const forward = findReformSuccessors(oldId(row.old_code)).filter((transfer) => transfer.after.code === row.new_code);
      const backward = findReformPredecessors(newId(row.new_code)).filter((transfer) => transfer.before.code === row.old_code);
      if (forward.length === 1 && backward.length === 1 && forward[0]?.transfer === row.transfer && backward[0] === forward[0]) answered += 1;
    }
    expect(answered).toBe(MAPPING_ROWS.length);
  });

  it('gives nothing beyond the mapping: the transfers of all old units are its rows and the 63 provinces', () => {
    const before = getVietnam('2025-03-01').units;
    const after = getVietnam('2025-07-01').units;
    const forward = before.reduce((total, unit) => total + findReformSuccessors(unit.id).length, 0);
    const backward = after.reduce((total, unit) => total + findReformPredecessors(unit.id).length, 0);
    expect([forward, backward]).toEqual([10_571 + 63, 10_571 + 63]);
    const communes = before.filter((unit) => unit.id.includes(':c'));
    expect(communes.filter((unit) => findReformSuccessors(unit.id).length === 0)).toEqual([]);
    expect(after.filter((unit) => unit.id !== 'vn' && findReformPredecessors(unit.id).length === 0)).toEqual([]);
    // a commune went whole into one new unit, or in part into several: never a mix
    const split = communes.filter((unit) => findReformSuccessors(unit.id).length > 1);
    expect(split).toHaveLength(442);
    expect(split.every((unit) => findReformSuccessors(unit.id).every((transfer) => transfer.transfer === 'partial'))).toBe(true);
    const whole = communes.filter((unit) => findReformSuccessors(unit.id).length === 1);
    expect(whole.every((unit) => findReformSuccessors(unit.id)[0]?.transfer === 'full')).toBe(true);
  });

  test.prop([fc.constantFrom(...MAPPING_ROWS)], { numRuns: 300 })('a sampled row round-trips: old → new → old', (row) => {
    const transfer = findReformSuccessors(oldId(row.old_code)).find((candidate) => candidate.after.code === row.new_code);
    expect(transfer?.transfer).toBe(row.transfer);
    expect(findReformPredecessors(transfer?.after.id ?? '')).toContain(transfer);
    expect(transfer?.before.from).toBe('2025-03-01');
    expect(transfer?.after.from).toBe('2025-07-01');
  });

  it('agrees with the province merger table', () => {
    for (const row of readTable('province-merger-2025.tsv')) {
      expect(findReformSuccessors(`vn-2025-03:p${row.old_code}`).map((transfer) => transfer.after.id)).toEqual([`vn-2025-07:p${row.new_code}`]);
    }
  });

  it('hands out copies: changing a result changes nothing for the next caller', () => {
    findReformSuccessors('vn-2025-03:c00634').length = 0;
    expect(findReformSuccessors('vn-2025-03:c00634')).toHaveLength(5);
    expect(Object.isFrozen(findReformSuccessors('vn-2025-03:c00634')[0])).toBe(true);
  });
});
