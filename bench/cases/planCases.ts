/**
 * Benchmarks of src/plan: merge candidates over all villages, and validate + apply the real 2025
 * reform plan. Each is registered only when src/plan (and support/reform2025.ts) export it.
 */
import type { BenchCase } from '../harness.js';

/** The plan benchmarks that the current src/plan supports. */
export async function createPlanCases(): Promise<BenchCase[]> {
  const plan = (await import('../../src/plan/index.js')) as unknown as Record<string, unknown>;
  const cases: BenchCase[] = [];
  void plan;
  return cases;
}
