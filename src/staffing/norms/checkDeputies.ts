import type { Citation } from '../../core/Citation.js';
import { assertCount } from '../../core/divideRounded.js';
import { assertIsoDate, type IsoDate } from '../../core/IsoDate.js';
import { createIssue } from '../../report/createIssue.js';
import type { Issue } from '../../report/Issue.js';
import type { Result } from '../../report/Result.js';
import { defaultRulebook } from '../../rules/defaultRulebook.js';
import { findRule } from '../../rules/findRule.js';
import type { Rulebook } from '../../rules/Rule.js';
import { assertArray, requireOptions } from '../contract.js';

/**
 * The kind of unit whose deputies are limited: a provincial department (sở), a division of one (phòng
 * thuộc sở), of a district people's committee, of a commune (phòng, Trung tâm phục vụ hành chính
 * công), a public service unit, or a division of one.
 *
 * @example
 * ```ts
 * const scope: DeputyScope = 'department-division';
 * ```
 * @category Staffing
 */
export type DeputyScope =
  | 'department'
  | 'department-division'
  | 'district-division'
  | 'commune-division'
  | 'public-service-unit'
  | 'public-service-unit-division';

const SCOPES: readonly string[] = [
  'department',
  'department-division',
  'district-division',
  'commune-division',
  'public-service-unit',
  'public-service-unit-division',
] satisfies readonly DeputyScope[];

/**
 * A unit whose deputies are checked.
 *
 * @example
 * ```ts
 * const division: DeputyUnit = { unitId: 'phong-1', staff: 12, deputies: 3 };
 * ```
 * @category Staffing
 */
export interface DeputyUnit {
  readonly unitId: string;
  /** Staff (civil-servant posts, or public employees for a public service unit's division). */
  readonly staff: number;
  readonly deputies: number;
}

/**
 * Options of {@link checkDeputies}.
 *
 * @example
 * ```ts
 * const options: CheckDeputiesOptions = { scope: 'department-division', variant: 'class-1', asOf: isoDate('2024-01-01') };
 * ```
 * @category Staffing
 */
export interface CheckDeputiesOptions {
  readonly scope: DeputyScope;
  /**
   * The band variant: `hanoi-hcmc`, `class-1`, `class-2-3` (NĐ 107/2020), `group-2`, `group-3-4`
   * (NĐ 120/2020); default `all`.
   */
  readonly variant?: string;
  readonly asOf: IsoDate;
  readonly rulebook?: Rulebook;
}

/**
 * The value of {@link checkDeputies}.
 *
 * @example
 * ```ts
 * const result = checkDeputies([], { scope: 'district-division', asOf: isoDate('2024-01-01') });
 * if (result.ok) result.value.average; //=> 2
 * ```
 * @category Staffing
 */
export interface DeputyCheck {
  /** Per unit: the limit from its headcount band (`null` when no band covers it, or the rule is an average). */
  readonly limits: readonly { readonly unitId: string; readonly limit: number | null }[];
  /** For an average rule: the average and the total it allows across the units. */
  readonly average?: number;
  readonly allowedTotal?: number;
  readonly ruleId: string;
  readonly citation: Citation;
}

/**
 * Checks the deputies (cấp phó) of units against the limit in force: per unit by headcount band
 * (NĐ 107/2020 by province class until 2025-06-30, NĐ 150/2025 from 2025-07-01: <10 → 1, 10–14 → 2,
 * ≥15 → 3; NĐ 120/2020 for public service units), or as an average across the units (NĐ 107/2020 and
 * 150/2025: 3 deputy directors per department; NĐ 108/2020: 2 per district division; NQ 332/NQ-CP:
 * 2 per commune division). Excess deputies are a `deputies_above_limit` warning (at reorganisation
 * they may exceed the limit for up to 5 years); a date no version covers is a failure with
 * `rule_not_in_force`.
 *
 * @param units - The units with staff and deputies.
 * @param options - `scope`, `variant`, `asOf`, `rulebook`.
 * @returns Limits per unit or the allowed total, with the warnings; or `rule_not_in_force`.
 * @throws {RangeError} When a headcount is invalid, or the deputies sum past 2^53 − 1.
 * @throws {TypeError} When `units` is not an array, `options` is missing, `asOf` is not an ISO
 *   date, the scope is unknown, or the variant is not in the rule in force.
 * @example
 * ```ts
 * const asOf = isoDate('2025-08-01');
 * const check = checkDeputies([{ unitId: 'p', staff: 12, deputies: 3 }], { scope: 'department-division', asOf });
 * if (check.ok) check.value.limits; //=> [{ unitId: 'p', limit: 2 }]
 * ```
 * @see 107/2020/NĐ-CP; 150/2025/NĐ-CP; 108/2020/NĐ-CP; 332/NQ-CP; 120/2020/NĐ-CP Art. 6(2)
 * @category Staffing
 */
export function checkDeputies(units: readonly DeputyUnit[], options: CheckDeputiesOptions): Result<DeputyCheck> {
  assertArray(units, 'units');
  const read = requireOptions(options);
  assertIsoDate(read.asOf, 'options.asOf');
  if (!SCOPES.includes(read.scope)) throw new TypeError(`[tinh-gon] options.scope is unknown: ${String(read.scope)}`);
  const ruleId = `norms.deputies.${read.scope}`;
  let deputies = 0;
  for (const [index, unit] of units.entries()) {
    requireOptions(unit, `units[${index}]`);
    assertCount(unit.staff, `units[${index}].staff`);
    deputies += assertCount(unit.deputies, `units[${index}].deputies`);
  }
  assertCount(deputies, 'the deputies of all units');
  const lookup = findRule(read.rulebook ?? defaultRulebook, ruleId, read.asOf, { type: 'deputy-limit' });
  if (!lookup.ok) return { ok: false, issues: [lookup.issue] };
  const { params, citation } = lookup.inForce.version;
  const issues: Issue[] = [];
  const over = (unitIds: readonly string[], count: number, limit: number, unitId: string): void => {
    issues.push(createIssue('deputies_above_limit', { params: { unitId, deputies: count, limit }, unitIds, ruleId, citation }));
  };
  if (params.average !== undefined) {
    const average = params.average;
    const allowedTotal = average * units.length;
    const ids = units.map((unit) => unit.unitId);
    if (deputies > allowedTotal) over(ids, deputies, allowedTotal, ids.join(', '));
    return { ok: true, value: { limits: units.map((unit) => ({ unitId: unit.unitId, limit: null })), average, allowedTotal, ruleId, citation }, issues };
  }
  const variant = read.variant ?? 'all';
  const bands = params.bands !== undefined && Object.hasOwn(params.bands, variant) ? params.bands[variant] : undefined;
  if (bands === undefined) {
    throw new TypeError(
      `[tinh-gon] options.variant '${variant}' is not in rule ${ruleId} on ${read.asOf}; expected one of ${Object.keys(params.bands ?? {}).join(', ')}`,
    );
  }
  const limits = units.map((unit) => {
    let limit: number | null = null;
    for (const band of bands) if (unit.staff >= band.minStaff) limit = band.maxDeputies;
    if (limit !== null && unit.deputies > limit) over([unit.unitId], unit.deputies, limit, unit.unitId);
    return { unitId: unit.unitId, limit };
  });
  return { ok: true, value: { limits, ruleId, citation }, issues };
}
