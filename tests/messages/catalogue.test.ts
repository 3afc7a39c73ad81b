import { describe, expect, it } from 'vitest';
import { type IssueCode, type IssueParamValue, createIssue, issueCatalogue, renderTemplate } from '../../src/report/index.js';
import { foreignWordsIn } from './englishWords.js';

/** The names a template fills: `{name}` and `{name, plural, …}`. */
const namesOf = (template: string) => [...template.matchAll(/\{(\w+)[},]/g)].map((match) => match[1] as string);
const pluralNames = (template: string) => [...template.matchAll(/\{(\w+), plural,/g)].map((match) => match[1] as string);

/** Sample params for a code: counts as numbers (`count`), every other value as an id-like string or a label. */
function sampleParams(code: IssueCode, count: number): Record<string, IssueParamValue> {
  const { vi, en } = issueCatalogue[code];
  const counts = new Set([...pluralNames(vi), ...pluralNames(en)]);
  const params: Record<string, IssueParamValue> = {};
  for (const name of new Set([...namesOf(vi), ...namesOf(en)])) {
    params[name] = counts.has(name) ? count : `${name}-1`;
  }
  return params;
}

const codes = Object.keys(issueCatalogue) as IssueCode[];

describe('the foreign-word check can fail', () => {
  it.each([
    ['cần a value matching one of the allowed shapes (check kind), nhận được "merg"', ['a', 'value', 'matching', 'one', 'of', 'the', 'allowed', 'shapes', 'check', 'kind']],
    // `an` is also a Vietnamese syllable (an ninh): the list lets it through, `date` is caught
    ['Dữ liệu không hợp lệ tại units.0.from: cần an ISO date YYYY-MM-DD', ['date']],
    ['Không hợp lệ: 1 errors, 0 warnings', ['errors', 'warnings']],
    ['Các phần của thon-1 (population) cộng lại 3', ['population']],
  ] as const)('%s', (text, words) => {
    expect(foreignWordsIn(text)).toEqual(words);
  });

  it('leaves ids, paths, quoted values, backticks and names alone', () => {
    expect(foreignWordsIn('Dữ liệu không hợp lệ tại operations[0].type: cần một trong các giá trị "merge", `sourceIds`, UBND xa-ky-nam 1.234')).toEqual([]);
  });
});

describe('every issue code renders in both languages', () => {
  it.each(codes)('%s: every param filled, with 1 and with 2,000', (code) => {
    for (const count of [1, 2000]) {
      const params = sampleParams(code, count);
      const issue = createIssue(code, { params });
      for (const locale of ['vi', 'en'] as const) {
        const text = issue.message[locale];
        expect(text, `${code} ${locale}`).not.toMatch(/[{}]|undefined|NaN|\[object Object\]|(^|\s)\?(\s|$)/);
        for (const [name, value] of Object.entries(params)) {
          if (!namesOf(issueCatalogue[code][locale]).includes(name)) continue;
          const shown = typeof value === 'number' ? (locale === 'vi' ? value.toLocaleString('de-DE') : value.toLocaleString('en-US')) : String(value);
          expect(text, `${code}.${name} ${locale}`).toContain(shown);
        }
      }
      expect(foreignWordsIn(issue.message.vi), `${code}: ${issue.message.vi}`).toEqual([]);
    }
  });

  it('no Vietnamese template holds a foreign word', () => {
    const found = codes.map((code) => [code, foreignWordsIn(issueCatalogue[code].vi)] as const).filter(([, words]) => words.length > 0);
    expect(found).toEqual([]);
  });

  it('counts by the plural rules of each language', () => {
    const one = createIssue('deputies_above_limit', { params: { unitId: 'x', deputies: 1, limit: 0 } }).message;
    const many = createIssue('deputies_above_limit', { params: { unitId: 'x', deputies: 3, limit: 2 } }).message;
    expect(one.en).toBe('Unit x has 1 deputy, above the limit of 0');
    expect(many.en).toBe('Unit x has 3 deputies, above the limit of 2');
    expect(one.vi).toBe('Đơn vị x có 1 cấp phó, vượt mức tối đa 0');
    expect(many.vi).toBe('Đơn vị x có 3 cấp phó, vượt mức tối đa 2');
    const truncated = createIssue('issues_truncated', { params: { limit: 1000, omitted: 1, errors: 1, warnings: 0, infos: 0 } }).message;
    expect(truncated.en).toBe('The report keeps the first 1,000 issues; 1 more was left out (errors: 1, warnings: 0, info: 0)');
    expect(truncated.vi).toBe('Báo cáo chỉ giữ 1.000 vấn đề đầu tiên; đã lược bỏ 1 vấn đề khác (lỗi: 1, cảnh báo: 0, thông tin: 0)');
  });

  it.each([
    ['{n, plural, one {# error} other {# errors}}', { n: 0 }, '0 errors', '0 errors'],
    ['{n, plural, one {# error} other {# errors}}', { n: 1 }, '1 error', '1 errors'], // Vietnamese templates carry only `other`
    ['{n, plural, one {# error} other {# errors}}', { n: 1.5 }, '1.5 errors', '1,5 errors'],
    ['{n, plural, other {# lỗi}} và {x}', { n: 12345, x: 'y' }, '12,345 lỗi và y', '12.345 lỗi và y'],
    ['{n, plural, one {# {unit}} other {# {unit}s}}', { n: 2, unit: 'post' }, '2 posts', '2 posts'],
    ['{ratio}% {broken', { ratio: 54.67 }, '54.67% {broken', '54,67% {broken'],
    // a choice without `other` is not one: its text stays visible, and `{x}` is a missing param
    ['{n, plural, one {x}}', { n: 1 }, '{n, plural, one ?}', '{n, plural, one ?}'],
  ] as const)('renderTemplate(%j, %j)', (template, params, en, vi) => {
    expect(renderTemplate(template, params, 'en')).toBe(en);
    expect(renderTemplate(template, params, 'vi')).toBe(vi);
  });
});
