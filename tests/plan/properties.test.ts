import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyPlan, validatePlan, type Plan, type PlanOperation } from '../../src/plan/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';
import { deepFreeze } from './fixtures.js';

const FROM = isoDate('2015-01-01');
const ON = isoDate('2019-06-01');

/** A commune with n villages of the given households. */
function villages(households: readonly number[]): Structure {
  const units: Unit[] = [
    { id: 'vn', kind: 'country', name: { vi: 'VN' }, from: FROM },
    { id: 'p', kind: 'province', name: { vi: 'P' }, parentId: 'vn', from: FROM, region: 'central' },
    { id: 'd', kind: 'district', name: { vi: 'D' }, parentId: 'p', from: FROM },
    { id: 'c', kind: 'commune', name: { vi: 'C' }, parentId: 'd', from: FROM, population: 10_000, areaKm2: 40 },
    ...households.map((count, position): Unit => ({ id: `v${position}`, kind: 'village', name: { vi: `V${position}` }, parentId: 'c', from: FROM, households: count })),
  ];
  return { units, people: [], assignments: households.map((_, position) => ({ personId: `h${position}`, unitId: `v${position}`, role: 'villageHead' as const, from: FROM })) };
}

/** Random disjoint mergers: each group of villages merges into its first member. */
const scenario = fc
  .array(fc.integer({ min: 20, max: 600 }), { minLength: 2, maxLength: 12 })
  .chain((households) =>
    fc.tuple(fc.constant(households), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: households.length, maxLength: households.length })),
  );

function mergePlan(groups: readonly number[]): Plan {
  const byGroup = new Map<number, string[]>();
  groups.forEach((group, position) => {
    byGroup.set(group, [...(byGroup.get(group) ?? []), `v${position}`]);
  });
  const operations: PlanOperation[] = [];
  for (const members of byGroup.values()) {
    const [targetId, ...sourceIds] = members;
    if (targetId !== undefined && sourceIds.length > 0) operations.push({ type: 'merge', sourceIds, targetId });
  }
  return { effectiveOn: ON, operations };
}

describe('plan properties', () => {
  test.prop([scenario])('applyPlan never mutates its input', ([households, groups]) => {
    const structure = deepFreeze(villages(households));
    const plan = deepFreeze(mergePlan(groups));
    const before = JSON.stringify([structure, plan]);
    applyPlan(structure, plan);
    expect(JSON.stringify([structure, plan])).toBe(before);
  });

  test.prop([scenario])('every source either continues or has an ended event; households are conserved', ([households, groups]) => {
    const structure = villages(households);
    const plan = mergePlan(groups);
    const result = applyPlan(structure, plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ended = new Set(result.value.events.filter((event) => event.change === 'ended').map((event) => event.unitId));
    for (const operation of plan.operations) {
      if (operation.type !== 'merge') continue;
      for (const sourceId of operation.sourceIds) {
        expect(ended.has(sourceId)).toBe(true);
        expect(result.value.structure.units.find((unit) => unit.id === sourceId)?.to).toBe(ON);
      }
    }
    const inForce = result.value.structure.units.filter((unit) => unit.kind === 'village' && unit.to === undefined);
    const total = inForce.reduce((sum, unit) => sum + ((unit as { households?: number }).households ?? 0), 0);
    expect(total).toBe(households.reduce((sum, count) => sum + count, 0));
    const heads = result.value.structure.assignments.filter((post) => post.to === undefined);
    expect(heads).toHaveLength(households.length);
    expect(heads.every((post) => inForce.some((unit) => unit.id === post.unitId))).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 20_000 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 6 })])(
    'split shares are accepted exactly when they add up to the whole',
    (population, weights) => {
      const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
      const shares = weights.map((weight) => Math.floor((population * weight) / totalWeight));
      const first = shares[0] ?? 0;
      const exact = [first + population - shares.reduce((sum, share) => sum + share, 0), ...shares.slice(1)];
      const structure: Structure = {
        units: [
          { id: 'vn', kind: 'country', name: { vi: 'VN' }, from: FROM },
          { id: 'p', kind: 'province', name: { vi: 'P' }, parentId: 'vn', from: FROM },
          { id: 'd', kind: 'district', name: { vi: 'D' }, parentId: 'p', from: FROM },
          { id: 'c', kind: 'commune', name: { vi: 'C' }, parentId: 'd', from: FROM, population },
        ],
        people: [],
        assignments: [],
      };
      const split = (values: readonly number[]): Plan => ({
        effectiveOn: ON,
        operations: [
          {
            type: 'split',
            sourceId: 'c',
            parts: values.map((value, position) => ({ newUnit: { id: `n${position}`, kind: 'commune' as const, name: { vi: `N${position}` }, parentId: 'd' }, share: { population: value } })),
          },
        ],
      });
      const mismatch = (values: readonly number[]) => validatePlan(structure, split(values)).issues.some((issue) => issue.code === 'plan_shares_mismatch');
      expect(exact.reduce((sum, value) => sum + value, 0)).toBe(population);
      expect(mismatch(exact)).toBe(false);
      expect(mismatch([...exact.slice(0, -1), (exact[exact.length - 1] ?? 0) + 1])).toBe(true);
    },
  );
});
