import { describe, expect, it } from 'vitest';
import type { Answer, Block } from '../../src/cli/Command.js';
import { type RenderOptions, renderAnswer } from '../../src/cli/render.js';
import type { Issue } from '../../src/report/index.js';

/** renderAnswer on made-up answers: tables, alignment, Markdown escaping, limits, the date line, JSON. */
const issue = (severity: Issue['severity'], code: string, vi: string, en: string, article?: string): Issue =>
  ({ code, severity, message: { vi, en }, ...(article === undefined ? {} : { citation: { instrumentId: '203/2025/QH15', article } }) }) as unknown as Issue;

const ISSUES: Issue[] = [
  issue('error', 'e_one', 'Lỗi một', 'Error one', '110'),
  issue('warning', 'w_two', 'Cảnh báo | hai', 'Warning | two'),
  issue('info', 'i_three', 'Thông tin\nba', 'Info\r\nthree', '5'),
];
const REPORT = { ok: false, issues: ISSUES };

const options = (overrides: Partial<RenderOptions> = {}): RenderOptions => ({ command: 'x', format: 'text', lang: 'vi', limit: 50, ...overrides });
const answer = (blocks: Block[], extra: Partial<Answer> = {}): Answer => ({ failed: false, data: {}, blocks, ...extra });

describe('renderAnswer: text', () => {
  it('aligns table columns by display width (NFD tone marks count zero), two spaces apart, no trailing spaces', () => {
    const nfd = 'Hòa'.normalize('NFD');
    const table: Block = { kind: 'table', header: ['Tên', 'Số'], rows: [[nfd, '1'], ['Đoàn Kết', '22'], ['x', '']] };
    expect(renderAnswer(answer([table]), options())).toBe(['Tên       Số', '────────  ──', `${nfd}       1`, 'Đoàn Kết  22', 'x', ''].join('\n'));
  });

  it('a combining mark with no precomposed form takes no width', () => {
    const table: Block = { kind: 'table', header: ['ab', 'c'], rows: [['x\u0301', '1']] };
    expect(renderAnswer(answer([table]), options())).toBe('ab  c\n──  ─\nx\u0301   1\n');
  });

  it('a row shorter than the header leaves the missing cells out', () => {
    const table: Block = { kind: 'table', header: ['a', 'bb', 'c'], rows: [['xyz']] };
    expect(renderAnswer(answer([table]), options())).toBe('a    bb  c\n───  ──  ─\nxyz\n');
  });

  it('underlines a heading as wide as it is, at most 100', () => {
    expect(renderAnswer(answer([{ kind: 'heading', text: 'Hòa'.normalize('NFD') }]), options())).toBe(`${'Hòa'.normalize('NFD')}\n───\n`);
    const long = 'x'.repeat(120);
    expect(renderAnswer(answer([{ kind: 'heading', text: long }]), options())).toBe(`${long}\n${'─'.repeat(100)}\n`);
    const hundred = 'y'.repeat(100);
    expect(renderAnswer(answer([{ kind: 'heading', text: hundred }]), options())).toBe(`${hundred}\n${'─'.repeat(100)}\n`);
  });

  it('a blank line before each later heading and before a report after a table, none otherwise', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'H1' },
      { kind: 'text', text: 'T1' },
      { kind: 'report', report: { ok: true, issues: [] } },
      { kind: 'heading', text: 'H2' },
      { kind: 'table', header: ['A'], rows: [['1']] },
      { kind: 'report', report: { ok: true, issues: [] } },
      { kind: 'text', text: 'end' },
    ];
    expect(renderAnswer(answer(blocks), options({ lang: 'en' }))).toBe(
      ['H1', '──', 'T1', 'Valid: 0 errors, 0 warnings, 0 info', '', 'H2', '──', 'A', '─', '1', '', 'Valid: 0 errors, 0 warnings, 0 info', 'end', ''].join('\n'),
    );
  });

  it('a report after text, and the limit of issue lines', () => {
    const blocks: Block[] = [{ kind: 'text', text: 'T' }, { kind: 'report', report: REPORT }];
    expect(renderAnswer(answer(blocks), options({ limit: 1 }))).toBe(
      'T\nKhông hợp lệ: 1 lỗi, 1 cảnh báo, 1 thông tin\n  ✗ e_one: Lỗi một [căn cứ: Điều 110, 203/2025/QH15]\n  … và 2 vấn đề khác không hiển thị\n',
    );
    expect(renderAnswer(answer(blocks), options({ limit: 3, lang: 'en' }))).toBe(
      'T\nNot valid: 1 error, 1 warning, 1 info\n  ✗ e_one: Error one [basis: 203/2025/QH15, Art. 110]\n  ! w_two: Warning | two\n  · i_three: Info\r\nthree [basis: 203/2025/QH15, Art. 5]\n',
    );
  });

  it('states the date first, saying when it is today', () => {
    const text: Block[] = [{ kind: 'text', text: 'T' }];
    expect(renderAnswer(answer(text), options({ asOf: { date: '2025-07-01', today: false } }))).toBe('Ngày áp dụng: 2025-07-01\n\nT\n');
    expect(renderAnswer(answer(text), options({ asOf: { date: '2025-07-01', today: true } }))).toBe('Ngày áp dụng: 2025-07-01 (hôm nay)\n\nT\n');
    expect(renderAnswer(answer(text), options({ lang: 'en', asOf: { date: '2025-07-01', today: false } }))).toBe('As of 2025-07-01\n\nT\n');
    expect(renderAnswer(answer(text), options({ lang: 'en', asOf: { date: '2025-07-01', today: true } }))).toBe('As of 2025-07-01 (today)\n\nT\n');
    expect(renderAnswer(answer([]), options({ asOf: { date: '2025-07-01', today: false } }))).toBe('Ngày áp dụng: 2025-07-01\n');
    expect(renderAnswer(answer([]), options())).toBe('\n');
  });
});

