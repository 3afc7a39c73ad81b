import type { IsoDate } from '../core/IsoDate.js';
import type { Structure } from '../model/Structure.js';
import { type Result, toResult } from '../report/Result.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import type { Rulebook } from '../rules/Rule.js';
import { collectStructureIssues } from './collectStructureIssues.js';

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
  /** Defaults to `defaultRulebook`. */
  readonly rulebook?: Rulebook;
}

/**
 * Checks a structure against the law of a date: references (parents, areas, people, units),
 * parent cycles, reversed intervals, area kinds that do not exist on the date (no district level
 * on or after 2025-07-01) and parents of the wrong kind, organisations outside their parent's
 * area, parents not in force, posts held outside the unit's validity, and (as warnings) actual
 * headcounts above quota. Linear in the size of the structure.
 *
 * @param structure - A parsed structure.
 * @param options - `asOf` and the rulebook.
 * @returns A report collecting every issue.
 * @example
 * ```ts
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2018-10-01') }).ok; //=> true
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2025-07-01') }).issues
 *   .some((issue) => issue.code === 'kind_not_in_force'); //=> true
 * ```
 * @category Model
 */
export function validateStructure(structure: Structure, options: ValidateStructureOptions): Result<void> {
  return toResult(collectStructureIssues(structure, options.asOf, options.rulebook ?? defaultRulebook));
}
