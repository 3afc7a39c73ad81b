/**
 * Merge validation (`tinh-gon/plan`): is a reorganisation plan allowed on its date, what does it
 * leave behind, and what does the law of a date say must or may merge. Takes typed values and
 * loads no zod: `parsePlan` and `planSchema`, the boundary for untrusted JSON, are in
 * `tinh-gon/parse`.
 *
 * The main functions:
 * - {@link validatePlan}: every check of a plan against a structure and the law of its date
 *   (references, shares, conservation, levels, families, locality, area standards, staffing,
 *   deputies), answering a `Result` whose issues cite the rules behind them.
 * - {@link applyPlan}: the structure after the plan, and the events (which units ended, started,
 *   continued, with shares), ready for the next plan.
 * - {@link findMergeCandidates}: what the law of a date says must or may merge (villages and
 *   communes below their standards, organisations of one locality whose functions overlap).
 *
 * A {@link Plan} is `{ effectiveOn, operations }`, each operation a `merge`, `consolidate`, `split`,
 * `partial-transfer`, `dissolve`, `rename`, `transfer` or `convert`. The guide
 * [Validating a plan, step by step](../../docs/guides/validating-a-plan.md) walks through one.
 *
 * @example
 * ```ts
 * import { isoDate } from 'tinh-gon';
 * import { applyPlan, validatePlan, type Plan } from 'tinh-gon/plan';
 * import { kyAnhTown2018 } from 'tinh-gon/samples';
 *
 * const plan: Plan = {
 *   effectiveOn: isoDate('2019-01-01'),
 *   operations: [{ type: 'merge', sourceIds: ['thon-ky-nam-2'], targetId: 'thon-ky-nam-3' }],
 * };
 * validatePlan(kyAnhTown2018, plan).ok; //=> true
 * const applied = applyPlan(kyAnhTown2018, plan);
 * if (applied.ok) applied.value.events.map((event) => `${event.change} ${event.unitId}`);
 * //=> ['ended thon-ky-nam-2', 'continued thon-ky-nam-3']
 * ```
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
