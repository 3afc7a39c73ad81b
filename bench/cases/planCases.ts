/**
 * Benchmarks of src/plan: merge candidates over all villages, and validate + apply the real 2025
 * reform plan (the country and the plan shipped in src/vn). Each is registered only when src/plan
 * exports the function it measures.
 */
import type { Structure } from '../../src/model/index.js';
import type { IsoDate } from '../../src/core/index.js';
import { ERA_AS_OF } from '../generateNationalStructure.js';
import type { BenchCase } from '../harness.js';

type FindMergeCandidatesFn = (
  structure: Structure,
  options: { readonly asOf: IsoDate },
) => {
  readonly ok: boolean;
  readonly value?: { readonly candidates: readonly { readonly reason: string; readonly strength: string }[] };
  readonly issues: readonly unknown[];
};

interface ReportLike {
  readonly ok: boolean;
  readonly issues: readonly { readonly severity: string; readonly code: string }[];
}
type ValidatePlanFn = (structure: Structure, plan: unknown) => ReportLike;
type ApplyPlanFn = (
  structure: Structure,
  plan: unknown,
) => ReportLike & { readonly value?: { readonly structure: Structure; readonly events: readonly unknown[] } };
interface Reform {
  readonly before: Structure;
  readonly plan: { readonly operations: readonly unknown[] };
}

let reform: Reform | undefined;

/** The real 2025 reform (src/vn): the 2025-03-01 country and the plan, built once. */
async function loadReform(): Promise<Reform> {
  if (reform !== undefined) return reform;
  const { getReform2025Plan, getVietnam } = await import('../../src/vn/index.js');
  reform = { before: getVietnam('2025-03-01'), plan: getReform2025Plan() };
  return reform;
}

function countBySeverity(report: ReportLike): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const issue of report.issues) counts[issue.severity] = (counts[issue.severity] ?? 0) + 1;
  return counts;
}

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
        for (const candidate of result.value?.candidates ?? []) {
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
  await loadReform();
  // The reform is real data of one size: measured at 1× (at ¼× in a quick run), not scaled.
  const reformScale = (scale: number, quick: boolean) => (quick ? scale === 0.25 : scale === 1);
  if (typeof plan.validatePlan === 'function') {
    const validatePlan = plan.validatePlan as ValidatePlanFn;
    cases.push({
      id: 'reform-2025-validate',
      title: 'validatePlan of the real 2025 reform (10,035 communes into 3,321, partial transfers)',
      goal: { maxMs: 1000, label: 'under 1 s (real national plan)' },
      iterations: { 0.25: 3, 1: 3 },
      prepare: async (context) => {
        const loaded = await loadReform();
        if (!reformScale(context.scale, context.quick)) return undefined;
        const report = validatePlan(loaded.before, loaded.plan);
        return {
          size: loaded.plan.operations.length,
          sizeUnit: 'operations',
          facts: { ok: report.ok, ...countBySeverity(report), units: loaded.before.units.length },
          fn: () => validatePlan({ ...loaded.before }, loaded.plan),
        };
      },
    });
  }
  if (typeof plan.applyPlan === 'function') {
    const applyPlan = plan.applyPlan as ApplyPlanFn;
    cases.push({
      id: 'reform-2025-apply',
      title: 'applyPlan of the real 2025 reform (validates, then applies)',
      goal: { maxMs: 1000, label: 'under 1 s (real national plan)' },
      iterations: { 0.25: 3, 1: 3 },
      prepare: async (context) => {
        const loaded = await loadReform();
        if (!reformScale(context.scale, context.quick)) return undefined;
        const result = applyPlan(loaded.before, loaded.plan);
        const after = result.value?.structure.units ?? [];
        const inForce = after.filter((unit) => unit.from <= '2025-07-01' && (unit.to === undefined || '2025-07-01' < unit.to));
        return {
          size: loaded.plan.operations.length,
          sizeUnit: 'operations',
          facts: {
            ok: result.ok,
            events: result.value?.events.length ?? 0,
            provincesAfter: inForce.filter((unit) => unit.kind === 'province' || unit.kind === 'centrally-run-city').length,
            communesAfter: inForce.filter((unit) => unit.kind === 'commune' || unit.kind === 'ward' || unit.kind === 'special-zone').length,
          },
          fn: () => applyPlan({ ...loaded.before }, loaded.plan),
        };
      },
    });
  }
  return cases;
}
