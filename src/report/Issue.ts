import type { Bilingual } from '../core/Bilingual.js';
import type { Citation, Verification } from '../core/Citation.js';
import type { IssueCode } from './catalogue.js';

/**
 * How serious an issue is: `error` makes a report fail; `warning` and `info` do not.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 * @category Reports
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A value that may appear in an issue's parameters: plain JSON scalars, lists of them, or a
 * {@link Bilingual} label, which each message renders in its own language.
 *
 * @example
 * ```ts
 * const value: IssueParamValue = ['ward-ky-long', 'ward-hung-tri'];
 * ```
 * @category Reports
 */
export type IssueParamValue = string | number | boolean | null | readonly (string | number)[] | Bilingual;

/**
 * One problem (or fact) found by a validator: plain, JSON-serialisable data.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'rule_not_in_force',
 *   severity: 'error',
 *   message: { vi: 'Quy định x không có phiên bản nào hiệu lực vào ngày 1990-01-01',
 *              en: 'Rule x has no version in force on 1990-01-01' },
 *   ruleId: 'x',
 *   params: { ruleId: 'x', asOf: '1990-01-01' },
 * };
 * ```
 * @category Reports
 */
export interface Issue {
  /** Stable code from the catalogue. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /**
   * The message in Vietnamese and English. On an issue the library made it is rendered from `code`
   * and `params` when read (a report holds no text until someone reads it); it reads, serialises,
   * spreads and compares like any other property.
   */
  readonly message: Bilingual;
  /** Where in the input the problem is (keys and indexes). */
  readonly path?: readonly (string | number)[];
  /** Units involved. */
  readonly unitIds?: readonly string[];
  /** People involved. */
  readonly personIds?: readonly string[];
  /** The rule that raised it. */
  readonly ruleId?: string;
  /** The legal basis of that rule on the date asked. */
  readonly citation?: Citation;
  /** How well the library knows that basis. */
  readonly verification?: Verification;
  /** The values filled into the message, for machines. */
  readonly params?: Readonly<Record<string, IssueParamValue>>;
}
