export type {
  Plan,
  PlanInput,
  PlanOperation,
  NewUnit,
  Share,
} from './Plan.js';
export { validatePlan, type ValidatePlanOptions } from './validatePlan.js';
export { applyPlan, type ApplyPlanResult, type PlanEvent } from './applyPlan.js';
export {
  findMergeCandidates,
  type FindMergeCandidatesOptions,
  type MergeCandidate,
  type MergeCandidates,
} from './findMergeCandidates.js';
