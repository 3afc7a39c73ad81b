import { assertOptions } from '../core/assertOptions.js';
import { type OmittedCounts, ISSUE_LIMIT, createTruncationIssue, getOmittedCounts } from './capIssues.js';
import { type IssueCode, issueCatalogue } from './catalogue.js';
import { type CreateIssueOptions, createIssue } from './createIssue.js';
import type { Issue } from './Issue.js';
import type { Result } from './Result.js';

/**
 * Collects the issues of a check up to a cap: past it, issues are only counted (no message is
 * rendered), and the final list ends with one `issues_truncated` issue that says how many of
 * each severity were left out. The collector of a validator with a million problems holds a
 * thousand issues, not a million.
 *
 * @example
 * ```ts
 * const collector = createIssueCollector();
 * collector.add('rule_unknown', { params: { ruleId: 'x' } });
 * collector.toResult().ok; //=> false
 * ```
 * @category Reports
 */
export interface IssueCollector {
  /** Adds an issue of a catalogue code (rendered only while the report has room). */
  add(code: IssueCode, options?: CreateIssueOptions): void;
  /** Adds an issue built elsewhere (the counts of an `issues_truncated` issue are added up). */
  push(issue: Issue): void;
  /** Whether any issue added so far, kept or counted, is an error. */
  hasErrors(): boolean;
  /** The kept issues, with the closing `issues_truncated` issue when some were left out. */
  issues(): readonly Issue[];
  /** The issues as a pure-check result. */
  toResult(): Result<void>;
  /** The issues as a result carrying `value` when none is an error. */
  toResult<T>(value: T): Result<T>;
}

/**
 * Options of {@link createIssueCollector}.
 *
 * @example
 * ```ts
 * const options: CreateIssueCollectorOptions = { limit: 100 };
 * ```
 * @category Reports
 */
export interface CreateIssueCollectorOptions {
  /** How many issues to keep (default {@link ISSUE_LIMIT}). */
  readonly limit?: number;
}

/**
 * Starts an {@link IssueCollector}.
 *
 * @param options - The cap (`limit`, default {@link ISSUE_LIMIT}).
 * @returns An empty collector.
 * @throws {TypeError} When `options` is `null` or not an object.
 * @throws {RangeError} When `limit` is not a non-negative safe integer.
 * @example
 * ```ts
 * const collector = createIssueCollector({ limit: 1 });
 * collector.add('rule_unknown', { params: { ruleId: 'a' } });
 * collector.add('rule_unknown', { params: { ruleId: 'b' } });
 * collector.issues().map((issue) => issue.code); //=> ['rule_unknown', 'issues_truncated']
 * ```
 * @category Reports
 */
export function createIssueCollector(options: CreateIssueCollectorOptions = {}): IssueCollector {
  assertOptions(options, 'createIssueCollector');
  const limit = options.limit ?? ISSUE_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new RangeError(`[tinh-gon] createIssueCollector: options.limit must be a non-negative safe integer, received ${String(limit)}`);
  }
  const kept: Issue[] = [];
  const omitted: OmittedCounts = { error: 0, warning: 0, info: 0 };
  let errors = false;
  const issues = (): readonly Issue[] =>
    omitted.error + omitted.warning + omitted.info === 0 ? kept : [...kept, createTruncationIssue(omitted, limit)];
  function toResult(): Result<void>;
  function toResult<T>(value: T): Result<T>;
  function toResult<T>(value?: T): Result<T | undefined> {
    return errors ? { ok: false, issues: issues() } : { ok: true, value, issues: issues() };
  }
  return {
    add(code, issueOptions) {
      if (kept.length < limit) {
        const issue = createIssue(code, issueOptions);
        if (issue.severity === 'error') errors = true;
        kept.push(issue);
        return;
      }
      const severity = issueOptions?.severity ?? issueCatalogue[code].severity;
      if (severity === 'error') errors = true;
      omitted[severity] += 1;
    },
    push(issue) {
      if (issue.severity === 'error') errors = true;
      const counts = getOmittedCounts(issue);
      if (counts !== undefined) {
        omitted.error += counts.error;
        omitted.warning += counts.warning;
        omitted.info += counts.info;
        return;
      }
      if (kept.length < limit) kept.push(issue);
      else omitted[issue.severity] += 1;
    },
    hasErrors: () => errors,
    issues,
    toResult,
  };
}
