import { describe, expect, it } from 'vitest';
import { parsePlan, parseRulebookAdditions, parseStructure } from '../../src/parse/index.js';
import type { Issue } from '../../src/report/index.js';
import { foreignWordsIn } from './englishWords.js';

const unit = { id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2020-01-01' };
const merge = { type: 'merge', sourceIds: ['a'], targetId: 'b' };
const plan = (operations: unknown[], effectiveOn = '2025-07-01') => parsePlan({ effectiveOn, operations }).issues;

// input, the first message in Vietnamese, in English
const cases: [string, () => readonly Issue[], string, string][] = [
  ['a misspelt operation type', () => plan([merge, merge, merge, { ...merge, type: 'merg' }]),
    'Dữ liệu không hợp lệ tại operations[3].type: cần một trong các giá trị "merge", "consolidate", "split", "partial-transfer", "dissolve", "rename", "transfer", "convert", nhận được "merg"',
    'Invalid input at operations[3].type: expected one of "merge", "consolidate", "split", "partial-transfer", "dissolve", "rename", "transfer", "convert", received "merg"'],
  ['a bad plan date', () => plan([], '2025-7-01'),
    'Dữ liệu không hợp lệ tại effectiveOn: cần một ngày dạng YYYY-MM-DD (ISO 8601) có thật, nhận được "2025-7-01"',
    'Invalid input at effectiveOn: expected an ISO date YYYY-MM-DD, received "2025-7-01"'],
  ['an empty share', () => plan([{ type: 'split', sourceId: 'a', parts: [{ newUnit: { id: 'b', kind: 'commune', name: { vi: 'B' } }, share: {} }] }]),
    'tại operations[0].parts[0].share: cần một phần chia có ít nhất một trong các trường `population`, `households`, `areaKm2`, `basisPoints`, nhận được một đối tượng',
    'at operations[0].parts[0].share: expected a share with at least one of `population`, `households`, `areaKm2`, `basisPoints`, received object'],
  ['an impossible unit date', () => parseStructure({ units: [{ ...unit, from: '2019-02-30' }] }).issues,
    'Dữ liệu không hợp lệ tại units[0].from: cần một ngày dạng YYYY-MM-DD (ISO 8601) có thật, nhận được "2019-02-30"',
    'Invalid input at units[0].from: expected an ISO date YYYY-MM-DD, received "2019-02-30"'],
  ['an unknown unit kind (more than ten values)', () => parseStructure({ units: [{ ...unit, kind: 'hamlet' }] }).issues,
    'và', 'more, received "hamlet"'],
  ['a missing field', () => parseStructure({ units: [{ ...unit, id: undefined }] }).issues,
    'Dữ liệu không hợp lệ tại units[0].id: cần một chuỗi ký tự, nhận được không có giá trị',
    'Invalid input at units[0].id: expected a string, received undefined'],
  ['not an object', () => parseStructure(42).issues,
    'Dữ liệu không hợp lệ tại (gốc dữ liệu): cần một đối tượng, nhận được 42',
    'Invalid input at (root): expected an object, received 42'],
  ['an unknown rule type', () => parseRulebookAdditions({ rules: [{ id: 'x', type: 'nope', topic: 'merge', title: { vi: 'x', en: 'x' }, versions: [] }] }).issues,
    ' và 11 giá trị khác, nhận được "nope"', ' and 11 more, received "nope"'],
  ['a rule param of the wrong shape', () => parseRulebookAdditions({ rules: [{ id: 'x', type: 'reduction-target', topic: 'staffing', title: { vi: 'x', en: 'x' }, versions: [{ from: '2020-01-01', citation: { instrumentId: 'HP-2013' }, params: { percent: '10.123' } }] }] }).issues,
    'cần', 'expected'],
];

describe('the boundary speaks one language at a time', () => {
  it.each(cases)('%s', (_name, issuesOf, vi, en) => {
    const issues = issuesOf();
    expect(issues.length).toBeGreaterThan(0);
    const [first] = issues;
    if (vi.startsWith('Dữ liệu')) expect(first?.message.vi).toBe(vi);
    else expect(issues.some((issue) => issue.message.vi.includes(vi)), JSON.stringify(issues.map((issue) => issue.message.vi))).toBe(true);
    if (en.startsWith('Invalid')) expect(first?.message.en).toBe(en);
    else expect(issues.some((issue) => issue.message.en.includes(en)), JSON.stringify(issues.map((issue) => issue.message.en))).toBe(true);
    for (const issue of issues) expect(foreignWordsIn(issue.message.vi), issue.message.vi).toEqual([]);
  });

  it('lists at most ten allowed values, then how many more', () => {
    const [issue] = parseStructure({ units: [{ ...unit, kind: 'hamlet' }] }).issues;
    const listed = (issue?.message.en.match(/"[^"]+"/g) ?? []).length - 1; // the received value is quoted too
    expect(listed).toBe(10);
    expect(issue?.message.vi).toMatch(/ và \d+ giá trị khác, nhận được "hamlet"$/);
  });
});
