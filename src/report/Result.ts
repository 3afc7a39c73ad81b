import { assertOptions } from '../core/assertOptions.js';
import { capIssues } from './capIssues.js';
import type { Issue } from './Issue.js';

/**
 * The answer of every function that can fail for a domain reason: a usable value with the
 * warnings and infos found on the way, or no value and the issues that explain why (at least one
 * of them an error). There is no third shape, and no sentinel value (a zero, an empty list) stands
 * in for a failure.
 *
 * A pure check (`validateStructure`, `validatePlan`, …) answers `Result<void>`: its `value` is
 * `undefined` and only `ok` and `issues` matter.
 *
 * @typeParam T - The value of a success.
 * @example
 * ```ts
 * import { parseStructure } from 'tinh-gon/parse';
 *
 * const result: Result<Structure> = parseStructure({ units: [] });
 * if (result.ok) result.value.units.length; //=> 0
 * else result.issues.map((issue) => issue.message.en);
 * ```
 * @category Reports
 */
export type Result<T> = Success<T> | Failure;

/**
 * The successful branch of a {@link Result}: `ok` is `true`, none of `issues` is an error.
 *
 * @typeParam T - The value.
 * @example
 * ```ts
 * const success: Success<number> = { ok: true, value: 11, issues: [] };
 * ```
 * @category Reports
 */
export interface Success<T> {
  readonly ok: true;
  /** The answer. */
  readonly value: T;
  /** Warnings and infos found on the way (never an error). */
  readonly issues: readonly Issue[];
}

/**
 * The failed branch of a {@link Result}: `ok` is `false`, at least one of `issues` is an error,
 * and there is no value.
 *
 * @example
 * ```ts
 * const failure: Failure = { ok: false, issues: [createIssue('rule_not_in_force', { params: { ruleId: 'x', asOf: '1990-01-01' } })] };
 * ```
 * @category Reports
 */
export interface Failure {
  readonly ok: false;
  /** Every issue found, errors first in importance but in the order they were found. */
  readonly issues: readonly Issue[];
}

/**
 * Whether any of the issues is an error.
 *
 * @param issues - Issues to look at.
 * @returns `true` when at least one has severity `error`.
 * @throws {TypeError} When `issues` is not an array.
 * @example
 * ```ts
 * hasErrors([]); //=> false
 * ```
 * @category Reports
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  if (!Array.isArray(issues as unknown)) throw new TypeError(`[tinh-gon] hasErrors: issues must be an array, received ${typeof issues}`);
  for (const issue of issues) if (issue.severity === 'error') return true;
  return false;
}

/**
 * Options of {@link toResult}.
 *
 * @example
 * ```ts
 * const options: ToResultOptions = { limit: 5000 };
 * ```
 * @category Reports
 */
export interface ToResultOptions {
  /** How many issues the report keeps before counting the rest (default `ISSUE_LIMIT`, 1,000). */
  readonly limit?: number;
}

/**
 * Wraps the issues of a pure check in a {@link Result}: `ok` when no issue is an error. The
 * report is bounded: past `ISSUE_LIMIT` (1,000) issues, the rest are counted in one closing
 * `issues_truncated` issue (see `capIssues`); `ok` is decided on every issue, kept or counted.
 *
 * @param issues - The issues found.
 * @returns `{ ok: true, value: undefined, issues }` or `{ ok: false, issues }`.
 * @throws {TypeError} When `issues` is not an array.
 * @example
 * ```ts
 * toResult([]).ok; //=> true
 * ```
 * @category Reports
 */
export function toResult(issues: readonly Issue[]): Result<void>;
/**
 * Wraps the issues of a check, and the value it computed, in a {@link Result}: a success
 * carrying the value when no issue is an error, otherwise a failure without it. The report is
 * bounded: past `ISSUE_LIMIT` (1,000) issues, or the `limit` given, the rest are counted in one
 * closing `issues_truncated` issue (see `capIssues`); `ok` is decided on every issue, kept or
 * counted.
 *
 * @param issues - The issues found.
 * @param value - The value to hand back when no issue is an error.
 * @param options - The cap (`limit`).
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }`.
 * @throws {TypeError} When `issues` is not an array or `options` not an object.
 * @throws {RangeError} When `limit` is not a non-negative safe integer.
 * @example
 * ```ts
 * toResult([], 42); //=> { ok: true, value: 42, issues: [] }
 * ```
 * @category Reports
 */
export function toResult<T>(issues: readonly Issue[], value: T, options?: ToResultOptions): Result<T>;
export function toResult<T>(issues: readonly Issue[], value?: T, options: ToResultOptions = {}): Result<T | undefined> {
  if (!Array.isArray(issues as unknown)) throw new TypeError(`[tinh-gon] toResult: issues must be an array, received ${typeof issues}`);
  assertOptions(options, 'toResult');
  const failed = hasErrors(issues);
  const capped = capIssues(issues, options.limit);
  return failed ? { ok: false, issues: capped } : { ok: true, value, issues: capped };
}

/**
 * Joins the issues of several results into one pure-check result, keeping every issue in order
 * (bounded like every report: see {@link toResult}).
 *
 * @param results - Results to join (their values are ignored).
 * @returns `ok` only if every result was.
 * @throws {TypeError} When a result is not an object with an `issues` array.
 * @example
 * ```ts
 * mergeResults(toResult([]), toResult([])).ok; //=> true
 * ```
 * @category Reports
 */
export function mergeResults(...results: readonly Pick<Result<unknown>, 'issues'>[]): Result<void> {
  const issues: Issue[] = [];
  for (const result of results) {
    if (typeof result !== 'object' || result === null || !Array.isArray(result.issues as unknown)) {
      throw new TypeError('[tinh-gon] mergeResults: every argument must be a result with an issues array');
    }
    for (const issue of result.issues) issues.push(issue);
  }
  return toResult(issues);
}
