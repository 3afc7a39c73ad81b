#!/usr/bin/env node
// Packs the library, installs the tarball into fresh temporary ESM and CommonJS projects, imports
// every entry both ways, type-checks an import under moduleResolution bundler, node16 and nodenext,
// checks the national lists of tinh-gon/vn from the installed package against the repository's
// data/vn-admin, runs the `tinh-gon` command through npx (help, exit codes, JSON output), and checks a gzip size budget per entry (zod and date-fns excluded) and for the
// tarball.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = Object.keys(pkg.exports).filter((key) => !key.endsWith('.json'));
const specifiers = entries.map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

// Budgets in bytes, minified + gzip, zod and date-fns external: the measured sizes plus about 12%.
// Every entry carries the default rulebook (its rules are data): the law of 2025–2026 with each
// version's quote, sources and link took `rules` from ~26 KB to ~37 KB and every entry with it
// (raised on purpose on 2026-12-01, and again the same day for the apparatus rules of NĐ 150/2025,
// the area-standard modifiers and the issue catalogue's plural templates; a budget broken by new
// rules is raised in the same commit).
// `vn` is data: the two national lists and the mapping (≈184 KB), parsed on first use.
const BUDGET = { '.': 57_000, './parse': 40_000, './rules': 45_000, './plan': 51_000, './roles': 50_000, './staffing': 52_000, './samples': 10_000, './vn': 215_000 };
// The tarball: ≈860 KB of code and types (no source maps), the national lists twice (ESM and
// CommonJS) and the command line (ESM only).
const TARBALL_BUDGET = 950_000;

