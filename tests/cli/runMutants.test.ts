import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findNearest } from '../../src/cli/nearest.js';
import { readCsv } from '../../src/cli/readCsv.js';
import { readVersion } from '../../src/cli/version.js';
import { cli, fixture } from './support.js';

/** run.ts: progress on a terminal, the default limit; nearest.ts thresholds; version.ts; readCsv places. */
const STRUCTURE = fixture('structure.json');
const MERGE = fixture('merge-plan.json');

describe('tinh-gon: progress lines, only on a terminal', () => {
  it.each([
    [['validate', STRUCTURE, MERGE], '… Đang kiểm tra 2 thao tác…\n', '… Checking 2 operations…\n'],
    [['apply', STRUCTURE, MERGE], '… Đang áp dụng đề án…\n', '… Applying the plan…\n'],
    [['diff', STRUCTURE, MERGE], '… Đang áp dụng đề án…\n', '… Applying the plan…\n'],
    [['roles', STRUCTURE, '--as-of', '2020-07-01'], '… Đang kiểm tra kiêm nhiệm…\n', '… Checking concurrent roles…\n'],
    [['check', STRUCTURE, '--as-of', '2020-07-01'], '', ''],
  ])('%j', async (args, vi, en) => {
    const quiet = await cli(args);
    const loud = await cli(args, { tty: true });
    expect(quiet.stderr).toBe('');
    expect(loud).toEqual({ ...quiet, stderr: vi });
    expect((await cli([...args, '--lang', 'en'], { tty: true })).stderr).toBe(en);
  });
});

describe('tinh-gon: the default limit is 50 issue lines', () => {
  const units = [
    { id: 'p', kind: 'province', name: { vi: 'Tỉnh P' }, from: '2020-01-01' },
    ...Array.from({ length: 51 }, (_, index) => ({ id: `d${index}`, kind: 'district', name: { vi: `Huyện ${index}` }, parentId: 'p', from: '2020-01-01' })),
  ];
  const files = { 's.json': JSON.stringify({ units }) };
  const line = (index: number) => `  ✗ kind_not_in_force: Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện ${index} (d${index}) vẫn hiệu lực [căn cứ: Điều 110, 203/2025/QH15]`;

  it('text: 50 lines and one more counted', async () => {
    const result = await cli(['check', 's.json', '--as-of', '2025-07-01'], { files });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      ['Ngày áp dụng: 2025-07-01', '', 'Kiểm tra cơ cấu: 52 đơn vị', '──────────────────────────', 'Không hợp lệ: 51 lỗi, 0 cảnh báo, 0 thông tin', ...Array.from({ length: 50 }, (_, index) => line(index)), '  … và 1 vấn đề khác không hiển thị', ''].join('\n'),
    );
  });

  it('Markdown: 50 items and one more counted; --limit 51 shows all; JSON lists all', async () => {
    const md = await cli(['check', 's.json', '--as-of', '2025-07-01', '--format', 'md'], { files });
    expect(md.stdout.split('\n').filter((text) => text.startsWith('- ✗ '))).toHaveLength(50);
    expect(md.stdout.endsWith('- ✗ `kind_not_in_force`: Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện 49 (d49) vẫn hiệu lực (căn cứ: Điều 110, 203/2025/QH15)\n- … và 1 vấn đề khác không hiển thị\n')).toBe(true);
    const all = await cli(['check', 's.json', '--as-of', '2025-07-01', '--limit', '51'], { files });
    expect(all.stdout.endsWith(`${line(50)}\n`)).toBe(true);
    const json = JSON.parse((await cli(['check', 's.json', '--as-of', '2025-07-01', '--format', 'json', '--limit', '0'], { files })).stdout) as { issues: unknown[] };
    expect(json.issues).toHaveLength(51);
  });
});

