import { assertOptions } from '../core/assertOptions.js';
import { type IsoDate, assertIsoDate } from '../core/IsoDate.js';
import { assertStructure } from '../model/assertStructure.js';
import type { Structure } from '../model/Structure.js';
import { ISSUE_LIMIT } from '../report/capIssues.js';
import { createIssueCollector } from '../report/createIssueCollector.js';
import type { Result } from '../report/Result.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import type { Rulebook } from '../rules/Rule.js';
import { runStructureChecks } from './collectStructureIssues.js';

/**
 * Options of {@link validateStructure}.
 *
 * @example
 * ```ts
 * const options: ValidateStructureOptions = { asOf: isoDate('2018-06-01') };
 * ```
 * @category Model
 */
export interface ValidateStructureOptions {
  /** The date whose law applies: which kinds exist, which parents are allowed. */
  readonly asOf: IsoDate;
  /** Defaults to `defaultRulebook`; rules are looked up by id, so any copy of it works alike. */
  readonly rulebook?: Rulebook;
  /**
   * At most this many issues are listed (default `ISSUE_LIMIT`, 1,000); the rest are counted in one
   * closing `issues_truncated` issue. Raise it to list everything of a large structure.
   */
  readonly issueLimit?: number;
}

/**
 * Checks a structure against the law of a date: references (parents, areas, people, units),
 * parent cycles, reversed intervals, area kinds that do not exist on the date (no district level
 * on or after 2025-07-01) and parents of the wrong kind, organisations outside their parent's
 * area, parents not in force, posts held outside the unit's validity, and (as warnings) actual
 * headcounts above quota. Linear in the size of the structure, deep parent chains and cycles
 * included; the report is bounded (see `toResult`). The messages name each unit by its name and id
 * (`Huyện Vân Đồn (h-vd)`); the params keep the ids.
 *
 * @param structure - A parsed structure.
 * @param options - `asOf` and the rulebook.
 * @returns A pure-check result collecting every issue.
 * @throws {TypeError} When `options` is missing or not an object, `asOf` is not an ISO date
 *   (`'2025-6-30'`, `'2019-02-30'`), `rulebook` is not a rulebook, or `structure` is not a
 *   parsed structure.
 * @example
 * ```ts
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2018-10-01') }).ok; //=> true
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2025-07-01') }).issues
 *   .some((issue) => issue.code === 'kind_not_in_force'); //=> true
 * ```
 * @category Model
 */
export function validateStructure(structure: Structure, options: ValidateStructureOptions): Result<void> {
  assertOptions(options, 'validateStructure');
  const { asOf } = options;
  assertIsoDate(asOf, 'validateStructure: options.asOf');
  assertStructure(structure, 'validateStructure');
  const rulebook = options.rulebook ?? defaultRulebook;
  if (typeof rulebook !== 'object' || !Array.isArray(rulebook.rules) || !Array.isArray(rulebook.instruments)) {
    throw new TypeError('[tinh-gon] validateStructure: options.rulebook must be a rulebook ({ instruments, rules })');
  }
  const limit = options.issueLimit ?? ISSUE_LIMIT;
  const issues = createIssueCollector({ limit });
  // the units of the issues a report keeps are named in their messages
  runStructureChecks(structure, asOf, rulebook, issues, limit);
  return issues.toResult();
}
