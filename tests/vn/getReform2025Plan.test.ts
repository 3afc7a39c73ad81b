import { describe, expect, it } from 'vitest';
import { type AreaUnit, getAreaLevel, isAreaKind, isInForce, isoDate, type Unit, validateStructure } from '../../src/index.js';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import { getReform2025Plan, getVietnam } from '../../src/vn/index.js';

const before = getVietnam('2025-03-01');
const plan = getReform2025Plan();
const report = validatePlan(before, plan);
const applied = applyPlan(before, plan);

function countLevels(units: readonly Unit[], asOf: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const unit of units) {
    if (!isInForce(unit, isoDate(asOf)) || !isAreaKind(unit.kind)) continue;
    const level = getAreaLevel(unit.kind);
    counts[level] = (counts[level] ?? 0) + 1;
  }
  return counts;
}

describe('the real 2025 reform as a plan (getReform2025Plan)', () => {
  it('holds one operation per new province, dissolved district, new commune and partial transfer', () => {
    const byType: Record<string, number> = {};
    for (const operation of plan.operations) byType[operation.type] = (byType[operation.type] ?? 0) + 1;
    expect(byType).toEqual({ consolidate: 34 + 3321, dissolve: 696, 'partial-transfer': 973 });
    expect(plan).toMatchObject({ id: 'reform-2025', effectiveOn: '2025-07-01' });
    expect(getReform2025Plan()).toBe(plan);
    expect(Object.isFrozen(plan.operations[0])).toBe(true);
  });

  it('consolidates Quảng Bình and Quảng Trị into Quảng Trị under code 44, Long An and Tây Ninh into Tây Ninh under 80', () => {
    const province = (id: string) => plan.operations.find((operation) => operation.type === 'consolidate' && operation.newUnit.id === id);
    expect(province('vn-2025-07:p44')).toMatchObject({ sourceIds: ['vn-2025-03:p44', 'vn-2025-03:p45'], newUnit: { code: '44', name: { vi: 'Tỉnh Quảng Trị' } } });
    expect(province('vn-2025-07:p80')).toMatchObject({ sourceIds: ['vn-2025-03:p72', 'vn-2025-03:p80'], newUnit: { code: '80', name: { vi: 'Tỉnh Tây Ninh' } } });
    expect(province('vn-2025-07:p42')).toMatchObject({ sourceIds: ['vn-2025-03:p42'] });
  });

  it('dissolves Thị xã Kỳ Anh into Hà Tĩnh and the island district of Côn Đảo into its special zone', () => {
    const dissolve = (id: string) => plan.operations.find((operation) => operation.type === 'dissolve' && operation.sourceId === id);
    expect(dissolve('vn-2025-03:d449')).toMatchObject({ successorId: 'vn-2025-07:p42' });
    expect(dissolve('vn-2025-03:d755')).toMatchObject({ successorId: 'vn-2025-07:c26732' });
  });

  it('forms Phường Tây Mỗ from four parts of old communes, one of them Phường Đại Mỗ', () => {
    const consolidate = plan.operations.find((operation) => operation.type === 'consolidate' && operation.newUnit.id === 'vn-2025-07:c00634');
    expect(consolidate).toMatchObject({ sourceIds: [] });
    const parts = plan.operations.filter((operation) => operation.type === 'partial-transfer' && operation.targetId === 'vn-2025-07:c00634');
    expect(parts.map((operation) => operation.type === 'partial-transfer' && operation.sourceId).sort()).toEqual([
      'vn-2025-03:c00628',
      'vn-2025-03:c00634',
      'vn-2025-03:c09877',
      'vn-2025-03:c09886',
    ]);
  });

  it('validates without an error; its warnings are area standards, each naming one unit and its rule', () => {
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const warnings = report.issues.filter((issue) => issue.severity === 'warning' && issue.code !== 'issues_truncated');
    expect(new Set(warnings.map((issue) => issue.code))).toEqual(new Set(['plan_area_below_standard', 'plan_area_figure_doubtful']));
    expect(warnings.every((issue) => issue.unitIds?.length === 1 && issue.ruleId !== undefined && issue.citation !== undefined)).toBe(true);
  });

  it('reports a doubtful figure under a standard as doubtful input, not as a shortfall', () => {
    const after = new Map((getVietnam('2025-07-01').units as AreaUnit[]).map((unit) => [unit.id, unit]));
    const population = report.issues.filter((issue) => issue.params?.['measure'] === 'population');
    const doubtful = population.filter((issue) => issue.code === 'plan_area_figure_doubtful');
    const shortfalls = population.filter((issue) => issue.code === 'plan_area_below_standard');
    // every population under 1,000 that falls short is one the data marks as doubtful, and only those
    expect(doubtful.length).toBeGreaterThan(40);
    expect(doubtful.every((issue) => (issue.params?.['value'] as number) < 1000 && after.get(issue.unitIds?.[0] ?? '')?.doubtful?.includes('population'))).toBe(true);
    expect(shortfalls.length).toBeGreaterThan(0);
    expect(shortfalls.every((issue) => (issue.params?.['value'] as number) >= 1000)).toBe(true);
    // Xã Đường Thượng (Tuyên Quang), formed from two communes, 622 people on the map portal: doubtful
    // under the 2025 directions (Xã Độc Lập of Cao Bằng, 84 people, was formed from three or more and is
    // not measured: NQ 76/2025 Art. 5(2))
    const duongThuong = report.issues.filter((issue) => issue.unitIds?.[0] === 'vn-2025-07:c00865');
    expect(duongThuong.map((issue) => [issue.code, issue.params?.['measure'], issue.params?.['value']])).toContainEqual(['plan_area_figure_doubtful', 'population', 622]);
    expect(duongThuong.find((issue) => issue.code === 'plan_area_figure_doubtful')?.message.en).toContain('marked doubtful');
  });

  it('reads the same figure as a shortfall once the doubt is lifted', () => {
    const lifted = {
      ...plan,
      operations: plan.operations.map((operation) => {
        if (operation.type !== 'consolidate' || operation.newUnit.id !== 'vn-2025-07:c00865') return operation;
        const { doubtful: _doubtful, ...newUnit } = operation.newUnit as AreaUnit;
        return { ...operation, newUnit };
      }),
    };
    const issues = validatePlan(before, lifted).issues.filter((issue) => issue.unitIds?.[0] === 'vn-2025-07:c00865' && issue.params?.['measure'] === 'population');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.code === 'plan_area_below_standard' && issue.params?.['value'] === 622)).toBe(true);
  });

  it('applies to the 2025-07-01 country: 34 provinces, 3,321 communes, no district', () => {
    expect(countLevels(before.units, '2025-06-30')).toEqual({ central: 1, province: 63, district: 696, commune: 10_035 });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const units = applied.value.structure.units;
    expect(countLevels(units, '2025-07-01')).toEqual({ central: 1, province: 34, commune: 3321 });
    const kinds: Record<string, number> = {};
    for (const unit of units) if (isInForce(unit, isoDate('2025-07-01')) && unit.kind !== 'country') kinds[unit.kind] = (kinds[unit.kind] ?? 0) + 1;
    expect(kinds).toEqual({ province: 28, 'centrally-run-city': 6, commune: 2621, ward: 687, 'special-zone': 13 });
    expect(validateStructure(applied.value.structure, { asOf: isoDate('2025-07-01') }).issues).toEqual([]);
    const ended = new Set(applied.value.events.filter((event) => event.change === 'ended').map((event) => event.unitId));
    expect(ended.size).toBe(63 + 696 + 10_035);
  });

  it('gives exactly the units of getVietnam("2025-07-01") in force on 2025-07-01', () => {
    if (!applied.ok) throw new Error('not applied');
    const inForce = applied.value.structure.units.filter((unit) => isInForce(unit, isoDate('2025-07-01')));
    const byId = (units: readonly Unit[]) => [...units].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(inForce)).toEqual(byId(getVietnam('2025-07-01').units));
  });
});
