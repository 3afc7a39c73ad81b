import { type Bilingual, joinBilingual } from '../core/Bilingual.js';
import type { Citation, Verification } from '../core/Citation.js';
import { isInForce } from '../core/Interval.js';
import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import { isArea } from '../model/indexStructure.js';
import { getAreaLevel, isAreaKind } from '../model/kinds.js';
import type { Organisation, Structure } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import { type Result, toResult } from '../report/Result.js';
import { findRule } from '../rules/findRule.js';
import { kindLabel, nameLabel, ruleTitleParams, unitLabel } from '../structure/labels.js';
import type { MergeExemption, Rulebook } from '../rules/Rule.js';
import type { ValidatePlanOptions } from './validatePlan.js';
import { analysePlan } from './analysePlan.js';
import { Ancestry } from './ancestry.js';
import { assertStructure } from '../model/assertStructure.js';
import { assertPlanOptions } from './assertPlanArguments.js';
import { overlapGroups } from './overlapGroups.js';
import { planRulebook } from './planRulebook.js';
import { adminStandard, householdMinimum } from './standards/lines.js';
import { allowedExemptions, meetsMergeCriterion } from './standards/mergeCriteria.js';
import { exemptionLabel } from './checks/areaWords.js';

/**
 * Options of {@link findMergeCandidates}.
 *
 * @example
 * ```ts
 * const options: FindMergeCandidatesOptions = { asOf: isoDate('2019-06-01'), minSharedFunctions: 2 };
 * ```
 * @category Plan
 */
export interface FindMergeCandidatesOptions {
  /** The date whose law applies. */
  readonly asOf: IsoDate;
  /** The law; when left out, the structure and merge rules of `defaultRulebook`, with the instruments they cite. */
  readonly rulebook?: Rulebook;
  /**
   * How many `functions` tags two organisations of one area must share to count as overlapping
   * (default 2). A heuristic of the library, not a legal threshold.
   */
  readonly minSharedFunctions?: number;
  /**
   * Units the caller knows to be exempt from merging, by id, with the reasons the law of the date
   * allows (the `exemptions` of the merge criteria in force: an isolated place, defence and security,
   * …). Such a unit is not listed as a candidate; each reason is reported instead, as one
   * `plan_area_exempt` info naming its units. A reason the criteria of the date do not allow changes
   * nothing. The same option as {@link ValidatePlanOptions.exemptions}.
   */
  readonly exemptions?: Readonly<Record<string, readonly MergeExemption[]>>;
}

/**
 * One thing the law of the date says must or may merge, or a group of organisations whose
 * functions overlap: the units, why, how strongly, and on what basis.
 *
 * @example
 * ```ts
 * const candidate: MergeCandidate = {
 *   reason: 'village-below-standard', strength: 'required', unitIds: ['thon-ky-nam-2'],
 *   message: { vi: '…', en: '…' }, ruleId: 'merge.village-household-standard',
 *   citation: { instrumentId: '14/2018/TT-BNV' }, verification: 'secondary', ratioBps: 3120,
 * };
 * ```
 * @category Plan
 */
export interface MergeCandidate {
  readonly reason: 'village-below-standard' | 'admin-unit-below-criteria' | 'overlapping-functions';
  /** `required` (must merge), `encouraged`, or `suggested` (overlap found by the library). */
  readonly strength: 'required' | 'encouraged' | 'suggested';
  readonly unitIds: readonly string[];
  readonly message: Bilingual;
  readonly ruleId?: string;
  readonly citation?: Citation;
  readonly verification?: Verification;
  /** The size against the standard, in basis points (villages: households; communes: the smaller of area and population). */
  readonly ratioBps?: number;
  /** The function tags the group shares (overlapping functions). */
  readonly sharedFunctions?: readonly string[];
}

/**
 * The value of {@link findMergeCandidates}' success: the candidates, ranked.
 *
 * @example
 * ```ts
 * const result = findMergeCandidates(kyAnhTown2018, { asOf: isoDate('2019-06-01') });
 * if (result.ok) {
 *   const found: MergeCandidates = result.value;
 *   found.candidates[0]?.strength; //=> 'required'
 * }
 * ```
 * @category Plan
 */
export interface MergeCandidates {
  readonly candidates: readonly MergeCandidate[];
}

const STRENGTH_RANK = { required: 0, encouraged: 1, suggested: 2 } as const;

/**
 * The policy behind looking for overlapping functions: Nghị quyết 18-NQ/TW asks for fewer bodies
 * and fewer overlaps. The article is not known (legal-facts §1.1 reads NQ 18 partly from memory),
 * and the "at least two shared tags" line is the library's own heuristic, not a legal threshold.
 */
const OVERLAP_BASIS: Citation = { instrumentId: '18-NQ/TW' };

/** A ratio in basis points as a percent with two decimals, rounded half up as `basisPointsOf` rounds (164/300 → 54.67). */
function percent(ratioBps: number): number {
  return Math.round(ratioBps) / 100;
}

