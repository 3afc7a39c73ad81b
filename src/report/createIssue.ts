import { assertOptions, describeArgument } from '../core/assertOptions.js';
import { formatNumber } from '../core/formatNumber.js';
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
export type CreateIssueOptions = Partial<Omit<Issue, 'code' | 'message'>> & {
  /**
   * What the message shows in place of some params (a bilingual label for an id, say), without
   * changing the params kept on the issue for machines: `params: { level: 'commune' }` with
   * `labels: { level: { vi: 'xã', en: 'commune' } }` reads "cấp xã" in Vietnamese.
   */
  readonly labels?: Readonly<Record<string, IssueParamValue>>;
};

function renderNumber(value: number, locale: 'vi' | 'en'): string {
  return Number.isFinite(value) ? formatNumber(value, { locale }) : String(value);
}

function renderValue(value: IssueParamValue | undefined, locale: 'vi' | 'en'): string {
  if (value === undefined) return '?';
  if (value === null) return '—';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'number' ? renderNumber(item, locale) : item)).join(', ');
  if (typeof value === 'number') return renderNumber(value, locale);
  if (typeof value === 'object') return (value as Bilingual)[locale];
  return String(value);
}

/**
 * The plural category of a count: English has `one` (exactly 1) and `other`; Vietnamese nouns do
 * not inflect for number, so every count is `other` (written by hand: the same on every runtime).
 * @internal
 */
export function pluralCategory(count: number, locale: 'vi' | 'en'): 'one' | 'other' {
  return locale === 'en' && count === 1 ? 'one' : 'other';
}

/** A compiled template: literal text, a `{name}` placeholder, or a `{name, plural, …}` choice. */
type Part = string | { readonly name: string } | { readonly name: string; readonly forms: Readonly<Record<string, readonly Part[]>> };

/**
 * Fills a message template's `{name}` placeholders from parameters; a missing one shows as `?`,
 * a bilingual label shows in the template's language, a number is written with the locale's
 * separators (`1.234,5` in Vietnamese, `1,234.5` in English). A plural choice
 * `{count, plural, one {# item} other {# items}}` picks its form by the locale's plural rules
 * (`#` is the count, written like a number); Vietnamese templates need none.
 *
 * @param template - A template from the catalogue.
 * @param params - The values.
 * @param locale - The template's language (for bilingual values and numbers), `en` by default.
 * @returns The rendered text.
 * @throws {TypeError} When `template` is not a string or `params` is not an object.
 * @example
 * ```ts
 * renderTemplate('Rule {ruleId} on {asOf}', { ruleId: 'x', asOf: '2025-07-01' });
 * //=> 'Rule x on 2025-07-01'
 * renderTemplate('{count, plural, one {# error} other {# errors}}', { count: 1200 });
 * //=> '1,200 errors'
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
  return renderParts(compile(template), params, locale, undefined);
}

function renderParts(parts: readonly Part[], params: Readonly<Record<string, IssueParamValue>>, locale: 'vi' | 'en', count: string | undefined): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += count === undefined ? part : part.replaceAll('#', count);
      continue;
    }
    const value = Object.hasOwn(params, part.name) ? params[part.name] : undefined;
    if (!('forms' in part)) {
      text += renderValue(value, locale);
      continue;
    }
    const number = typeof value === 'number' ? value : Number.NaN;
    const form = part.forms[pluralCategory(number, locale)] ?? part.forms.other ?? [];
    text += renderParts(form, params, locale, renderValue(value, locale));
  }
  return text;
}

/** Templates compiled once. */
const compiled = new Map<string, readonly Part[]>();

function compile(template: string): readonly Part[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = parseParts(readerOf(template), 0, false).parts;
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * A template with the sticky patterns that read it: a placeholder `{name}`, the start of a choice
 * `{name, plural, ` and a form's selector `one {`. Made for each template compiled (once per
 * template), so that no `lastIndex` is shared between two compilations.
 */
interface TemplateReader {
  readonly template: string;
  readonly placeholder: RegExp;
  readonly choice: RegExp;
  readonly form: RegExp;
}