const work = mkdtempSync(join(tmpdir(), 'tinh-gon-pack-'));
let failures = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures += 1;
};
try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
  const tarballBytes = statSync(tarball).size;
  check(tarballBytes <= TARBALL_BUDGET, `packed tarball: ${tarballBytes} B (budget ${TARBALL_BUDGET} B)`);
  const project = join(work, 'app');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball, `zod@${pkg.peerDependencies.zod}`], project);

  const esm = specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') +
    `\nconst counts = [${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(', ')}];\n` +
    `if (counts.some((n) => n === 0)) throw new Error('an entry exports nothing: ' + counts);\n` +
    `const { isoDate, validateRulebook, defaultRulebook } = m0;\n` +
    `if (!validateRulebook(defaultRulebook).ok || isoDate('2025-07-01') !== '2025-07-01') throw new Error('root entry misbehaves');\n` +
    `console.log(counts.join(' '));\n`;
  writeFileSync(join(project, 'check.mjs'), esm);
  check(run('node', ['check.mjs'], project).length > 0, `ESM import of ${specifiers.join(', ')}`);

  const cjs = specifiers.map((s, i) => `const m${i} = require('${s}');`).join('\n') +
    `\nif (!m0.validateRulebook(m0.defaultRulebook).ok) throw new Error('root entry misbehaves');\n` +
    `if ([${specifiers.map((_, i) => `m${i}`).join(', ')}].some((m) => Object.keys(m).length === 0)) throw new Error('empty entry');\n`;
  writeFileSync(join(project, 'check.cjs'), cjs);
  run('node', ['check.cjs'], project);
  check(true, 'CommonJS require of every entry');

  const installed = join(project, 'node_modules', pkg.name);
  check(existsSync(join(installed, 'LICENSE')) && existsSync(join(installed, 'data', 'vn-admin', 'README.md')), 'LICENSE and the data notice (data/vn-admin/README.md) shipped');

  // tinh-gon/vn from the tarball: the 2025-07-01 country, every row of the commune mapping and of
  // the province merger answered exactly both ways, and the reform plan valid (no error)
  writeFileSync(
    join(project, 'vn.mjs'),
    `import { readFileSync } from 'node:fs';
import { isoDate } from '${pkg.name}';
import { validatePlan, applyPlan } from '${pkg.name}/plan';
import { findReformPredecessors, findReformSuccessors, findVietnamUnit, findVietnamUnitsByName, getReform2025Plan, getVietnam } from '${pkg.name}/vn';
const fail = (message) => { console.error(message); process.exit(1); };
const kinds = {};
for (const unit of getVietnam('2025-07-01').units) kinds[unit.kind] = (kinds[unit.kind] ?? 0) + 1;
const expected = { country: 1, province: 28, 'centrally-run-city': 6, commune: 2621, ward: 687, 'special-zone': 13 };
const sorted = (counts) => JSON.stringify(Object.entries(counts).sort());
if (sorted(kinds) !== sorted(expected)) fail('2025-07-01 kinds: ' + JSON.stringify(kinds));
const rows = (file) => readFileSync(file, 'utf8').split('\\n').slice(1).filter((line) => line !== '').map((line) => line.split('\\t'));
let answered = 0;
const mapping = rows(process.argv[2]);
for (const [oldCode, newCode, transfer] of mapping) {
  const oldId = 'vn-2025-03:' + (oldCode.length === 3 ? 'd' : 'c') + oldCode;
  const forward = findReformSuccessors(oldId).filter((t) => t.after.code === newCode && t.after.id === 'vn-2025-07:c' + newCode);
  const backward = findReformPredecessors('vn-2025-07:c' + newCode).filter((t) => t.before.id === oldId);
  if (forward.length === 1 && backward.length === 1 && forward[0].transfer === transfer && backward[0].transfer === transfer) answered += 1;
}
if (answered !== 10571 || mapping.length !== 10571) fail('mapping rows answered: ' + answered + ' of ' + mapping.length);
for (const [oldCode, newCode] of rows(process.argv[3])) {
  const after = findReformSuccessors('vn-2025-03:p' + oldCode).map((t) => t.after.id);
  if (after.length !== 1 || after[0] !== 'vn-2025-07:p' + newCode) fail('province ' + oldCode + ' → ' + after);
}
if (findVietnamUnit('44', isoDate('2025-07-01'))?.name.vi !== 'Tỉnh Quảng Trị') fail('code 44 on 2025-07-01');
if (findVietnamUnitsByName('KY ANH', { asOf: isoDate('2025-07-01') })[0]?.id !== 'vn-2025-07:c18775') fail('Kỳ Anh by name');
const before = getVietnam('2025-03-01');
const plan = getReform2025Plan();
const errors = validatePlan(before, plan).issues.filter((issue) => issue.severity === 'error');
if (errors.length > 0) fail('the reform plan has errors: ' + JSON.stringify(errors.slice(0, 3)));
const applied = applyPlan(before, plan);
if (!applied.ok) fail('the reform plan does not apply');
console.log(answered);
`,
  );
  const dataDirectory = join(root, 'data', 'vn-admin');
  try {
    const answered = run('node', ['vn.mjs', join(dataDirectory, 'commune-mapping-2025.tsv'), join(dataDirectory, 'province-merger-2025.tsv')], project).trim();
    check(answered === '10571', 'tinh-gon/vn: 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu) on 2025-07-01, the 10,571 mapping rows and 63 provinces answered exactly, the reform plan valid');
  } catch (error) {
    check(false, `tinh-gon/vn from the tarball\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  writeFileSync(
    join(project, 'vn.cjs'),
    `const { getVietnam, findVietnamUnit } = require('${pkg.name}/vn');\n` +
      `if (getVietnam('2025-03-01').units.length !== 1 + 63 + 696 + 10035) throw new Error('2025-03-01 units');\n` +
      `if (findVietnamUnit('80', '2025-07-01').name.vi !== 'Tỉnh Tây Ninh') throw new Error('code 80');\n`,
  );
  run('node', ['vn.cjs'], project);
  check(true, 'tinh-gon/vn from CommonJS (10,795 units of 2025-03-01, code 80 is Tây Ninh on 2025-07-01)');

  // the `tinh-gon` command from the tarball, through npx as a user would run it
  const tinhGon = (args) => spawnSync('npx', ['--no-install', 'tinh-gon', ...args], { cwd: project, encoding: 'utf8' });
  const mainHelp = tinhGon(['--help']);
  const subcommands = ['check', 'validate', 'apply', 'diff', 'roles', 'coverage', 'apportion', 'benefits', 'rules', 'changes', 'lookup'];
  check(mainHelp.status === 0 && subcommands.every((name) => mainHelp.stdout.includes(`  ${name} `)), `npx tinh-gon --help lists the ${subcommands.length} subcommands (exit ${mainHelp.status})${mainHelp.stderr}`);
  const helpless = subcommands.filter((name) => {
    const help = tinhGon([name, '--help', '--lang', 'en']);
    return help.status !== 0 || !help.stdout.includes(`Usage: tinh-gon ${name}`) || !help.stdout.includes(`\n  tinh-gon ${name} `);
  });
  check(helpless.length === 0, `npx tinh-gon <command> --help: usage and an example for each subcommand${helpless.length > 0 ? ` (missing: ${helpless.join(', ')})` : ''}`);
  for (const name of ['structure.json', 'plan-with-errors.json']) writeFileSync(join(project, name), readFileSync(join(root, 'examples', 'data', name)));
  const vi = tinhGon(['validate', 'structure.json', 'plan-with-errors.json']);
  const en = tinhGon(['validate', 'structure.json', 'plan-with-errors.json', '--lang', 'en']);
  check(
    vi.status === 1 && en.status === 1 && vi.stdout.includes('Không hợp lệ: 3 lỗi') && en.stdout.includes('Not valid: 3 errors') && vi.stdout.includes('plan_family_mismatch') && en.stdout.includes('plan_family_mismatch'),
    `a plan with errors exits 1 and prints them in Vietnamese and in English (exit ${vi.status}, ${en.status})`,
  );
  const report = tinhGon(['validate', 'structure.json', 'plan-with-errors.json', '--format', 'json']);
  let parsed;
  try {
    parsed = JSON.parse(report.stdout);
  } catch {
    parsed = undefined;
  }
  check(report.status === 1 && parsed?.ok === false && parsed.errors === 3 && Array.isArray(parsed.issues), '--format json prints a report a program can parse');
  const missing = tinhGon(['check', 'no-such-file.json', '--lang', 'en']);
  writeFileSync(join(project, 'broken.json'), '{ "units": [ }');
  const broken = tinhGon(['check', 'broken.json', '--lang', 'en']);
  check(
    missing.status === 2 && missing.stdout === '' && missing.stderr.includes('No such file: no-such-file.json') && broken.status === 2 && broken.stderr.includes('broken.json is not valid JSON'),
    `unreadable input exits 2 with a clear message on stderr: ${missing.stderr.trim()}`,
  );
  const lookup = tinhGon(['lookup', 'ky anh', '--as-of', '2025-07-01', '--format', 'json']);
  check(lookup.status === 0 && JSON.parse(lookup.stdout).units[0]?.unit.id === 'vn-2025-07:c18775', 'npx tinh-gon lookup "ky anh" finds Xã Kỳ Anh in the shipped data');

  writeFileSync(
    join(project, 'schemas.cjs'),
    `for (const name of ['structure', 'plan', 'rulebook-additions']) {\n` +
      `  const schema = require('${pkg.name}/schemas/' + name + '.schema.json');\n` +
      `  if (schema.$schema === undefined) throw new Error(name + ' has no $schema');\n}\n`,
  );
  run('node', ['schemas.cjs'], project);
  check(true, 'JSON Schemas shipped and resolvable (structure, plan, rulebook-additions)');

  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  writeFileSync(
    join(project, 'types.ts'),
    specifiers.map((s, i) => `import * as m${i} from '${s}';\nexport const n${i}: number = Object.keys(m${i}).length;`).join('\n') +
      `\nimport { isoDate, type Result } from '${pkg.name}';\nexport const day: string = isoDate('2025-07-01');\nexport const none: Result<void> = { ok: true, value: undefined, issues: [] };\n`,
  );
  for (const [module, resolution] of [['esnext', 'bundler'], ['node16', 'node16'], ['nodenext', 'nodenext']]) {
    try {
      run('node', [tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--module', module, '--moduleResolution', resolution, '--target', 'es2022', 'types.ts'], project);
      check(true, `types resolve under moduleResolution ${resolution}`);
    } catch (error) {
      check(false, `types resolve under moduleResolution ${resolution}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }

  for (const entry of entries) {
    const file = entry === '.' ? 'index' : entry.slice(2);
    const result = await build({
      entryPoints: [join(root, 'dist', `${file}.js`)],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external: ['zod', 'date-fns', 'date-fns/*'],
      platform: 'neutral',
      // tsup's code splitting leaves bare chunk imports; with sideEffects: false a bundler may drop
      // them, which is harmless here (chunks only define what entries import by name)
      logLevel: 'error',
    });
    const bytes = gzipSync(result.outputFiles[0].contents).length;
    check(bytes <= BUDGET[entry], `size of ${entry}: ${bytes} B min+gzip (budget ${BUDGET[entry]} B)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failures === 0 ? 'package checks passed' : `${failures} package checks failed`);
process.exit(failures === 0 ? 0 : 1);
