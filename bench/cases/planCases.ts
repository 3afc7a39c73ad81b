/**
 * Merge validation: merge candidates over all villages, and a generated plan (in every commune the
 * first village and its party cell merged into the second, effective 2026-01-01) validated and
 * applied. The real 2025 reform plan comes back here when the real lists land (see
 * `nationalAreas.ts`).
 */
import { isoDate, type Structure } from '../../src/index.js';
import type { Plan, PlanOperation } from '../../src/plan/index.js';
import { type Answer, runApplyPlan, runFindMergeCandidates, runValidatePlan } from '../adapters.js';
import { countBy } from '../checks.js';
import type { Scale } from '../generateNationalStructure.js';
import { AS_OF, type Operation, type World } from '../operation.js';

/** Every commune's first village (and its party cell) merged into its second. */
function villageMergePlan(structure: Structure): Plan {
  const ids = new Set(structure.units.map((unit) => unit.id));
  const operations: PlanOperation[] = [];
  for (const unit of structure.units) {
    if (!unit.id.endsWith('/v1')) continue;
    const target = `${unit.id.slice(0, -1)}2`;
    if (!ids.has(target)) continue;
    operations.push({ type: 'merge', sourceIds: [unit.id], targetId: target });
    operations.push({ type: 'merge', sourceIds: [`${unit.id}/cb`], targetId: `${target}/cb` });
  }
  return { effectiveOn: isoDate('2026-01-01'), operations };
}

const plans = new WeakMap<Structure, Plan>();

function planOf(world: World, scale: Scale): { readonly structure: Structure; readonly plan: Plan } {
  const structure = world.structure(scale);
  let plan = plans.get(structure);
  if (plan === undefined) {
    plan = villageMergePlan(structure);
    plans.set(structure, plan);
  }
  return { structure, plan };
}

/** `findMergeCandidates` over the whole structure. */
export const mergeCandidatesOperation: Operation = {
  id: 'merge-candidates',
  title: 'findMergeCandidates on 2025-07-01 (villages under the household standard, communes, overlaps)',
  sizeUnit: 'villages',
  sides: (world, scale) => {
    const structure = world.structure(scale);
    return [{ role: 'library', name: 'library', label: 'findMergeCandidates(structure, { asOf })', size: world.counts.get(scale)?.villages ?? 0, run: () => runFindMergeCandidates(structure, AS_OF) }];
  },
  facts: (library) => {
    const result = library as ReturnType<typeof runFindMergeCandidates>;
    return { ...countBy(result.candidates, (candidate) => `${candidate.reason}:${candidate.strength}`), issues: result.issues.length };
  },
};

/** `validatePlan` of the generated village-merge plan (a fresh structure object: the index is built in the run). */
export const planValidateOperation: Operation = {
  id: 'plan-validate',
  title: 'validatePlan of a generated plan: every commune merges its first village (and party cell) into its second',
  sizeUnit: 'operations',
  sides: (world, scale) => {
    const { structure, plan } = planOf(world, scale);
    return [{ role: 'library', name: 'library', label: 'validatePlan({ ...structure }, plan)', size: plan.operations.length, run: () => runValidatePlan({ ...structure }, plan) }];
  },
  facts: (library) => ({ ok: (library as Answer).ok, ...countBy((library as Answer).issues, (issue) => issue.severity) }),
};

/** `applyPlan` of the same plan. */
export const planApplyOperation: Operation = {
  id: 'plan-apply',
  title: 'applyPlan of the same plan (validates, then applies)',
  sizeUnit: 'operations',
  sides: (world, scale) => {
    const { structure, plan } = planOf(world, scale);
    return [{ role: 'library', name: 'library', label: 'applyPlan({ ...structure }, plan)', size: plan.operations.length, run: () => runApplyPlan({ ...structure }, plan) }];
  },
  facts: (library) => {
    const result = library as ReturnType<typeof runApplyPlan>;
    return { ok: result.ok, units: result.units ?? -1, events: result.events ?? -1 };
  },
};
