import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import type { Structure } from '../model/Structure.js';
import type { Severity } from '../report/Issue.js';
import { type Result, toResult } from '../report/Result.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import type { Rulebook } from '../rules/Rule.js';
import { assertLimit, assertOptions, assertRulebook, assertSeverity, assertStructure } from './assertRolesInput.js';
import { concurrentRolesChecks } from './concurrentRolesChecks.js';
import { createIssueSink } from './IssueSink.js';
import { createRolesContext } from './RolesContext.js';

/**
 * Options of {@link checkConcurrentRoles}.
 *
 * @example
 * ```ts
 * const options: CheckConcurrentRolesOptions = { asOf: isoDate('2020-07-23'), minSeverity: 'warning' };
 * ```
 * @category Concurrent roles
 */
export interface CheckConcurrentRolesOptions {
  /** The day asked about: posts held that day, rules in force that day. */
  readonly asOf: IsoDate;
  /** Defaults to `defaultRulebook`; add a province's own rules with `extendRulebook`. */
  readonly rulebook?: Rulebook;
  /**
   * The least severity to report: `info` (default) reports every combination a rule speaks of;
   * `warning` leaves out the infos (what a dashboard of problems wants, and much faster at
   * national scale, where most concurrent posts are permitted ones); `error` only what breaks a
   * rule. Issues below it are never built.
   */
  readonly minSeverity?: Severity;
  /**
   * At most this many issues of one code for one person (default 20); the rest of that code are
   * counted in one `role_combinations_left_out` issue of the same severity, so that a placeholder
   * person holding thousands of posts gives a bounded report, not one issue per pair.
   */
  readonly perPersonLimit?: number;
}

/**
 * Checks everyone who holds more than one post on a date (kiêm nhiệm) against the concurrent-role
 * rules in force that day. For each pair of posts of one person (intervals overlapping `asOf`; a
 * post ending on the day another begins is not concurrent):
 * - a `forbidden` combination → `role_combination_forbidden` (error);
 * - a `required`, `encouraged`, `pilot` or `permitted` one → an info naming the rule and citation;
 * - a pair no rule speaks of → `role_combination_unregulated` (warning).
 *
 * A person over a cap rule's number of key posts → `role_cap_exceeded` (error). An area where a
 * `required` combination of the date does not hold (it has the units, but nobody holds the posts
 * together) → `role_combination_missing` (warning on the area). Two posts in one unit are ranks of
 * one body, not a combination.
 *
 * The report is bounded: a person gets at most `perPersonLimit` issues of each code, and one
 * `role_combinations_left_out` issue counts the rest. Issues come errors first, then warnings,
 * then infos; within each, people in id order, then areas in id order: independent of the order
 * of the input. Linear in the assignments (each pair of a person's posts is looked up, not matched
 * against every rule) after indexing.
 *
 * @param structure - A parsed structure.
 * @param options - `asOf`, the rulebook (default `defaultRulebook`), `minSeverity`, `perPersonLimit`.
 * @returns A `Result<void>`: `ok` unless a combination is forbidden or a cap exceeded; every issue
 *   names the people, units, rule and citation.
 * @throws {TypeError} When `structure` is not a structure, `options` not an object, `asOf` not an
 *   ISO date, `rulebook` not a rulebook or `minSeverity` not a severity.
 * @throws {RangeError} When `perPersonLimit` is not a non-negative integer.
 * @example
 * ```ts
 * const report = checkConcurrentRoles(camPhaCity2020, { asOf: isoDate('2020-07-23') });
 * report.ok; //=> true
 * report.issues.filter((issue) => issue.code === 'role_combination_pilot').length; //=> 10
 * ```
 * @see legal-facts.md §1 (NQ 18-NQ/TW, KL 34-KL/TW, 16-TB/TW, CT 45-CT/TW, QĐ 298-QĐ/TW, NĐ 33/2023, Luật 77/2015)
 * @category Concurrent roles
 */
export function checkConcurrentRoles(structure: Structure, options: CheckConcurrentRolesOptions): Result<void> {
  assertStructure(structure);
  assertOptions(options);
  assertIsoDate(options.asOf, 'options.asOf');
  const { rulebook = defaultRulebook, minSeverity = 'info', perPersonLimit } = options;
  assertRulebook(rulebook);
  assertSeverity(minSeverity, 'options.minSeverity');
  if (perPersonLimit !== undefined) assertLimit(perPersonLimit, 'options.perPersonLimit');
  const context = createRolesContext(structure, rulebook, options.asOf, {
    minSeverity,
    ...(perPersonLimit === undefined ? {} : { perPersonLimit }),
  });
  const sink = createIssueSink();
  for (const check of concurrentRolesChecks) check(context, sink);
  return toResult(sink.issues());
}
