import { describe, expect, it } from 'vitest';
import { createIssue, createIssueCollector, createTruncationIssue, getOmittedCounts } from '../../src/report/index.js';

describe('createIssueCollector: errors and omitted counts', () => {
  it('marks errors from pushed issues only when their severity is error', () => {
    const warned = createIssueCollector({ limit: 5 });
    warned.push(createIssue('rule_unknown', { params: { ruleId: 'a' }, severity: 'warning' }));
    expect(warned.hasErrors()).toBe(false);
    expect(warned.toResult(1)).toMatchObject({ ok: true, value: 1 });
    const failed = createIssueCollector({ limit: 5 });
    failed.push(createIssue('rule_unknown', { params: { ruleId: 'a' }, severity: 'error' }));
    expect(failed.hasErrors()).toBe(true);
    expect(failed.toResult(1).ok).toBe(false);
  });

  it('marks errors from added issues under the limit only when their severity is error', () => {
    const warned = createIssueCollector({ limit: 5 });
    warned.add('rule_unknown', { params: { ruleId: 'a' }, severity: 'warning' });
    expect(warned.hasErrors()).toBe(false);
    expect(warned.toResult(1)).toMatchObject({ ok: true, value: 1 });
    const failed = createIssueCollector({ limit: 5 });
    failed.add('rule_unknown', { params: { ruleId: 'a' }, severity: 'error' });
    expect(failed.hasErrors()).toBe(true);
  });

  it('marks errors past the limit by the given or catalogued severity', () => {
    const warned = createIssueCollector({ limit: 0 });
    warned.add('rule_unknown', { params: { ruleId: 'a' }, severity: 'warning' });
    expect(warned.hasErrors()).toBe(false);
    const failed = createIssueCollector({ limit: 0 });
    failed.add('rule_unknown', { params: { ruleId: 'a' }, severity: 'error' });
    expect(failed.hasErrors()).toBe(true);
  });

  it('adds the counts of a pushed truncation issue, warnings and errors apart', () => {
    const collector = createIssueCollector({ limit: 5 });
    collector.push(createTruncationIssue({ error: 2, warning: 3, info: 0 }, 5));
    collector.push(createTruncationIssue({ error: 1, warning: 1, info: 0 }, 5));
    const issues = collector.issues();
    expect(issues).toHaveLength(1);
    expect(getOmittedCounts(issues[0] as never)).toEqual({ error: 3, warning: 4, info: 0 });
  });

  it('names itself in its errors', () => {
    expect(() => createIssueCollector({ limit: -1 })).toThrow('[tinh-gon] createIssueCollector: options.limit must be a non-negative safe integer, received -1');
    expect(() => createIssueCollector(5 as never)).toThrow(/createIssueCollector/);
  });
});
