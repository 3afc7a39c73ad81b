import { describeArgument } from '../core/assertOptions.js';
import type { Citation, Verification } from '../core/Citation.js';
import { divideRounded } from '../core/divideRounded.js';
import { joinBilingual } from '../core/Bilingual.js';
import { isInForce } from '../core/Interval.js';
import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import { formatBasisPoints } from '../core/toBasisPoints.js';
import { indexStructure, isArea } from '../model/indexStructure.js';
import { LEVELS, type Level, getAreaLevel } from '../model/kinds.js';
import type { Structure } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import { type Result, toResult } from '../report/Result.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule } from '../rules/findRule.js';
import type { Rulebook, Strength } from '../rules/Rule.js';
import { LEVEL_LABELS } from '../structure/labels.js';
import { createAreaScope } from './areaScope.js';
import { assertOptions, assertRulebook, assertStructure } from './assertRolesInput.js';
import { ruleTitleParams } from './describePost.js';
import { createAreaCombinationFinder } from './findAreaCombination.js';
import { type TargetShare, assertTargetShare, requiredUnitsForTarget } from './requiredUnitsForTarget.js';

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
  /** Units still missing: `max(0, requiredUnits - covered)` (never negative: 0 once met). */
  readonly shortfall: number;
  readonly met: boolean;
  /** `false` when no number of the units could meet it (more than 100%). */
  readonly attainable: boolean;
  /** Where the target came from: the rule's params or the caller's option. */
  readonly source: 'rule' | 'option';
}

/**
 * The value of {@link concurrencyCoverage}: counts, the areas with and without the combination,
 * the share and the distance to a target.
 *
 * @example
 * ```ts
 * const result = concurrencyCoverage(camPhaCity2020, {
 *   rule: 'roles.secretary-chairs-committee', level: 'commune', asOf: isoDate('2020-07-23'),
 * });
 * if (result.ok) result.value.share; //=> '50.00%'
 * ```
 * @category Concurrent roles
 */
export interface ConcurrencyCoverage {
  readonly ruleId: string;
  readonly level: Level;
  readonly asOf: IsoDate;
  /** Areas of the level in force on `asOf` (inside `within`): at least one. */
  readonly total: number;
  readonly covered: number;
  readonly coveredUnitIds: readonly string[];
  readonly uncoveredUnitIds: readonly string[];
  /** For each covered area, who holds the posts together. */
  readonly holders: Readonly<Record<string, readonly string[]>>;
  /** `covered / total` in basis points, rounded down. */
  readonly shareBasisPoints: number;
  /** The share written with two decimals, e.g. `50.00%`. */
  readonly share: string;
  readonly target?: CoverageTarget;
  readonly strength: Strength | undefined;
  readonly citation: Citation;
  readonly verification: Verification;
}

function assertCoverageOptions(options: ConcurrencyCoverageOptions): void {
  assertOptions(options);
  assertIsoDate(options.asOf, 'options.asOf');
  if (typeof options.rule !== 'string' || options.rule === '') {
    throw new TypeError(`[tinh-gon] options.rule must be the id of a rule, received ${describeArgument(options.rule)}`);
  }
  if (!(LEVELS as readonly string[]).includes(options.level)) {
    throw new TypeError(`[tinh-gon] options.level must be one of ${LEVELS.join(', ')}, received ${describeArgument(options.level)}`);
  }
  if (options.within !== undefined && (typeof options.within !== 'string' || options.within === '')) {
    throw new TypeError(`[tinh-gon] options.within must be the id of an area, received ${describeArgument(options.within)}`);
  }
  if (options.target !== undefined) assertTargetShare(options.target, 'options.target');
  if (options.rulebook !== undefined) assertRulebook(options.rulebook);
}

/**
 * How many areas of a level have a combination on a date (one person holding all the rule's
 * posts in that area), which do not, and the distance to a target share — e.g. the communes of
 * Cẩm Phả where the party secretary chairs the people's committee: 8 of 16, 50.00%, 5 short of
 * "more than 75%". The share is rounded down to a basis point; the target's comparison is stated
 * and applied in integers. Linear in the areas and their posts, however deep the tree under
 * `within`.
 *
 * A failure, never a zero or an empty share, when the answer cannot be given: `rule_unknown` (no
 * such combination rule), `rule_not_in_force` (no version on `asOf`), `unknown_reference` (no area
 * `within`), `coverage_no_units` (no area of the level in force there: no share to compute).
 *
 * @param structure - A parsed structure.
 * @param options - The rule id, level, date, optional `within` area, target and rulebook.
 * @returns `{ ok: true, value, issues }` with the coverage (and a `coverage_level_outside_rule`
 *   warning when the rule does not apply at the level), or `{ ok: false, issues }`.
 * @throws {TypeError} When `structure` is not a structure, `options` not an object, `asOf` not an
 *   ISO date, `level` not a level, `rule` or `within` not an id, or `rulebook` not a rulebook.
 * @throws {RangeError} When the target's basis points are not an integer from 0 to 10000.
 * @example
 * ```ts
 * const result = concurrencyCoverage(camPhaCity2020, {
 *   rule: 'roles.secretary-chairs-committee', level: 'commune', asOf: isoDate('2020-07-23'),
 *   target: camPhaCommitteeTarget,
 * });
 * result.ok && [result.value.covered, result.value.total, result.value.share, result.value.target?.shortfall];
 * //=> [8, 16, '50.00%', 5]
 * ```
 * @category Concurrent roles
 */
