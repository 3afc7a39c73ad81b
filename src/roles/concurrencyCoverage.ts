import { assertIsoDate } from '../core/IsoDate.js';
import { formatBasisPoints } from '../core/toBasisPoints.js';
import { findUnit, isArea, isWithinArea } from '../model/indexStructure.js';
import { LEVELS, type Level, getAreaLevel } from '../model/kinds.js';
import type { Structure } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import type { Citation, Verification } from '../core/Citation.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule } from '../rules/findRule.js';
import type { Rulebook, Strength } from '../rules/Rule.js';
import { isInForce } from '../core/Interval.js';
import type { IsoDate } from '../core/IsoDate.js';
import { createRolesContext, findAreaCombination } from './rolesContext.js';

/**
 * A target share of units with a combination: `more-than` (strictly above, "trên 75%") or
 * `at-least` ("ít nhất 75%"), in integer basis points (7500 = 75%).
 *
 * @example
 * ```ts
 * const target: TargetShare = { comparison: 'more-than', basisPoints: 7500 };
 * ```
 * @category Concurrent roles
 */
export interface TargetShare {
  readonly comparison: 'more-than' | 'at-least';
  readonly basisPoints: number;
}

/**
 * Options of {@link concurrencyCoverage}.
 *
 * @example
 * ```ts
 * const options: ConcurrencyCoverageOptions = {
 *   rule: 'roles.secretary-chairs-committee', level: 'commune', asOf: isoDate('2020-07-23'),
 *   within: 'cam-pha', target: { comparison: 'more-than', basisPoints: 7500 },
 * };
 * ```
 * @category Concurrent roles
 */
export interface ConcurrencyCoverageOptions {
  /** Id of a `role-combination` rule, e.g. `roles.secretary-chairs-committee`. */
  readonly rule: string;
  /** The level whose areas are counted (communes: xã, phường, thị trấn, đặc khu). */
  readonly level: Level;
  readonly asOf: IsoDate;
  /** Only areas inside this area (e.g. one city's communes). */
  readonly within?: string;
  /** A target to measure against; defaults to the rule's own `target`, if any. */
  readonly target?: TargetShare;
  /** Defaults to `defaultRulebook`. */
  readonly rulebook?: Rulebook;
}

/**
 * How far a coverage is from its target. `requiredUnits` is the smallest number of units meeting
 * it: for `more-than` p, the least k with k / total > p; for `at-least` p, the least k with
 * k / total ≥ p (integer arithmetic: "more than 75%" of 16 is 13, "at least 75%" is 12).
 *
 * @example
 * ```ts
 * const progress: CoverageTarget = {
 *   comparison: 'more-than', basisPoints: 7500, requiredUnits: 13, shortfall: 5, met: false,
 *   attainable: true, source: 'option',
 * };
 * ```
 * @category Concurrent roles
 */
export interface CoverageTarget extends TargetShare {
  readonly requiredUnits: number;
  /** Units still missing: `max(0, requiredUnits - covered)`. */
  readonly shortfall: number;
  readonly met: boolean;
  /** `false` when no number of the units could meet it (more than 100%, or no units). */
  readonly attainable: boolean;
  /** Where the target came from: the rule's params or the caller's option. */
  readonly source: 'rule' | 'option';
}

/**
 * The answer of {@link concurrencyCoverage}: counts, the units with and without the combination,
 * the share and the distance to a target; or, when the rule cannot be used on the date, the issue
 * that says why.
 *
 * @example
 * ```ts
 * const coverage: ConcurrencyCoverage = concurrencyCoverage(camPhaCity2020, options);
 * if (coverage.ok) coverage.share; //=> '50.00%'
 * ```
 * @category Concurrent roles
 */
export type ConcurrencyCoverage =
  | {
      readonly ok: true;
      readonly ruleId: string;
      readonly level: Level;
      readonly asOf: IsoDate;
      /** Areas of the level in force on `asOf` (inside `within`). */
      readonly total: number;
      readonly covered: number;
      readonly coveredUnitIds: readonly string[];
      readonly uncoveredUnitIds: readonly string[];
      /** For each covered area, who holds the posts together. */
      readonly holders: Readonly<Record<string, readonly string[]>>;
      /** `covered / total` in basis points, rounded down; `null` when there are no units. */
      readonly shareBasisPoints: number | null;
      /** The share written with two decimals, e.g. `50.00%`; `null` when there are no units. */
      readonly share: string | null;
      readonly target?: CoverageTarget;
      readonly strength: Strength | undefined;
      readonly citation: Citation;
      readonly verification: Verification;
      /** Warnings (a level the rule does not apply at, an unknown `within`). */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly ruleId: string; readonly issues: readonly Issue[] };


/**
 * The smallest number of units out of `total` that meets a target share, by integer arithmetic:
 * `more-than` p → ⌊p·total / 10000⌋ + 1; `at-least` p → ⌈p·total / 10000⌉.
 *
 * @param total - Number of units (non-negative integer).
 * @param target - The target share.
 * @returns The least count meeting it (may exceed `total`: then it cannot be met).
 * @throws {RangeError} When `total` is not a non-negative integer or the basis points are not an integer in 0–10000.
 * @example
 * ```ts
 * requiredUnitsForTarget(16, { comparison: 'more-than', basisPoints: 7500 }); //=> 13
 * requiredUnitsForTarget(16, { comparison: 'at-least', basisPoints: 7500 });  //=> 12
 * ```
 * @category Concurrent roles
 */
