import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../src/core/index.js';
import { parsePlan, parseRulebookAdditions, parseStructure } from '../../src/parse/index.js';
import { catalogueSections } from '../../src/report/catalogue.js';
import { type Issue, type IssueCode, createIssue, issueCatalogue } from '../../src/report/index.js';

/** Words of English that have no business in a Vietnamese sentence (whole words, case-insensitive). */
const ENGLISH_WORDS = [
  'expected', 'received', 'value', 'values', 'one', 'of', 'the', 'a', 'at', 'least', 'most', 'must', 'invalid', 'input',
  'allowed', 'shape', 'shapes', 'check', 'string', 'number', 'object', 'array', 'key', 'keys', 'field', 'fields', 'unknown',
  'error', 'errors', 'warning', 'warnings', 'valid', 'not', 'and', 'or', 'is', 'are', 'with', 'more', 'than', 'less',
  'characters', 'items', 'integer', 'extra', 'true', 'false', 'undefined', 'missing', 'required', 'exactly', 'should',
] as const;
const englishSet = new Set<string>(ENGLISH_WORDS);

/** The English words of a Vietnamese text, placeholders, quoted values and dotted paths left aside. */
function englishWordsIn(text: string): string[] {
  const prose = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, ' ');
  return (prose.match(/\p{L}+/gu) ?? []).filter((word) => englishSet.has(word.toLowerCase()));
}

describe('the catalogue speaks one language at a time', () => {
  it('finds English in a mixed sentence (the test can fail)', () => {
    expect(englishWordsIn('Dữ liệu không hợp lệ tại {path}: cần an ISO date, expected a value matching one of the allowed shapes')).toEqual([
      'expected', 'a', 'value', 'one', 'of', 'the', 'allowed', 'shapes',
    ]);
    expect(englishWordsIn('Quy định {ruleId} không có phiên bản nào hiệu lực vào ngày {asOf}')).toEqual([]);
  });

  it.each(Object.entries(catalogueSections))('no Vietnamese template of %s holds an English word', (_section, codes) => {
    for (const [code, definition] of Object.entries(codes)) expect(englishWordsIn(definition.vi), code).toEqual([]);
  });

  it('renders every code in both languages with its params filled', () => {
    for (const code of Object.keys(issueCatalogue) as IssueCode[]) {
      const { vi, en } = issueCatalogue[code];
      const names = new Set([...`${vi} ${en}`.matchAll(/\{(\w+)[},]/g)].map((match) => match[1] as string));
      const params = Object.fromEntries([...names].map((name, index) => [name, index % 2 === 0 ? `p${index}` : { vi: `giá trị ${index}`, en: `value ${index}` }]));
      const issue = createIssue(code, { params });
      for (const locale of ['vi', 'en'] as const) {
        expect(issue.message[locale], `${code} (${locale})`).not.toMatch(/[{}]|\?/);
        for (const [name, value] of Object.entries(params)) {
          if (!(locale === 'vi' ? vi : en).includes(`{${name}}`)) continue;
          const shown = typeof value === 'string' ? value : value[locale];
          expect(issue.message[locale], `${code}.${name} (${locale})`).toContain(shown);
        }
      }
    }
  });
});

const expectedOf = (issue: Issue | undefined) => issue?.params?.expected as Bilingual | undefined;
const receivedOf = (issue: Issue | undefined) => issue?.params?.received as Bilingual | undefined;

