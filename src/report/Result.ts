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
 * @example
 * ```ts
 * hasErrors([]); //=> false
 * ```
 * @category Reports
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  for (const issue of issues) if (issue.severity === 'error') return true;
  return false;
}

/**
 * Wraps the issues of a check, and the value it computed, in a {@link Result}: a success
 * carrying the value when no issue is an error, otherwise a failure without it.
 *
 * @param issues - The issues found.
 * @param value - The value to hand back when no issue is an error (leave out for a pure check).
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * toResult([]).ok; //=> true
 * toResult([], 42); //=> { ok: true, value: 42, issues: [] }
 * ```
 * @category Reports
 */
export function toResult(issues: readonly Issue[]): Result<void>;
export function toResult<T>(issues: readonly Issue[], value: T): Result<T>;
export function toResult<T>(issues: readonly Issue[], value?: T): Result<T | undefined> {
  return hasErrors(issues) ? { ok: false, issues } : { ok: true, value, issues };
}

/**
 * Joins the issues of several results into one pure-check result, keeping every issue in order.
 *
 * @param results - Results to join (their values are ignored).
 * @returns `ok` only if every result was.
 * @example
 * ```ts
 * mergeResults(toResult([]), toResult([])).ok; //=> true
 * ```
 * @category Reports
 */
export function mergeResults(...results: readonly Pick<Result<unknown>, 'issues'>[]): Result<void> {
  return toResult(results.flatMap((result) => result.issues));
}
