import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Unit } from '../../src/model/index.js';
import { fromExact, moveFigure, shareAmount, shareFacts, sumFacts, toExact } from '../../src/plan/figures.js';

const from = isoDate('2020-01-01');
const commune: Unit = { id: 'xa', kind: 'commune', name: { vi: 'Xã' }, from, population: 3, households: 7, areaKm2: 0.03 };
const bare: Unit = { id: 'xb', kind: 'commune', name: { vi: 'Xã' }, from };
const party: Unit = { id: 'db', kind: 'party-committee', name: { vi: 'Đảng bộ' }, from, areaId: 'xa' };

describe('figures in exact units', () => {
  it.each([
    ['population', 1_234, 1_234],
    ['households', 7, 7],
    ['areaKm2', 12.34, 1_234],
    ['areaKm2', 0.005, 1],
    ['basisPoints', 2_500, 2_500],
  ] as const)('%s %d is %d exact units, and back', (field, value, exact) => {
    expect(toExact(field, value)).toBe(exact);
    expect(fromExact(field, exact)).toBe(field === 'areaKm2' ? exact / 100 : exact);
  });

  it('moves a figure by exact units, both ways, without drift', () => {
    expect(moveFigure('areaKm2', 0.1, 20, 1)).toBe(0.3);
    expect(moveFigure('areaKm2', 0.3, 20, -1)).toBe(0.1);
    expect(moveFigure('population', 10, 4, -1)).toBe(6);
  });
});

describe('shareAmount: what a share moves of one figure', () => {
  it.each([
    // a figure given wins over basis points
    ['given', { population: 2, basisPoints: 5_000 }, commune, 'population', 2],
    ['given area, exact', { areaKm2: 0.02 }, commune, 'areaKm2', 2],
    // half of 3 people is 1 (rounded down), half of 7 households 3, half of 0.03 km² 0.02 (to the nearest hundredth)
    ['people rounded down', { basisPoints: 5_000 }, commune, 'population', 1],
    ['households rounded down', { basisPoints: 5_000 }, commune, 'households', 3],
    ['area rounded to the nearest hundredth', { basisPoints: 5_000 }, commune, 'areaKm2', 2],
    ['area rounded down below a half', { basisPoints: 4_000 }, commune, 'areaKm2', 1],
    ['no share', undefined, commune, 'population', undefined],
    ['no basis points', { households: 1 }, commune, 'population', undefined],
    ['no source', { basisPoints: 5_000 }, undefined, 'population', undefined],
    ['an organisation has no figures', { basisPoints: 5_000 }, party, 'population', undefined],
    ['the source does not record the figure', { basisPoints: 5_000 }, bare, 'population', undefined],
  ] as const)('%s', (_label, share, source, field, expected) => {
    expect(shareAmount(share, source, field)).toBe(expected);
  });

  it('leaves out of shareFacts every figure it cannot tell (no key, not an undefined value)', () => {
    expect(shareFacts({ basisPoints: 5_000 }, commune)).toStrictEqual({ population: 1, households: 3, areaKm2: 0.02 });
    expect(Object.keys(shareFacts({ households: 1 }, bare))).toEqual(['households']);
    expect(Object.keys(shareFacts({ basisPoints: 5_000 }, bare))).toEqual([]);
    expect(Object.keys(shareFacts(undefined, commune))).toEqual([]);
  });
});

describe('sumFacts: a figure is known only when every part knows it', () => {
  it('sums exactly, and leaves out a figure one part lacks (no key)', () => {
    const sum = sumFacts([{ population: 1, areaKm2: 0.1 }, { population: 2, areaKm2: 0.2, households: 4 }]);
    expect(sum).toStrictEqual({ population: 3, areaKm2: 0.3 });
    expect(Object.keys(sum)).toEqual(['population', 'areaKm2']);
  });

  it('of no part is zero for every figure', () => {
    expect(sumFacts([])).toStrictEqual({ population: 0, households: 0, areaKm2: 0 });
  });
});
