/**
 * The real 2025 reform of local government: `getReform2025Plan()` (5,024 operations: 63 provinces
 * into 34, 696 districts dissolved, 3,321 communes formed, 973 partial transfers) validated and
 * applied on `getVietnam('2025-03-01')` (10,795 units). Absolute times only, as information: no
 * hand-written loop does "the same essential work" as validatePlan's list of checks without
 * being a second implementation of it, so there is no meaningful baseline to divide by. The real
 * data does not scale: the scale of the run is ignored, and the case has no scaling group.
 */
import type { Structure } from '../../src/index.js';
import type { Plan } from '../../src/plan/index.js';
import { getReform2025Plan, getVietnam } from '../../src/vn/index.js';
import { type Answer, runApplyPlan, runValidatePlan } from '../adapters.js';
import { countBy } from '../checks.js';
import type { Operation } from '../operation.js';

let real: { readonly structure: Structure; readonly plan: Plan } | undefined;

/** The 2025-03-01 country and the reform plan (built once; both are shared and frozen). */
function reform(): { readonly structure: Structure; readonly plan: Plan } {
  real ??= { structure: getVietnam('2025-03-01'), plan: getReform2025Plan() };
  return real;
}

/** `validatePlan` of the real 2025 reform (a fresh structure object: the index is built in the run). */
export const reformValidateOperation: Operation = {
  id: 'reform-2025-validate',
  title: "validatePlan(getVietnam('2025-03-01'), getReform2025Plan()): the real 2025 reform (information)",
  sizeUnit: 'operations',
  usesStructure: false,
  scalingRoles: [],
  sides: () => {
    const { structure, plan } = reform();
    return [{ role: 'library', name: 'library', label: 'validatePlan({ ...vietnam20250301 }, reform2025)', size: plan.operations.length, run: () => runValidatePlan({ ...structure }, plan) }];
  },
  facts: (library) => ({ ok: (library as Answer).ok, ...countBy((library as Answer).issues, (issue) => issue.severity) }),
};

/** `applyPlan` of the real 2025 reform: the 2025-07-01 country. */
export const reformApplyOperation: Operation = {
  id: 'reform-2025-apply',
  title: 'applyPlan of the real 2025 reform (validates, then applies; information)',
  sizeUnit: 'operations',
  usesStructure: false,
  scalingRoles: [],
  sides: () => {
    const { structure, plan } = reform();
    return [{ role: 'library', name: 'library', label: 'applyPlan({ ...vietnam20250301 }, reform2025)', size: plan.operations.length, run: () => runApplyPlan({ ...structure }, plan) }];
  },
  facts: (library) => {
    const result = library as ReturnType<typeof runApplyPlan>;
    return { ok: result.ok, units: result.units ?? -1, events: result.events ?? -1 };
  },
};