describe('the boundary speaks one language at a time', () => {
  const unit = { id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2020-01-01' };
  const committee = { id: 'u', kind: 'peoples-committee', name: { vi: 'UBND' }, areaId: 'a', from: '2020-01-01' };
  const merge = { type: 'merge', sourceIds: ['a'], targetId: 'b' };
  const cases: [string, () => readonly Issue[], string, Partial<Bilingual>, Partial<Bilingual>][] = [
    ['a bad date', () => parseStructure({ units: [{ ...unit, from: '2019-02-30' }] }).issues, 'units.0.from',
      { vi: 'một ngày dạng YYYY-MM-DD (ISO 8601) có thật', en: 'an ISO date YYYY-MM-DD' }, { vi: '"2019-02-30"', en: '"2019-02-30"' }],
    ['a number for a string', () => parseStructure({ units: [{ ...unit, id: 7 }] }).issues, 'units.0.id', { vi: 'một chuỗi ký tự', en: 'a string' }, { vi: '7' }],
    ['a missing field', () => parseStructure({ units: [{ ...committee, areaId: undefined }] }).issues, 'units.0.areaId', { vi: 'một chuỗi ký tự' }, { vi: 'không có giá trị', en: 'undefined' }],
    ['a list for an object', () => parseStructure({ units: [{ ...unit, name: ['x'] }] }).issues, 'units.0.name', { vi: 'một đối tượng', en: 'an object' }, { vi: 'một danh sách', en: 'array' }],
    ['an object for a list', () => parseStructure({ units: {} }).issues, 'units', { vi: 'một danh sách', en: 'an array' }, { vi: 'một đối tượng', en: 'object' }],
    ['a fraction for a headcount', () => parseStructure({ units: [{ ...committee, staffing: { quota: { cadre: 1.5 } } }] }).issues, 'units.0.staffing.quota.cadre', { vi: 'một số nguyên', en: 'an integer' }, { vi: '1.5' }],
    ['a negative headcount', () => parseStructure({ units: [{ ...committee, staffing: { quota: { cadre: -1 } } }] }).issues, 'units.0.staffing.quota.cadre', { vi: 'ít nhất 0', en: 'at least 0' }, {}],
    ['a word for a flag', () => parseStructure({ units: [{ ...unit, border: 'yes' }] }).issues, 'units.0.border', { vi: 'giá trị logic (đúng hoặc sai)', en: 'true or false' }, { vi: '"yes"' }],
    ['an empty id', () => parseStructure({ units: [{ ...unit, id: '' }] }).issues, 'units.0.id', { vi: 'ít nhất 1 ký tự', en: 'at least 1 character' }, { vi: '""' }],
    ['an unknown key', () => parseStructure({ units: [{ ...unit, hamlets: 3 }] }).issues, 'units.0',
      { vi: 'chỉ các trường đã định nghĩa (trường lạ: hamlets)', en: 'only the known fields (unknown: hamlets)' }, { vi: 'trường thừa', en: 'extra keys' }],
    ['an unknown kind', () => parseStructure({ units: [{ ...unit, kind: 'hamlet' }] }).issues, 'units.0.kind', {}, { vi: '"hamlet"', en: '"hamlet"' }],
    ['an unknown class', () => parseStructure({ units: [{ ...unit, adminClass: 4 }] }).issues, 'units.0.adminClass',
      { vi: 'một trong các giá trị "special", 1, 2, 3', en: 'one of "special", 1, 2, 3' }, { vi: '4' }],
    ['an unknown role', () => parseStructure({ units: [], assignments: [{ personId: 'p', unitId: 'u', role: 'king', from: '2020-01-01' }] }).issues, 'assignments.0.role', {}, {}],
    ['not an object at all', () => parseStructure('units').issues, '(root)', { vi: 'một đối tượng', en: 'an object' }, { vi: '"units"' }],
    ['a throwing getter', () => parseStructure({ get units(): never { throw new Error('boom'); } }).issues, '(root)', { vi: 'dữ liệu JSON thuần', en: 'plain JSON data' }, { vi: 'lỗi khi đọc dữ liệu: boom', en: 'boom' }],
    ['a misspelt operation type', () => parsePlan({ effectiveOn: '2025-07-01', operations: [{ ...merge, type: 'merg' }] }).issues, 'operations.0.type', {}, { vi: '"merg"', en: '"merg"' }],
    ['an empty list of sources', () => parsePlan({ effectiveOn: '2025-07-01', operations: [{ ...merge, sourceIds: [] }] }).issues, 'operations.0.sourceIds', { vi: 'ít nhất 1 phần tử', en: 'at least 1 item' }, { vi: 'một danh sách' }],
    ['a plan date missing its zero', () => parsePlan({ effectiveOn: '2025-7-01', operations: [] }).issues, 'effectiveOn', { en: 'an ISO date YYYY-MM-DD' }, { en: '"2025-7-01"' }],
    ['rulebook additions of the wrong shape', () => parseRulebookAdditions({ rules: 'none' }).issues, 'rules', { vi: 'một danh sách', en: 'an array' }, {}],
  ];

  it.each(cases)('%s: path, expected and received in each language', (_name, issuesOf, path, expected, received) => {
    const issues = issuesOf();
    const issue = issues.find((candidate) => candidate.params?.path === path);
    expect(issue, JSON.stringify(issues.map((candidate) => candidate.params?.path))).toBeDefined();
    expect(issue?.code).toBe('input_invalid');
    expect(expectedOf(issue)).toMatchObject(expected);
    expect(receivedOf(issue)).toMatchObject(received);
    for (const candidate of issues) {
      expect(englishWordsIn(candidate.message.vi), candidate.message.vi).toEqual([]);
      expect(candidate.message.en).toMatch(/^Invalid input at /);
    }
  });

  it('names the discriminator a union is chosen by, and lists its values', () => {
    const [issue] = parsePlan({ effectiveOn: '2025-07-01', operations: [{ type: 'merg', sourceIds: ['a'], targetId: 'b' }] }).issues;
    expect(issue?.path).toEqual(['operations', 0, 'type']);
    expect(expectedOf(issue)?.en).toMatch(/^one of "merge", "consolidate", "split"/);
    expect(expectedOf(issue)?.vi).toMatch(/^một trong các giá trị "merge", "consolidate", "split"/);
    expect(issue?.message.en).not.toContain('kind');
    const [kind] = parseStructure({ units: [{ id: 'x', kind: 'hamlet', name: { vi: 'x' }, from: '2020-01-01' }] }).issues;
    expect(expectedOf(kind)?.en).toMatch(/^one of "country", "province", /);
    expect(kind?.message.vi).toMatch(/^Dữ liệu không hợp lệ tại units\[0\]\.kind: cần một trong các giá trị "country", /);
  });
});
