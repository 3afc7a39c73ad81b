import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/Command.js';
import { commands } from '../../src/cli/commands/index.js';
import { type ProvinceScope, truncationNote } from '../../src/cli/commands/planInputs.js';
import { optionsOf } from '../../src/cli/options.js';
import { createTruncationIssue } from '../../src/report/index.js';
import { cli, fixture } from './support.js';

const STRUCTURE = fixture('structure.json');

describe('tinh-gon: a string option followed by what the parser calls an option', () => {
  const cases = commands.flatMap((command) =>
    optionsOf(command)
      .filter((spec) => spec.type === 'string')
      .flatMap((spec) => ['--', '-h'].map((value) => ({ command: command.name, option: spec.name, placeholder: spec.value ?? '…', value }))),
  );

  it('every command, every string option, with -- or -h as its value: exit 2, a message, no throw', async () => {
    expect(cases.length).toBeGreaterThan(40);
    for (const { command, option, placeholder, value } of cases) {
      for (const lang of ['vi', 'en'] as const) {
        const args = lang === 'en' ? ['--lang', 'en', command, `--${option}`, value] : [command, `--${option}`, value];
        // `--lang -h`: the language itself is missing, the message is in Vietnamese
        const shown = option === 'lang' ? 'vi' : lang;
        const result = await cli(args);
        const expected =
          value === '--'
            ? { vi: `tinh-gon: Tùy chọn --${option} cần một giá trị (${placeholder}).`, en: `tinh-gon: Option --${option} needs a value (${placeholder}).` }
            : {
                vi: `tinh-gon: Tùy chọn --${option} cần một giá trị (${placeholder}); giá trị bắt đầu bằng dấu - thì viết liền: --${option}=-h.`,
                en: `tinh-gon: Option --${option} needs a value (${placeholder}); write a value that starts with - as --${option}=-h.`,
              };
        const help = shown === 'vi' ? `Xem: tinh-gon ${command} --help` : `See: tinh-gon ${command} --help`;
        expect({ args, ...result }).toEqual({ args, code: 2, stdout: '', stderr: `${expected[shown]}\n${help}\n` });
      }
    }
  });

  it('check --as-of --, in each language', async () => {
    expect(await cli(['check', STRUCTURE, '--as-of', '--'])).toEqual({ code: 2, stdout: '', stderr: 'tinh-gon: Tùy chọn --as-of cần một giá trị (YYYY-MM-DD).\nXem: tinh-gon check --help\n' });
    expect(await cli(['check', STRUCTURE, '--lang', 'en', '--as-of', '--'])).toEqual({ code: 2, stdout: '', stderr: 'tinh-gon: Option --as-of needs a value (YYYY-MM-DD).\nSee: tinh-gon check --help\n' });
  });

  it('check --as-of -h, in each language', async () => {
    expect(await cli(['check', STRUCTURE, '--as-of', '-h'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tinh-gon: Tùy chọn --as-of cần một giá trị (YYYY-MM-DD); giá trị bắt đầu bằng dấu - thì viết liền: --as-of=-h.\nXem: tinh-gon check --help\n',
    });
    expect(await cli(['check', STRUCTURE, '--as-of', '-h', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tinh-gon: Option --as-of needs a value (YYYY-MM-DD); write a value that starts with - as --as-of=-h.\nSee: tinh-gon check --help\n',
    });
  });

  it('apportion --total -3 says to write --total=-3; written so, the value is read (and refused)', async () => {
    expect(await cli(['apportion', fixture('units.csv'), '--total', '-3'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tinh-gon: Tùy chọn --total cần một giá trị (<N>); giá trị bắt đầu bằng dấu - thì viết liền: --total=-3.\nXem: tinh-gon apportion --help\n',
    });
    expect((await cli(['apportion', fixture('units.csv'), '--total=-3', '--lang', 'en'])).stderr).toBe(
      'tinh-gon: --total must be a non-negative whole number, not "-3".\nSee: tinh-gon apportion --help\n',
    );
  });

  it('- alone is a value (standard input), not an option', async () => {
    expect((await cli(['check', STRUCTURE, '--as-of', '-', '--lang', 'en'])).stderr).toBe(
      'tinh-gon: --as-of needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "-".\nSee: tinh-gon check --help\n',
    );
  });
});

describe('tinh-gon: English counts agree with their nouns', () => {
  const ONE_UNIT = JSON.stringify({ units: [{ id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: '1976-07-02' }] });
  const ONE_OPERATION = JSON.stringify({ effectiveOn: '2020-01-01', operations: [{ type: 'merge', sourceIds: ['thon-1', 'thon-2'], targetId: 'thon-3' }] });

  it('a command taking one argument', async () => {
    expect((await cli(['check', '--lang', 'en'])).stderr).toBe(
      'tinh-gon: Command check takes 1 argument, got 0. Usage: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]\nSee: tinh-gon check --help\n',
    );
    expect((await cli(['rules', 'x', '--lang', 'en'])).stderr).toContain('Command rules takes 0 arguments, got 1.');
    expect((await cli(['validate', 'a', 'b', 'c', '--lang', 'en'])).stderr).toContain('Command validate takes 0–2 arguments, got 3.');
  });

  it('one unit, one rule, one change, one person, one area', async () => {
    const files = { 's.json': ONE_UNIT };
    expect((await cli(['check', 's.json', '--as-of', '2020-01-01', '--lang', 'en'], { files })).stdout).toContain('Structure check: 1 unit\n');
    expect((await cli(['check', STRUCTURE, '--as-of', '2020-01-01', '--lang', 'en'])).stdout).toContain('Structure check: 31 units\n');
    expect((await cli(['rules', '--as-of', '2025-07-01', '--type', 'role-cap', '--lang', 'en'])).stdout).toContain('\n1 rule in force\n');
    expect((await cli(['changes', '--from', '2009-10-21', '--to', '2009-10-22', '--lang', 'en'])).stdout).toMatch(/^1 change after 2009-10-21 up to 2009-10-22\n/);
    expect((await cli(['changes', '--from', '2009-10-21', '--to', '2009-10-22'])).stdout).toMatch(/^1 thay đổi từ sau 2009-10-21 đến 2009-10-22\n/);
    const fixtureStructure = JSON.parse(readFileSync(STRUCTURE, 'utf8')) as { assignments: { personId: string }[] };
    const oneHolder = JSON.stringify({ ...fixtureStructure, assignments: fixtureStructure.assignments.filter((assignment) => assignment.personId === 'p1') });
    expect((await cli(['roles', 's.json', '--as-of', '2020-07-01', '--lang', 'en'], { files: { 's.json': oneHolder } })).stdout).toContain('Concurrent roles: 1 person holding posts\n');
    expect((await cli(['roles', 's.json', '--as-of', '2020-07-01'], { files: { 's.json': oneHolder } })).stdout).toContain('Kiêm nhiệm: 1 người giữ chức vụ\n');
    const coverage = ['coverage', STRUCTURE, '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--as-of', '2020-07-01', '--lang', 'en'];
    expect((await cli([...coverage, '--within', 'x-ch'])).stdout).toContain('\n1 of 1 area (100.00%).\n');
    expect((await cli([...coverage, '--within', 'h-vd'])).stdout).toContain('\n0 of 1 area (0.00%).\n');
    expect((await cli(['apportion', '-', '--total', '5', '--lang', 'en'], { stdin: 'id,headcount\na,1\n' })).stdout).toMatch(/^Apportioning 5 among 1 unit \(/);
  });

  it('a plan of one operation: validate, apply, diff', async () => {
    const files = { 'p.json': ONE_OPERATION };
    const validate = await cli(['validate', STRUCTURE, 'p.json', '--lang', 'en'], { files, tty: true });
    expect(validate.stdout).toContain('\nEffective 2020-01-01; 1 operation.\n');
    expect(validate.stderr).toBe('… Checking 1 operation…\n');
    expect((await cli(['validate', STRUCTURE, 'p.json'], { files, tty: true })).stderr).toBe('… Đang kiểm tra 1 thao tác…\n');
    expect((await cli(['apply', STRUCTURE, 'p.json', '--lang', 'en'], { files })).stdout).toContain(
      '\n2 units ended, 0 started, 1 continued; the new structure has 31 units (--format json for the structure).\n',
    );
    expect((await cli(['diff', STRUCTURE, 'p.json', '--lang', 'en'], { files })).stdout).toContain('\n2 units end, 0 units start, 1 unit changes.\n');
    expect((await cli(['diff', STRUCTURE, 'p.json'], { files })).stdout).toContain('\n2 đơn vị kết thúc, 0 bắt đầu, 1 thay đổi.\n');
  });

  it('apply and diff: one unit ended', async () => {
    const files = { 'p.json': JSON.stringify({ effectiveOn: '2020-01-01', operations: [{ type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-3' }] }) };
    expect((await cli(['apply', STRUCTURE, 'p.json', '--lang', 'en'], { files })).stdout).toContain('\n1 unit ended, 0 started, 1 continued; the new structure has 31 units');
    expect((await cli(['diff', STRUCTURE, 'p.json', '--lang', 'en'], { files })).stdout).toContain('\n1 unit ends, 0 units start, 1 unit changes.\n');
  });

  it('the note of a capped national report counts in agreement (and in Vietnamese whole)', () => {
    const scope = { province: {}, predecessors: [], unitIds: new Set<string>() } as unknown as ProvinceScope;
    const context = (lang: 'vi' | 'en') => ({ t: (vi: string, en: string) => (lang === 'vi' ? vi : en) }) as unknown as CommandContext;
    const one = [createTruncationIssue({ error: 1, warning: 0, info: 0 }, 1000)];
    expect(truncationNote(one, scope, context('en'))).toEqual([
      { kind: 'text', text: "Note: the national report keeps the first 1000 issues; 1 more (1 error, 0 warnings, 0 infos) was left out, so this province's list may be incomplete." },
    ]);
    const many = [createTruncationIssue({ error: 3, warning: 1, info: 1 }, 1000)];
    expect(truncationNote(many, scope, context('en'))).toEqual([
      { kind: 'text', text: "Note: the national report keeps the first 1000 issues; 5 more (3 errors, 1 warning, 1 info) were left out, so this province's list may be incomplete." },
    ]);
    expect(truncationNote(many, scope, context('vi'))).toEqual([
      { kind: 'text', text: 'Lưu ý: báo cáo toàn quốc giữ 1000 vấn đề đầu tiên; 5 vấn đề khác (3 lỗi, 1 cảnh báo, 1 thông tin) không được liệt kê, nên danh sách của tỉnh có thể thiếu.' },
    ]);
    // no scope, or a report under the cap (the 2025 reform's today): no note
    expect(truncationNote(many, undefined, context('en'))).toEqual([]);
    expect(truncationNote([], scope, context('en'))).toEqual([]);
  });
});

describe('tinh-gon: the two languages say the same', () => {
  it('changes: --to may be --from, not before it (vi)', async () => {
    expect(await cli(['changes', '--from', '2025-01-01', '--to', '2024-12-31'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tinh-gon: --to (2024-12-31) không được trước --from (2025-01-01).\nXem: tinh-gon changes --help\n',
    });
    expect((await cli(['changes', '--from', '2025-01-01', '--to', '2025-01-01'])).code).toBe(0);
  });
});

describe('tinh-gon: a bad true/false cell is quoted as written', () => {
  const csv = (flag: string) => `kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet\nresignation,civilServant,9000000,2025-08-01,180,${flag}\n`;

  it('trimmed, in its own case, in each language', async () => {
    expect((await cli(['benefits', 'l.csv', '--lang', 'en'], { files: { 'l.csv': csv(' Maybe ') } })).stderr).toBe(
      'tinh-gon: l.csv, line 2, column 6 (annexIIConditionsMet): true or false is expected, not "Maybe".\n',
    );
    expect((await cli(['benefits', 'l.csv'], { files: { 'l.csv': csv('KHÔNG RÕ') } })).stderr).toBe(
      'tinh-gon: l.csv, dòng 2, cột 6 (annexIIConditionsMet): cần true hoặc false, nhận được "KHÔNG RÕ".\n',
    );
  });

  it('a flag is still read in any case', async () => {
    for (const flag of ['YES', 'True', 'Không', ' có ']) {
      const result = await cli(['benefits', 'l.csv', '--format', 'json'], { files: { 'l.csv': csv(flag) } });
      expect({ flag, stderr: result.stderr, read: result.code !== 2 }).toEqual({ flag, stderr: '', read: true });
    }
  });
});

describe('tinh-gon: the language of a usage error comes from the options only', () => {
  it('--lang en after -- is two arguments: the error is in Vietnamese', async () => {
    expect(await cli(['check', '--', '-x', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tinh-gon: Lệnh check cần 1 đối số, nhận 3. Cách dùng: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]\nXem: tinh-gon check --help\n',
    });
    expect((await cli(['check', '--', '-x', '--lang=en'])).stderr).toMatch(/^tinh-gon: Lệnh check cần 1 đối số, nhận 2\./);
  });

  it('--lang en before -- counts', async () => {
    expect((await cli(['check', '--lang', 'en', '--', '-x', 'y'])).stderr).toMatch(/^tinh-gon: Command check takes 1 argument, got 2\./);
    expect((await cli(['check', '--lang=en', '--', '-x', 'y'])).stderr).toMatch(/^tinh-gon: Command check takes 1 argument, got 2\./);
  });

  it('the last --lang counts, as for the output', async () => {
    expect((await cli(['check', '--lang', 'en', '--lang', 'vi'])).stderr).toMatch(/^tinh-gon: Lệnh check cần 1 đối số, nhận 0\./);
    expect((await cli(['check', '--lang', 'vi', '--lang=en'])).stderr).toMatch(/^tinh-gon: Command check takes 1 argument, got 0\./);
  });
});
