import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import type { Issue } from '../../src/report/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { getVietnam, type VietnamEdition } from '../../src/vn/index.js';
import { planArbitrary, type RecipeName } from '../plan/support/planArbitrary.js';

/**
 * The property of tests/plan/closedUnderApply.test.ts — a plan `validatePlan` accepts applies to a
 * structure with no error the input did not have — over the real country of `tinh-gon/vn` rather
 * than the samples: three provinces of each edition with everything under them (districts and
 * communes before the reform, communes after it), so a run stays within seconds.
 */
const keyOf = (issue: Issue) => JSON.stringify([issue.code, issue.unitIds ?? [], issue.personIds ?? [], issue.params ?? {}]);
const errorsOf = (structure: Structure, asOf: IsoDate) =>
  validateStructure(structure, { asOf }).issues.filter((issue) => issue.severity === 'error');

/** The provinces with the given codes and every unit under them. */
function provincesOf(edition: VietnamEdition, codes: readonly string[]): Structure {
  const country = getVietnam(edition);
  const prefix = edition === '2025-03-01' ? 'vn-2025-03' : 'vn-2025-07';
  const kept = new Set(codes.map((code) => `${prefix}:p${code}`));
  const children = new Map<string, Unit[]>();
  for (const unit of country.units) {
    if (unit.parentId === undefined) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  const units: Unit[] = [];
  const visit = (unit: Unit) => {
    units.push(unit);
    for (const child of children.get(unit.id) ?? []) visit(child);
  };
  for (const unit of country.units) if (kept.has(unit.id)) visit(unit);
  return { units, people: [], assignments: [] };
}

const CASES: readonly (readonly [string, Structure, readonly IsoDate[]])[] = [
  ['before the reform: Hà Tĩnh, Quảng Ninh, Đà Nẵng', provincesOf('2025-03-01', ['42', '22', '48']), [isoDate('2025-03-01'), isoDate('2025-06-30')]],
  ['after the reform: Hà Tĩnh, Quảng Ninh, Đà Nẵng', provincesOf('2025-07-01', ['42', '22', '48']), [isoDate('2025-07-01'), isoDate('2026-01-01')]],
];

describe('validatePlan is closed under apply over the real country (issue #11)', () => {
  it.each(CASES)('%s: an accepted generated plan applies with no new error', (_name, structure, on) => {
    expect(structure.units.length).toBeGreaterThan(100);
    const accepted = new Map<RecipeName, number>();
    const inputErrors = new Map(on.map((date) => [date, new Set(errorsOf(structure, date).map(keyOf))]));
    fc.assert(
      fc.property(planArbitrary(structure, { dates: on }), ({ plan, recipes }) => {
        const validation = validatePlan(structure, plan);
        if (!validation.ok) return;
        for (const recipe of new Set(recipes)) accepted.set(recipe, (accepted.get(recipe) ?? 0) + 1);
        const applied = applyPlan(structure, plan);
        expect(applied.ok).toBe(true);
        if (!applied.ok) return;
        const before = inputErrors.get(plan.effectiveOn);
        const added = errorsOf(applied.value.structure, plan.effectiveOn).filter((issue) => !before?.has(keyOf(issue)));
        expect(added.map((issue) => issue.message.en)).toEqual([]);
      }),
      { numRuns: 80, seed: 20_261_201 },
    );
    // plans of the common kinds get through on the real data, not only refusals
    for (const recipe of ['merge-siblings', 'rename', 'partial-transfer'] as const) {
      expect(accepted.get(recipe) ?? 0, recipe).toBeGreaterThan(0);
    }
  });
});
