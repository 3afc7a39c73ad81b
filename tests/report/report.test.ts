import { describe, expect, it } from 'vitest';
import { catalogueSections } from '../../src/report/catalogue.js';
import { createIssue, formatReport, isIssueCode, issueCatalogue, mergeResults, renderTemplate, toResult } from '../../src/report/index.js';
import { formatCitation } from '../../src/core/Citation.js';

describe('the issue catalogue', () => {
  it('defines every code once across all sections', () => {
    const all = Object.values(catalogueSections).flatMap((section) => Object.keys(section));
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(issueCatalogue).length).toBe(all.length);
  });

  it('uses snake_case codes with both templates and the same placeholders in each language', () => {
    for (const [code, definition] of Object.entries(issueCatalogue)) {
      expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(definition.vi.length).toBeGreaterThan(0);
      expect(definition.en.length).toBeGreaterThan(0);
      // a placeholder means the same in both languages; `fooVi` / `fooEn` pairs count as one `foo`
      const names = (template: string, suffix: string) =>
        [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] ?? '').replace(new RegExp(`${suffix}$`), '')))].sort();
      expect(names(definition.vi, 'Vi'), code).toEqual(names(definition.en, 'En'));
    }
  });

  it('recognises its codes', () => {
    expect(isIssueCode('rule_not_in_force')).toBe(true);
    expect(isIssueCode('toString')).toBe(false);
    expect(isIssueCode('__proto__')).toBe(false);
  });
});

describe('createIssue', () => {
  it('renders both languages and keeps the parameters for machines', () => {
    const issue = createIssue('rule_not_in_force', { params: { ruleId: 'x', asOf: '1990-01-01' }, ruleId: 'x' });
    expect(issue).toEqual({
      code: 'rule_not_in_force',
      severity: 'error',
      message: {
        vi: 'Quy định x không có phiên bản nào hiệu lực vào ngày 1990-01-01',
        en: 'Rule x has no version in force on 1990-01-01',
      },
      ruleId: 'x',
      params: { ruleId: 'x', asOf: '1990-01-01' },
    });
  });

  it('lets the caller lower the severity and shows missing params as ?', () => {
    const issue = createIssue('rule_not_in_force', { severity: 'warning' });
    expect(issue.severity).toBe('warning');
    expect(issue.message.en).toBe('Rule ? has no version in force on ?');
  });

  it('renders lists, null and numbers', () => {
    expect(renderTemplate('{a}|{b}|{c}', { a: ['x', 'y'], b: null, c: 0 })).toBe('x, y|—|0');
    expect(renderTemplate('{constructor}', {})).toBe('?');
    expect(renderTemplate('{kind}', { kind: { vi: 'thị xã', en: 'town' } }, 'vi')).toBe('thị xã');
    expect(renderTemplate('{kind}', { kind: { vi: 'thị xã', en: 'town' } })).toBe('town');
  });
});

describe('reports', () => {
  const error = createIssue('rule_unknown', { params: { ruleId: 'a' } });
  const warning = createIssue('staffing_actual_above_quota', {
    params: { unitId: 'u', actual: 3, quota: 2, category: 'cadre' },
    citation: { instrumentId: '76/2025/UBTVQH15', article: '11', clause: '3' },
  });

  it('is ok unless an issue is an error', () => {
    expect(toResult([]).ok).toBe(true);
    expect(toResult([warning]).ok).toBe(true);
    expect(toResult([warning, error]).ok).toBe(false);
    expect(mergeResults(toResult([warning]), toResult([error])).issues).toEqual([warning, error]);
  });

  it('formats for people in both languages, with the basis', () => {
    const text = formatReport(toResult([error, warning]), { locale: 'en' });
    expect(text.split('\n')[0]).toBe('Not valid: 1 error, 1 warning, 0 info');
    expect(text).toContain('✗ rule_unknown: The rulebook has no rule a');
    expect(text).toContain('[basis: 76/2025/UBTVQH15, Art. 11(3)]');
    const vi = formatReport(toResult([warning]));
    expect(vi.split('\n')[0]).toBe('Hợp lệ: 0 lỗi, 1 cảnh báo, 0 thông tin');
    expect(vi).toContain('[căn cứ: khoản 3 Điều 11, 76/2025/UBTVQH15]');
  });

  it('filters by severity', () => {
    const text = formatReport(toResult([error, warning]), { locale: 'en', minSeverity: 'error' });
    expect(text.split('\n')).toHaveLength(2);
  });
});

describe('formatCitation', () => {
  it.each([
    [{ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'a' }, 'điểm a khoản 2 Điều 7, 178/2024/NĐ-CP', '178/2024/NĐ-CP, Art. 7(2)(a)'],
    [{ instrumentId: '18-NQ/TW', section: 'III.2' }, 'mục III.2, 18-NQ/TW', '18-NQ/TW, section III.2'],
    [{ instrumentId: '40-KL/TW' }, '40-KL/TW', '40-KL/TW'],
    [{ instrumentId: 'X', article: '1', section: '2' }, 'Điều 1 mục 2, X', 'X, Art. 1, section 2'],
  ])('%o', (citation, vi, en) => {
    expect(formatCitation(citation)).toBe(vi);
    expect(formatCitation(citation, 'en')).toBe(en);
  });
});

describe('createIssue and renderTemplate refuse what their types forbid', () => {
  it.each<[string, () => unknown, string]>([
    ['an unknown code', () => createIssue('no_such_code' as never), '[tinh-gon] createIssue: unknown issue code "no_such_code"'],
    ['a prototype name as code', () => createIssue('toString' as never), 'unknown issue code "toString"'],
    ['null options', () => createIssue('rule_unknown', null as never), '[tinh-gon] createIssue: options must be an object, received null'],
    ['a template that is not a string', () => renderTemplate(null as never), '[tinh-gon] renderTemplate: template must be a string'],
    ['null params', () => renderTemplate('{a}', null as never), '[tinh-gon] renderTemplate: params must be an object'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
