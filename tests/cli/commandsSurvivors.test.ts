import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/CliIo.js';
import type { CommandContext } from '../../src/cli/Command.js';
import { findReformProvince, issuesInScope, type ProvinceScope, truncationNote } from '../../src/cli/commands/planInputs.js';
import { run } from '../../src/cli/run.js';
import { createTruncationIssue, ISSUE_LIMIT, type Issue } from '../../src/report/index.js';
import { defaultRulebook } from '../../src/rules/index.js';
import { kyAnhLocalRules } from '../../src/samples/index.js';
import { findVietnamUnit } from '../../src/vn/index.js';
import { cli, fixture } from './support.js';

/** Exact outputs for the mutants the first mutation run of the commands left alive. */
const STRUCTURE = fixture('structure.json');
const base = JSON.parse(readFileSync(STRUCTURE, 'utf8')) as { units: { id: string }[]; people: unknown[]; assignments: unknown[] };
const usage = (command: string, message: string) => `tinh-gon: ${message}\nSee: tinh-gon ${command} --help\n`;

describe('--province: which province, and which issues are its own', () => {
  it.each([
    ['42', 'vn-2025-07:p42'],
    ['ha noi', 'vn-2025-07:p01'],
    ['ho chi minh', 'vn-2025-07:p79'],
    ['da nang', 'vn-2025-07:p48'],
    ['quang binh', 'vn-2025-07:p44'],
  ])('%s names %s (centrally-run cities are provinces too)', (text, id) => {
    expect(findReformProvince(text).id).toBe(id);
  });

  it.each(['18160', '042'])('%s is no province code (one or two digits only)', async (text) => {
    expect(await cli(['validate', '--reform-2025', '--province', text, '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: usage('validate', `No province "${text}" after 2025-07-01: use its code (e.g. 42) or its name without diacritics (e.g. "ha tinh"); look it up with: tinh-gon lookup "<name>".`),
    });
  });

  const province = findVietnamUnit('42', '2025-07-01' as never);
  if (province === undefined) throw new Error('no province 42');
  const scope: ProvinceScope = { province, predecessors: [], unitIds: new Set(['in-scope']) };
  const issue = (unitIds?: string[]): Issue => ({ code: 'plan_area_exempt', severity: 'info', message: { vi: 'x', en: 'x' }, ...(unitIds === undefined ? {} : { unitIds }) });
  const truncated = createTruncationIssue({ error: 1, warning: 2, info: 3 }, ISSUE_LIMIT);

  it('keeps the issues about no unit and about its units; drops the others and the national truncation', () => {
    const general = issue();
    const none = issue([]);
    const inside = issue(['elsewhere', 'in-scope']);
    expect(issuesInScope([general, issue(['elsewhere']), none, truncated, inside], scope)).toEqual([general, none, inside]);
  });

  it.each([
    ['en', `Note: the national report keeps the first ${ISSUE_LIMIT} issues; 6 more (1 error, 2 warnings, 3 infos) were left out, so this province's list may be incomplete.`],
    ['vi', `Lưu ý: báo cáo toàn quốc giữ ${ISSUE_LIMIT} vấn đề đầu tiên; 6 vấn đề khác (1 lỗi, 2 cảnh báo, 3 thông tin) không được liệt kê, nên danh sách của tỉnh có thể thiếu.`],
  ] as const)('a capped national report (its truncation last) gets a note, in %s', (lang, text) => {
    const context = { lang, t: (vi: string, en: string) => (lang === 'vi' ? vi : en) } as unknown as CommandContext;
    expect(truncationNote([issue(['in-scope']), truncated], scope, context)).toEqual([{ kind: 'text', text }]);
  });
});

describe('lookup: the 2025-reform line and code-or-name queries', () => {
  it.each([
    ['x44', 'vi', 'Không tìm thấy "x44". Tên cần đầy đủ (ví dụ "ky anh", "thi xa ky anh").\n'],
    ['44x', 'vi', 'Không tìm thấy "44x". Tên cần đầy đủ (ví dụ "ky anh", "thi xa ky anh").\n'],
    ['x44', 'en', 'Nothing found for "x44". Names are whole names (e.g. "ky anh", "thi xa ky anh").\n'],
    ['44x', 'en', 'Nothing found for "44x". Names are whole names (e.g. "ky anh", "thi xa ky anh").\n'],
  ])('%s (%s) is a name, not a code: no date in the answer', async (query, lang, stdout) => {
    expect(await cli(['lookup', query, '--lang', lang])).toEqual({ code: 1, stdout, stderr: '' });
  });

  it('a new commune formed in part from another, Vietnamese', async () => {
    expect(await cli(['lookup', '00700', '--as-of', '2025-07-01'])).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2025-07-01

Xã Ngọc Đường (00700)
─────────────────────
Trường           Giá trị
───────────────  ───────────────────
id               vn-2025-07:c00700
Loại             xã
Thuộc            Tỉnh Tuyên Quang
Nguồn            danh sách 01/7/2025
Dân số           9.989
Diện tích (km²)  84,26
Cải cách 2025: hình thành từ Xã Ngọc Đường (00700), Xã Yên Định (00988) (một phần)
`,
      stderr: '',
    });
  });

  it('a new commune formed in part from another, English', async () => {
    expect(await cli(['lookup', '00700', '--as-of', '2025-07-01', '--lang', 'en'])).toEqual({
      code: 0,
      stdout: `As of 2025-07-01

Xã Ngọc Đường (00700)
─────────────────────
Field       Value
──────────  ───────────────────
id          vn-2025-07:c00700
Kind        commune
Within      Tỉnh Tuyên Quang
List        the 2025-07-01 list
Population  9,989
Area (km²)  84.26
The 2025 reform: formed from Xã Ngọc Đường (00700), Xã Yên Định (00988) (in part)
`,
      stderr: '',
    });
  });

  // the country roots both lists: shown once, with no code, on both lists, and with no reform line
  // (it said "Việt Nam (undefined)", twice, "the 2025-07-01 list" even on --as-of 2025-06-01)
  it.each([
    [[], 'Trường  Giá trị', 'id      vn', 'Loại    quốc gia', 'Thuộc   —', 'Nguồn   cả hai danh sách (01/3/2025 và 01/7/2025)'],
    [['--lang', 'en'], 'Field   Value', 'id      vn', 'Kind    country', 'Within  —', 'List    both lists (2025-03-01 and 2025-07-01)'],
  ])('the country, %j', async (flags, ...rows) => {
    const result = await cli(['lookup', 'viet nam', ...flags]);
    const rule = '─'.repeat(rows[4]?.length ?? 0);
    expect(result).toEqual({ code: 0, stdout: `Việt Nam\n────────\n${rows[0]}\n──────  ${rule.slice(8)}\n${rows.slice(1).join('\n')}\n`, stderr: '' });
  });

  it('the country in JSON: one unit, though a search by name reads both lists', async () => {
    const result = await cli(['lookup', 'viet nam', '--format', 'json']);
    const units = (JSON.parse(result.stdout) as { units: { unit: { id: string } }[] }).units;
    expect(units.map((entry) => entry.unit.id)).toEqual(['vn']);
  });
});

describe('coverage: --target and the holders', () => {
  const args = ['coverage', STRUCTURE, '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--as-of', '2020-07-01', '--lang', 'en'];
  const page = (target: string) => `As of 2020-07-01

Combination roles.secretary-chairs-committee
────────────────────────────────────────────
1 of 5 areas (20.00%).
${target}
Area              Has it  Held by
────────────────  ──────  ───────────
Xã Cộng Hòa       yes     Hoàng Văn E
Phường Cẩm Thạch  no
Phường Cẩm Thủy   no
Xã Dương Huy      no
Xã Đoàn Kết       no

Valid: 0 errors, 0 warnings, 0 info
`;

  it.each([
    ['>=20%', 0, 'Target: at least 20% → 1 needed; met.'],
    [' >=20%', 0, 'Target: at least 20% → 1 needed; met.'],
    ['>=20', 0, 'Target: at least 20% → 1 needed; met.'],
    ['>= 33.33 %', 1, 'Target: at least 33.33% → 2 needed; 1 short.'],
    ['>20.25%', 1, 'Target: more than 20.25% → 2 needed; 1 short.'],
  ])('--target "%s"', async (target, code, line) => {
    expect(await cli([...args, '--target', target])).toEqual({ code, stdout: page(line), stderr: '' });
  });

  // a percent past the safe range was "Unusable input: percent is too large" (toBasisPoints' RangeError)
  it.each(['x>=20%', '>=20.255%', '>100.01%', '= 20%', '>=99999999999999999999%'])('--target "%s" is refused', async (target) => {
    expect(await cli([...args, '--target', target])).toEqual({
      code: 2,
      stdout: '',
      stderr: usage('coverage', `--target is written ">75%" (more than 75%) or ">=75%" (at least 75%), at most 100% with two decimals; got "${target}".`),
    });
  });

  it('two people holding the combination in one commune are both named', async () => {
    const structure = {
      ...base,
      people: [...base.people, { id: 'p8', name: 'Ngô Văn K' }],
      assignments: [...base.assignments, { personId: 'p8', unitId: 'dang-uy-ch', role: 'secretary', from: '2020-01-01' }, { personId: 'p8', unitId: 'ubnd-ch', role: 'chair', from: '2020-01-01' }],
    };
    expect(await cli(['coverage', 's.json', '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--as-of', '2020-07-01'], { files: { 's.json': JSON.stringify(structure) } })).toEqual({
      code: 0,
      stdout: `Ngày áp dụng: 2020-07-01

Mô hình roles.secretary-chairs-committee
────────────────────────────────────────
1/5 địa bàn (20,00%).
Không có chỉ tiêu.
Địa bàn           Có mô hình  Người giữ
────────────────  ──────────  ──────────────────────
Xã Cộng Hòa       có          Hoàng Văn E, Ngô Văn K
Phường Cẩm Thạch  không
Phường Cẩm Thủy   không
Xã Dương Huy      không
Xã Đoàn Kết       không

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
      stderr: '',
    });
  });
});

