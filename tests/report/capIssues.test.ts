import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_LIMIT,
  type Issue,
  type Severity,
  capIssues,
  createIssue,
  createIssueCollector,
  getOmittedCounts,
  hasErrors,
  mergeResults,
  toResult,
} from '../../src/report/index.js';

const issueOf = (severity: Severity, index: number): Issue => createIssue('rule_unknown', { severity, params: { ruleId: `r${index}` } });
const severityArbitrary = fc.constantFrom<Severity>('error', 'warning', 'info');
const countBySeverity = (issues: readonly Issue[]) => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) {
    const omitted = getOmittedCounts(issue);
    if (omitted === undefined) counts[issue.severity] += 1;
    else for (const severity of ['error', 'warning', 'info'] as const) counts[severity] += omitted[severity];
  }
  return counts;
};

describe('capIssues', () => {
  it('leaves a short list as it is (the same array)', () => {
    const issues = [issueOf('error', 0)];
    expect(capIssues(issues)).toBe(issues);
    expect(ISSUE_LIMIT).toBe(1000);
  });

  it('keeps the first thousand in order and counts the rest by severity', () => {
    const issues = Array.from({ length: 1500 }, (_, index) => issueOf(index < 1200 ? 'warning' : 'error', index));
    const capped = capIssues(issues);
    expect(capped).toHaveLength(1001);
    expect(capped.slice(0, 1000)).toEqual(issues.slice(0, 1000));
    const last = capped[1000];
    expect(last?.code).toBe('issues_truncated');
    expect(last?.severity).toBe('error');
    expect(last?.params).toEqual({ limit: 1000, omitted: 500, errors: 300, warnings: 200, infos: 0 });
    expect(last?.message.en).toBe('The report keeps the first 1,000 issues; 500 more were left out (errors: 300, warnings: 200, info: 0)');
    expect(last?.message.vi).toBe('Báo cáo chỉ giữ 1.000 vấn đề đầu tiên; đã lược bỏ 500 vấn đề khác (lỗi: 300, cảnh báo: 200, thông tin: 0)');
  });

  it.each<[Severity[], Severity]>([
    [['info', 'info'], 'info'],
    [['info', 'warning'], 'warning'],
    [['warning', 'error', 'info'], 'error'],
  ])('gives the closing issue the worst severity it counts (%o → %s)', (omitted, severity) => {
    const issues = [issueOf('info', -1), ...omitted.map(issueOf)];
    expect(capIssues(issues, 1).at(-1)?.severity).toBe(severity);
  });

  it('refuses what is not a list or a limit', () => {
    expect(() => capIssues(null as unknown as Issue[])).toThrow('[tinh-gon] capIssues: issues must be an array');
    expect(() => capIssues([], -1)).toThrow(RangeError);
    expect(() => capIssues([], 1.5)).toThrow(RangeError);
  });

  test.prop([fc.array(severityArbitrary, { maxLength: 60 }), fc.integer({ min: 0, max: 20 })])(
    'keeps a prefix, never more than limit + 1 issues, every count, and the verdict',
    (severities, limit) => {
      const issues = severities.map(issueOf);
      const capped = capIssues(issues, limit);
      expect(capped.length).toBeLessThanOrEqual(limit + 1);
      const kept = capped.filter((issue) => issue.code !== 'issues_truncated');
      expect(kept).toEqual(issues.slice(0, kept.length));
      expect(countBySeverity(capped)).toEqual(countBySeverity(issues));
      expect(hasErrors(capped)).toBe(hasErrors(issues));
      expect(capIssues(capped, limit)).toEqual(capped); // idempotent
    },
  );

  test.prop([fc.array(fc.array(severityArbitrary, { maxLength: 30 }), { maxLength: 5 }), fc.integer({ min: 0, max: 10 })])(
    'merging capped reports adds up their counts, never silently drops one',
    (lists, limit) => {
      const reports = lists.map((severities) => capIssues(severities.map(issueOf), limit));
      const merged = capIssues(reports.flat(), limit);
      expect(countBySeverity(merged)).toEqual(countBySeverity(lists.flat().map(issueOf)));
      expect(merged.filter((issue) => issue.code === 'issues_truncated').length).toBeLessThanOrEqual(1);
    },
  );
});