/**
 * Lists what the law of a date says must or may merge in a structure, and the organisations of
 * one area whose functions overlap, ranked: required before encouraged before suggested; within
 * one strength, the smallest unit against its standard first (the lowest `ratioBps`), and the
 * overlaps with the most shared functions first, then the most organisations; candidates that tie
 * keep the order of the structure.
 *
 * - Villages and residential groups under the household minimum in force (below the must-merge
 *   line: `required`; up to the minimum: `encouraged`).
 * - Communes, districts and provinces meeting a merge criterion of the date against the population
 *   and area standard in force (`required`), unless `exemptions` names a reason the criteria allow
 *   for them (then a `plan_area_exempt` info lists them).
 * - Organisations in force serving one area that share at least `minSharedFunctions` function
 *   tags, grouped transitively (`suggested`: a finding, not a legal duty; cited to Nghị quyết
 *   18-NQ/TW as `unverified`, the two-tag line being the library's heuristic).
 *
 * Rules are looked up on `asOf`. No empty list stands for "not judged": when no question the
 * structure raises can be answered on the date (every rule it needs is missing, and it has no
 * organisations to compare), the answer is a failure whose `rule_not_in_force` errors say why;
 * when only some can, it is a success listing what could be judged, and each missing rule is a
 * `rule_not_in_force` warning naming what was left out. Linear in the structure (the overlap search
 * takes the cheaper of tag subsets and pairs within each area).
 *
 * @param structure - The structure.
 * @param options - `asOf`, `rulebook`, `minSharedFunctions`, `exemptions`.
 * @returns `{ ok: true, value: { candidates }, issues }`, or `{ ok: false, issues }` when nothing
 * could be judged.
 * @throws {TypeError} When `options` is missing or not an object, `asOf` is not a real ISO date,
 * `exemptions` are not arrays of reasons by unit id, or `structure` has no `units`, `people` and
 * `assignments` arrays.
 * @throws {RangeError} When `minSharedFunctions` is not a positive integer.
 * @example
 * ```ts
 * const result = findMergeCandidates(kyAnhTown2018, { asOf: isoDate('2019-06-01') });
 * result.ok && result.value.candidates.filter((candidate) => candidate.reason === 'overlapping-functions').length; //=> 3
 * ```
 * @category Plan
 */