describe('changes: rules that ended', () => {
  it.each([
    [
      'en',
      `2 changes after 2022-07-06 up to 2022-07-07
───────────────────────────────────────────
On          Change  Rule                                                                                                                 Differs in  Basis
──────────  ──────  ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────  ──────────  ────────
2022-07-07  ended   Head of the party organisation board also heads the home affairs agency (roles.organisation-head-home-affairs-head)              34-KL/TW
2022-07-07  ended   Head of the party inspection commission also heads the state inspectorate (roles.inspection-head-chief-inspector)                34-KL/TW
`,
    ],
    [
      'vi',
      `2 thay đổi từ sau 2022-07-06 đến 2022-07-07
───────────────────────────────────────────
Ngày        Thay đổi      Quy định                                                                                                  Khác ở  Căn cứ
──────────  ────────────  ────────────────────────────────────────────────────────────────────────────────────────────────────────  ──────  ────────
2022-07-07  hết hiệu lực  Trưởng ban tổ chức cấp ủy kiêm người đứng đầu cơ quan nội vụ (roles.organisation-head-home-affairs-head)          34-KL/TW
2022-07-07  hết hiệu lực  Chủ nhiệm ủy ban kiểm tra cấp ủy kiêm chánh thanh tra (roles.inspection-head-chief-inspector)                     34-KL/TW
`,
    ],
  ])('%s', async (lang, stdout) => {
    expect(await cli(['changes', '--from', '2022-07-06', '--to', '2022-07-07', '--topic', 'roles', '--lang', lang])).toEqual({ code: 0, stdout, stderr: '' });
  });
});

