/**
 * Concurrent roles (kiêm nhiệm, nhất thể hóa): who may hold which posts at once, checked against
 * the dated, cited rules of the rulebook (`role-combination` and `role-cap` rules).
 *
 * - {@link checkConcurrentRoles}: everyone holding more than one post on a date, each pair matched
 *   against the rules in force (forbidden → error, a cap exceeded → error, required / encouraged /
 *   pilot / permitted → info, no rule → warning), and required combinations missing in an area.
 * - {@link checkAppointment}: the same answer for an appointment before it is made.
 * - {@link concurrencyCoverage}: how many areas of a level have a combination, against a target.
 *
 * Every function that can fail for a domain reason answers a `Result`; a caller's contract breach
 * (a malformed date, `null` options, a structure that is not one) throws a `[tinh-gon]` TypeError
 * or RangeError. Reports are bounded: a person's combinations are listed up to a limit per code
 * and the rest counted (`role_combinations_left_out`).
 *
 * What the rules cannot express yet (see `rolesRules`): the exceptions to NĐ 150/2025's "a deputy
 * director of a sở does not head a unit under the sở" ("unless the law provides otherwise"); the head of
 * the provincial National Assembly delegation in CT 45's cap (no unit kind for it); CT 45's
 * "other cases are decided by the competent level"; the models 16-TB/TW kept (its list is
 * truncated in the source).
 *
 * @example
 * ```ts
 * import { isoDate } from 'tinh-gon';
 * import { checkConcurrentRoles } from 'tinh-gon/roles';
 * import { camPhaCity2020 } from 'tinh-gon/samples';
 *
 * const report = checkConcurrentRoles(camPhaCity2020, { asOf: isoDate('2020-07-23') });
 * report.ok; //=> true
 * report.issues.filter((issue) => issue.code === 'role_combination_pilot').length; //=> 10
 * ```
 *
 * @module
 */
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
} from './concurrencyCoverage.js';
export { requiredUnitsForTarget, type TargetShare } from './requiredUnitsForTarget.js';