export function findMergeCandidates(structure: Structure, options: FindMergeCandidatesOptions): Result<MergeCandidates> {
  assertStructure(structure, 'findMergeCandidates');
  assertPlanOptions('findMergeCandidates', options);
  const { asOf } = options;
  assertIsoDate(asOf, 'findMergeCandidates: options.asOf');
  const minShared = options.minSharedFunctions ?? 2;
  if (!Number.isInteger(minShared) || minShared < 1) {
    throw new RangeError(`[tinh-gon] findMergeCandidates: options.minSharedFunctions must be a positive integer, received ${String(minShared)}`);
  }
  const rulebook = options.rulebook ?? planRulebook;
  const analysis = analysePlan(structure, { effectiveOn: asOf, operations: [] });
  const ancestry = new Ancestry(analysis);
  // ranked within a strength by sortKey, then thenKey (each ascending)
  const candidates: (MergeCandidate & { readonly sortKey: number; readonly thenKey: number })[] = [];
  const missing: Issue[] = [];
  const exemptions: Issue[] = [];
  const exempted = new Map<string, string[]>();
  let questions = 0;
  let answered = 0;
  const inForce = structure.units.filter((unit) => isInForce(unit, asOf));
  const areas = inForce.filter(isArea);
  const villages = areas.filter((area) => area.kind === 'village' || area.kind === 'residential-group');
  const adminUnits = areas.filter((area) => {
    const level = getAreaLevel(area.kind);
    return level === 'commune' || level === 'district' || level === 'province';
  });

  if (villages.length > 0) {
    questions += 1;
    const standard = findRule(rulebook, 'merge.village-household-standard', asOf, { type: 'village-household-standard' });
    if (!standard.ok) missing.push(standard.issue);
    else {
      answered += 1;
      const { params } = standard.inForce.version;
      const basis = { ruleId: standard.inForce.rule.id, citation: standard.inForce.version.citation, verification: standard.inForce.verification };
      for (const village of villages) {
        if (village.households === undefined) continue;
        const minimum = householdMinimum(ancestry, params, village);
        if (!minimum.found) continue;
        // decided in integers (households × 10,000 against the minimum × basis points); the ratio is for display
        const scaled = village.households * 10_000;
        if (scaled >= minimum.households * params.encouragedBelowBps) continue;
        const strength = scaled < minimum.households * params.mustMergeBelowBps ? 'required' : 'encouraged';
        const ratioBps = scaled / minimum.households;
        const message = createIssue('merge_candidate_village', {
          params: {
            unitId: village.id,
            unitName: nameLabel(village.name),
            kind: village.kind,
            households: village.households,
            ratio: percent(ratioBps),
            standard: minimum.households,
            strengthVi: strength === 'required' ? 'bắt buộc' : 'khuyến khích',
            strengthEn: strength,
          },
          labels: { kind: kindLabel(village.kind) },
        }).message;
        candidates.push({ reason: 'village-below-standard', strength, unitIds: [village.id], message, ...basis, ratioBps: Math.floor(ratioBps), sortKey: ratioBps, thenKey: 0 });
      }
    }
  }

  if (adminUnits.length > 0) {
    questions += 1;
    const standard = findRule(rulebook, 'merge.admin-unit-standard', asOf, { type: 'admin-unit-standard' });
    const criteria = findRule(rulebook, 'merge.admin-unit-merge-criteria', asOf, { type: 'admin-unit-merge-criteria' });
    if (!standard.ok) missing.push(standard.issue);
    if (!criteria.ok) missing.push(criteria.issue);
    if (standard.ok && criteria.ok) {
      answered += 1;
      const basis = { ruleId: criteria.inForce.rule.id, citation: criteria.inForce.version.citation, verification: criteria.inForce.verification };
      for (const unit of adminUnits) {
        const level = getAreaLevel(unit.kind);
        const norm = adminStandard(ancestry, standard.inForce.version.params, unit);
        if (norm === undefined || unit.population === undefined || unit.areaKm2 === undefined) continue;
        if (!meetsMergeCriterion(criteria.inForce.version.params, level, { population: unit.population, areaKm2: unit.areaKm2 }, norm)) continue;
        const reasons = allowedExemptions(criteria.inForce.version.params, options.exemptions, unit.id);
        if (reasons.length > 0) {
          for (const reason of reasons) {
            const unitIds = exempted.get(reason);
            if (unitIds === undefined) exempted.set(reason, [unit.id]);
            else unitIds.push(unit.id);
          }
          continue;
        }
        // the shares as a reader sees them (the criterion itself is compared cross-multiplied)
        const areaBps = (unit.areaKm2 * 10_000) / norm.areaKm2;
        const populationBps = (unit.population * 10_000) / norm.population;
        const message = createIssue('merge_candidate_admin_unit', {
          params: { unitId: unit.id, unitName: nameLabel(unit.name), kind: unit.kind, areaRatio: percent(areaBps), populationRatio: percent(populationBps) },
          labels: { kind: kindLabel(unit.kind) },
        }).message;
        const ratioBps = Math.min(areaBps, populationBps);
        candidates.push({ reason: 'admin-unit-below-criteria', strength: 'required', unitIds: [unit.id], message, ...basis, ratioBps: Math.floor(ratioBps), sortKey: ratioBps, thenKey: 0 });
      }
      for (const [reason, unitIds] of exempted) {
        exemptions.push(
          createIssue('plan_area_exempt', {
            unitIds,
            params: { unitIds, count: unitIds.length, ...ruleTitleParams(criteria.inForce), reason },
            labels: { reason: exemptionLabel(reason) },
            ...basis,
          }),
        );
      }
    }
  }

  const byArea = new Map<string, Organisation[]>();
  for (const unit of inForce) {
    if (isAreaKind(unit.kind)) continue;
    const organisation = unit as Organisation;
    const list = byArea.get(organisation.areaId);
    if (list === undefined) byArea.set(organisation.areaId, [organisation]);
    else list.push(organisation);
  }
  if (byArea.size > 0) {
    questions += 1;
    answered += 1;
  }
  for (const [areaId, organisations] of byArea) {
    for (const group of overlapGroups(organisations, minShared)) {
      // the organisations and their area by name and id; the params keep the ids
      const shown = (id: string) => {
        const unit = analysis.index.unitsById.get(id);
        return unit === undefined ? { vi: id, en: id } : unitLabel(id, unit.name);
      };
      const message = createIssue('merge_candidate_overlapping_functions', {
        params: { unitIds: group.ids, areaId, functions: group.shared },
        labels: { unitIds: joinBilingual(group.ids.map(shown)), areaId: shown(areaId) },
      }).message;
      candidates.push({
        reason: 'overlapping-functions',
        strength: 'suggested',
        unitIds: group.ids,
        message,
        citation: OVERLAP_BASIS,
        verification: 'unverified',
        sharedFunctions: group.shared,
        // the most shared functions first, then the most organisations
        sortKey: -group.shared.length,
        thenKey: -group.ids.length,
      });
    }
  }

  // nothing judged at all: a failure, not an empty list; something judged: the gaps are warnings
  const nothingJudged = questions > 0 && answered === 0;
  const issues = [...missing.map((issue): Issue => (nothingJudged ? issue : { ...issue, severity: 'warning' })), ...exemptions];
  candidates.sort((a, b) => STRENGTH_RANK[a.strength] - STRENGTH_RANK[b.strength] || a.sortKey - b.sortKey || a.thenKey - b.thenKey);
  return toResult(issues, { candidates: candidates.map(({ sortKey: _sortKey, thenKey: _thenKey, ...candidate }): MergeCandidate => candidate) });
}
