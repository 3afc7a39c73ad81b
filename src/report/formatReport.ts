import { assertOptions, describeArgument } from '../core/assertOptions.js';
import { formatCitation } from '../core/Citation.js';
import { formatNumber } from '../core/formatNumber.js';
import { getOmittedCounts } from './capIssues.js';
import type { Severity } from './Issue.js';
import type { Result } from './Result.js';

/**
 * Options of {@link formatReport}.
 *
 * @example
 * ```ts
 * const options: FormatReportOptions = { locale: 'en', minSeverity: 'warning', limit: 20 };
 * ```
 * @category Reports
 */
export interface FormatReportOptions {
  /** Language of the text: `vi` (default) or `en`. */
  readonly locale?: 'vi' | 'en';
  /** Leave out issues below this severity (`info` shows everything, the default). */
  readonly minSeverity?: Severity;
  /** Show at most this many issue lines, then one line saying how many more there are (default: all). */
  readonly limit?: number;
}

type Locale = 'vi' | 'en';
type Noun = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: '·' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
// Vietnamese nouns do not inflect for number: one form, `other`.
const NOUNS: Record<Locale, Record<Severity | 'issue', Noun>> = {
  vi: { error: { other: 'lỗi' }, warning: { other: 'cảnh báo' }, info: { other: 'thông tin' }, issue: { other: 'vấn đề' } },
  en: {
    error: { one: 'error', other: 'errors' },
    warning: { one: 'warning', other: 'warnings' },
    info: { other: 'info' },
    issue: { one: 'issue', other: 'issues' },
  },
};
const LABEL = {
  vi: { ok: 'Hợp lệ', failed: 'Không hợp lệ', basis: 'căn cứ', more: (count: number, noun: string) => `… và ${formatNumber(count, { locale: 'vi' })} ${noun} khác không hiển thị` },
  en: { ok: 'Valid', failed: 'Not valid', basis: 'basis', more: (count: number, noun: string) => `… and ${formatNumber(count, { locale: 'en' })} more ${noun} not shown` },
} as const;
const pluralRules: Record<Locale, Intl.PluralRules> = { vi: new Intl.PluralRules('vi'), en: new Intl.PluralRules('en') };

function nounFor(count: number, noun: Noun, locale: Locale): string {
  return noun[pluralRules[locale].select(count)] ?? noun.other;
}

function assertFormatOptions(options: unknown): asserts options is FormatReportOptions {
  assertOptions(options, 'formatReport');
  const { locale, minSeverity, limit } = options as Record<string, unknown>;
  if (locale !== undefined && locale !== 'vi' && locale !== 'en') {
    throw new TypeError(`[tinh-gon] formatReport: options.locale must be 'vi' or 'en', received ${describeArgument(locale)}`);
  }
  if (minSeverity !== undefined && !Object.hasOwn(RANK, minSeverity as string)) {
    throw new TypeError(`[tinh-gon] formatReport: options.minSeverity must be 'error', 'warning' or 'info', received ${describeArgument(minSeverity)}`);
  }
  if (limit !== undefined && (!Number.isSafeInteger(limit) || (limit as number) < 0)) {
    throw new RangeError(`[tinh-gon] formatReport: options.limit must be a non-negative safe integer, received ${String(limit)}`);
  }
}

/**
 * Renders a report as text for people: a summary line counting errors, warnings and infos (with
 * the plural rules of the locale, and including what a capped report left out), then one line per
 * issue with its severity, code, message and legal basis, and at most `limit` of them.
 *
 * @param report - The report to show.
 * @param options - Locale, the lowest severity to show, and the most issue lines to show.
 * @returns Multi-line text.
 * @throws {TypeError} When `report` has no `issues` array, or `options` is `null` or holds an
 *   unknown locale or severity.
 * @throws {RangeError} When `limit` is not a non-negative safe integer.
 * @example
 * ```ts
 * formatReport({ ok: true, issues: [] }, { locale: 'en' });
 * //=> 'Valid: 0 errors, 0 warnings, 0 info'
 * formatReport({ ok: true, issues: [] });
 * //=> 'Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin'
 * ```
 * @category Reports
 */
export function formatReport(report: Pick<Result<unknown>, 'ok' | 'issues'>, options: FormatReportOptions = {}): string {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.issues as unknown)) {
    throw new TypeError('[tinh-gon] formatReport: report must be a result with an issues array');
  }
  assertFormatOptions(options);
  const locale = options.locale ?? 'vi';
  const label = LABEL[locale];
  const nouns = NOUNS[locale];
  const min = RANK[options.minSeverity ?? 'info'];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  let hidden = 0;
  for (const issue of report.issues) {
    const omitted = getOmittedCounts(issue);
    if (omitted !== undefined) for (const severity of SEVERITIES) counts[severity] += omitted[severity];
    else counts[issue.severity] += 1;
    if (RANK[issue.severity] < min) continue;
    if (lines.length >= limit) {
      hidden += 1;
      continue;
    }
    const basis = issue.citation ? ` [${label.basis}: ${formatCitation(issue.citation, locale)}]` : '';
    lines.push(`  ${MARK[issue.severity]} ${issue.code}: ${issue.message[locale]}${basis}`);
  }
  const summary = SEVERITIES.map((severity) => `${formatNumber(counts[severity], { locale })} ${nounFor(counts[severity], nouns[severity], locale)}`).join(', ');
  if (hidden > 0) lines.push(`  ${label.more(hidden, nounFor(hidden, nouns.issue, locale))}`);
  return [`${report.ok ? label.ok : label.failed}: ${summary}`, ...lines].join('\n');
}
