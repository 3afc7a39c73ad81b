export { type BasisPoints, toBasisPoints, formatBasisPoints } from './toBasisPoints.js';
export { type Rounding, divideRounded, percentOf } from './divideRounded.js';
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
  type StaffCategory,
  type LeavingGroup,
  type Leaver,
  type LeavingBenefitsOptions,
  type BenefitLine,
  type LeavingBenefits,
  type LeavingBenefitsTotal,
  leavingBenefits,
  totalLeavingBenefits,
} from './leavingBenefits.js';
