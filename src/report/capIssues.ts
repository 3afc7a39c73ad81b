import { assertObject } from '../core/assertOptions.js';
import { createIssue } from './createIssue.js';
import type { Issue, Severity } from './Issue.js';

/**
 * How many issues a report keeps: every function of the library stops describing issues after
 * this many and ends its report with one `issues_truncated` issue that counts the rest.
 *
 * @example
 * ```ts
 * ISSUE_LIMIT; //=> 1000
 * ```
 * @category Reports
 */
export const ISSUE_LIMIT = 1000;

/**
 * How many issues of each severity a report left out.
 *
 * @example
 * ```ts
 * const omitted: OmittedCounts = { error: 998, warning: 2, info: 0 };
 * ```
 * @category Reports
 */
export type OmittedCounts = Record<Severity, number>;

/**
 * The issue that closes a capped report: its severity is the worst of what it counts (so a
 * report whose errors were all left out still fails), its params the counts by severity.
 *
 * @param omitted - The issues left out, by severity.
 * @param limit - The cap that was applied.
 * @returns An `issues_truncated` issue.
 * @throws {TypeError} When `omitted` is not an object (`null`).
 * @example
 * ```ts
 * createTruncationIssue({ error: 3, warning: 0, info: 1 }, 1000).message.en;
 * //=> 'The report keeps the first 1,000 issues; 4 more were left out (errors: 3, warnings: 0, info: 1)'
 * ```
 * @category Reports
 */
export function createTruncationIssue(omitted: Readonly<OmittedCounts>, limit: number): Issue {
  assertObject(omitted, 'createTruncationIssue: omitted');
  const severity: Severity = omitted.error > 0 ? 'error' : omitted.warning > 0 ? 'warning' : 'info';
  return createIssue('issues_truncated', {
    severity,
    params: {
      limit,
      omitted: omitted.error + omitted.warning + omitted.info,
      errors: omitted.error,
      warnings: omitted.warning,
      infos: omitted.info,
    },
  });
}

/**
 * The counts an `issues_truncated` issue carries, by severity.
 *
 * @param issue - An issue.
 * @returns Its counts, or `undefined` when it is not an `issues_truncated` issue.
 * @throws {TypeError} When `issue` is not an object (`null`).
 * @example
 * ```ts
 * getOmittedCounts(createTruncationIssue({ error: 1, warning: 2, info: 3 }, 10)); //=> { error: 1, warning: 2, info: 3 }
 * ```
 * @category Reports
 */
export function getOmittedCounts(issue: Issue): OmittedCounts | undefined {
  assertObject(issue, 'getOmittedCounts: issue');
  if (issue.code !== 'issues_truncated') return undefined;
  const count = (name: string) => {
    const value = issue.params?.[name];
    return typeof value === 'number' ? value : 0;
  };
  return { error: count('errors'), warning: count('warnings'), info: count('infos') };
}

/**
 * Bounds a list of issues: the first `limit` in order, then one `issues_truncated` issue counting
 * what was left out, by severity. Never silent: a count always stands for what is not shown.
 * Lists that were already capped (merged reports) are capped again with their counts added up.
 *
 * @param issues - Issues in the order they were found.
 * @param limit - How many to keep (default {@link ISSUE_LIMIT}).
 * @returns The same array when nothing is left out, otherwise a new one of `limit + 1` issues.
 * @throws {TypeError} When `issues` is not an array.
 * @throws {RangeError} When `limit` is not a non-negative safe integer.
 * @example
 * ```ts
 * const many = Array.from({ length: 1500 }, () => createIssue('rule_unknown', { params: { ruleId: 'x' } }));
 * const capped = capIssues(many);
 * capped.length; //=> 1001
 * capped[1000]?.params; //=> { limit: 1000, omitted: 500, errors: 500, warnings: 0, infos: 0 }
 * ```
 * @category Reports
 */
export function capIssues(issues: readonly Issue[], limit: number = ISSUE_LIMIT): readonly Issue[] {
  if (!Array.isArray(issues as unknown)) throw new TypeError(`[tinh-gon] capIssues: issues must be an array, received ${typeof issues}`);
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new RangeError(`[tinh-gon] capIssues: limit must be a non-negative safe integer, received ${String(limit)}`);
  }
  let markers = 0;
  for (const issue of issues) if (issue.code === 'issues_truncated') markers += 1;
  if (markers === 0 && issues.length <= limit) return issues;
  if (markers === 1 && issues.length <= limit + 1 && issues[issues.length - 1]?.code === 'issues_truncated') return issues;
  const kept: Issue[] = [];
  const omitted: OmittedCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) {
    const counts = getOmittedCounts(issue);
    if (counts !== undefined) {
      omitted.error += counts.error;
      omitted.warning += counts.warning;
      omitted.info += counts.info;
    } else if (kept.length < limit) kept.push(issue);
    else omitted[issue.severity] += 1;
  }
  if (omitted.error + omitted.warning + omitted.info > 0) kept.push(createTruncationIssue(omitted, limit));
  return kept;
}
