#!/usr/bin/env node
// Packs the library, installs the tarball into fresh temporary ESM and CommonJS projects, imports
// every entry both ways, type-checks an import under moduleResolution bundler, node16 and nodenext,
// and checks a gzip size budget per entry (zod and date-fns excluded).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = Object.keys(pkg.exports).filter((key) => !key.endsWith('.json'));
const specifiers = entries.map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

// Budgets in bytes, minified + gzip, zod and date-fns external: the sizes of the first release
// plus about 15%. Every entry carries the default rulebook (its rules are data), hence ~26 KB for
// `rules` alone; a budget broken by new rules should be raised on purpose, in the same commit.
const BUDGET = { '.': 34_000, './parse': 40_000, './rules': 31_000, './plan': 38_000, './roles': 31_000, './staffing': 35_000, './samples': 10_000 };

const work = mkdtempSync(join(tmpdir(), 'tinh-gon-pack-'));
let failures = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures += 1;
};
try {
  const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
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
