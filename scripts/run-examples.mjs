#!/usr/bin/env node
// Runs every example script in examples/ (each with --lang vi and --lang en) and fails if any fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = readdirSync('examples')
  .filter((name) => name.endsWith('.ts'))
  .sort();
let failed = 0;
for (const script of scripts) {
  for (const lang of ['vi', 'en']) {
    const started = Date.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', `examples/${script}`, '--lang', lang], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ok = result.status === 0;
    if (!ok) failed += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${script} --lang ${lang} (${Date.now() - started} ms)`);
    if (!ok) console.log(result.stdout.slice(-2000), result.stderr.slice(-4000));
  }
}
console.log(`${scripts.length * 2 - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
