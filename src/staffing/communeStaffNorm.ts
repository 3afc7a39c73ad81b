import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import type { Citation } from '../core/Citation.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule } from '../rules/findRule.js';
import type { Rulebook } from '../rules/Rule.js';
import type { IsoDate } from '../core/IsoDate.js';
import { assertCount } from '../core/divideRounded.js';

/**
 * The facts of a commune-level unit that its staff norm depends on. Population and area standards
 * are the caller's (Nghị quyết 1211/2016/UBTVQH13 as amended by 27/2022/UBTVQH15, for the unit's kind).
 *
 * @example
 * ```ts
 * const ward: CommuneFacts = { kind: 'ward', communeClass: 1, urbanDistrictWard: true, population: 30_000, populationStandard: 15_000 };
 * ```
 * @category Staffing
 */
export interface CommuneFacts {
  readonly unitId?: string;
  /** xã, phường, thị trấn. */
  readonly kind: 'commune' | 'ward' | 'township';
  /** Class I, II or III (loại 1, 2, 3). */
  readonly communeClass: 1 | 2 | 3;
  /** A ward of an urban district (phường thuộc quận): one extra post per 1/3 of the standard. */
  readonly urbanDistrictWard?: boolean;
  readonly population?: number;
  readonly populationStandard?: number;
  /** Area in km², read to 0.01 km². */
  readonly areaKm2?: number;
  readonly areaStandardKm2?: number;
}

/**
 * Options of {@link communeStaffNorm}.
 *
 * @example
 * ```ts
 * const options: CommuneStaffNormOptions = { asOf: isoDate('2024-01-01'), staff: 'non-professional' };
 * ```
 * @category Staffing
 */
export interface CommuneStaffNormOptions {
  readonly asOf: IsoDate;
  /** Cadres and civil servants (default) or non-professional staff. */
  readonly staff?: 'cadre-civil-servant' | 'non-professional';
  readonly rulebook?: Rulebook;
}

/**
 * The maximum staff of a commune-level unit on a date.
 *
 * @example
 * ```ts
 * communeStaffNorm({ kind: 'commune', communeClass: 2 }, { asOf: isoDate('2024-01-01') }).max; //=> 20
 * ```
 * @category Staffing
 */
export interface CommuneStaffNorm {
  readonly ok: boolean;
  /** The maximum for the class and kind. */
  readonly base: number;
  /** Extra posts for population above the standard (whole steps). */
  readonly extraForPopulation: number;
  /** Extra posts for area above the standard (whole steps). */
  readonly extraForArea: number;
  /** `base + extraForPopulation + extraForArea`; 0 when no rule is in force. */
  readonly max: number;
  readonly ruleId: string;
  readonly citation?: Citation;
  readonly issues: readonly Issue[];
}

const RULES = {
  'cadre-civil-servant': 'norms.commune-staff.cadre-civil-servant',
  'non-professional': 'norms.commune-staff.non-professional',
} as const;

/**
 * The maximum number of cadres and civil servants (or non-professional staff) of a commune, ward
 * or township on a date, by class, with the extra posts for population and area above the
 * standard where the decree in force gives them (NĐ 33/2023: one per full 1/3 of the population
 * standard above it for wards of urban districts, one per full 1/2 for other units, one per full
 * 100% of the area standard above it — whole steps only, rounded down). NĐ 92/2009: 25/23/21;
 * NĐ 34/2019 from 2019-06-25: 23/21/19 (non-professional 14/12/10); NĐ 33/2023 from 2023-08-01:
 * wards 23/21/19, communes and townships 22/20/18. After 2025-06-30 no version is in force (see
 * {@link communeStaffAverage} for the two-level model).
 *
 * @param commune - Kind, class, and population and area with their standards.
 * @param options - `asOf`, `staff` (default cadres and civil servants), `rulebook`.
 * @returns The base, the extra posts, the maximum and the citation; `rule_not_in_force` when no version covers the date.
 * @throws {RangeError} When a population or standard is not a non-negative integer, or an area is negative.
 * @example
 * ```ts
 * const asOf = isoDate('2024-01-01');
 * communeStaffNorm({ kind: 'ward', communeClass: 1, urbanDistrictWard: true, population: 30_000, populationStandard: 15_000 }, { asOf }).max;
 * //=> 26 (23 + 3 for one extra standard counted in thirds)
 * communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2015-01-01') }).max; //=> 25
 * ```
 * @see 33/2023/NĐ-CP; 34/2019/NĐ-CP; 92/2009/NĐ-CP
 * @category Staffing
 */
