import type { Citation } from '../../core/Citation.js';
import { assertCount } from '../../core/divideRounded.js';
import { assertIsoDate, type IsoDate } from '../../core/IsoDate.js';
import { createIssue } from '../../report/createIssue.js';
import type { Result } from '../../report/Result.js';
import { defaultRulebook } from '../../rules/defaultRulebook.js';
import { findRule } from '../../rules/findRule.js';
import type { Rulebook } from '../../rules/Rule.js';
import { readOptions } from '../contract.js';

/**
 * Options of {@link communeStaffAverage}.
 *
 * @example
 * ```ts
 * const options: CommuneStaffAverageOptions = { communes: 124 };
 * ```
 * @category Staffing
 */
export interface CommuneStaffAverageOptions {
  /** How many communes the province has, for the province-wide total. */
  readonly communes?: number;
  readonly rulebook?: Rulebook;
}

/**
 * The value of {@link communeStaffAverage}.
 *
 * @example
 * ```ts
 * const answer = communeStaffAverage(isoDate('2025-07-01'), { communes: 100 });
 * if (answer.ok) answer.value.total; //=> 3200
 * ```
 * @category Staffing
 */
export interface CommuneStaffAverage {
  readonly average: number;
  /** `average × communes`, the province-wide total, when `communes` was given. */
  readonly total?: number;
  readonly citation: Citation;
}

/**
 * The average staff per commune of the two-level model (about 32, QĐ 759/QĐ-TTg): an average
 * across a province's communes, not a cap on each. The answer carries a `norm_average_not_cap`
 * info; before the rule (2025-04-14) it is a failure with `rule_not_in_force`.
 *
 * @param asOf - The date.
 * @param options - `communes` (how many, for the province-wide total) and `rulebook`.
 * @returns The average and the total it allows, or `rule_not_in_force`.
 * @throws {RangeError} When `communes` is not a non-negative safe integer, or the total passes 2^53 − 1.
 * @throws {TypeError} When `asOf` is not an ISO date or `options` is not an object.
 * @example
 * ```ts
 * const answer = communeStaffAverage(isoDate('2025-07-01'));
 * if (answer.ok) answer.value.average; //=> 32
 * communeStaffAverage(isoDate('2025-01-01')).ok; //=> false
 * ```
 * @category Staffing
 */
export function communeStaffAverage(asOf: IsoDate, options?: CommuneStaffAverageOptions): Result<CommuneStaffAverage> {
  assertIsoDate(asOf, 'asOf');
  const read = readOptions(options);
  const communes = read.communes === undefined ? undefined : assertCount(read.communes, 'options.communes');
  const lookup = findRule(read.rulebook ?? defaultRulebook, 'norms.commune-staff.average-2025', asOf, { type: 'commune-staff-average' });
  if (!lookup.ok) return { ok: false, issues: [lookup.issue] };
  const { average } = lookup.inForce.version.params;
  const total = communes === undefined ? undefined : assertCount(average * communes, 'the province-wide total');
  return {
    ok: true,
    value: { average, ...(total === undefined ? {} : { total }), citation: lookup.inForce.version.citation },
    issues: [createIssue('norm_average_not_cap', { params: { average }, ruleId: lookup.inForce.rule.id })],
  };
}
