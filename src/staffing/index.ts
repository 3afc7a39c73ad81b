/**
 * Staffing-reduction arithmetic (tinh giản biên chế), exact: headcounts and đồng are integers,
 * percents are integer basis points, every rounding is stated, and no floating-point product
 * decides a result. Money is whole đồng as `number` safe integers; products that could leave the
 * safe range go through `bigint`, and a result beyond 2^53 − 1 throws a `RangeError`. Salary-months
 * are counted in hundredths of a month (0.8 month = 80), so every coefficient is an integer.
 *
 * - Targets: {@link reductionTarget}, {@link compoundReductionTarget}, and the targets of the law
 *   in force applied to a unit's staffing by category ({@link applyReductionTargets}).
 * - {@link apportion}: Hamilton (largest remainder), D'Hondt, Sainte-Laguë, Huntington–Hill, with
 *   floors and caps; ties are reported, and resolved only by a policy the caller names.
 * - {@link reductionSchedule} (year by year, summing exactly) and {@link reductionProgress}.
 * - Norms: {@link communeStaffNorm}, {@link communeStaffAverage}, {@link checkDeputies},
 *   {@link staffSurplus}.
 * - The cost of leaving: {@link leavingBenefits} and {@link totalLeavingBenefits}, itemised in
 *   salary-months with the article behind each line.
 *
 * Left out for lack of a source: NĐ 120/2020's deputies of group 3/4 public service units outside
 * a ministry (truncated in the source), the NQ 19 target for 2030 (baseline unclear), the
 * non-professional maxima of NĐ 29/2013 (instrument not in the rulebook).
 *
 * @module
 */
export { type BasisPoints, type FormatBasisPointsOptions, toBasisPoints, formatBasisPoints } from '../core/toBasisPoints.js';
export { type Rounding, divideRounded, percentOf, basisPointsOf } from '../core/divideRounded.js';
export {
  type ReductionTargetOptions,
  type ReductionTarget,
  type ReductionPeriod,
  type CompoundReductionTarget,
  reductionTarget,
  compoundReductionTarget,
} from './reductionTarget.js';
export {
  type ApportionMethod,
  type TiePolicy,
  type ApportionOptions,
  type ApportionTie,
  type Apportionment,
  apportion,
} from './apportion.js';
export {
  type LeavingGroup,
  type Leaver,
  type LeavingBenefitsOptions,
  type BenefitLine,
  type LeavingBenefits,
  type LeavingBenefitsTotal,
  leavingBenefits,
  totalLeavingBenefits,
} from './leavingBenefits.js';
export { type ReductionScheduleOptions, type ReductionSchedule, reductionSchedule } from './reductionSchedule.js';
export {
  type ReductionPlan,
  type ReductionProgressOptions,
  type ReductionProgress,
  reductionProgress,
} from './reductionProgress.js';
export {
  type CommuneFacts,
  type CommuneStaffNormOptions,
  type CommuneStaffNorm,
  type CommuneStaffAverage,
  communeStaffNorm,
  communeStaffAverage,
  staffSurplus,
} from './communeStaffNorm.js';
export {
  type DeputyScope,
  type DeputyUnit,
  type CheckDeputiesOptions,
  type DeputyCheck,
  checkDeputies,
} from './checkDeputies.js';
export {
  type ApplyReductionTargetsOptions,
  type AppliedReductionTarget,
  applyReductionTargets,
} from './applyReductionTargets.js';
