import { describe, expect, it } from 'vitest';
import type { Structure } from '../../src/model/index.js';
import { applyPlan } from '../../src/plan/index.js';
import { isoDate } from '../../src/core/index.js';

const FROM = isoDate('2015-01-01');

function villages(households: readonly (number | undefined)[]): Structure {
  return {
    units: [
      { id: 'xa', kind: 'commune', name: { vi: 'Xã' }, from: FROM, region: 'central', terrain: 'plains' },
      ...households.map((count, index) => ({
        id: `thon-${index + 1}`,
        kind: 'village' as const,
        name: { vi: `Thôn ${index + 1}` },
        parentId: 'xa',
        from: FROM,
        ...(count === undefined ? {} : { households: count }),
      })),
    ],
    people: [],
    assignments: [],
  };
}

describe('applyPlan: the figures of a merged area', () => {
  it.each<[string, (number | undefined)[], number | undefined]>([
    ['sums known figures', [420, 180], 600],
    ['becomes unknown when an absorbed village has no figure', [420, undefined], undefined],
    ['becomes unknown when the survivor has no figure', [undefined, 180], undefined],
  ])('%s', (_name, households, expected) => {
    const result = applyPlan(villages(households), {
      effectiveOn: isoDate('2020-01-01'),
      operations: [{ type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-1' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const survivor = result.value.structure.units.find((unit) => unit.id === 'thon-1');
    expect(survivor !== undefined && 'households' in survivor ? survivor.households : undefined).toBe(expected);
  });
});
