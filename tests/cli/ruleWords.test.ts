import { describe, expect, it } from 'vitest';
import type { Instrument, Rule } from '../../src/rules/index.js';
import { defaultRulebook } from '../../src/rules/index.js';
import { cli } from './support.js';

// The text and Markdown tables of `rules` and `changes` name strengths, sources and differences in
// the reader's language; JSON keeps the values.
const base = defaultRulebook.rules.find((rule) => rule.id === 'merge.quota-not-above-sources') as Rule;
const version = base.versions[0] as Rule['versions'][number];
const instrument: Instrument = { ...(defaultRulebook.instruments.find((one) => one.id === version.citation.instrumentId) as Instrument), id: 'test/primary', verification: 'primary' };
const strengths = ['required', 'forbidden', 'encouraged', 'pilot', 'permitted'] as const;
// plain JSON, as a file on disk would hold it (read through the CLI's boundary)
const additions = {
  instruments: [instrument],
  rules: [
    ...strengths.map((strength) => ({
      ...base,
      id: `test.${strength}`,
      versions: [{ ...version, from: '2030-01-01', to: undefined, strength, citation: { instrumentId: 'test/primary' }, verification: undefined }],
    })),
    { ...base, id: 'test.unverified', versions: [{ ...version, from: '2030-01-01', to: undefined, strength: 'required', citation: { instrumentId: 'test/primary' }, verification: 'unverified', sources: undefined }] },
    { ...base, id: 'test.secondary', versions: [{ ...version, from: '2030-01-01', to: undefined, strength: 'required', citation: { instrumentId: 'test/primary' }, verification: 'secondary', sources: ['https://example.org/a'] }] },
  ],
};
const files = { files: { 'a.json': JSON.stringify(additions) } };

/** The table rows of our test rules, as `[id, strength, source]`. */
function rows(stdout: string): string[][] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('| test.'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => [cells[1] as string, cells[3] as string, cells[5] as string]);
}

describe('tinh-gon rules: strength and source in words', () => {
  it('in Vietnamese, words for every strength and every level of source', async () => {
    const result = await cli(['rules', '--rules', 'a.json', '--as-of', '2030-01-01', '--format', 'md'], files);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toEqual([
      ['test.required', 'bắt buộc', 'văn bản chính thức'],
      ['test.forbidden', 'bị cấm', 'văn bản chính thức'],
      ['test.encouraged', 'được khuyến khích', 'văn bản chính thức'],
      ['test.pilot', 'thí điểm', 'văn bản chính thức'],
      ['test.permitted', 'được phép', 'văn bản chính thức'],
      ['test.unverified', 'bắt buộc', 'chưa kiểm chứng'],
      ['test.secondary', 'bắt buộc', 'nguồn thứ cấp'],
    ]);
  });

  it('in English, the values themselves; in JSON, the values in both languages', async () => {
    const result = await cli(['rules', '--rules', 'a.json', '--as-of', '2030-01-01', '--format', 'md', '--lang', 'en'], files);
    expect(rows(result.stdout)).toEqual([
      ['test.required', 'required', 'primary'],
      ['test.forbidden', 'forbidden', 'primary'],
      ['test.encouraged', 'encouraged', 'primary'],
      ['test.pilot', 'pilot', 'primary'],
      ['test.permitted', 'permitted', 'primary'],
      ['test.unverified', 'required', 'unverified'],
      ['test.secondary', 'required', 'secondary'],
    ]);
    const json = JSON.parse((await cli(['rules', '--rules', 'a.json', '--as-of', '2030-01-01', '--format', 'json'], files)).stdout) as {
      rules: { id: string; strength: string | null; verification: string }[];
    };
    const mine = json.rules.filter((rule) => rule.id.startsWith('test.'));
    expect(mine.map((rule) => [rule.strength, rule.verification])).toEqual([
      ...strengths.map((strength) => [strength, 'primary']),
      ['required', 'unverified'],
      ['required', 'secondary'],
    ]);
  });

  it('a rule with no strength leaves the cell empty in each language', async () => {
    for (const lang of ['vi', 'en']) {
      const result = await cli(['rules', '--as-of', '2026-12-01', '--format', 'md', '--lang', lang]);
      expect(result.stdout).toContain(lang === 'vi' ? '| structure.area-hierarchy | Các cấp đơn vị hành chính |  | Điều 110, 203/2025/QH15 | nguồn thứ cấp |' : '| structure.area-hierarchy | Levels of administrative units |  | 203/2025/QH15, Art. 110 | secondary |');
    }
  });
});

describe('tinh-gon changes: what differs, in words', () => {
  it('names each difference in Vietnamese, and keeps the values in English', async () => {
    const vi = await cli(['changes', '--from', '2025-06-01', '--to', '2025-07-01', '--format', 'md', '--topic', 'structure']);
    expect(vi.stdout).toContain('| 2025-07-01 | thay đổi | Các cấp đơn vị hành chính (structure.area-hierarchy) | tham số, căn cứ, độ tin cậy của nguồn | Điều 110, 203/2025/QH15 |');
    const en = await cli(['changes', '--from', '2025-06-01', '--to', '2025-07-01', '--format', 'md', '--topic', 'structure', '--lang', 'en']);
    expect(en.stdout).toContain('| params, citation, verification |');
  });

  it('names a change of strength and a change of wording alone', async () => {
    const first = { ...version, from: '2030-01-01', to: '2030-06-01', strength: 'required', citation: { instrumentId: 'test/primary' }, verification: undefined, note: undefined };
    const changed = {
      instruments: [instrument],
      rules: [
        { ...base, id: 'test.strength', versions: [first, { ...first, from: '2030-06-01', to: undefined, strength: 'encouraged' }] },
        { ...base, id: 'test.wording', versions: [first, { ...first, from: '2030-06-01', to: undefined, note: 'A note added.' }] },
      ],
    };
    const files = { files: { 'a.json': JSON.stringify(changed) } };
    const lines = async (lang: string) =>
      (await cli(['changes', '--rules', 'a.json', '--from', '2030-01-01', '--to', '2030-06-01', '--format', 'md', '--lang', lang], files)).stdout
        .split('\n')
        .filter((line) => line.includes('(test.'))
        .map((line) => line.split('|')[4]?.trim());
    expect(await lines('vi')).toEqual(['mức độ', 'câu chữ']);
    expect(await lines('en')).toEqual(['strength', 'wording']);
  });
});