function readerOf(template: string): TemplateReader {
  return { template, placeholder: /\{(\w+)\}/y, choice: /\{(\w+),\s*plural,\s*/y, form: /\s*(\w+)\s*\{/y };
}

/** Parses template text up to the end (or up to the `}` closing a plural form when `nested`). */
function parseParts(reader: TemplateReader, start: number, nested: boolean): { parts: Part[]; end: number } {
  const { template, placeholder: PLACEHOLDER, choice: CHOICE } = reader;
  const parts: Part[] = [];
  let literal = '';
  let index = start;
  while (index < template.length) {
    const char = template[index] as string;
    if (nested && char === '}') break;
    if (char === '{') {
      PLACEHOLDER.lastIndex = index;
      const simple = PLACEHOLDER.exec(template);
      if (simple !== null) {
        // Stryker disable next-line StringLiteral: comparing with any other string only pushes an empty literal too, which renders as nothing
        if (literal !== '') parts.push(literal);
        literal = '';
        parts.push({ name: simple[1] as string });
        index = PLACEHOLDER.lastIndex;
        continue;
      }
      CHOICE.lastIndex = index;
      const choice = CHOICE.exec(template);
      const parsed = choice === null ? undefined : parseForms(reader, CHOICE.lastIndex);
      if (choice !== null && parsed !== undefined) {
        // Stryker disable next-line StringLiteral: comparing with any other string only pushes an empty literal too, which renders as nothing
        if (literal !== '') parts.push(literal);
        literal = '';
        parts.push({ name: choice[1] as string, forms: parsed.forms });
        index = parsed.end;
        continue;
      }
    }
    literal += char;
    index += 1;
  }
  // Stryker disable next-line StringLiteral: comparing with any other string only pushes an empty literal too, which renders as nothing
  if (literal !== '') parts.push(literal);
  return { parts, end: index };
}

/** Parses `one {…} other {…}}` from `start`; `undefined` when it is not well formed (then the text is literal). */
function parseForms(reader: TemplateReader, start: number): { forms: Record<string, Part[]>; end: number } | undefined {
  const { template, form: FORM } = reader;
  const forms: Record<string, Part[]> = {};
  let index = start;
  for (;;) {
    while (template[index] === ' ') index += 1;
    if (template[index] === '}') return forms.other === undefined ? undefined : { forms, end: index + 1 };
    FORM.lastIndex = index;
    const form = FORM.exec(template);
    if (form === null) return undefined;
    const body = parseParts(reader, FORM.lastIndex, true);
    if (template[body.end] !== '}') return undefined;
    forms[form[1] as string] = body.parts;
    index = body.end + 1;
  }
}

/** Where an issue keeps what its message shows when `labels` replace some params (hidden: not enumerable). */
const SHOWN = Symbol('tinh-gon.issue.shown');

type LazyIssue = Issue & { readonly [SHOWN]?: Readonly<Record<string, IssueParamValue>> };

/**
 * The `message` of an issue made by {@link createIssue}: rendered from the issue's code and params
 * (or the labels shown in their place) each time it is read, so a report of 100,000 issues holds no
 * text until someone reads it. One getter for every issue, so that they share one hidden class.
 */
function renderMessage(this: LazyIssue): Bilingual {
  const definition = issueCatalogue[this.code];
  const shown = this[SHOWN] ?? this.params ?? {};
  return { vi: renderTemplate(definition.vi, shown, 'vi'), en: renderTemplate(definition.en, shown, 'en') };
}

/** Assigning a message keeps it as given, as on a plain object. */
function keepMessage(this: LazyIssue, value: Bilingual): void {
  Object.defineProperty(this, 'message', { value, writable: true, enumerable: true, configurable: true });
}

const MESSAGE: PropertyDescriptor = { get: renderMessage, set: keepMessage, enumerable: true, configurable: true };

/**
 * Builds an {@link Issue} from a catalogue code. Its Vietnamese and English messages are rendered
 * from the code and params when `message` is read (each read renders them anew, so keep the result
 * rather than read it twice in a loop); the issue is otherwise a plain object: `JSON.stringify`,
 * spreading, `structuredClone` and deep equality all see `message` as a property like the others.
 *
 * @param code - A code from {@link issueCatalogue}.
 * @param options - Parameters, severity (defaults to the code's), path, units, rule and citation.
 * @returns A plain issue object.
 * @throws {TypeError} When `code` is not in the catalogue or `options` is not an object.
 * @example
 * ```ts
 * createIssue('rule_not_in_force', { params: { ruleId: 'x', asOf: '1990-01-01' } }).message.en;
 * //=> 'Rule x has no version in force on 1990-01-01'
 * JSON.parse(JSON.stringify(createIssue('rule_not_in_force', { params: { ruleId: 'x', asOf: '1990-01-01' } }))).message.vi;
 * //=> 'Quy định x không có phiên bản nào hiệu lực vào ngày 1990-01-01'
 * ```
 * @category Reports
 */
export function createIssue(code: IssueCode, options: CreateIssueOptions = {}): Issue {
  if (typeof code !== 'string' || !isIssueCode(code)) throw new TypeError(`[tinh-gon] createIssue: unknown issue code ${describeArgument(code)}`);
  assertOptions(options, 'createIssue');
  const definition = issueCatalogue[code];
  return new PlainIssue(code, options.severity ?? definition.severity, options);
}

type MutableIssue = { -readonly [K in keyof Issue]: Issue[K] };

/**
 * Makes the issue: a plain object (its prototype is `Object.prototype`, as for a literal), built by a
 * constructor so that V8 keeps all its properties inside the object rather than in a second array
 * grown property by property. Only the properties given are set, in the order of {@link Issue}.
 */
const PlainIssue = function PlainIssue(this: MutableIssue & { [SHOWN]?: unknown }, code: IssueCode, severity: Issue['severity'], options: CreateIssueOptions) {
  this.code = code;
  this.severity = severity;
  Object.defineProperty(this, 'message', MESSAGE);
  if (options.labels !== undefined) Object.defineProperty(this, SHOWN, { value: { ...options.params, ...options.labels } });
  if (options.path !== undefined) this.path = options.path;
  if (options.unitIds !== undefined) this.unitIds = options.unitIds;
  if (options.personIds !== undefined) this.personIds = options.personIds;
  if (options.ruleId !== undefined) this.ruleId = options.ruleId;
  if (options.citation !== undefined) this.citation = options.citation;
  if (options.verification !== undefined) this.verification = options.verification;
  if (options.params !== undefined) this.params = options.params;
} as unknown as new (code: IssueCode, severity: Issue['severity'], options: CreateIssueOptions) => Issue;
PlainIssue.prototype = Object.prototype;