describe('renderAnswer: Markdown', () => {
  it('headings, text, tables with | escaped and line breaks as spaces', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'Tiêu đề' },
      { kind: 'text', text: 'Một dòng' },
      { kind: 'table', header: ['a|b', 'c'], rows: [['x\ny', 'z\r\nw'], ['1', '']] },
    ];
    expect(renderAnswer(answer(blocks), options({ format: 'md' }))).toBe('## Tiêu đề\n\nMột dòng\n\n| a\\|b | c |\n|---|---|\n| x y | z w |\n| 1 |  |\n');
  });

  it('the date in italics, with today', () => {
    expect(renderAnswer(answer([{ kind: 'text', text: 'T' }]), options({ format: 'md', asOf: { date: '2025-07-01', today: true } }))).toBe('_Ngày áp dụng: 2025-07-01 (hôm nay)_\n\nT\n');
    expect(renderAnswer(answer([{ kind: 'text', text: 'T' }]), options({ format: 'md', lang: 'en', asOf: { date: '2025-07-01', today: false } }))).toBe('_As of 2025-07-01_\n\nT\n');
  });

  it('a report: the summary in bold, one item per issue with its mark, code and basis, then how many are hidden', () => {
    const blocks: Block[] = [{ kind: 'report', report: REPORT }];
    expect(renderAnswer(answer(blocks), options({ format: 'md' }))).toBe(
      '**Không hợp lệ: 1 lỗi, 1 cảnh báo, 1 thông tin**\n\n- ✗ `e_one`: Lỗi một (căn cứ: Điều 110, 203/2025/QH15)\n- ! `w_two`: Cảnh báo \\| hai\n- · `i_three`: Thông tin ba (căn cứ: Điều 5, 203/2025/QH15)\n',
    );
    expect(renderAnswer(answer(blocks), options({ format: 'md', lang: 'en', limit: 2 }))).toBe(
      '**Not valid: 1 error, 1 warning, 1 info**\n\n- ✗ `e_one`: Error one (basis: 203/2025/QH15, Art. 110)\n- ! `w_two`: Warning \\| two\n- … and 1 more not shown\n',
    );
    expect(renderAnswer(answer(blocks), options({ format: 'md', limit: 0 }))).toBe('**Không hợp lệ: 1 lỗi, 1 cảnh báo, 1 thông tin**\n\n- … và 3 vấn đề khác không hiển thị\n');
    expect(renderAnswer(answer(blocks), options({ format: 'md', limit: 3 }))).not.toContain('…');
    expect(renderAnswer(answer([{ kind: 'report', report: { ok: true, issues: [] } }]), options({ format: 'md', lang: 'en' }))).toBe('**Valid: 0 errors, 0 warnings, 0 info**\n');
  });
});

describe('renderAnswer: JSON', () => {
  it('the envelope: command, asOf, ok, the counts by severity and every issue, then the data', () => {
    const text = renderAnswer(answer([{ kind: 'text', text: 'ignored' }], { failed: true, report: REPORT, data: { extra: [1] } }), options({ format: 'json', command: 'check', limit: 1, asOf: { date: '2025-07-01', today: true } }));
    expect(text).toBe(`${JSON.stringify({ command: 'check', asOf: '2025-07-01', ok: false, errors: 1, warnings: 1, infos: 1, issues: ISSUES, extra: [1] }, null, 2)}\n`);
  });

  it('without a report or a date: no counts, no asOf', () => {
    expect(renderAnswer(answer([], { data: { n: 2 } }), options({ format: 'json', command: 'rules' }))).toBe('{\n  "command": "rules",\n  "ok": true,\n  "n": 2\n}\n');
  });

  it('counts each severity apart', () => {
    const report = { ok: false, issues: [ISSUES[0], ISSUES[0], ISSUES[1], ISSUES[2], ISSUES[2], ISSUES[2]] as Issue[] };
    const data = JSON.parse(renderAnswer(answer([], { failed: true, report }), options({ format: 'json' }))) as Record<string, unknown>;
    expect([data.errors, data.warnings, data.infos, (data.issues as unknown[]).length]).toEqual([2, 1, 3, 6]);
  });
});
