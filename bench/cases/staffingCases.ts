/**
 * Staffing arithmetic: apportioning a 10% cut over 100,000 units at 1× (against a hand-written
 * largest remainder and dinero.js `allocate`), and the cost of 100,000 leavers.
 */
import { allocate, type Dinero, dinero, toSnapshot } from 'dinero.js';
import { VND } from 'dinero.js/currencies';
import type { IsoDate } from '../../src/index.js';
import type { Leaver } from '../../src/staffing/index.js';
import { runApportion, runTotalLeavingBenefits } from '../adapters.js';
import { apportionByHand } from '../baselines/apportion.js';
import { mulberry32, type Scale } from '../generateNationalStructure.js';
import type { Operation } from '../operation.js';

const cuts = new Map<Scale, { readonly weights: readonly number[]; readonly total: number }>();

/** 100,000 units at 1×: weights are headcounts 1–900, the cut is 10% of their sum. */
function cutAt(scale: Scale): { readonly weights: readonly number[]; readonly total: number } {
  let cut = cuts.get(scale);
  if (cut === undefined) {
    const random = mulberry32(5);
    const weights = Array.from({ length: Math.round(100_000 * scale) }, () => 1 + Math.floor(random() * 900));
    cut = { weights, total: Math.floor(weights.reduce((a, b) => a + b, 0) / 10) };
    cuts.set(scale, cut);
  }
  return cut;
}

/** `apportion` (Hamilton, exact) against a hand-written largest remainder and dinero.js `allocate`. */
export const apportionOperation: Operation = {
  id: 'apportion',
  title: 'apportion a 10% cut over 100,000 units at 1× (Hamilton, exact, ties by order)',
  sizeUnit: 'units',
  usesStructure: false,
  sides: (_world, scale) => {
    const { weights, total } = cutAt(scale);
    return [
      { role: 'library', name: 'library', label: "apportion(total, weights, { method: 'hamilton', tiePolicy: 'by-order' })", size: weights.length, run: () => runApportion(total, weights) },
      { role: 'baseline', name: 'baseline', label: 'apportionByHand(total, weights)', size: weights.length, run: () => apportionByHand(total, weights) },
      {
        role: 'peer',
        name: 'dinero.js',
        label: 'allocate(dinero({ amount: total, currency: VND }), weights)',
        size: weights.length,
        run: () => allocate(dinero({ amount: total, currency: VND }), [...weights]),
      },
    ];
  },
  compare: (library, other, side) => {
    const ours = library as readonly number[];
    const theirs: readonly number[] = side.name === 'dinero.js' ? (other as Dinero<number>[]).map((part) => toSnapshot(part).amount) : (other as readonly number[]);
    let differing = 0;
    let maxDifference = 0;
    ours.forEach((share, position) => {
      const difference = Math.abs(share - (theirs[position] ?? 0));
      if (difference > 0) differing += 1;
      maxDifference = Math.max(maxDifference, difference);
    });
    const facts = { unitsDifferingFromExact: differing, maxDifference, sum: theirs.reduce((a, b) => a + b, 0) };
    // dinero.js is known to differ (it hands the remainder to the first units, not the largest remainders)
    return side.role === 'baseline' && differing > 0
      ? { disagreements: [`apportion: the baseline gives ${differing} units another share than the library`], facts }
      : { disagreements: [], facts };
  },
};

/** 100,000 leavers at 1×: two in three retire early, salaries 6–25 million đồng, 10–33 years insured. */
function makeLeavers(scale: Scale): Leaver[] {
  const random = mulberry32(9);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const categories = ['cadre', 'civilServant', 'publicEmployee'] as const;
  return Array.from({ length: Math.round(100_000 * scale) }, () => {
    const monthlySalary = int(6_000, 25_000) * 1_000;
    const early = random() < 2 / 3;
    return {
      kind: early ? 'early-retirement' : 'resignation',
      category: categories[int(0, 2)] ?? 'civilServant',
      monthlySalary,
      averageMonthlySalary: monthlySalary - int(0, 2_000) * 1_000,
      leavingDate: '2025-08-01' as IsoDate,
      decisionDate: '2025-07-01' as IsoDate,
      ...(early ? { monthsToRetirement: int(1, 60) } : {}),
      insuranceMonths: int(120, 400),
    };
  });
}

/** The cost of leavers (early retirement and resignation, 2025 regime). */
export const leaversCostOperation: Operation = {
  id: 'leavers-cost',
  title: 'totalLeavingBenefits of 100,000 leavers at 1× (early retirement and resignation, 2025 regime)',
  sizeUnit: 'leavers',
  usesStructure: false,
  sides: (_world, scale) => {
    const leavers = makeLeavers(scale);
    return [{ role: 'library', name: 'library', label: 'totalLeavingBenefits(leavers)', size: leavers.length, run: () => runTotalLeavingBenefits(leavers) }];
  },
  facts: (library) => {
    const result = library as { ok: boolean; total: number; issues: readonly unknown[] };
    return { ok: result.ok, totalDong: result.total, issues: result.issues.length };
  },
};