describe('apportion: --total is digits only', () => {
  it.each([['--total', '12abc'], ['--total', '1e3'], ['--total', '12.0'], ['--total', '0x1A'], ['--total', '9007199254740993'], ['--total=-3']])('%s %s', async (...option) => {
    const text = option.length === 1 ? '-3' : (option[1] as string);
    expect(await cli(['apportion', fixture('units.csv'), ...option, '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: usage('apportion', `--total must be a non-negative whole number, not "${text}".`),
    });
  });
});

describe('--rules reaches every plan command', () => {
  // Hà Tĩnh's commune office consolidation, granted here to the fixture's province
  const additions = JSON.parse(JSON.stringify(kyAnhLocalRules)) as { rules: [{ versions: [{ params: { withinAreaIds: string[] } }] }] };
  additions.rules[0].versions[0].params.withinAreaIds = ['tinh-qn'];
  const plan = {
    id: 'office',
    effectiveOn: '2020-01-01',
    operations: [{ type: 'consolidate', sourceIds: ['vp-du-ch', 'vp-ubnd-ch'], newUnit: { id: 'vp-ch', kind: 'party-office', name: { vi: 'Văn phòng xã Cộng Hòa' }, areaId: 'x-ch', parentId: 'dang-uy-ch' } }],
  };
  const files = { 'rules.json': JSON.stringify(additions), 'plan.json': JSON.stringify(plan) };
  const permitted = `Valid: 0 errors, 0 warnings, 1 info
  · plan_cross_family_permitted: Operation #1 consolidate: combining party committee office, office of the People's Council and Committee is allowed (permitted) under "Consolidating the commune party office with the commune People's Committee office (Hà Tĩnh)" [basis: 92-KL/TU (Hà Tĩnh)]
`;

  it.each([
    [
      'validate',
      `Validation of plan office
─────────────────────────
Effective 2020-01-01; 1 operation.
${permitted}`,
    ],
    [
      'apply',
      `Applying plan office
────────────────────
Effective 2020-01-01; 1 operation.
2 units ended, 1 started, 0 continued; the new structure has 32 units (--format json for the structure).
${permitted}`,
    ],
    [
      'diff',
      `Changes of plan office
──────────────────────
Effective 2020-01-01; 1 operation.
2 units end, 1 unit starts, 0 units change.
Change  Unit                                      Operation    From / into
──────  ────────────────────────────────────────  ───────────  ─────────────────────────────────────────────────────────────
ends    Văn phòng Đảng ủy xã Cộng Hòa (vp-du-ch)  consolidate  → Văn phòng xã Cộng Hòa
ends    Văn phòng UBND xã Cộng Hòa (vp-ubnd-ch)   consolidate  → Văn phòng xã Cộng Hòa
starts  Văn phòng xã Cộng Hòa (vp-ch)             consolidate  ← Văn phòng Đảng ủy xã Cộng Hòa, ← Văn phòng UBND xã Cộng Hòa

${permitted}`,
    ],
  ])('%s: a local rule permits the consolidation', async (command, stdout) => {
    expect(await cli([command, STRUCTURE, 'plan.json', '--rules', 'rules.json', '--lang', 'en'], { files })).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('benefits: a local version of a rule covers an earlier leaving date', async () => {
    const rule = defaultRulebook.rules.find((candidate) => candidate.id === 'benefits.resignation.reorganisation');
    const version = rule?.versions[0];
    if (rule === undefined || version === undefined) throw new Error('no benefits.resignation.reorganisation');
    const local = { rules: [{ ...rule, versions: [{ ...version, from: '2024-12-01', to: '2025-01-01' }] }] };
    const csv = 'personId,kind,group,category,monthlySalary,leavingDate,decisionDate,insuranceMonths\np9,resignation,reorganisation,publicEmployee,9000000,2024-12-20,2024-12-15,180\n';
    expect(await cli(['benefits', 'l.csv', '--rules', 'r.json', '--lang', 'en'], { files: { 'r.json': JSON.stringify(local), 'l.csv': csv } })).toEqual({
      code: 0,
      stdout: `Benefits of 1 leaver
────────────────────
Person  Kind         Rule                                 Salary-months  Amount
──────  ───────────  ───────────────────────────────────  ─────────────  ───────────────
p9      resignation  benefits.resignation.reorganisation  70.5           634,500,000 VND
Total                                                     70.5           634,500,000 VND

Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: '',
    });
  });
});

describe('diff and apply: unit names', () => {
  // Thôn 3 has an English name, and the plan renames it while merging Thôn 1 into it
  const structure = { ...base, units: base.units.map((unit) => (unit.id === 'thon-3' ? { ...unit, name: { vi: 'Thôn 3', en: 'Hamlet 3' } } : unit)) };
  const plan = { id: 'thon', effectiveOn: '2020-01-01', operations: [{ type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-3', name: { vi: 'Thôn Đoàn Kết' } }] };
  const files = { 's.json': JSON.stringify(structure), 'p.json': JSON.stringify(plan) };

  it.each([
    [
      'diff',
      'vi',
      `Thay đổi của đề án thon
───────────────────────
Hiệu lực 2020-01-01; 1 thao tác.
1 đơn vị kết thúc, 0 bắt đầu, 1 thay đổi.
Thay đổi  Đơn vị           Thao tác  Từ / vào
────────  ───────────────  ────────  ────────
kết thúc  Thôn 1 (thon-1)  merge     → Thôn 3
thay đổi  Thôn 3 (thon-3)  merge     ← Thôn 1

Hợp lệ: 0 lỗi, 0 cảnh báo, 0 thông tin
`,
    ],
    [
      'diff',
      'en',
      `Changes of plan thon
────────────────────
Effective 2020-01-01; 1 operation.
1 unit ends, 0 units start, 1 unit changes.
Change   Unit               Operation  From / into
───────  ─────────────────  ─────────  ───────────
ends     Thôn 1 (thon-1)    merge      → Hamlet 3
changes  Hamlet 3 (thon-3)  merge      ← Thôn 1

Valid: 0 errors, 0 warnings, 0 info
`,
    ],
    [
      'apply',
      'en',
      `Applying plan thon
──────────────────
Effective 2020-01-01; 1 operation.
1 unit ended, 0 started, 1 continued; the new structure has 31 units (--format json for the structure).
Valid: 0 errors, 0 warnings, 0 info
`,
    ],
  ])('%s (%s): the names before the plan, in the language asked', async (command, lang, stdout) => {
    expect(await cli([command, 's.json', 'p.json', '--lang', lang], { files })).toEqual({ code: 0, stdout, stderr: '' });
  });
});

describe('apply: a structure of one unit', () => {
  it('says "1 unit"', async () => {
    const structure = { units: [{ id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: '1976-07-02' }] };
    const plan = { effectiveOn: '2020-01-01', operations: [{ type: 'rename', unitId: 'vn', name: { vi: 'Nước Việt Nam' } }] };
    expect(await cli(['apply', 's.json', 'p.json', '--lang', 'en'], { files: { 's.json': JSON.stringify(structure), 'p.json': JSON.stringify(plan) } })).toEqual({
      code: 0,
      stdout: `Applying plan
─────────────
Effective 2020-01-01; 1 operation.
0 units ended, 0 started, 1 continued; the new structure has 1 unit (--format json for the structure).
Valid: 0 errors, 0 warnings, 0 info
`,
      stderr: '',
    });
  });
});

describe('run: before the command, and errors it does not own', () => {
  it('after a leading --, --lang en is no option: the error stays in Vietnamese', async () => {
    expect(await cli(['--', '--lang', 'en'])).toEqual({ code: 2, stdout: '', stderr: 'tinh-gon: Cần một lệnh trước các tùy chọn, không phải --.\nXem: tinh-gon --help\n' });
  });

  it('--help and -h with a command after them show that command\'s help, as `help <command>` does', async () => {
    const check = await cli(['help', 'check']);
    expect(check.stdout).toContain('tinh-gon check');
    expect(check.stdout).not.toBe((await cli(['help'])).stdout);
    expect(await cli(['--help', 'check'])).toEqual(check);
    expect(await cli(['-h', 'check'])).toEqual(check);
    expect(await cli(['--lang', 'en', '--help', 'check'])).toEqual(await cli(['check', '--help', '--lang', 'en']));
    // an option after help asks for no command in particular: the main help, in that language
    const english = await cli(['help', '--lang', 'en']);
    expect(english).toEqual({ code: 0, stdout: (await cli(['--lang', 'en', '--help'])).stdout, stderr: '' });
    expect(english.stdout).toContain('Exit codes: 0 no error');
    expect(await cli(['-h', '--lang', 'en'])).toEqual(english);
  });

  it('help with a word that is no command says so, with the nearest command, and exits 2', async () => {
    expect(await cli(['help', 'chek'])).toEqual({ code: 2, stdout: '', stderr: 'tinh-gon: Lệnh không rõ: chek. Có phải ý bạn là check?\nXem: tinh-gon --help\n' });
    expect(await cli(['--help', 'chek'])).toEqual(await cli(['help', 'chek']));
    expect(await cli(['--lang', 'en', '-h', 'nosuch'])).toEqual({ code: 2, stdout: '', stderr: 'tinh-gon: Unknown command: nosuch.\nSee: tinh-gon --help\n' });
    // the same words as a command typed alone
    expect((await cli(['help', 'chek'])).stderr).toBe((await cli(['chek'])).stderr);
  });

  const io = (error: Error, err: string[]): CliIo => ({
    stdout: () => undefined,
    stderr: (text) => {
      err.push(text);
    },
    readStdin: async () => '',
    readFile: async () => '',
    stderrIsTTY: false,
    today: () => {
      throw error;
    },
  });

  it.each([
    [new TypeError('[tinh-gon] options.x must be a string'), 'tinh-gon: Unusable input: options.x must be a string\n'],
    [new RangeError('[tinh-gon]  padded'), 'tinh-gon: Unusable input: padded\n'],
  ])('a library contract breach (%s) exits 2', async (error, stderr) => {
    const err: string[] = [];
    expect(await run(['rules', '--lang', 'en'], io(error, err))).toBe(2);
    expect(err.join('')).toBe(stderr);
  });

  it.each([new TypeError('boom'), new Error('[tinh-gon] the vn data module with the columns x is malformed')])('anything else (%s) is thrown on, not called bad input', async (error) => {
    const err: string[] = [];
    await expect(run(['rules', '--lang', 'en'], io(error, err))).rejects.toBe(error);
    expect(err).toEqual([]);
  });
});
