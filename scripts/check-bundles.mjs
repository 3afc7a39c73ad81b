#!/usr/bin/env node
// What an app pays for a single named import, with zod and date-fns INCLUDED (minified, gzipped,
// bundled by esbuild from dist/), and which modules importing an entry loads at run time.
// Budgets are the issue's goals; run after `npm run build`. `--json` prints the figures as JSON.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;
const cases = [
  { name: 'apportion alone', entry: 'staffing', names: ['apportion'], budget: 15 * KB },
  // The goal of #11, the same budget as tests/plan/planEntryBundle.test.ts. It stood at 46 KB from the argument checks of
  // #13 until the plan entry stopped bundling the roles and staffing instruments (46.0 → 41.1 KB).
  { name: 'validatePlan alone', entry: 'plan', names: ['validatePlan'], budget: 45 * KB },
  { name: 'checkConcurrentRoles alone', entry: 'roles', names: ['checkConcurrentRoles'] },
  { name: 'validateStructure alone', entry: 'index', names: ['validateStructure'] },
  { name: 'parseStructure alone', entry: 'parse', names: ['parseStructure'] },
];
// Entries that must load no zod module when imported (the root and the capabilities).
const zodFree = ['index', 'plan', 'roles', 'staffing'];

let failures = 0;
const figures = [];
for (const { name, entry, names, budget } of cases) {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './dist/${entry}.js';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code).length;
  const zodBytes = Object.entries(result.metafile.outputs)[0][1].inputs;
  const zod = Object.entries(zodBytes).filter(([path]) => path.includes('node_modules/zod/')).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const ok = budget === undefined || gzip <= budget;
  if (!ok) failures += 1;
  figures.push({ name, entry, minified: code.length, gzip, zodMinifiedBytes: zod, budget: budget ?? null, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${(gzip / KB).toFixed(1)} KB gzipped (${(code.length / KB).toFixed(0)} KB minified, zod ${(zod / KB).toFixed(0)} KB)${budget ? `, budget ${budget / KB} KB` : ''}`);
}

const hook = `data:text/javascript,${encodeURIComponent(
  `export async function resolve(specifier, context, next) { const r = await next(specifier, context); if (r.url.includes('/node_modules/zod/')) process.stdout.write('zod ' + r.url + '\\n'); return r; }`,
)}`;
const register = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`)}`;
for (const entry of zodFree) {
  const out = execFileSync(process.execPath, ['--import', register, '--input-type=module', '-e', `await import(${JSON.stringify(`./dist/${entry}.js`)})`], { cwd: root, encoding: 'utf8' });
  const loaded = out.split('\n').filter((line) => line.startsWith('zod ')).length;
  const ok = loaded === 0;
  if (!ok) failures += 1;
  figures.push({ name: `import of ${entry} loads no zod module`, entry, zodModules: loaded, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} importing dist/${entry}.js loads ${loaded} zod module${loaded === 1 ? '' : 's'}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
console.log(failures === 0 ? 'bundle checks passed' : `${failures} bundle checks failed`);
process.exit(failures === 0 ? 0 : 1);
