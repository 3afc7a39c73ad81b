export { type BasisPoints, toBasisPoints, formatBasisPoints } from './toBasisPoints.js';
export { type Rounding, divideRounded, percentOf, basisPointsOf } from './divideRounded.js';
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
