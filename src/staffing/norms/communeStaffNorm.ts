import type { Citation } from '../../core/Citation.js';
import { assertCount, toSafeNumber } from '../../core/divideRounded.js';
import { mulDivRem } from '../../core/exactCompare.js';
import { assertIsoDate, type IsoDate } from '../../core/IsoDate.js';
import { createIssue } from '../../report/createIssue.js';
import type { Issue } from '../../report/Issue.js';
import { type Result, toResult } from '../../report/Result.js';
import { defaultRulebook } from '../../rules/defaultRulebook.js';
import { findRule } from '../../rules/findRule.js';
import type { Rulebook } from '../../rules/Rule.js';
import { requireOptions } from '../contract.js';
import { alignDecimals, readDecimal } from './readDecimal.js';

/** The largest population accepted: a contract limit far above any commune (or country but two). */
const MAX_POPULATION = 1_000_000_000;
/** The largest area accepted, in km²: a contract limit, three times the area of Vietnam. */
const MAX_AREA_KM2 = 1_000_000;

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
  /** People, at most 1,000,000,000. */
  readonly population?: number;
  readonly populationStandard?: number;
  /** Area in km², at most 1,000,000, read as the decimal it is written as (`59.99` is below 60). */
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
 * const norm = communeStaffNorm({ kind: 'commune', communeClass: 2 }, { asOf: isoDate('2024-01-01') });
 * if (norm.ok) norm.value.max; //=> 20
 * ```
 * @category Staffing
 */
export interface CommuneStaffNorm {
  /** The maximum for the class and kind. */
  readonly base: number;
  /** Extra posts for population above the standard (whole steps). */
  readonly extraForPopulation: number;
  /** Extra posts for area above the standard (whole steps). */
  readonly extraForArea: number;
  /** `base + extraForPopulation + extraForArea`. */
  readonly max: number;
  readonly ruleId: string;
  readonly citation: Citation;
}

const RULES = {
  'cadre-civil-servant': 'norms.commune-staff.cadre-civil-servant',
  'non-professional': 'norms.commune-staff.non-professional',
} as const;

const KINDS: readonly string[] = ['commune', 'ward', 'township'];

function readBounded(value: number, name: string, max: number): number {
  if (typeof value !== 'number') throw new TypeError(`[tinh-gon] ${name} must be a number, received ${typeof value}`);
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new RangeError(`[tinh-gon] ${name} must be a finite number from 0 to ${max}, received ${String(value)}`);
  }
  return value;
}

function readPopulation(value: number, name: string): number {
  return readBounded(assertCount(value, name), name, MAX_POPULATION);
}

/**
 * The maximum number of cadres and civil servants (or non-professional staff) of a commune, ward
 * or township on a date, by class, with the extra posts for population and area above the
 * standard where the decree in force gives them (NĐ 33/2023: one per full 1/3 of the population
 * standard above it for wards of urban districts, one per full 1/2 for other units, one per full
 * 100% of the area standard above it — whole steps only, counted exactly). NĐ 92/2009: 25/23/21;
 * NĐ 34/2019 from 2019-06-25: 23/21/19 (non-professional 14/12/10); NĐ 33/2023 from 2023-08-01:
 * wards 23/21/19, communes and townships 22/20/18. After 2025-06-30 no version is in force, and
 * the answer is a failure with `rule_not_in_force` (see {@link communeStaffAverage} for the
 * two-level model). A figure given without its standard is a `norm_standard_missing` warning.
 *
 * @param commune - Kind, class, and population and area with their standards.
 * @param options - `asOf`, `staff` (default cadres and civil servants), `rulebook`.
 * @returns The base, the extra posts, the maximum and the citation; or `rule_not_in_force`.
 * @throws {RangeError} When the class is not 1, 2 or 3, a population or standard is not an integer
 *   from 0 to 1,000,000,000, an area is not a finite number from 0 to 1,000,000 km², or the
 *   maximum passes 2^53 − 1.
 * @throws {TypeError} When `asOf` is not an ISO date, `options` is missing, or `kind` or `staff` is unknown.
 * @example
 * ```ts
 * const asOf = isoDate('2024-01-01');
 * const ward = communeStaffNorm({ kind: 'ward', communeClass: 1, urbanDistrictWard: true, population: 30_000, populationStandard: 15_000 }, { asOf });
 * if (ward.ok) ward.value.max; //=> 26 (23 + 3 for one extra standard counted in thirds)
 * communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2025-07-01') }).ok; //=> false
 * ```
 * @see 33/2023/NĐ-CP; 34/2019/NĐ-CP; 92/2009/NĐ-CP
 * @category Staffing
 */
export function communeStaffNorm(commune: CommuneFacts, options: CommuneStaffNormOptions): Result<CommuneStaffNorm> {
  requireOptions(commune, 'commune');
  const read = requireOptions(options);
  assertIsoDate(read.asOf, 'options.asOf');
  const staff = read.staff ?? 'cadre-civil-servant';
  const ruleId = Object.hasOwn(RULES, staff) ? RULES[staff] : undefined;
  if (ruleId === undefined) throw new TypeError(`[tinh-gon] options.staff is unknown: ${String(staff)}`);
  if (!KINDS.includes(commune.kind)) {
    throw new TypeError(`[tinh-gon] commune.kind must be commune, ward or township, received ${String(commune.kind)}`);
  }
  if (commune.communeClass !== 1 && commune.communeClass !== 2 && commune.communeClass !== 3) {
    throw new RangeError(`[tinh-gon] commune.communeClass must be 1, 2 or 3, received ${String(commune.communeClass)}`);
  }
  const { population, populationStandard, areaKm2, areaStandardKm2 } = commune;
  if (population !== undefined) readPopulation(population, 'commune.population');
  if (populationStandard !== undefined) readPopulation(populationStandard, 'commune.populationStandard');
  if (areaKm2 !== undefined) readBounded(areaKm2, 'commune.areaKm2', MAX_AREA_KM2);
  if (areaStandardKm2 !== undefined) readBounded(areaStandardKm2, 'commune.areaStandardKm2', MAX_AREA_KM2);
  const lookup = findRule(read.rulebook ?? defaultRulebook, ruleId, read.asOf, { type: 'commune-staff-norm' });
  if (!lookup.ok) return { ok: false, issues: [lookup.issue] };
  const { params, citation } = lookup.inForce.version;
  const base = params.maxByClass[commune.kind][commune.communeClass - 1] as number;
  const issues: Issue[] = [];
  let extraForPopulation = 0;
  let extraForArea = 0;
  const extra = params.extraPosts;
  if (extra !== undefined) {
    const unit = commune.unitId ?? '?';
    if ((population === undefined) !== (populationStandard === undefined)) {
      issues.push(createIssue('norm_standard_missing', { params: { unitId: unit, fact: 'population', standard: 'populationStandard' }, ruleId }));
    } else if (population !== undefined && populationStandard !== undefined && populationStandard > 0 && population > populationStandard) {
      const steps = commune.urbanDistrictWard === true && commune.kind === 'ward' ? extra.urbanWardPopulationStepDenominator : extra.otherPopulationStepDenominator;
      // Whole steps of 1/steps of the standard above it: ⌊(population − standard) × steps / standard⌋, exact.
      extraForPopulation = mulDivRem(population - populationStandard, steps, populationStandard)[0];
    }
    if ((areaKm2 === undefined) !== (areaStandardKm2 === undefined)) {
      issues.push(createIssue('norm_standard_missing', { params: { unitId: unit, fact: 'areaKm2', standard: 'areaStandardKm2' }, ruleId }));
    } else if (areaKm2 !== undefined && areaStandardKm2 !== undefined && areaStandardKm2 > 0 && areaKm2 > areaStandardKm2) {
      // Whole steps of areaStepPercent% of the standard above it: ⌊(area − standard) × 100 / (standard × step%)⌋, exact.
      const [area, standard] = alignDecimals(readDecimal(areaKm2), readDecimal(areaStandardKm2));
      extraForArea = toSafeNumber(((area - standard) * 100n) / (standard * BigInt(extra.areaStepPercent)), 'the extra posts for area are not a safe integer');
    }
  }
  const max = base + extraForPopulation + extraForArea;
  assertCount(max, 'the maximum');
  return toResult(issues, { base, extraForPopulation, extraForArea, max, ruleId, citation });
}