export function concurrencyCoverage(structure: Structure, options: ConcurrencyCoverageOptions): Result<ConcurrencyCoverage> {
  assertStructure(structure);
  assertCoverageOptions(options);
  const { asOf, level, within } = options;
  const rulebook = options.rulebook ?? defaultRulebook;
  const found = findRule(rulebook, options.rule, asOf, { type: 'role-combination' });
  if (!found.ok) return { ok: false, issues: [found.issue] };
  const { inForce } = found;
  const { params } = inForce.version;
  const issues: Issue[] = [];
  if (!params.levels.includes(level)) {
    issues.push(
      createIssue('coverage_level_outside_rule', {
        ruleId: inForce.rule.id,
        params: { ...ruleTitleParams(inForce), level, levels: params.levels },
        labels: { level: LEVEL_LABELS[level], levels: joinBilingual(params.levels.map((each) => LEVEL_LABELS[each])) },
      }),
    );
  }
  const index = indexStructure(structure);
  if (within !== undefined && !index.unitsById.has(within)) {
    issues.push(
      createIssue('unknown_reference', {
        path: ['options', 'within'],
        params: { field: 'within', ownerId: 'concurrencyCoverage', targetId: within },
      }),
    );
    return { ok: false, issues };
  }
  const scope = within === undefined ? undefined : createAreaScope(index, [within]);
  // one rule: its finder groups only the kinds and roles the rule names
  const findCombination = createAreaCombinationFinder({ index, asOf, structure }, params);
  const coveredUnitIds: string[] = [];
  const uncoveredUnitIds: string[] = [];
  const holders: Record<string, readonly string[]> = {};
  for (const unit of structure.units) {
    if (!isArea(unit) || getAreaLevel(unit.kind) !== level || !isInForce(unit, asOf)) continue;
    if (scope !== undefined && !scope(unit.id)) continue;
    const { holderIds } = findCombination(unit);
    if (holderIds.length > 0) {
      coveredUnitIds.push(unit.id);
      holders[unit.id] = holderIds;
    } else {
      uncoveredUnitIds.push(unit.id);
    }
  }
  const covered = coveredUnitIds.length;
  const total = covered + uncoveredUnitIds.length;
  if (total === 0) {
    issues.push(
      createIssue('coverage_no_units', {
        ruleId: inForce.rule.id,
        params: {
          ...ruleTitleParams(inForce),
          level: LEVEL_LABELS[level],
          scope: within === undefined ? { vi: 'trong cả cơ cấu', en: 'in the whole structure' } : { vi: `trong ${within}`, en: `within ${within}` },
          asOf,
        },
      }),
    );
    return { ok: false, issues };
  }
  coveredUnitIds.sort();
  uncoveredUnitIds.sort();
  const shareBasisPoints = divideRounded(BigInt(covered) * 10_000n, total, 'down');
  const targetShare = options.target ?? params.target;
  const value: ConcurrencyCoverage = {
    ruleId: inForce.rule.id,
    level,
    asOf,
    total,
    covered,
    coveredUnitIds,
    uncoveredUnitIds,
    holders,
    shareBasisPoints,
    share: formatBasisPoints(shareBasisPoints, { fixed: true, percentSign: true }),
    strength: inForce.version.strength,
    citation: inForce.version.citation,
    verification: inForce.verification,
  };
  if (targetShare === undefined) return toResult(issues, value);
  const requiredUnits = requiredUnitsForTarget(total, targetShare);
  const attainable = requiredUnits <= total;
  return toResult(issues, {
    ...value,
    target: {
      comparison: targetShare.comparison,
      basisPoints: targetShare.basisPoints,
      requiredUnits,
      shortfall: Math.max(0, requiredUnits - covered),
      met: covered >= requiredUnits,
      attainable,
      source: options.target === undefined ? 'rule' : 'option',
    },
  });
}
