import type { CodeDefinition } from './codes/CodeDefinition.js';
import { inputCodes } from './codes/inputCodes.js';
import { planCodes } from './codes/planCodes.js';
import { reportCodes } from './codes/reportCodes.js';
import { rolesCodes } from './codes/rolesCodes.js';
import { rulesCodes } from './codes/rulesCodes.js';
import { staffingCodes } from './codes/staffingCodes.js';
import { structureCodes } from './codes/structureCodes.js';

/**
 * The sections of the catalogue, one per module; kept apart so that a test can prove no code is
 * defined twice.
 * @internal
 */
export const catalogueSections = {
  report: reportCodes,
  input: inputCodes,
  structure: structureCodes,
  rules: rulesCodes,
  plan: planCodes,
  roles: rolesCodes,
  staffing: staffingCodes,
} as const;

/**
 * Every issue code the library can return, with its default severity and its Vietnamese and
 * English message templates. Codes are stable snake_case strings: match on them, not on messages.
 * Each code is explained (its meaning, parameters, the rules behind it and how to fix it) on the
 * [Issue codes](../../docs/issue-codes.md) page.
 *
 * @example
 * ```ts
 * issueCatalogue.rule_not_in_force.en;
 * //=> 'Rule {ruleId} has no version in force on {asOf}'
 * ```
 * @category Reports
 */
export const issueCatalogue = {
  ...reportCodes,
  ...inputCodes,
  ...structureCodes,
  ...rulesCodes,
  ...planCodes,
  ...rolesCodes,
  ...staffingCodes,
} as const satisfies Record<string, CodeDefinition>;

/**
 * A stable issue code from {@link issueCatalogue}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'rule_not_in_force';
 * ```
 * @category Reports
 */
// `& string` changes nothing but keeps the name: signatures show the alias, not its whole union.
export type IssueCode = keyof typeof issueCatalogue & string;

/**
 * Whether a string is a known issue code.
 *
 * @param value - Any string.
 * @returns `true` when the catalogue defines it.
 * @example
 * ```ts
 * isIssueCode('rule_not_in_force'); //=> true
 * isIssueCode('nope');              //=> false
 * ```
 * @category Reports
 */
export function isIssueCode(value: string): value is IssueCode {
  return Object.hasOwn(issueCatalogue, value);
}