export function requiredUnitsForTarget(total: number, target: TargetShare): number {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`[tinh-gon] total must be a non-negative integer, received ${total}`);
  }
  const { basisPoints } = target;
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) {
    throw new RangeError(`[tinh-gon] target.basisPoints must be an integer from 0 to 10000, received ${basisPoints}`);
  }
  const product = basisPoints * total;
  const floor = Math.floor(product / 10_000);
  switch (target.comparison) {
    case 'more-than':
      return floor + 1;
    case 'at-least':
      return product % 10_000 === 0 ? floor : floor + 1;
    default:
      target.comparison satisfies never;
      throw new TypeError(
        `[tinh-gon] target.comparison must be 'more-than' or 'at-least', received ${JSON.stringify(target.comparison)}`,
      );
  }
}

/**
 * How many areas of a level have a combination on a date (one person holding all the rule's
 * posts in that area), which do not, and the distance to a target share — e.g. the communes of
 * Cẩm Phả where the party secretary chairs the people's committee: 8 of 16, 50.00%, 5 short of
 * "more than 75%". The share is rounded down to a basis point; the target's comparison is stated
 * and applied in integers.
 *
 * @param structure - A parsed structure.
 * @param options - The rule id, level, date, optional `within` area, target and rulebook.
 * @returns The coverage, or `{ ok: false, issues }` with `rule_unknown` / `rule_not_in_force`.
 * @throws {TypeError} When `asOf` is not an ISO date or `level` is not a level.
 * @example
 * ```ts
 * const coverage = concurrencyCoverage(camPhaCity2020, {
 *   rule: 'roles.secretary-chairs-committee', level: 'commune', asOf: isoDate('2020-07-23'),
 *   target: camPhaCommitteeTarget,
 * });
 * coverage.ok && [coverage.covered, coverage.total, coverage.share, coverage.target?.shortfall];
 * //=> [8, 16, '50.00%', 5]
 * ```
 * @category Concurrent roles
 */
export function concurrencyCoverage(structure: Structure, options: ConcurrencyCoverageOptions): ConcurrencyCoverage {
  assertIsoDate(options?.asOf, 'options.asOf');
  const { asOf, level, within } = options;
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new TypeError(`[tinh-gon] options.level must be one of ${LEVELS.join(', ')}, received ${JSON.stringify(level)}`);
  }
  const rulebook = options.rulebook ?? defaultRulebook;
  const found = findRule(rulebook, options.rule, asOf, { type: 'role-combination' });
  if (!found.ok) return { ok: false, ruleId: options.rule, issues: [found.issue] };
  const { inForce } = found;
  const { params } = inForce.version;
  const issues: Issue[] = [];
  const ruleParams = { rule: inForce.rule.title, ruleId: inForce.rule.id };
  if (!params.levels.includes(level)) {
    issues.push(
      createIssue('coverage_level_outside_rule', {
        ruleId: inForce.rule.id,
        params: { ...ruleParams, level, levels: params.levels },
      }),
    );
  }
  if (within !== undefined && findUnit(structure, within) === undefined) {
    issues.push(
      createIssue('unknown_reference', {
        severity: 'warning',
        params: { field: 'within', ownerId: 'concurrencyCoverage', targetId: within },
      }),
    );
  }
  const context = createRolesContext(structure, rulebook, asOf);
  const coveredUnitIds: string[] = [];
  const uncoveredUnitIds: string[] = [];
  const holders: Record<string, readonly string[]> = {};
  for (const unit of structure.units) {
    if (!isArea(unit) || getAreaLevel(unit.kind) !== level || !isInForce(unit, asOf)) continue;
    if (within !== undefined && !isWithinArea(structure, unit.id, within)) continue;
    const { holderIds } = findAreaCombination(context, params, unit);
    if (holderIds.length > 0) {
      coveredUnitIds.push(unit.id);
      holders[unit.id] = holderIds;
    } else {
      uncoveredUnitIds.push(unit.id);
    }
  }
  coveredUnitIds.sort();
  uncoveredUnitIds.sort();
  const covered = coveredUnitIds.length;
  const total = covered + uncoveredUnitIds.length;
  const shareBasisPoints = total === 0 ? null : Math.floor((covered * 10_000) / total);
  const targetShare = options.target ?? params.target;
  const result = {
    ok: true as const,
    ruleId: inForce.rule.id,
    level,
    asOf,
    total,
    covered,
    coveredUnitIds,
    uncoveredUnitIds,
    holders,
    shareBasisPoints,
    share: shareBasisPoints === null ? null : formatBasisPoints(shareBasisPoints, { fixed: true, percentSign: true }),
    strength: inForce.version.strength,
    citation: inForce.version.citation,
    verification: inForce.verification,
    issues,
  };
  if (targetShare === undefined) return result;
  const requiredUnits = requiredUnitsForTarget(total, targetShare);
  const attainable = requiredUnits <= total && total > 0;
  return {
    ...result,
    target: {
      comparison: targetShare.comparison,
      basisPoints: targetShare.basisPoints,
      requiredUnits,
      shortfall: Math.max(0, requiredUnits - covered),
      met: attainable && covered >= requiredUnits,
      attainable,
      source: options.target === undefined ? 'rule' : 'option',
    },
  };
}
