/**
 * Benchmarks of src/plan: merge candidates over all villages, and validate + apply the real 2025
 * reform plan. Each is registered only when src/plan (and support/reform2025.ts) export it.
 */
import type { Structure } from '../../src/model/index.js';
import type { IsoDate } from '../../src/time/index.js';
import { ERA_AS_OF } from '../generateNationalStructure.js';
import type { BenchCase } from '../harness.js';

type FindMergeCandidatesFn = (
  structure: Structure,
  options: { readonly asOf: IsoDate },
) => { readonly candidates: readonly { readonly reason: string; readonly strength: string }[]; readonly issues: readonly unknown[] };

/** The plan benchmarks that the current src/plan supports. */
export async function createPlanCases(): Promise<BenchCase[]> {
  const plan = (await import('../../src/plan/index.js')) as unknown as Record<string, unknown>;
  const cases: BenchCase[] = [];
  if (typeof plan.findMergeCandidates === 'function') {
    const findMergeCandidates = plan.findMergeCandidates as FindMergeCandidatesFn;
    const asOf = ERA_AS_OF.post2025;
    cases.push({
      id: 'merge-candidates',
      title: 'findMergeCandidates over all villages (and communes, organisations), post-2025',
      uses: ['post2025'],
      goal: { maxMs: 1000, label: 'under 1 s at national scale (1×)' },
      iterations: { 0.25: 5, 1: 3, 4: 2 },
      prepare: (context) => {
        const structure = context.structure('post2025');
        const result = findMergeCandidates(structure, { asOf });
        const byReason: Record<string, number> = {};
        for (const candidate of result.candidates) {
          const key = `${candidate.reason}:${candidate.strength}`;
          byReason[key] = (byReason[key] ?? 0) + 1;
        }
        return {
          size: structure.units.filter((unit) => unit.kind === 'village' || unit.kind === 'residential-group').length,
          sizeUnit: 'villages',
          facts: { ...byReason, issues: result.issues.length },
          fn: () => findMergeCandidates(structure, { asOf }),
        };
      },
    });
  }
  return cases;
}
