import { assertOptions } from '../core/assertOptions.js';
import { type IssueCode, isIssueCode, issueCatalogue } from './catalogue.js';
import type { Bilingual } from '../core/Bilingual.js';
import type { Issue, IssueParamValue } from './Issue.js';

/**
 * Options of {@link createIssue}: everything an {@link Issue} carries besides its code.
 *
 * @example
 * ```ts
 * const options: CreateIssueOptions = { params: { ruleId: 'x', asOf: '1990-01-01' }, ruleId: 'x' };
 * ```
 * @category Reports
 */
export type CreateIssueOptions = Partial<Omit<Issue, 'code' | 'message'>>;

function renderValue(value: IssueParamValue | undefined, locale: 'vi' | 'en'): string {
  if (value === undefined) return '?';
  if (value === null) return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return (value as Bilingual)[locale];
  return String(value);
}

/**
 * Fills a message template's `{name}` placeholders from parameters; a missing one shows as `?`,
 * a bilingual label shows in the template's language.
 *
 * @param template - A template from the catalogue.
 * @param params - The values.
 * @param locale - The template's language (for bilingual values), `en` by default.
 * @returns The rendered text.
 * @throws {TypeError} When `template` is not a string or `params` is not an object.
 * @example
 * ```ts
 * renderTemplate('Rule {ruleId} on {asOf}', { ruleId: 'x', asOf: '2025-07-01' });
 * //=> 'Rule x on 2025-07-01'
 * ```
 * @category Reports
 */
export function renderTemplate(
  template: string,
  params: Readonly<Record<string, IssueParamValue>> = {},
  locale: 'vi' | 'en' = 'en',
): string {
  if (typeof template !== 'string') throw new TypeError('[tinh-gon] renderTemplate: template must be a string');
  if (typeof params !== 'object' || params === null) throw new TypeError('[tinh-gon] renderTemplate: params must be an object');
  const parts = compile(template);
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    text += renderValue(Object.hasOwn(params, name) ? params[name] : undefined, locale) + (parts[i + 1] as string);
  }
  return text;
}

/** Templates split once into literal text and placeholder names: [text, name, text, name, text, …]. */
const compiled = new Map<string, readonly string[]>();

function compile(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Builds an {@link Issue} from a catalogue code, rendering its Vietnamese and English messages.
 *
 * @param code - A code from {@link issueCatalogue}.
 * @param options - Parameters, severity (defaults to the code's), path, units, rule and citation.
 * @returns A plain issue object.
 * @throws {TypeError} When `code` is not in the catalogue or `options` is not an object.
 * @example
 * ```ts
 * createIssue('rule_not_in_force', { params: { ruleId: 'x', asOf: '1990-01-01' } }).message.en;
 * //=> 'Rule x has no version in force on 1990-01-01'
 * ```
 * @category Reports
 */
export function createIssue(code: IssueCode, options: CreateIssueOptions = {}): Issue {
  if (typeof code !== 'string' || !isIssueCode(code)) throw new TypeError(`[tinh-gon] createIssue: unknown issue code ${JSON.stringify(code)}`);
  assertOptions(options, 'createIssue');
  const definition = issueCatalogue[code];
  const params = options.params ?? {};
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    severity: options.severity ?? definition.severity,
    message: { vi: renderTemplate(definition.vi, params, 'vi'), en: renderTemplate(definition.en, params, 'en') },
  };
  if (options.path !== undefined) issue.path = options.path;
  if (options.unitIds !== undefined) issue.unitIds = options.unitIds;
  if (options.personIds !== undefined) issue.personIds = options.personIds;
  if (options.ruleId !== undefined) issue.ruleId = options.ruleId;
  if (options.citation !== undefined) issue.citation = options.citation;
  if (options.verification !== undefined) issue.verification = options.verification;
  if (options.params !== undefined) issue.params = options.params;
  return issue;
}
