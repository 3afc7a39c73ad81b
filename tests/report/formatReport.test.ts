import { describe, expect, it } from 'vitest';
import { type Issue, type Severity, capIssues, createIssue, formatReport, toResult } from '../../src/report/index.js';

const issueOf = (severity: Severity, index = 0): Issue => createIssue('rule_unknown', { severity, params: { ruleId: `r${index}` } });
const summary = (issues: readonly Issue[], locale: 'vi' | 'en') => formatReport(toResult(issues), { locale }).split('\n')[0];

describe('formatReport counts with the plural rules of its language', () => {
  it.each<[Severity[], string, string]>([
    [[], 'Valid: 0 errors, 0 warnings, 0 info', 'Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin'],
    [['error'], 'Not valid: 1 error, 0 warnings, 0 info', 'Không hợp lệ: 1 lỗi, 0 cảnh báo, 0 thông tin'],
    [['warning', 'info'], 'Valid: 0 errors, 1 warning, 1 info', 'Hợp lệ: 0 lỗi, 1 cảnh báo, 1 thông tin'],
    [['error', 'error', 'warning', 'warning', 'info', 'info'], 'Not valid: 2 errors, 2 warnings, 2 info', 'Không hợp lệ: 2 lỗi, 2 cảnh báo, 2 thông tin'],
  ])('%o', (severities, en, vi) => {
    const issues = severities.map(issueOf);
    expect(summary(issues, 'en')).toBe(en);
    expect(summary(issues, 'vi')).toBe(vi);
  });

  it('counts what a capped report left out', () => {
    const issues = Array.from({ length: 1200 }, (_, index) => issueOf(index % 2 === 0 ? 'error' : 'warning', index));
    expect(summary(issues, 'en')).toBe('Not valid: 600 errors, 600 warnings, 0 info');
  });
});

describe('formatReport shows at most `limit` lines', () => {
  const issues = [issueOf('error', 1), issueOf('warning', 2), issueOf('warning', 3), issueOf('info', 4)];

  it.each<[number, number, string, string]>([
    [2, 2, '… and 2 more issues not shown', '… và 2 vấn đề khác không hiển thị'],
    [3, 3, '… and 1 more issue not shown', '… và 1 vấn đề khác không hiển thị'],
    [0, 0, '… and 4 more issues not shown', '… và 4 vấn đề khác không hiển thị'],
  ])('limit %i shows %i issues and says how many it left out', (limit, shown, en, vi) => {
    const lines = formatReport(toResult(issues), { locale: 'en', limit }).split('\n');
    expect(lines).toHaveLength(1 + shown + 1);
    expect(lines.at(-1)).toBe(`  ${en}`);
    expect(formatReport(toResult(issues), { limit }).split('\n').at(-1)).toBe(`  ${vi}`);
  });

  it('adds no line when everything fits, and counts only the lines its severity filter keeps', () => {
    expect(formatReport(toResult(issues), { locale: 'en', limit: 4 }).split('\n')).toHaveLength(5);
    const text = formatReport(toResult(issues), { locale: 'en', limit: 1, minSeverity: 'warning' }).split('\n');
    expect(text).toEqual(['Not valid: 1 error, 2 warnings, 1 info', `  ✗ rule_unknown: ${issues[0]?.message.en}`, '  … and 2 more issues not shown']);
  });

  it('shows the closing issue of a capped report like any other', () => {
    const text = formatReport({ ok: true, issues: capIssues([issueOf('info'), issueOf('info', 1)], 1) }, { locale: 'en' });
    expect(text).toContain('· issues_truncated: The report keeps the first 1 issue; 1 more was left out');
  });
});

describe('formatReport refuses what its types forbid', () => {
  it.each<[string, () => unknown, ErrorConstructor, string]>([
    ['null options', () => formatReport(toResult([]), null as never), TypeError, '[tinh-gon] formatReport: options must be an object, received null'],
    ['an unknown locale', () => formatReport(toResult([]), { locale: 'fr' as never }), TypeError, `options.locale must be 'vi' or 'en', received "fr"`],
    ['an unknown severity', () => formatReport(toResult([]), { minSeverity: 'fatal' as never }), TypeError, 'options.minSeverity'],
    ['a negative limit', () => formatReport(toResult([]), { limit: -1 }), RangeError, 'options.limit must be a non-negative safe integer'],
    ['a report without issues', () => formatReport({ ok: true } as never), TypeError, 'report must be a result with an issues array'],
    ['no report', () => formatReport(null as never), TypeError, 'report must be a result'],
  ])('%s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
