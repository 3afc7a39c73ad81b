import { describe, expect, it } from 'vitest';
import { getAreaLevel, isAreaKind, type Unit } from '../../src/model/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import { isInForce, isoDate } from '../../src/core/index.js';
import { hasVnAdminData } from '../../support/vnAdmin.js';

describe('the real 2025 reform (../shared/data/vn-admin)', () => {
  it.skipIf(!hasVnAdminData())('validates without errors and applies to 34 provinces and 3,321 communes with no district', { timeout: 60_000 }, async () => {
    const { buildReform2025 } = await import('../../support/reform2025.js');
    const { before, plan, flagged } = buildReform2025();
    const count = (units: readonly Unit[], asOf: string) => {
      const counts: Record<string, number> = {};
      for (const unit of units) {
        if (!isInForce(unit, isoDate(asOf)) || !isAreaKind(unit.kind)) continue;
        const level = getAreaLevel(unit.kind);
        counts[level] = (counts[level] ?? 0) + 1;
      }
      return counts;
    };
    expect(count(before.units, '2025-06-30')).toEqual({ central: 1, province: 63, district: 696, commune: 10_035 });

    const report = validatePlan(before, plan);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    // the report keeps 1,000 issues and counts the rest in one closing issue (of warnings only)
    const [truncated] = report.issues.filter((issue) => issue.code === 'issues_truncated');
    if (truncated !== undefined) expect(truncated.params).toMatchObject({ errors: 0, infos: 0 });
    const warnings = report.issues.filter((issue) => issue.severity === 'warning' && issue !== truncated);
    expect(new Set(warnings.map((issue) => issue.code))).toEqual(new Set(['plan_area_below_standard']));
    expect(warnings.every((issue) => (issue.unitIds?.length ?? 0) === 1 && issue.ruleId !== undefined && issue.citation !== undefined)).toBe(true);
    const flaggedWarned = [...flagged.keys()].filter((id) => warnings.some((issue) => issue.unitIds?.[0] === id));
    expect(flaggedWarned.length).toBeGreaterThan(0);

    const result = applyPlan(before, plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(count(result.structure.units, '2025-07-01')).toEqual({ central: 1, province: 34, commune: 3321 });
    expect(validateStructure(result.structure, { asOf: isoDate('2025-07-01') }).issues).toEqual([]);
    const ended = new Set(result.events.filter((event) => event.change === 'ended').map((event) => event.unitId));
    expect(ended.size).toBe(63 + 696 + 10_035);
  });
});