describe('toResult and mergeResults are bounded', () => {
  it('decides ok on every issue, the ones left out included', () => {
    const issues = [...Array.from({ length: 1000 }, (_, index) => issueOf('warning', index)), issueOf('error', 1000)];
    const result = toResult(issues, 'value');
    expect(result.ok).toBe(false);
    expect('value' in result).toBe(false);
    expect(result.issues.at(-1)?.params).toMatchObject({ omitted: 1, errors: 1 });
  });

  it('takes another limit', () => {
    const issues = Array.from({ length: 30 }, (_, index) => issueOf('info', index));
    expect(toResult(issues, 1, { limit: 10 }).issues).toHaveLength(11);
    expect(toResult(issues, 1, { limit: 100 }).issues).toHaveLength(30);
    expect(() => toResult(issues, 1, null as never)).toThrow('[tinh-gon] toResult: options must be an object, received null');
  });

  it('merges capped results into one capped result', () => {
    const many = Array.from({ length: 800 }, (_, index) => issueOf('warning', index));
    const merged = mergeResults(toResult(many), toResult(many));
    expect(merged.ok).toBe(true);
    expect(merged.issues).toHaveLength(1001);
    expect(merged.issues.at(-1)?.params).toMatchObject({ omitted: 600, warnings: 600 });
    expect(() => mergeResults({ issues: null } as never)).toThrow(TypeError);
    expect(() => hasErrors(undefined as never)).toThrow('[tinh-gon] hasErrors');
  });
});

describe('createIssueCollector', () => {
  it('renders no message past the cap, but counts', () => {
    const collector = createIssueCollector({ limit: 2 });
    for (let index = 0; index < 5; index += 1) collector.add('rule_unknown', { severity: 'warning', params: { ruleId: `r${index}` } });
    collector.add('rule_unknown', { params: { ruleId: 'last' } });
    expect(collector.hasErrors()).toBe(true);
    const result = collector.toResult(42);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(['rule_unknown', 'rule_unknown', 'issues_truncated']);
    expect(result.issues[2]?.params).toEqual({ limit: 2, omitted: 4, errors: 1, warnings: 3, infos: 0 });
  });

  it('adds up the counts of a capped report pushed into it', () => {
    const collector = createIssueCollector({ limit: 3 });
    for (const issue of capIssues(Array.from({ length: 5 }, (_, index) => issueOf('info', index)), 2)) collector.push(issue);
    expect(collector.issues().at(-1)?.params).toMatchObject({ omitted: 3, infos: 3 });
    expect(collector.toResult().ok).toBe(true);
  });

  test.prop([fc.array(severityArbitrary, { maxLength: 40 }), fc.integer({ min: 0, max: 15 })])('answers as toResult does', (severities, limit) => {
    const issues = severities.map(issueOf);
    const collector = createIssueCollector({ limit });
    for (const issue of issues) collector.push(issue);
    expect(collector.toResult('v')).toEqual(toResult(issues, 'v', { limit }));
  });

  it.each([[null], ['x'], [[]]])('refuses %o as options', (options) => {
    expect(() => createIssueCollector(options as never)).toThrow(TypeError);
  });

  it('refuses a bad limit', () => {
    expect(() => createIssueCollector({ limit: -5 })).toThrow(RangeError);
  });
});

describe('closing issues built by hand', () => {
  it('reads missing counts as zero, and drops a closing issue that counts nothing', () => {
    const bare = createIssue('issues_truncated', { severity: 'info' });
    expect(getOmittedCounts(bare)).toEqual({ error: 0, warning: 0, info: 0 });
    expect(getOmittedCounts(issueOf('info', 0))).toBeUndefined();
    const issues = [bare, issueOf('info', 1)];
    expect(capIssues(issues, 5)).toEqual([issues[1]]);
  });

  it('refuses what is not a list of issues', () => {
    expect(() => toResult('x' as never)).toThrow('[tinh-gon] toResult: issues must be an array, received string');
  });
});
