/**
 * Staffing-reduction arithmetic (tinh giản biên chế), exact: headcounts and đồng are integers,
 * percents are integer basis points, every rounding is stated, and no floating-point product
 * decides a result. Money is whole đồng as `number` safe integers; products that could leave the
 * safe range go through `bigint`, and a result beyond 2^53 − 1 throws a `RangeError`. Salary-months
 * are counted in hundredths of a month (0.8 month = 80), so every coefficient is an integer.
 *
 * Every function that can fail for a domain reason — a rule not in force on the date, bounds that
 * cannot be met, an unresolved tie, an input the law needs — returns a `Result`; the few that
 * cannot fail but report (progress, schedules, surpluses) return a `Success`; pure arithmetic
 * (targets, rounding) returns its value. A caller's contract breach throws a `[tinh-gon]`
 * `TypeError` or `RangeError`. A percent is text (`'10%'`) or explicit basis points
 * (`{ basisPoints: 1000 }`), never a bare number.
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
 * @example
 * ```ts
 * import { apportion, reductionTarget } from 'tinh-gon/staffing';
 *
 * reductionTarget(112, '10%').cut; //=> 12 (11.2 people, "at least 10%" rounds up)
 * const shares = apportion(10, [5, 3, 2]);
 * if (shares.ok) shares.value.shares; //=> [5, 3, 2]
 * ```
 *
 * @module
 */
export {
  type BasisPoints,
  type PercentString,
  type Percent,
  type FormatBasisPointsOptions,
  toBasisPoints,
  formatBasisPoints,
} from '../core/toBasisPoints.js';
export { type Rounding, divideRounded, percentOf, basisPointsOf } from '../core/divideRounded.js';
export { type ReductionTargetOptions, type ReductionTarget, reductionTarget } from './reductionTarget.js';
export { type ReductionPeriod, type CompoundReductionTarget, compoundReductionTarget } from './compoundReductionTarget.js';
export type {
  ApportionMethod,
  TiePolicy,
  ApportionOptions,
  ApportionTie,
  Apportionment,
} from './apportion/Apportionment.js';
export { apportion } from './apportion/apportion.js';
export type {
  LeavingGroup,
  Leaver,
  LeavingBenefitsOptions,
  BenefitLine,
  LeavingBenefits,
  LeavingBenefitsTotal,
} from './benefits/Leaver.js';
export { leavingBenefits } from './benefits/leavingBenefits.js';
export { totalLeavingBenefits } from './benefits/totalLeavingBenefits.js';
export { type ReductionScheduleOptions, type ReductionSchedule, type ScheduleYear, reductionSchedule } from './reductionSchedule.js';
export { type ReductionPlan, type ReductionProgressOptions, type ReductionProgress, reductionProgress } from './reductionProgress.js';
export { type CommuneFacts, type CommuneStaffNormOptions, type CommuneStaffNorm, communeStaffNorm } from './norms/communeStaffNorm.js';
export { type CommuneStaffAverageOptions, type CommuneStaffAverage, communeStaffAverage } from './norms/communeStaffAverage.js';
export { type StaffSurplus, staffSurplus } from './norms/staffSurplus.js';
export { type DeputyScope, type DeputyUnit, type CheckDeputiesOptions, type DeputyCheck, checkDeputies } from './norms/checkDeputies.js';
export { type ApplyReductionTargetsOptions, type AppliedReductionTarget, applyReductionTargets } from './applyReductionTargets.js';
