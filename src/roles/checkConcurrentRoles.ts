import { assertIsoDate } from '../core/IsoDate.js';
import { isArea } from '../model/indexStructure.js';
import type { Structure } from '../model/Structure.js';

import type { Issue, Severity } from '../report/Issue.js';

import { defaultRulebook } from '../rules/defaultRulebook.js';
import type { Rulebook } from '../rules/Rule.js';
import { isInForce } from '../core/Interval.js';
import type { IsoDate } from '../core/IsoDate.js';
import { type Result, toResult } from '../report/Result.js';
import {
  type RolesContext,
  checkCaps,
  checkPair,
  checkRequiredInArea,
  createRolesContext,
  findHeldPosts,
} from './rolesContext.js';

/**
 * Options of {@link checkConcurrentRoles}.
 *
 * @example
 * ```ts
 * const options: CheckConcurrentRolesOptions = { asOf: isoDate('2020-07-23') };
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
   * national scale, where most concurrent posts are permitted ones).
   */
  readonly minSeverity?: Severity;
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** @internal The person-by-person part of the check (pairs and caps). */
export function checkPeople(context: RolesContext): Issue[] {
  const issues: Issue[] = [];
  const byPerson = context.index.assignmentsByPersonId;
  // people in id order, so the report does not depend on the order of the input
  const personIds: string[] = [];
  for (const [personId, assignments] of byPerson) if (assignments.length >= 2) personIds.push(personId);
  personIds.sort();
  for (const personId of personIds) {
    const posts = findHeldPosts(context, byPerson.get(personId) ?? []);
    if (posts.length < 2) continue;
    for (let i = 0; i < posts.length; i += 1) {
      for (let j = i + 1; j < posts.length; j += 1) {
        const a = posts[i];
        const b = posts[j];
        if (a !== undefined && b !== undefined) issues.push(...checkPair(context, personId, a, b));
      }
    }
    issues.push(...checkCaps(context, personId, posts));
  }
  return issues;
}

/** @internal The area-by-area part of the check: required combinations missing. */
export function checkRequired(context: RolesContext): Issue[] {
  const required = context.combinations.filter((inForce) => inForce.version.strength === 'required');
  if (required.length === 0) return [];
  const issues: Issue[] = [];
  const areas = context.structure.units.filter((unit) => isArea(unit) && isInForce(unit, context.asOf));
  areas.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const unit of areas) {
    for (const inForce of required) issues.push(...checkRequiredInArea(context, inForce, unit));
  }
  return issues;
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
 * one body, not a combination. Issues are in a canonical order, independent of input order.
 * Linear in the assignments (plus the pairs of each person's posts) after indexing.
 *
 * @param structure - A parsed structure.
 * @param options - `asOf` and the rulebook (default `defaultRulebook`).
 * @returns A report; every issue names the people, units, rule and citation.
 * @throws {TypeError} When `asOf` is not an ISO date.
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
  assertIsoDate(options?.asOf, 'options.asOf');
  const minSeverity = options.minSeverity ?? 'info';
  const context = createRolesContext(structure, options.rulebook ?? defaultRulebook, options.asOf, minSeverity === 'info');
  // errors, then warnings, then infos; within each, people by id (pairs and rules in a fixed order),
  // then areas by id: a canonical order that costs no string keys at national scale
  const issues = [...checkPeople(context), ...checkRequired(context)];
  const wanted = SEVERITIES.slice(0, SEVERITIES.indexOf(minSeverity) + 1);
  return toResult(wanted.flatMap((severity) => issues.filter((issue) => issue.severity === severity)));
}
