/** Benchmarks of src/staffing: apportioning a cut over 100,000 units (dinero.js as the peer), the cost of leavers. */
import { allocate, dinero, toSnapshot } from 'dinero.js';
import { VND } from 'dinero.js/currencies';
import { mulberry32 } from '../generateNationalStructure.js';
import type { BenchCase } from '../harness.js';

interface ApportionResult {
  readonly ok: boolean;
  readonly shares: readonly number[];
}
type ApportionFn = (
  total: number,
  weights: readonly number[],
  options?: { readonly method?: string; readonly tiePolicy?: string },
) => ApportionResult;

/** 100,000 units at 1×: weights are headcounts 1–900, the cut is 10% of their sum. */
function makeCut(scale: number): { weights: number[]; total: number } {
  const random = mulberry32(5);
  const weights = Array.from({ length: Math.round(100_000 * scale) }, () => 1 + Math.floor(random() * 900));
  const sum = weights.reduce((a, b) => a + b, 0);
  return { weights, total: Math.floor(sum / 10) };
}

interface LeaverInput {
  readonly kind: 'early-retirement' | 'resignation';
  readonly category: 'cadre' | 'civilServant' | 'publicEmployee';
  readonly monthlySalary: number;
  readonly averageMonthlySalary: number;
  readonly leavingDate: string;
  readonly decisionDate: string;
  readonly monthsToRetirement?: number;
  readonly insuranceMonths: number;
}
type TotalLeavingBenefitsFn = (leavers: readonly LeaverInput[]) => {
  readonly ok: boolean;
  readonly total: number;
  readonly issues: readonly { readonly severity: string }[];
};

/** 100,000 leavers at 1×: two in three retire early, salaries 6–25 million đồng, 10–33 years insured. */
function makeLeavers(scale: number): LeaverInput[] {
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
      leavingDate: '2025-08-01',
      decisionDate: '2025-07-01',
      ...(early ? { monthsToRetirement: int(1, 60) } : {}),
      insuranceMonths: int(120, 400),
    };
  });
}

/** apportion (Hamilton) and dinero.js allocate on the same cut, if src/staffing exports apportion. */
export async function createStaffingCases(): Promise<BenchCase[]> {
  const staffing = (await import('../../src/staffing/index.js')) as unknown as Record<string, unknown>;
  const cases: BenchCase[] = [];
  if (typeof staffing.apportion === 'function') {
    const apportion = staffing.apportion as ApportionFn;
    const cuts = new Map<number, { weights: number[]; total: number }>();
    const cutAt = (scale: number) => {
      let cut = cuts.get(scale);
      if (cut === undefined) {
        cut = makeCut(scale);
        cuts.set(scale, cut);
      }
      return cut;
    };
    cases.push({
      id: 'apportion',
      title: 'apportion a 10% cut, Hamilton, exact',
      goal: { maxMs: 100, label: 'under 100 ms for 100,000 units (1×)' },
      iterations: { 0.25: 10, 1: 10, 4: 5 },
      prepare: (context) => {
        const { weights, total } = cutAt(context.scale);
        const result = apportion(total, weights, { method: 'hamilton', tiePolicy: 'by-order' });
        return {
          size: weights.length,
          sizeUnit: 'units',
          facts: { total, ok: result.ok, sum: result.shares.reduce((a, b) => a + b, 0) },
          fn: () => apportion(total, weights, { method: 'hamilton', tiePolicy: 'by-order' }),
        };
      },
    });
    cases.push({
      id: 'apportion-dinero',
      title: 'peer: dinero.js allocate, same cut',
      peerOf: 'apportion',
      iterations: { 0.25: 10, 1: 10, 4: 5 },
      prepare: (context) => {
        const { weights, total } = cutAt(context.scale);
        const run = () => allocate(dinero({ amount: total, currency: VND }), weights);
        const theirs = run().map((part) => toSnapshot(part).amount);
        const exact = apportion(total, weights, { method: 'hamilton', tiePolicy: 'by-order' }).shares;
        let differing = 0;
        let maxDifference = 0;
        theirs.forEach((share, position) => {
          const difference = Math.abs(share - (exact[position] ?? 0));
          if (difference > 0) differing += 1;
          maxDifference = Math.max(maxDifference, difference);
        });
        return {
          size: weights.length,
          sizeUnit: 'units',
          facts: {
            unitsDifferingFromExact: differing,
            maxDifference,
            sum: theirs.reduce((a, b) => a + b, 0),
            total,
          },
          fn: run,
        };
      },
    });
  }
  if (typeof staffing.totalLeavingBenefits === 'function') {
    const totalLeavingBenefits = staffing.totalLeavingBenefits as TotalLeavingBenefitsFn;
    cases.push({
      id: 'leavers-cost',
      title: 'totalLeavingBenefits of 100,000 leavers (early retirement and resignation, 2025 regime)',
      goal: { maxMs: 1000, label: 'under 1 s for 100,000 leavers (1×)' },
      iterations: { 0.25: 5, 1: 3, 4: 2 },
      prepare: (context) => {
        const leavers = makeLeavers(context.scale);
        const result = totalLeavingBenefits(leavers);
        return {
          size: leavers.length,
          sizeUnit: 'leavers',
          facts: {
            ok: result.ok,
            totalDong: result.total,
            errors: result.issues.filter((issue) => issue.severity === 'error').length,
            issues: result.issues.length,
          },
          fn: () => totalLeavingBenefits(leavers),
        };
      },
    });
  }
  return cases;
}
