import { describe, expect, it } from 'vitest';
import { createIssue, type Issue } from '../../src/report/index.js';

/** An issue with labels (shown in the message in place of the params) and every optional field. */
const labelled = (): Issue =>
  createIssue('plan_level_not_in_force', {
    params: { kind: 'commune', level: 'commune', asOf: '2026-01-01', unitId: 'u' },
    labels: { level: { vi: 'xã', en: 'commune' } },
    path: ['operations', 0],
    unitIds: ['u1'],
    personIds: ['p1'],
    ruleId: 'r',
    citation: { instrumentId: '72/2025/QH15', article: '1' },
    verification: 'primary',
  });

describe('createIssue renders its message when it is read (issue #14: small issues)', () => {
  it('reads the same message every time, rendered from the code and the params', () => {
    const issue = createIssue('rule_not_in_force', { params: { ruleId: 'x', asOf: '1990-01-01' } });
    expect(issue.message).toEqual({
      vi: 'Quy định x không có phiên bản nào hiệu lực vào ngày 1990-01-01',
      en: 'Rule x has no version in force on 1990-01-01',
    });
    expect(issue.message).toEqual(issue.message);
    // rendered when read: the message is an accessor, not stored text
    expect(typeof Object.getOwnPropertyDescriptor(issue, 'message')?.get).toBe('function');
  });

  it('is deep-equal, even strictly, to the plain literal of the same issue', () => {
    const issue = createIssue('rule_not_in_force', { ruleId: 'x', params: { ruleId: 'x', asOf: '1990-01-01' } });
    const literal = {
      code: 'rule_not_in_force',
      severity: 'error',
      message: { vi: 'Quy định x không có phiên bản nào hiệu lực vào ngày 1990-01-01', en: 'Rule x has no version in force on 1990-01-01' },
      ruleId: 'x',
      params: { ruleId: 'x', asOf: '1990-01-01' },
    };
    expect(issue).toStrictEqual(literal);
    expect(Object.getPrototypeOf(issue)).toBe(Object.prototype);
    expect(issue.constructor).toBe(Object);
  });

  it('keeps the fields in the order of Issue, the message third, and nothing hidden among them', () => {
    const issue = labelled();
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'message', 'path', 'unitIds', 'personIds', 'ruleId', 'citation', 'verification', 'params']);
    expect(Object.getOwnPropertySymbols(issue).every((key) => !Object.getOwnPropertyDescriptor(issue, key)?.enumerable)).toBe(true);
    expect(Object.keys(createIssue('rule_unknown', { params: { ruleId: 'r' } }))).toEqual(['code', 'severity', 'message', 'params']);
  });

  it('shows the labels in the message and keeps the params for machines', () => {
    const issue = labelled();
    expect(issue.message.vi).toContain('xã');
    expect(issue.params).toEqual({ kind: 'commune', level: 'commune', asOf: '2026-01-01', unitId: 'u' });
    expect(JSON.stringify(issue)).not.toContain('"vi":"xã"');
  });

  it('serialises, spreads and clones with its message as plain data', () => {
    const issue = labelled();
    const expected = { ...issue.message };
    expect(JSON.parse(JSON.stringify(issue)).message).toEqual(expected);
    const spread = { ...issue };
    expect(Object.getOwnPropertyDescriptor(spread, 'message')).toMatchObject({ value: expected, writable: true });
    expect(structuredClone(issue).message).toEqual(expected);
    expect(Object.assign({}, issue).message).toEqual(expected);
    expect(Object.entries(issue).find(([key]) => key === 'message')?.[1]).toEqual(expected);
  });

  it('keeps a message assigned to it, as a plain object would', () => {
    const issue = createIssue('rule_unknown', { params: { ruleId: 'r' } }) as { message: Issue['message'] };
    const replaced = { vi: 'khác', en: 'other' };
    issue.message = replaced;
    expect(issue.message).toBe(replaced);
    expect(Object.keys(issue)).toContain('message');
    expect(JSON.parse(JSON.stringify(issue)).message).toEqual(replaced);
  });

  it('is not changed by a later change to the options it was made from', () => {
    const labels = { level: { vi: 'xã', en: 'commune' } };
    const issue = createIssue('plan_level_not_in_force', { params: { kind: 'commune', level: 'commune', asOf: '2026-01-01', unitId: 'u' }, labels });
    const before = issue.message;
    labels.level = { vi: 'tỉnh', en: 'province' };
    expect(issue.message).toEqual(before);
  });
});