describe('tinh-gon: the real reform narrowed to one province', () => {
  it('validate --province 42: the progress, the province line and its issues', async () => {
    const result = await cli(['validate', '--reform-2025', '--province', '42', '--limit', '2'], { tty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('… Đang đọc danh sách đơn vị hành chính 01/3/2025 và đề án cải cách 2025…\n… Đang kiểm tra 5.024 thao tác…\n');
    expect(result.stdout).toBe(`Kiểm tra đề án reform-2025
──────────────────────────
Hiệu lực 2025-07-01; 5.024 thao tác.
Chỉ hiện Tỉnh Hà Tĩnh (42), hình thành từ: Tỉnh Hà Tĩnh.
Hợp lệ: 0 lỗi, 0 cảnh báo, 8 thông tin
  · plan_area_terrain_unknown: Xã Sơn Hồng (vn-2025-07:c18160) sau sắp xếp: chưa ghi địa hình; theo quy định "Định hướng quy mô xã, phường hình thành sau sắp xếp", dân số 8.409 dưới mức 16.000 nếu không phải miền núi, vùng cao, nhưng đạt nếu là miền núi, vùng cao: cần ghi địa hình để kết luận [căn cứ: Điều 5, 76/2025/UBTVQH15]
  · plan_area_terrain_unknown: Xã Sơn Tây (vn-2025-07:c18172) sau sắp xếp: chưa ghi địa hình; theo quy định "Định hướng quy mô xã, phường hình thành sau sắp xếp", dân số 14.755 dưới mức 16.000 nếu không phải miền núi, vùng cao, nhưng đạt nếu là miền núi, vùng cao: cần ghi địa hình để kết luận [căn cứ: Điều 5, 76/2025/UBTVQH15]
  … và 6 vấn đề khác không hiển thị
`);
  });

  it('a one-digit province code is read as two digits', async () => {
    const data = JSON.parse((await cli(['validate', '--reform-2025', '--province', '1', '--format', 'json'])).stdout) as { province: unknown };
    expect(data.province).toEqual({ id: 'vn-2025-07:p01', code: '01', name: 'Thành phố Hà Nội' });
  });

  it('diff --province 42 in English Markdown: the progress, the events of the province only', async () => {
    const result = await cli(['diff', '--reform-2025', '--province', '42', '--lang', 'en', '--format', 'md', '--limit', '1'], { tty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('… Reading the 2025-03-01 national list and the 2025 reform plan…\n… Applying the plan…\n');
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(308);
    expect(lines.slice(0, 12).join('\n')).toBe(`## Changes of plan reform-2025

Effective 2025-07-01; 5,024 operations.

Showing Tỉnh Hà Tĩnh (42) only, formed from: Tỉnh Hà Tĩnh.

222 units end, 70 units start, 0 units change.

| Change | Unit | Operation | From / into |
|---|---|---|---|
| ends | Tỉnh Hà Tĩnh (vn-2025-03:p42) | consolidate | → Tỉnh Hà Tĩnh |
| starts | Tỉnh Hà Tĩnh (vn-2025-07:p42) | consolidate | ← Tỉnh Hà Tĩnh |`);
    expect(lines.slice(-6).join('\n')).toBe(`
**Valid: 0 errors, 0 warnings, 8 info**

- · \`plan_area_terrain_unknown\`: Xã Sơn Hồng (vn-2025-07:c18160) after the plan: no terrain recorded; under "Size directions for communes and wards formed by merger" its population 8,409 is below the 16,000 of a unit of no special terrain, but meets the standard as mountainous, highland: record the terrain to decide (basis: 76/2025/UBTVQH15, Art. 5)
- … and 7 more not shown
`);
  });
});

describe('findNearest: how near is near enough', () => {
  it.each([
    ['abd', ['abc'], 'abc'],
    ['ab', ['ax'], 'ax'],
    ['ab', ['ac', 'ad'], 'ac'],
    ['abcdef', ['abcdxy'], 'abcdxy'],
    ['abcdef', ['abxyzf'], undefined],
    ['abcdefghi', ['abcdefxyz'], 'abcdefxyz'],
    ['abcdefghi', ['abcdewxyz'], undefined],
    ['abcdefghijklmno', ['abcdefghijkwxyz'], undefined],
    ['abcdefghijklmno', ['abcdefghijklxyz'], 'abcdefghijklxyz'],
    ['c', ['check'], undefined],
    ['ch', ['rules', 'check', 'changes'], 'check'],
    ['ru', ['check', 'rules'], 'rules'],
    ['', ['check'], undefined],
    ['zz', [], undefined],
  ])('%s in %j → %s', (word, candidates, expected) => {
    expect(findNearest(word, candidates)).toBe(expected);
  });
});

describe('readVersion: the nearest package.json named tinh-gon, at most four folders up', () => {
  const root = mkdtempSync(join(tmpdir(), 'tinh-gon-version-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (...parts: string[]) => {
    const path = join(root, ...parts);
    mkdirSync(path, { recursive: true });
    return path;
  };
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'tinh-gon', version: '9.8.7' }));
  writeFileSync(join(folder('a'), 'package.json'), JSON.stringify({ name: 'other', version: '1.0.0' }));
  writeFileSync(join(folder('a', 'b'), 'package.json'), JSON.stringify({ name: 'tinh-gon', version: 1 }));
  writeFileSync(join(folder('a', 'b', 'c'), 'package.json'), '{ not json');

  it.each([
    [[], '9.8.7'],
    [['a'], '9.8.7'],
    [['a', 'b', 'c'], '9.8.7'],
    [['a', 'b', 'c', 'd'], '9.8.7'],
    [['a', 'b', 'c', 'd', 'e'], 'unknown'],
  ])('from %j', (parts, version) => {
    expect(readVersion(folder(...parts))).toBe(version);
  });

  it('-v and --version print it with a line break', async () => {
    const version = await cli(['--version']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+.*\n$/);
    expect(await cli(['-v'])).toEqual({ code: 0, stdout: version.stdout, stderr: '' });
    expect(await cli(['--lang', 'en', '--version'])).toEqual(version);
  });
});

describe('readCsv: the line of each record', () => {
  it('counts blank lines, CRLF and line breaks inside quotes', () => {
    expect(readCsv('id,n\n\nx,1\r\n\r\ny,"a\nb\r\nc"\nz,2')).toEqual({
      ok: true,
      table: {
        columns: ['id', 'n'],
        rows: [
          { line: 3, cells: { id: 'x', n: '1' } },
          { line: 5, cells: { id: 'y', n: 'a\nb\r\nc' } },
          { line: 8, cells: { id: 'z', n: '2' } },
        ],
      },
    });
  });

  it('a line of empty fields or of "" is a record; a lone CR is text', () => {
    expect(readCsv('a,b\n,\n""\n')).toEqual({ ok: false, problem: { line: 3, column: 2, reason: 'field-count', detail: '2/1' } });
    expect(readCsv('a\n""\nx\ry\n')).toEqual({ ok: true, table: { columns: ['a'], rows: [{ line: 2, cells: { a: '' } }, { line: 3, cells: { a: 'x\ry' } }] } });
    expect(readCsv('a,b\n,')).toEqual({ ok: true, table: { columns: ['a', 'b'], rows: [{ line: 2, cells: { a: '', b: '' } }] } });
  });

  it('places problems on later lines and columns', () => {
    expect(readCsv('a,b,c\n1,2,3\n\n4,5,"6"7\n')).toEqual({ ok: false, problem: { line: 4, column: 3, reason: 'text-after-closing-quote' } });
    expect(readCsv('a,b,c\n1,"x\ny",3\n4,5,6"\n')).toEqual({ ok: false, problem: { line: 4, column: 3, reason: 'quote-in-unquoted-field' } });
    expect(readCsv(' id ,id\n')).toEqual({ ok: false, problem: { line: 1, column: 2, reason: 'duplicate-header', detail: 'id' } });
    expect(readCsv('\n\na, \n')).toEqual({ ok: false, problem: { line: 3, column: 2, reason: 'empty-header' } });
    expect(readCsv('a,b\n1,2,3,4\n')).toEqual({ ok: false, problem: { line: 2, column: 3, reason: 'field-count', detail: '2/4' } });
    expect(readCsv('')).toEqual({ ok: false, problem: { line: 1, column: 1, reason: 'no-header' } });
  });
});
