// The @example blocks of src/vn, run as written: each line's //=> value is asserted here.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/index.js';
import { validatePlan } from '../../src/plan/index.js';
import { findReformPredecessors, findReformSuccessors, findVietnamUnit, findVietnamUnitsByName, getReform2025Plan, getVietnam, type VietnamEdition } from '../../src/vn/index.js';

describe('the examples of the tinh-gon/vn reference', () => {
  it('VietnamEdition and getVietnam', () => {
    const edition: VietnamEdition = '2025-07-01';
    expect(getVietnam(edition).units.length).toBe(3356);
    const after = getVietnam('2025-07-01');
    expect(after.units.filter((unit) => unit.kind === 'special-zone').length).toBe(13);
    expect(after.units.find((unit) => unit.id === 'vn-2025-07:p44')?.name.vi).toBe('Tỉnh Quảng Trị');
    expect(getVietnam('2025-03-01').units.find((unit) => unit.id === 'vn-2025-03:p44')?.name.vi).toBe('Tỉnh Quảng Bình');
  });

  it('getReform2025Plan', () => {
    const plan = getReform2025Plan();
    expect(plan.operations.length).toBe(5024);
    const report = validatePlan(getVietnam('2025-03-01'), plan);
    expect(report.issues.filter((issue) => issue.severity === 'error').length).toBe(0);
  });

  it('findVietnamUnit', () => {
    expect(findVietnamUnit('44', isoDate('2025-06-30'))?.name.vi).toBe('Tỉnh Quảng Bình');
    expect(findVietnamUnit('44', isoDate('2025-07-01'))?.name.vi).toBe('Tỉnh Quảng Trị');
    expect(findVietnamUnit('80', isoDate('2025-07-01'))?.id).toBe('vn-2025-07:p80');
    expect(findVietnamUnit('449', isoDate('2025-07-01'))).toBeUndefined();
  });

  it('findVietnamUnitsByName', () => {
    expect(findVietnamUnitsByName('ky anh').map((unit) => unit.id)).toEqual(['vn-2025-03:d447', 'vn-2025-03:d449', 'vn-2025-07:c18775']);
    expect(findVietnamUnitsByName('KỲ ANH', { asOf: isoDate('2025-07-01') })[0]?.name.vi).toBe('Xã Kỳ Anh');
    expect(findVietnamUnitsByName('Tinh Dong Thap').map((unit) => unit.id)).toEqual(['vn-2025-03:p87', 'vn-2025-07:p82']);
  });

  it('ReformTransfer, findReformSuccessors and findReformPredecessors', () => {
    const [transfer] = findReformSuccessors('vn-2025-03:c00001');
    expect(transfer?.after.name.vi).toBe('Phường Hồng Hà');
    expect(transfer?.transfer).toBe('full');
    expect(findReformSuccessors('vn-2025-03:p44').map((t) => t.after.name.vi)).toEqual(['Tỉnh Quảng Trị']);
    expect(findReformSuccessors('vn-2025-03:c00634').map((t) => `${t.after.name.vi} (${t.transfer})`)).toEqual([
      'Phường Xuân Phương (partial)',
      'Phường Tây Mỗ (partial)',
      'Phường Đại Mỗ (partial)',
      'Phường Hà Đông (partial)',
      'Phường Dương Nội (partial)',
    ]);
    expect(findReformPredecessors('vn-2025-07:p80').map((t) => t.before.name.vi)).toEqual(['Tỉnh Tây Ninh', 'Tỉnh Long An']);
    expect(findReformPredecessors('vn-2025-07:c18775').map((t) => t.before.name.vi)).toEqual(['Xã Kỳ Phú', 'Xã Kỳ Tiến', 'Xã Kỳ Giang', 'Thị trấn Kỳ Đồng']);
    expect(findReformPredecessors('vn-2025-07:c00634').map((t) => t.transfer)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });
});
