// The playground's slicing of the 2025 reform by province: the slices partition the reform (every
// operation and every old unit in exactly one), and each validates with no error, as the whole does.
import { describe, expect, it } from 'vitest';
import type { AreaUnit } from '../../src/index.js';
import { validatePlan } from '../../src/plan/index.js';
import { findReformPredecessors, getReform2025Plan, getVietnam } from '../../src/vn/index.js';
import { editionOn, newProvinceOf, provincesOn, sliceReform2025 } from '../../playground/src/reformSlice.js';

const after = getVietnam('2025-07-01').units as readonly AreaUnit[];
const before = getVietnam('2025-03-01').units as readonly AreaUnit[];
const newProvinces = after.filter((unit) => unit.kind === 'province' || unit.kind === 'centrally-run-city');
const slices = newProvinces.map((province) => sliceReform2025(province.id));

describe('sliceReform2025', () => {
  it('lists the provinces of the list in force on a date', () => {
    expect([provincesOn('2025-06-30').length, provincesOn('2025-07-01').length, provincesOn('2026-01-01').length]).toEqual([63, 34, 34]);
    expect(provincesOn('2025-07-01').map((province) => province.name)).toContain('Tỉnh Hà Tĩnh');
    expect([editionOn('2025-06-30'), editionOn('2025-07-01')]).toEqual(['2025-03-01', '2025-07-01']);
  });

  it('takes an old province to the new one it went into', () => {
    // Quảng Bình (44) went into Quảng Trị, which kept its name under the code 44
    expect(newProvinceOf('vn-2025-03:p44')).toBe('vn-2025-07:p44');
    expect(sliceReform2025('vn-2025-03:p45').province.name.vi).toBe('Tỉnh Quảng Trị');
    expect(sliceReform2025('vn-2025-03:p45').oldProvinces.map((unit) => unit.name.vi).sort()).toEqual(['Tỉnh Quảng Bình', 'Tỉnh Quảng Trị']);
    expect(() => newProvinceOf('vn-2025-03:p99')).toThrow(RangeError);
  });

  it('partitions the operations of the reform', () => {
    const all = getReform2025Plan().operations;
    const seen = new Set(slices.flatMap((slice) => slice.plan.operations));
    expect(slices.reduce((sum, slice) => sum + slice.plan.operations.length, 0)).toBe(all.length);
    expect(seen.size).toBe(all.length);
  });

  it('partitions the old units and counts the communes on both sides', () => {
    const ids = slices.flatMap((slice) => slice.structure.units.map((unit) => unit.id).filter((id) => id !== 'vn'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(before.length - 1);
    const communeKinds = new Set(['commune', 'ward', 'township', 'special-zone']);
    expect(slices.reduce((sum, slice) => sum + slice.oldCommuneCount, 0)).toBe(before.filter((unit) => communeKinds.has(unit.kind)).length);
    expect(slices.reduce((sum, slice) => sum + slice.newCommuneCount, 0)).toBe(3321);
  });

  it.each(slices.map((slice) => [slice.province.name.vi, slice] as const))('%s: the slice validates with no error', (_name, slice) => {
    const result = validatePlan(slice.structure, slice.plan);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(slice.oldProvinces.map((unit) => unit.id).sort()).toEqual(findReformPredecessors(slice.province.id).map((t) => t.before.id).sort());
  });
});
