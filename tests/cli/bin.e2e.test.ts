import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './support.js';

// The command built from src/cli/bin.ts as tsup builds dist/cli.js (ESM, node20, packages left
// external), into .tmp/ so that it runs in seconds without a full `npm run build`; the packed
// package's own bin is checked by scripts/check-packed.mjs.
const root = join(import.meta.dirname, '../..');
const bin = join(root, '.tmp', 'cli-e2e', 'cli.js');

beforeAll(async () => {
  mkdirSync(join(root, '.tmp', 'cli-e2e'), { recursive: true });
  await build({ entryPoints: [join(root, 'src/cli/bin.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: bin, charset: 'utf8', logLevel: 'error' });
});
const node = (args: readonly string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root, ...(input === undefined ? {} : { input }), env: { ...process.env, NO_COLOR: '1' } });

describe('the built bin (node cli.js)', () => {
  it('starts with a shebang and answers --version from package.json', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const result = node(['--version']);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${version}\n`, '']);
  });

  it('a plan with errors exits 1; its JSON report parses; nothing on stderr (not a terminal)', () => {
    const result = node(['validate', fixture('structure.json'), fixture('plan-with-errors.json'), '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ command: 'validate', ok: false, errors: 3 });
  });

  it('reads standard input (-) and exits 2 with a clear message on a missing file', () => {
    const piped = node(['check', '-', '--as-of', '2020-06-01', '--lang', 'en'], readFileSync(fixture('structure.json'), 'utf8'));
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('Valid: 0 errors');
    const missing = node(['check', 'no-such.json', '--lang', 'en']);
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, '', 'tinh-gon: No such file: no-such.json (check the path).\n']);
  });

  it('lookup "ky anh" on the shipped data', () => {
    const result = node(['lookup', 'ky anh', '--as-of', '2025-07-01', '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { units: { unit: { id: string } }[] }).units.map((entry) => entry.unit.id)).toEqual(['vn-2025-07:c18775']);
  });
});
