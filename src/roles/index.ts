export {
  checkConcurrentRoles,
  type CheckConcurrentRolesOptions,
} from './checkConcurrentRoles.js';
export {
  checkAppointment,
  type CheckAppointmentOptions,
  type ProposedAppointment,
} from './checkAppointment.js';
export {
  concurrencyCoverage,
  type ConcurrencyCoverage,
  type ConcurrencyCoverageOptions,
  type CoverageTarget,
  type TargetShare,
  formatBasisPoints,
  requiredUnitsForTarget,
} from './concurrencyCoverage.js';
export { quangNinhRolesRules } from '../rules/data/rolesRules.js';
