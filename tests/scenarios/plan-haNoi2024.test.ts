import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import { haNoi2024, haNoiHousingPlan, haNoiWardsPlan } from './fixtures/haNoi2024.js';

/*
 * Hà Nội, 2024-04-10 (cases.md §5): Ban Quản lý các công trình nhà ở và công sở renamed Trung tâm
 * quản lý nhà thành phố Hà Nội and moved under Sở Xây dựng, in one plan; and the commune-level
 * rearrangement of 2023–2025. The names are the report's; dates and figures are illustrative.
 */

describe('Hà Nội 2024: a board renamed and moved under the Department of Construction in one plan', () => {
  it.each(['2024-07-01', '2025-07-01'])('passes on %s, with no issue at all', (on) => {
    const report = validatePlan(haNoi2024, haNoiHousingPlan(on));
    expect([report.ok, report.issues]).toEqual([true, []]);
  });

  it('leaves one unit with the new name under the department, its history kept', () => {
    const applied = applyPlan(haNoi2024, haNoiHousingPlan('2024-07-01'));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const board = applied.value.structure.units.filter((unit) => unit.id === 'ban-ql-nha-cong-so');
    expect(board).toEqual([expect.objectContaining({ name: { vi: 'Trung tâm quản lý nhà thành phố Hà Nội' }, parentId: 'so-xd-hn', from: isoDate('2015-01-01') })]);
    expect(board[0]?.to).toBeUndefined();
    expect(applied.value.events.map((event) => [event.change, event.unitId, event.operation])).toEqual([
      ['continued', 'ban-ql-nha-cong-so', 'rename'],
      ['continued', 'ban-ql-nha-cong-so', 'transfer'],
    ]);
    // the input is not changed
    expect(haNoi2024.units.find((unit) => unit.id === 'ban-ql-nha-cong-so')?.parentId).toBe('ubnd-hn');
  });

  it.each([
    ['renamed twice', [{ type: 'rename', unitId: 'ban-ql-nha-cong-so', name: { vi: 'A' } }, { type: 'rename', unitId: 'ban-ql-nha-cong-so', name: { vi: 'B' } }]],
    ['renamed and dissolved', [{ type: 'rename', unitId: 'ban-ql-nha-cong-so', name: { vi: 'A' } }, { type: 'dissolve', sourceId: 'ban-ql-nha-cong-so', successorId: 'so-xd-hn' }]],
  ] as const)('still refuses a unit %s in one plan', (_label, operations) => {
    const report = validatePlan(haNoi2024, { effectiveOn: isoDate('2024-07-01'), operations: operations as never });
    expect(report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toContain('plan_unit_consumed_twice');
  });

  it('refuses a move under a department of another area', () => {
    const elsewhere = {
      ...haNoi2024,
      units: [...haNoi2024.units, { id: 'so-xd-khac', kind: 'specialised-agency', name: { vi: 'Sở Xây dựng (quận)' }, areaId: 'q-hk', sector: 'construction', from: isoDate('2015-01-01') }],
    } as typeof haNoi2024;
    const plan = { ...haNoiHousingPlan('2024-07-01'), operations: [{ type: 'transfer' as const, unitId: 'ban-ql-nha-cong-so', newParentId: 'so-xd-khac' }] };
    expect(validatePlan(elsewhere, plan).ok).toBe(false);
  });
});

describe('Hà Nội 2024: wards and residential groups rearranged', () => {
  const households = (on: string) =>
    validatePlan(haNoi2024, haNoiWardsPlan(on))
      .issues.filter((issue) => issue.unitIds?.[0] === 'tdp-1')
      .map((issue) => [issue.code, issue.severity, issue.params?.['value'], issue.params?.['required'], issue.citation?.instrumentId]);
  it.each([
    // TT 09/2017: 500 households; 350 is above half, so only encouraged
    ['2019-01-19', [['plan_area_below_standard', 'info', 350, 500, '09/2017/TT-BNV']]],
    // TT 14/2018: Hà Nội's residential groups need 450 (not the Red River Delta's 350)
    ['2019-01-20', [['plan_area_below_standard', 'info', 350, 450, '14/2018/TT-BNV']]],
    ['2024-07-01', [['plan_area_below_standard', 'info', 350, 450, '14/2018/TT-BNV']]],
  ])('two residential groups of 200 and 150 households merged on %s', (on, expected) => {
    expect(households(on)).toEqual(expected);
  });

  it.each([
    // NQ 1211/2016 Art. 8: a ward of an urban district 15,000 people, 5.5 km²; 11,500 people on 0.55 km² is over half of one
    ['2019-06-01', []],
    // NQ 27/2022 from 2023-01-01: the ward standards were not read, so the ward is not measured, and the library says so
    ['2024-07-01', [['plan_admin_standard_not_found', 'info']]],
  ])('two wards merged on %s', (on, expected) => {
    const found = validatePlan(haNoi2024, haNoiWardsPlan(on)).issues.filter((issue) => issue.unitIds?.includes('p-a')).map((issue) => [issue.code, issue.severity]);
    expect(found).toEqual(expected);
  });
});
