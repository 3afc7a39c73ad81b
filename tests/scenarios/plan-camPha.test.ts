import { describe, expect, it } from 'vitest';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import { camPhaFixture, camPhaPilotPlan, planOn } from '../plan/fixtures.js';

describe('Cẩm Phả city (cases.md §2): the cross-bloc pilots by date', () => {
  const structure = camPhaFixture();

  it('passes Tổ chức–Nội vụ and Kiểm tra–Thanh tra dated 2019, as pilots under Kết luận 34-KL/TW', () => {
    const report = validatePlan(structure, camPhaPilotPlan('2019-06-01'));
    expect(report.ok).toBe(true);
    expect(report.issues.filter((issue) => issue.code === 'plan_cross_family_permitted').map((issue) => issue.citation?.instrumentId)).toEqual([
      '34-KL/TW',
      '34-KL/TW',
    ]);
    expect(applyPlan(structure, camPhaPilotPlan('2019-06-01')).ok).toBe(true);
  });

  it('fails the same plan dated 2023, after Thông báo 16-TB/TW suspended them', () => {
    const report = validatePlan(structure, camPhaPilotPlan('2023-01-01'));
    expect(report.ok).toBe(false);
    expect(report.issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.code, issue.citation?.instrumentId])).toEqual([
      ['plan_cross_family_forbidden', '16-TB/TW'],
      ['plan_cross_family_forbidden', '16-TB/TW'],
    ]);
  });

  it('passes its public service merger (culture centre + radio station) on any date before 2025-07-01', () => {
    const plan = planOn('2020-07-23', {
      type: 'consolidate',
      sourceIds: ['tt-vh', 'dai-tt'],
      newUnit: { id: 'tt-tt-vh', kind: 'public-service-unit', name: { vi: 'Trung tâm Truyền thông và Văn hóa' }, areaId: 'tp-cp', parentId: 'ubnd-tp' },
    });
    expect(validatePlan(structure, plan).ok).toBe(true);
  });

  it('fails a district-level unit created on 2025-07-01', () => {
    const plan = planOn('2025-07-01', {
      type: 'consolidate',
      sourceIds: ['h-vd', 'h-tm'],
      newUnit: { id: 'h-new', kind: 'district', name: { vi: 'Huyện Vân Đồn - Tiên Yên' }, parentId: 'tinh-qn' },
    });
    const errors = validatePlan(structure, plan).issues.filter((issue) => issue.severity === 'error');
    // the new district itself, and Xã Đoàn Kết, which would move under it
    expect(errors.map((issue) => [issue.code, issue.unitIds?.[0]])).toEqual([
      ['plan_parent_kind_not_allowed', 'x-dk'],
      ['plan_level_not_in_force', 'h-new'],
    ]);
  });

  it('fails a commune office merged into the city office', () => {
    const report = validatePlan(structure, planOn('2019-06-01', { type: 'merge', sourceIds: ['vp-ubnd-ch'], targetId: 'vp-ubnd-tp' }));
    expect(report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual(['plan_level_mismatch', 'plan_locality_mismatch']);
  });
});
