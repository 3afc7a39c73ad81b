/**
 * Merge validation (`tinh-gon/plan`): is a reorganisation plan allowed on its date, what does it
 * leave behind, and what does the law of a date say must or may merge. Takes typed values and
 * loads no zod: `parsePlan` and `planSchema`, the boundary for untrusted JSON, are in
 * `tinh-gon/parse`.
 *
 * @module
 */
export type {
  ConsolidateOperation,
  ConvertOperation,
  DissolveOperation,
  MergeOperation,
  NewUnit,
  OperationCommon,
  PartialTransferOperation,
  Plan,
  PlanOperation,
  RenameOperation,
  Share,
  SplitOperation,
  SplitPart,
  TransferOperation,
} from './Plan.js';
export type { AppliedPlan, PlanEvent } from './PlanEvent.js';
export { validatePlan, type ValidatePlanOptions } from './validatePlan.js';
export { applyPlan } from './applyPlan.js';
export {
  findMergeCandidates,
  type FindMergeCandidatesOptions,
  type MergeCandidate,
  type MergeCandidates,
} from './findMergeCandidates.js';