export function communeStaffNorm(commune: CommuneFacts, options: CommuneStaffNormOptions): CommuneStaffNorm {
  const staff = options.staff ?? 'cadre-civil-servant';
  const ruleId = RULES[staff];
  if (ruleId === undefined) throw new TypeError(`[tinh-gon] options.staff is unknown: ${String(staff)}`);
  if (commune.communeClass !== 1 && commune.communeClass !== 2 && commune.communeClass !== 3) {
    throw new RangeError(`[tinh-gon] commune.communeClass must be 1, 2 or 3, received ${String(commune.communeClass)}`);
  }
  const lookup = findRule(options.rulebook ?? defaultRulebook, ruleId, options.asOf, { type: 'commune-staff-norm' });
  if (!lookup.ok) {
    return { ok: false, base: 0, extraForPopulation: 0, extraForArea: 0, max: 0, ruleId, issues: [lookup.issue] };
  }
  const { params, citation } = lookup.inForce.version;
  const triple = params.maxByClass[commune.kind];
  if (triple === undefined) throw new TypeError(`[tinh-gon] commune.kind must be commune, ward or township, received ${String(commune.kind)}`);
  const base = triple[commune.communeClass - 1] as number;
  let extraForPopulation = 0;
  let extraForArea = 0;
  if (params.extraPosts !== undefined) {
    const { population, populationStandard, areaKm2, areaStandardKm2 } = commune;
    if (population !== undefined && populationStandard !== undefined) {
      assertCount(population, 'commune.population');
      assertCount(populationStandard, 'commune.populationStandard');
      const denominator = commune.urbanDistrictWard === true && commune.kind === 'ward'
        ? params.extraPosts.urbanWardPopulationStepDenominator
        : params.extraPosts.otherPopulationStepDenominator;
      if (populationStandard > 0 && population > populationStandard) {
        extraForPopulation = Math.floor(((population - populationStandard) * denominator) / populationStandard);
      }
    }
    if (areaKm2 !== undefined && areaStandardKm2 !== undefined) {
      const area = toHundredths(areaKm2, 'commune.areaKm2');
      const standard = toHundredths(areaStandardKm2, 'commune.areaStandardKm2');
      if (standard > 0 && area > standard) {
        extraForArea = Math.floor(((area - standard) * 100) / (standard * params.extraPosts.areaStepPercent));
      }
    }
  }
  return {
    ok: true,
    base,
    extraForPopulation,
    extraForArea,
    max: base + extraForPopulation + extraForArea,
    ruleId,
    citation,
    issues: [],
  };
}

function toHundredths(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`[tinh-gon] ${name} must be a finite non-negative number, received ${String(value)}`);
  }
  return Math.round(value * 100);
}

/**
 * The answer of {@link communeStaffAverage}.
 *
 * @example
 * ```ts
 * const answer: CommuneStaffAverage = communeStaffAverage(isoDate('2025-07-01'), { communes: 100 });
 * answer.total; //=> 3200
 * ```
 * @category Staffing
 */
export interface CommuneStaffAverage {
  readonly ok: boolean;
  readonly average: number;
  /** `average × communes`, the province-wide total, when `communes` was given. */
  readonly total?: number;
  readonly citation?: Citation;
  readonly issues: readonly Issue[];
}

/**
 * The average staff per commune of the two-level model (about 32, QĐ 759/QĐ-TTg): an average
 * across a province's communes, not a cap on each. The answer carries a `norm_average_not_cap` info.
 *
 * @param asOf - The date.
 * @param options - `communes` (how many, for the province-wide total) and `rulebook`.
 * @returns The average, the total it allows, or `rule_not_in_force`.
 * @throws {RangeError} When `communes` is not a non-negative integer.
 * @example
 * ```ts
 * communeStaffAverage(isoDate('2025-07-01')).average; //=> 32
 * communeStaffAverage(isoDate('2025-07-01'), { communes: 100 }).total; //=> 3200
 * ```
 * @category Staffing
 */
export function communeStaffAverage(
  asOf: IsoDate,
  options: { readonly communes?: number; readonly rulebook?: Rulebook } = {},
): CommuneStaffAverage {
  const lookup = findRule(options.rulebook ?? defaultRulebook, 'norms.commune-staff.average-2025', asOf, { type: 'commune-staff-average' });
  if (!lookup.ok) return { ok: false, average: 0, issues: [lookup.issue] };
  const { average } = lookup.inForce.version.params;
  return {
    ok: true,
    average,
    ...(options.communes === undefined ? {} : { total: average * assertCount(options.communes, 'options.communes') }),
    citation: lookup.inForce.version.citation,
    issues: [createIssue('norm_average_not_cap', { params: { average }, ruleId: lookup.inForce.rule.id })],
  };
}

/**
 * Staff above (or below) a norm: `surplus` (dôi dư) and `shortfall`, with a `staff_above_norm`
 * warning when there is a surplus.
 *
 * @param actual - Staff in post.
 * @param norm - The maximum.
 * @param unitId - For the issue (optional).
 * @returns `{ surplus, shortfall, issues }`.
 * @throws {RangeError} When a count is not a non-negative integer.
 * @example
 * ```ts
 * staffSurplus(25, 22).surplus;   //=> 3
 * staffSurplus(20, 22).shortfall; //=> 2
 * ```
 * @category Staffing
 */
export function staffSurplus(
  actual: number,
  norm: number,
  unitId?: string,
): { readonly surplus: number; readonly shortfall: number; readonly issues: readonly Issue[] } {
  assertCount(actual, 'actual');
  assertCount(norm, 'norm');
  const surplus = Math.max(0, actual - norm);
  const issues =
    surplus > 0
      ? [
          createIssue('staff_above_norm', {
            params: { unitId: unitId ?? '?', actual, norm, surplus },
            ...(unitId === undefined ? {} : { unitIds: [unitId] }),
          }),
        ]
      : [];
  return { surplus, shortfall: Math.max(0, norm - actual), issues };
}
