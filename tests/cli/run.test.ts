import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { parseStructure } from '../../src/parse/index.js';
import { findRuleChanges, defaultRulebook, rulesInForce } from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';
import { cli, fixture, shellWords, TODAY } from './support.js';

const STRUCTURE = fixture('structure.json');
const MERGE = fixture('merge-plan.json');
const BAD_PLAN = fixture('plan-with-errors.json');
const json = (text: string) => JSON.parse(text) as Record<string, unknown> & { issues?: { code: string; severity: string; message: { vi: string; en: string }; unitIds?: string[] }[] };

describe('tinh-gon: help and version', () => {
  it('prints the main help listing every subcommand, exit 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of commands) expect(result.stdout).toContain(`  ${command.name} `);
    expect(result.stdout).toContain('Mã thoát: 0');
    expect((await cli(['--help', '--lang', 'en'])).stdout).toContain('Exit codes: 0 no error');
    expect((await cli(['--lang', 'en', '--help'])).stdout).toContain('Exit codes: 0 no error');
    expect((await cli(['--lang=en', '-h'])).stdout).toContain('Exit codes: 0 no error');
    expect((await cli(['--lang', 'en'])).code).toBe(2);
  });

  it('with no arguments prints the help on stderr and exits 2', async () => {
    const result = await cli([]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('Cách dùng: tinh-gon <lệnh>');
  });

  it.each(commands.map((command) => command.name))('%s --help: usage, options and an example, in both languages', async (name) => {
    for (const lang of ['vi', 'en'] as const) {
      const result = await cli([name, '--help', '--lang', lang]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`tinh-gon ${name}`);
      expect(result.stdout).toContain(lang === 'vi' ? 'Ví dụ:' : 'Examples:');
      expect(result.stdout).toMatch(new RegExp(`\\n  tinh-gon ${name} `));
      expect(result.stdout).toContain('--format text|json|md');
    }
    expect((await cli(['help', name])).stdout).toBe((await cli([name, '-h'])).stdout);
  });

  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('tinh-gon: bad usage exits 2 with what to fix', () => {
  it.each([
    [['chek', STRUCTURE], 'Unknown command: chek. Did you mean check?'],
    [['check', STRUCTURE, '--as-off', '2025-01-01'], 'Unknown option: --as-off (command check). Did you mean --as-of?'],
    [['check', STRUCTURE, '-x'], 'Unknown option: -x (command check).'],
    [['check', STRUCTURE, '--as-of'], 'Option --as-of needs a value (YYYY-MM-DD).'],
    [['check', STRUCTURE, '--help=yes'], 'Option --help takes no value.'],
    [['check', STRUCTURE, '--as-of', '2025-02-30'], '--as-of needs a real date YYYY-MM-DD'],
    [['check', STRUCTURE, '--format', 'jsn'], '--format takes text, json, md, not "jsn". Did you mean json?'],
    [['check', STRUCTURE, '--limit', 'ten'], '--limit needs a non-negative whole number'],
    [['check'], 'Command check takes 1 argument, got 0. Usage: tinh-gon check'],
    [['--verison'], 'A command is expected before options, not --verison. Did you mean --version?'],
    [['validate', STRUCTURE], 'Two files are needed: <structure.json> <plan.json> (or --reform-2025).'],
    [['validate', STRUCTURE, MERGE, '--province', '42'], '--province works only with --reform-2025.'],
    [['validate', STRUCTURE, '--reform-2025'], '--reform-2025 replaces the two files'],
    [['validate', '--reform-2025', '--province', 'atlantis'], 'No province "atlantis" after 2025-07-01'],
    [['coverage', STRUCTURE, '--level', 'commune'], 'Both --rule and --level are needed.'],
    [['coverage', STRUCTURE, '--rule', 'r', '--level', 'commune', '--target', '75'], '--target is written ">75%"'],
    [['coverage', STRUCTURE, '--rule', 'r', '--level', 'commune', '--target', '>100.5%'], '--target is written ">75%"'],
    [['apportion', fixture('units.csv')], '--total must be a non-negative whole number.'],
    [['apportion', fixture('units.csv'), '--total', '-3'], 'Option --total needs a value (<N>); write a value that starts with - as --total=-3.'],
    [['changes'], '--from YYYY-MM-DD is needed.'],
    [['changes', '--from', '2025-01-01', '--to', '2024-01-01'], '--to (2024-01-01) must not be before --from (2025-01-01).'],
    [['rules', '--topic', 'moneys'], '--topic takes structure, merge, area-standards, roles, staffing, norms, benefits, not "moneys".'],
  ])('%j', async (args, message) => {
    const result = await cli([...args, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('speaks Vietnamese by default, and --lang may come first', async () => {
    expect((await cli(['chek'])).stderr).toBe('tinh-gon: Lệnh không rõ: chek. Có phải ý bạn là check?\nXem: tinh-gon --help\n');
    expect((await cli(['--lang', 'en', 'check', STRUCTURE, '--as-of', '2020-06-01'])).stdout).toContain('As of 2020-06-01');
    expect((await cli(['--lang=en', 'check', STRUCTURE, '--as-of', '2020-06-01'])).stdout).toContain('As of 2020-06-01');
  });
});

describe('tinh-gon: unreadable input exits 2 with a clear message', () => {
  it.each([
    ['a missing file', ['check', 'nowhere/structure.json'], {}, 'No such file: nowhere/structure.json (check the path).'],
    ['a folder', ['check', join(import.meta.dirname, 'fixtures')], {}, 'is a directory, not a file.'],
    ['JSON with a syntax error', ['check', 'broken.json'], { 'broken.json': '{\n  "units": [\n    { "id": }\n  ]\n}' }, 'broken.json is not valid JSON'],
    ['an empty file', ['check', 'empty.json'], { 'empty.json': '  \n' }, 'empty.json is empty: JSON expected.'],
    ['JSON that is not a structure', ['check', 'wrong.json'], { 'wrong.json': '{ "units": [{ "id": "x", "kind": "provnce", "name": { "vi": "X" }, "from": "2020-01-01" }] }' }, 'wrong.json is not a valid structure:'],
    ['a plan of the wrong shape', ['validate', STRUCTURE, 'plan.json'], { 'plan.json': '{ "effectiveOn": "2025-7-1", "operations": [] }' }, 'plan.json is not a valid plan:'],
  ])('%s', async (_, args, files, message) => {
    const result = await cli([...args, '--lang', 'en'], { files });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('names the path of a schema problem in the chosen language', async () => {
    const files = { 'wrong.json': '{ "units": [{ "id": "x", "kind": "provnce", "name": { "vi": "X" }, "from": "2020-01-01" }] }' };
    const vi = await cli(['check', 'wrong.json'], { files });
    expect(vi.stderr).toContain('wrong.json không phải cơ cấu tổ chức (structure) hợp lệ:');
    expect(vi.stderr).toContain('units[0].kind');
  });

  it('reports where JSON breaks when the runtime says where', async () => {
    const result = await cli(['check', 'broken.json', '--lang', 'en'], { files: { 'broken.json': '{\n  "units": [\n    { "id": }\n  ]\n}' } });
    // Node 20 and 22+ word the error differently; both give a position here
    expect(result.stderr).toMatch(/line 3, column 12|not valid JSON/);
  });

  it('reads one input from standard input (-), not two', async () => {
    const structure = readFileSync(STRUCTURE, 'utf8');
    expect((await cli(['check', '-', '--as-of', '2020-06-01'], { stdin: `\uFEFF${structure}` })).code).toBe(0);
    const twice = await cli(['validate', '-', '-', '--lang', 'en'], { stdin: structure });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('Only one input can be read from standard input (-).');
  });

  it('turns a contract breach the library throws on the input into exit 2', async () => {
    const result = await cli(['coverage', STRUCTURE, '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--within=', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tinh-gon: Unusable input: options.within must be the id of an area, received ""\n');
  });
});

describe('tinh-gon check', () => {
  it('exits 0 on a valid structure and states the date', async () => {
    const result = await cli(['check', STRUCTURE, '--as-of', '2020-06-01']);
    expect(result).toEqual({ code: 0, stderr: '', stdout: 'Ngày áp dụng: 2020-06-01\n\nKiểm tra cơ cấu: 31 đơn vị\n──────────────────────────\nHợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin\n' });
  });

  it('defaults --as-of to today and says so', async () => {
    const result = await cli(['check', STRUCTURE, '--lang', 'en']);
    expect(result.stdout.split('\n')[0]).toBe(`As of ${TODAY} (today)`);
    expect(result.code).toBe(1);
  });

  it('exits 1 when the district level is gone, with a JSON report a program can read', async () => {
    const result = await cli(['check', STRUCTURE, '--as-of', '2025-07-01', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(report).toMatchObject({ command: 'check', asOf: '2025-07-01', ok: false, errors: 19, warnings: 7, infos: 0 });
    // the district level is gone (errors); the communes' committees lack the offices NĐ 150/2025 provides (warnings)
    expect(new Set(report.issues?.map((issue) => issue.code))).toEqual(new Set(['kind_not_in_force', 'parent_kind_not_allowed', 'structure_body_missing']));
  });

  it('--limit shows that many issue lines and counts the rest', async () => {
    const result = await cli(['check', STRUCTURE, '--as-of', '2025-07-01', '--limit', '2', '--lang', 'en']);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('  ✗'))).toHaveLength(2);
    expect(result.stdout).toContain('… and 24 more issues not shown');
  });
});

describe('tinh-gon validate, apply, diff', () => {
  it('a plan with errors exits 1 and prints them in either language', async () => {
    const vi = await cli(['validate', STRUCTURE, BAD_PLAN]);
    const en = await cli(['validate', STRUCTURE, BAD_PLAN, '--lang', 'en']);
    const data = json((await cli(['validate', STRUCTURE, BAD_PLAN, '--format', 'json'])).stdout);
    expect([vi.code, en.code]).toEqual([1, 1]);
    expect(data).toMatchObject({ command: 'validate', ok: false, errors: 3, warnings: 1, plan: { id: 'plan-with-errors', effectiveOn: '2025-07-01', operations: 2 } });
    expect(data.asOf).toBeUndefined();
    expect(vi.stdout).toContain('Không hợp lệ: 3 lỗi, 1 cảnh báo, 0 thông tin');
    expect(en.stdout).toContain('Not valid: 3 errors, 1 warning, 0 info');
    for (const issue of data.issues ?? []) {
      expect(vi.stdout).toContain(`${issue.code}: ${issue.message.vi}`);
      expect(en.stdout).toContain(`${issue.code}: ${issue.message.en}`);
    }
  });

  it('a valid plan exits 0', async () => {
    const result = await cli(['validate', STRUCTURE, MERGE, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Effective 2020-01-01; 2 operations.');
  });

  it('renders Markdown for reports', async () => {
    const result = await cli(['validate', STRUCTURE, BAD_PLAN, '--format', 'md', '--lang', 'en']);
    expect(result.stdout).toContain('## Validation of plan plan-with-errors');
    expect(result.stdout).toContain('**Not valid: 3 errors, 1 warning, 0 info**');
    expect(result.stdout).toMatch(/\n- ✗ `plan_family_mismatch`: /);
    expect(result.stdout).toContain('(basis: 203/2025/QH15, Art. 110)');
    const limited = await cli(['validate', STRUCTURE, BAD_PLAN, '--format', 'md', '--limit', '1']);
    expect(limited.stdout).toContain('- … và 3 vấn đề khác không hiển thị');
  });

  it('apply --format json gives the structure after the plan, which parses again', async () => {
    const result = await cli(['apply', STRUCTURE, MERGE, '--format', 'json']);
    expect(result.code).toBe(0);
    const data = json(result.stdout) as { structure: unknown; events: { change: string; unitId: string }[] };
    const parsed = parseStructure(data.structure);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.units.find((unit) => unit.id === 'tt-vh')?.to).toBe('2020-01-01');
    expect(data.events.filter((event) => event.change === 'started').map((event) => event.unitId)).toEqual(['tt-vh-tt']);
    expect((await cli(['apply', STRUCTURE, MERGE, '--lang', 'en'])).stdout).toContain('4 units ended, 1 started, 1 continued; the new structure has 32 units');
  });

  it('apply and diff of a plan with errors exit 1 and give only the report', async () => {
    for (const command of ['apply', 'diff']) {
      const result = await cli([command, STRUCTURE, BAD_PLAN, '--format', 'json']);
      expect(result.code).toBe(1);
      expect(json(result.stdout)).toMatchObject({ ok: false, errors: 3 });
      expect(json(result.stdout).structure).toBeUndefined();
    }
  });

  it('diff lists what ends, starts and changes', async () => {
    const result = await cli(['diff', STRUCTURE, MERGE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 đơn vị kết thúc, 1 bắt đầu, 1 thay đổi.');
    expect(result.stdout).toMatch(/kết thúc +Thôn 1 \(thon-1\) +merge +→ Thôn 3/);
    expect(result.stdout).toMatch(/bắt đầu +Trung tâm Văn hóa - Truyền thông \(tt-vh-tt\) +consolidate +← Trung tâm Văn hóa, ← Đài Truyền thanh - Truyền hình/);
  });
});

describe('tinh-gon validate --reform-2025 (the real country)', () => {
  it('validates the reform and narrows the report to one province, by code or by name', async () => {
    const byCode = await cli(['validate', '--reform-2025', '--province', '42', '--format', 'json'], { tty: true });
    expect(byCode.code).toBe(0);
    expect(byCode.stderr).toContain('… Đang kiểm tra 5.024 thao tác…');
    const data = json(byCode.stdout);
    expect(data).toMatchObject({ ok: true, errors: 0, province: { id: 'vn-2025-07:p42', code: '42', name: 'Tỉnh Hà Tĩnh' }, plan: { id: 'reform-2025', operations: 5024 } });
    // every issue shown is about a unit of Hà Tĩnh (codes 18xxx), none about another province
    expect(data.issues?.length).toBeGreaterThan(0);
    for (const issue of data.issues ?? []) expect(issue.unitIds?.some((id) => /^vn-2025-0[37]:(p42|d4[3-4]\d|c18\d{3})$/.test(id))).toBe(true);
    const byName = await cli(['validate', '--reform-2025', '--province', 'ha tinh', '--format', 'json']);
    expect(json(byName.stdout).issues).toEqual(data.issues);
    expect(byName.stderr).toBe('');
  });

  it('finds a merged province by its old name; the national report is under the cap, so no note', async () => {
    const result = await cli(['diff', '--reform-2025', '--province', 'quang binh', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Note: the national report keeps');
    expect(result.stdout).toContain('Showing Tỉnh Quảng Trị (44) only, formed from: Tỉnh Quảng Bình, Tỉnh Quảng Trị.');
    expect(result.stdout).toMatch(/ends +Tỉnh Quảng Bình \(vn-2025-03:p44\) +consolidate +→ Tỉnh Quảng Trị/);
  });
});

describe('tinh-gon roles and coverage', () => {
  it('roles: the secretary chairing the committee is a pilot (info), exit 0', async () => {
    const result = await cli(['roles', STRUCTURE, '--as-of', '2020-07-01', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(json(result.stdout).issues?.map((issue) => issue.code)).toEqual(['role_combination_pilot']);
    const warnings = await cli(['roles', STRUCTURE, '--as-of', '2020-07-01', '--min-severity', 'warning', '--format', 'json']);
    expect(json(warnings.stdout).issues).toEqual([]);
  });

  it('coverage: 1 of 5 communes, 3 short of more than 75%: exit 1', async () => {
    const args = ['coverage', STRUCTURE, '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--as-of', '2020-07-01'];
    const result = await cli([...args, '--target', '>75%', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 of 5 areas (20.00%).');
    expect(result.stdout).toContain('Target: more than 75% → 4 needed; 3 short.');
    expect(result.stdout).toMatch(/Xã Cộng Hòa +yes +Hoàng Văn E/);
    const atLeast = json((await cli([...args, '--target', '>=20%', '--format', 'json'])).stdout) as { coverage: { target: unknown } };
    expect(atLeast.coverage.target).toMatchObject({ comparison: 'at-least', basisPoints: 2000, requiredUnits: 1, met: true });
    expect((await cli(args)).code).toBe(0);
    expect((await cli([...args, '--within', 'tp-cp'])).stdout).toContain('1/4 địa bàn (25,00%).');
  });

  it('coverage of an unknown rule exits 1 with the issue', async () => {
    const result = await cli(['coverage', STRUCTURE, '--rule', 'roles.nope', '--level', 'commune', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(json(result.stdout).issues?.map((issue) => issue.code)).toEqual(['rule_unknown']);
  });
});

describe('tinh-gon apportion and benefits (tables)', () => {
  it('apportions exactly the total, within the caps and floors', async () => {
    const result = await cli(['apportion', fixture('units.csv'), '--total', '10', '--format', 'json']);
    expect(result.code).toBe(0);
    const data = json(result.stdout) as { units: { id: string; weight: number; share: number }[] };
    expect(data.units.map((unit) => unit.share)).toEqual([2, 1, 2, 2, 2, 1]);
    const capped = json((await cli(['apportion', fixture('units.csv'), '--total', '40', '--format', 'json'])).stdout) as typeof data;
    expect(capped.units.reduce((sum, unit) => sum + unit.share, 0)).toBe(40);
    expect(capped.units.find((unit) => unit.id === 'tt-vh')?.share).toBe(3);
  });

  it('reads a JSON array of objects too, and another weight column', async () => {
    const files = { 'u.json': JSON.stringify([{ id: 'a', staff: 30 }, { id: 'b', staff: 10 }]) };
    const result = await cli(['apportion', 'u.json', '--total', '4', '--weight', 'staff', '--format', 'json'], { files });
    expect((json(result.stdout) as { units: { share: number }[] }).units.map((unit) => unit.share)).toEqual([3, 1]);
  });

  it('an exact tie fails (exit 1) unless a tie policy is named', async () => {
    const files = { 'tie.csv': 'id,headcount\na,5\nb,5\n' };
    const tie = await cli(['apportion', 'tie.csv', '--total', '1', '--format', 'json'], { files });
    expect(tie.code).toBe(1);
    expect(json(tie.stdout).issues?.map((issue) => issue.code)).toContain('apportion_tie_unresolved');
    const resolved = await cli(['apportion', 'tie.csv', '--total', '1', '--tie-policy', 'by-id', '--lang', 'en'], { files });
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toMatch(/a +5 +1\n/);
  });

  it.each([
    ['a weight with a decimal point', 'id,name,headcount\nx,X,8\ny,Y,8.5\n', 'u.csv, line 3, column 3 (headcount): a non-negative whole number (digits only) is expected, not "8.5".'],
    ['a missing weight column', 'id,name\nx,X\n', 'u.csv: no column headcount (columns: id, name).'],
    ['an empty id', 'id,headcount\n,8\n', 'u.csv, line 2, column 1 (id): empty, a value is needed.'],
    ['broken CSV', 'id,headcount\n"x,8\n', 'u.csv: invalid CSV at line 2, column 1: a quoted field is never closed.'],
    ['a JSON object instead of an array', '{"id":"x"}', 'u.csv: a JSON array of objects (one per row) is expected.'],
    ['a JSON array of numbers', '[1]', 'u.csv, item 1: a JSON object is expected.'],
  ])('a bad table (%s) exits 2 naming the row and column', async (_, text, message) => {
    const result = await cli(['apportion', 'u.csv', '--total', '3', '--lang', 'en'], { files: { 'u.csv': text } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('benefits: each leaver under the decree of their leaving day, with the total in đồng', async () => {
    const vi = await cli(['benefits', fixture('leavers.csv')]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/p1 +early-retirement +benefits\.early-retirement\.reorganisation +58,5 +702\.000\.000 đ/);
    expect(vi.stdout).toMatch(/Tổng +129 +1\.336\.500\.000 đ/);
    const en = await cli(['benefits', fixture('leavers.csv'), '--lang', 'en']);
    expect(en.stdout).toMatch(/Total +129 +1,336,500,000 VND/);
    const data = json((await cli(['benefits', fixture('leavers.csv'), '--format', 'json'])).stdout) as { benefits: { total: number } };
    expect(data.benefits.total).toBe(1_336_500_000);
  });

  it.each([
    ['a date that does not exist', 'kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,9000000,2025-13-01,180\n', 'line 2, column 4 (leavingDate): a date YYYY-MM-DD is expected, not "2025-13-01".'],
    ['an unknown kind', 'kind,category,monthlySalary,leavingDate,insuranceMonths\nquit,civilServant,9000000,2025-08-01,180\n', 'column 1 (kind): one of early-retirement, resignation is expected, not "quit".'],
    ['money with separators', 'kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,"9,000,000",2025-08-01,180\n', 'column 3 (monthlySalary): a non-negative whole number (digits only) is expected, not "9,000,000".'],
    ['a flag that is not one', 'kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet\nresignation,civilServant,9000000,2025-08-01,180,maybe\n', 'column 6 (annexIIConditionsMet): true or false is expected, not "maybe".'],
  ])('benefits: %s exits 2 naming the row and column', async (_, text, message) => {
    const result = await cli(['benefits', 'l.csv', '--lang', 'en'], { files: { 'l.csv': text } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('benefits a domain problem (no rule in force on the leaving day) exits 1', async () => {
    const files = { 'l.csv': 'kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet\nresignation,civilServant,9000000,2010-08-01,180,no\n' };
    const result = await cli(['benefits', 'l.csv', '--format', 'json'], { files });
    expect(result.code).toBe(1);
    expect(json(result.stdout).errors).toBeGreaterThan(0);
  });
});

describe('tinh-gon rules and changes', () => {
  it('rules lists the rules in force on the date', async () => {
    const result = json((await cli(['rules', '--as-of', '2025-07-01', '--topic', 'benefits', '--format', 'json'])).stdout) as { rules: { id: string }[] };
    const expected = rulesInForce(defaultRulebook, isoDate('2025-07-01'), { topic: 'benefits' }).map((found) => found.rule.id);
    expect(result.rules.map((rule) => rule.id)).toEqual(expected);
    expect(expected).toContain('benefits.early-retirement.reorganisation');
    const text = await cli(['rules', '--as-of', '2025-07-01', '--type', 'role-cap', '--lang', 'en']);
    expect(text.stdout).toContain('1 rule in force\n');
  });

  it('changes lists what changed between two dates, to today by default', async () => {
    const result = await cli(['changes', '--from', '2024-12-31', '--to', '2025-12-31', '--topic', 'benefits', '--format', 'json']);
    const expected = findRuleChanges(defaultRulebook, { from: isoDate('2024-12-31'), to: isoDate('2025-12-31'), topic: 'benefits' });
    expect((json(result.stdout) as { changes: unknown[] }).changes).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = await cli(['changes', '--from', '2025-03-14', '--lang', 'en', '--type', 'resignation-benefit']);
    expect(text.stdout).toContain(`after 2025-03-14 up to ${TODAY}`);
  });

  it('--rules adds a rulebook file, and a bad one exits 2', async () => {
    const additions = { instruments: [], rules: [] };
    expect((await cli(['rules', '--rules', 'a.json', '--as-of', '2025-07-01'], { files: { 'a.json': JSON.stringify(additions) } })).code).toBe(0);
    const bad = await cli(['rules', '--rules', 'a.json', '--lang', 'en'], { files: { 'a.json': '{ "rules": 3 }' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('a.json is not a valid rulebook additions file:');
  });
});

describe('tinh-gon lookup (the shipped national lists)', () => {
  it('"ky anh" finds the old district and town and the new commune, with the reform links', async () => {
    const result = await cli(['lookup', 'ky anh', '--format', 'json']);
    expect(result.code).toBe(0);
    const data = json(result.stdout) as { asOf?: string; units: { unit: { id: string }; predecessors?: { name: string; transfer: string }[] }[] };
    expect(data.asOf).toBeUndefined();
    expect(data.units.map((entry) => entry.unit.id)).toEqual(['vn-2025-03:d447', 'vn-2025-03:d449', 'vn-2025-07:c18775']);
    expect(data.units[2]?.predecessors?.map((transfer) => transfer.name)).toEqual(['Xã Kỳ Phú', 'Xã Kỳ Tiến', 'Xã Kỳ Giang', 'Thị trấn Kỳ Đồng']);
    const text = await cli(['lookup', 'KỲ ANH', '--lang', 'en']);
    expect(text.stdout).not.toContain('As of');
    expect(text.stdout).toContain('The 2025 reform: formed from Xã Kỳ Phú (18763), Xã Kỳ Tiến (18769), Xã Kỳ Giang (18772), Thị trấn Kỳ Đồng (18775)');
    expect(text.stdout).toMatch(/Area \(km²\) +64\.74/);
  });

  it('a code is read on --as-of: 44 is Quảng Bình before the reform, Quảng Trị after', async () => {
    const before = await cli(['lookup', '44', '--as-of', '2025-06-30']);
    expect(before.stdout).toContain('Tỉnh Quảng Bình (44)');
    expect(before.stdout).toContain('Cải cách 2025: sáp nhập vào Tỉnh Quảng Trị (44)');
    const after = await cli(['lookup', '44']);
    expect(after.stdout).toContain(`Ngày áp dụng: ${TODAY} (hôm nay)`);
    expect(after.stdout).toContain('hình thành từ Tỉnh Quảng Bình (44), Tỉnh Quảng Trị (45)');
  });

  it('a partial transfer and a dissolved district say so', async () => {
    expect((await cli(['lookup', '00634', '--as-of', '2025-06-01', '--lang', 'en'])).stdout).toContain('Phường Xuân Phương (00622) (in part)');
    expect((await cli(['lookup', 'huyen ky anh', '--as-of', '2025-06-01', '--lang', 'en'])).stdout).toContain('The 2025 reform: dissolved (no district level).');
  });

  it('nothing found exits 1 and says how names are matched', async () => {
    const result = await cli(['lookup', 'ky', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Nothing found for "ky". Names are whole names');
    expect((await cli(['lookup', '44', '--as-of', '2020-01-01', '--lang', 'en'])).stdout).toContain('on 2020-01-01 (the lists start on 2025-03-01)');
  });
});

describe('tinh-gon: progress only on a terminal', () => {
  it('writes progress to stderr when it is a TTY, nothing otherwise', async () => {
    const args = ['roles', STRUCTURE, '--as-of', '2020-07-01'];
    const quiet = await cli(args);
    const loud = await cli(args, { tty: true });
    expect(quiet.stderr).toBe('');
    expect(loud.stderr).toBe('… Đang kiểm tra kiêm nhiệm…\n');
    expect(loud.stdout).toBe(quiet.stdout);
  });
});

describe('tinh-gon: the remaining paths', () => {
  const failing = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

  it.each([
    [failing('EACCES'), 'No permission to read x.json.'],
    [failing('EIO'), 'Cannot read x.json: EIO: failed'],
    [new Error('odd'), 'Cannot read x.json: odd'],
  ])('a file that cannot be read (%s) exits 2', async (error, message) => {
    const result = await cli(['check', 'x.json', '--lang', 'en'], { files: { 'x.json': error } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it.each(['{"a":}', 'abc', '{"a": 1,}'])('JSON that does not parse (%s) exits 2 saying so', async (text) => {
    const result = await cli(['check', 'x.json', '--lang', 'en'], { files: { 'x.json': text } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tinh-gon: x\.json is not valid JSON: /);
  });

  it('a failure that is not about the input (a bug) is thrown, not hidden', async () => {
    await expect(cli(['check', '-'], { stdin: new Error('stdin broke') })).rejects.toThrow('stdin broke');
  });

  it('reads a table from standard input and names it stdin in messages', async () => {
    const result = await cli(['apportion', '-', '--total', '2', '--lang', 'en'], { stdin: 'id,headcount\na,x\n' });
    expect(result.stderr).toContain('stdin, line 2, column 2 (headcount)');
    expect((await cli(['apportion', '-', '--total', '1.5', '--lang', 'en'], { stdin: 'id,headcount\na,1\n' })).stderr).toContain('--total must be a non-negative whole number, not "1.5".');
  });

  it('benefits without personId numbers the rows, and reads yes as true', async () => {
    const files = { 'l.csv': 'kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet,decisionDate\nresignation,civilServant,9000000,2025-08-01,180,yes,2025-07-01\n' };
    const result = await cli(['benefits', 'l.csv', '--format', 'md', '--lang', 'en'], { files });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n\| 1 \| resignation \| benefits\.resignation\.reorganisation \| /);
    expect(result.stdout).toContain('| Person | Kind | Rule | Salary-months | Amount |\n|---|---|---|---|---|\n');
  });

  it('a structure without people, and a plan without an id', async () => {
    const files = { 's.json': JSON.stringify({ units: [{ id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: '1976-07-02' }] }), 'p.json': JSON.stringify({ effectiveOn: '2020-01-01', operations: [] }) };
    expect((await cli(['roles', 's.json', '--as-of', '2020-01-01', '--lang', 'en'], { files })).stdout).toContain('Concurrent roles: 0 people holding posts');
    const coverage = await cli(['coverage', 's.json', '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--as-of', '2020-07-01', '--format', 'json'], { files });
    expect(coverage.code).toBe(1);
    expect(json(coverage.stdout).issues?.map((issue) => issue.code)).toEqual(['coverage_no_units']);
    expect((await cli(['validate', 's.json', 'p.json', '--lang', 'en'], { files })).stdout).toContain('Validation of plan\n');
  });

  it('the whole reform without --province: no error, the capped report as it is', async () => {
    const result = await cli(['validate', '--reform-2025', '--limit', '0', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Valid: 0 errors, [\d,]+ warnings/);
    expect(result.stdout).not.toContain('Showing');
  });
});

describe('tinh-gon: every example of the help runs as written', () => {
  const examples = commands.flatMap((command) => command.examples.map((example) => [command.name, example.command] as const));
  it.each(examples)('%s: %s', async (_, line) => {
    // the part before a pipe or a redirection, without the leading `tinh-gon`
    const words = shellWords(line);
    const end = words.findIndex((word) => word === '|' || word === '>');
    const args = words.slice(1, end === -1 ? undefined : end);
    const result = await cli(args);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    expect(result.stdout.length).toBeGreaterThan(0);
  });
});

describe('tinh-gon: Vietnamese help is Vietnamese all through', () => {
  const ENGLISH = new Set(['the', 'of', 'and', 'is', 'are', 'with', 'from', 'not', 'only', 'or', 'by', 'for', 'on', 'this', 'that', 'which', 'each', 'every']);
  const englishWords = (text: string) => text.split(/[^\p{L}]+/u).filter((word) => ENGLISH.has(word.toLowerCase()));
  // words that are code, not prose: option values, column names, identifiers
  const stripCode = (text: string) => text.replace(/`[^`]*`|--[\w-]+|\b[\w-]+\.(json|csv|md)\b|"[^"]*"|\([A-Za-z][\w|, -]*\)|\b[a-z]+[A-Z]\w*\b|\b[a-z]+(-[a-z0-9]+)+\b/g, '');
  it.each(commands.map((command) => [command.name, command] as const))('%s', (_, command) => {
    const texts = [command.summary.vi, command.description.vi, ...command.options.map((option) => option.help.vi), ...command.examples.map((example) => example.note.vi)];
    for (const text of texts) expect(englishWords(stripCode(text)), text).toEqual([]);
    expect(englishWords('the rules of the date')).toEqual(['the', 'of', 'the']);
  });
});
