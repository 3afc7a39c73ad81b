import { formatCitation } from '../core/Citation.js';
import type { Severity } from './Issue.js';
import type { Result } from './Result.js';

/**
 * Options of {@link formatReport}.
 *
 * @example
 * ```ts
 * const options: FormatReportOptions = { locale: 'en', minSeverity: 'warning' };
 * ```
 * @category Reports
 */
export interface FormatReportOptions {
  /** Language of the text: `vi` (default) or `en`. */
  readonly locale?: 'vi' | 'en';
  /** Leave out issues below this severity (`info` shows everything, the default). */
  readonly minSeverity?: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: '·' };
const LABEL = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin', ok: 'Hợp lệ', failed: 'Không hợp lệ', basis: 'căn cứ' },
  en: { error: 'error', warning: 'warning', info: 'info', ok: 'Valid', failed: 'Not valid', basis: 'basis' },
} as const;

/**
 * Renders a report as text for people: a summary line, then one line per issue with its
 * severity, code, message and legal basis.
 *
 * @param report - The report to show.
 * @param options - Locale and the lowest severity to show.
 * @returns Multi-line text.
 * @example
 * ```ts
 * formatReport({ ok: true, issues: [] }, { locale: 'en' });
 * //=> 'Valid: 0 errors, 0 warnings, 0 info'
 * ```
 * @category Reports
 */
export function formatReport(report: Pick<Result<unknown>, 'ok' | 'issues'>, options: FormatReportOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const label = LABEL[locale];
  const min = RANK[options.minSeverity ?? 'info'];
  const count = (severity: Severity) => report.issues.filter((issue) => issue.severity === severity).length;
  const lines = [
    `${report.ok ? label.ok : label.failed}: ${count('error')} ${label.error}${locale === 'en' ? 's' : ''}, ` +
      `${count('warning')} ${label.warning}${locale === 'en' ? 's' : ''}, ${count('info')} ${label.info}`,
  ];
  for (const issue of report.issues) {
    if (RANK[issue.severity] < min) continue;
    const basis = issue.citation ? ` [${label.basis}: ${formatCitation(issue.citation, locale)}]` : '';
    lines.push(`  ${MARK[issue.severity]} ${issue.code}: ${issue.message[locale]}${basis}`);
  }
  return lines.join('\n');
}
