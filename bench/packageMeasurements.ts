/**
 * Measurements of the package: the cost of a cold import of the root entry against zod alone
 * (each in a fresh node process, interleaved: root, zod, zod, root, …), the modules each loads
 * (counted by a module hook), and the size of each entry's bundle.
 *
 * The root entry is built for the measurement with esbuild into `.tmp/bench-dist/` the way tsup
 * builds `dist/` (ESM, code splitting, every package import left external), so the figure does not
 * depend on a stale `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Spread, summarise } from './harness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entries of the package (as in tsup.config.ts). */
export const ENTRIES = {
  index: 'src/index.ts',
  rules: 'src/rules/index.ts',
  plan: 'src/plan/index.ts',
  roles: 'src/roles/index.ts',
  staffing: 'src/staffing/index.ts',
  samples: 'src/samples/index.ts',
} as const;

/**
 * Builds the entries with esbuild the way tsup does (ESM, splitting, packages external).
 *
 * @returns The file URL of the built root entry.
 */
export async function buildEntries(): Promise<string> {
  const esbuild = await import('esbuild');
  const outdir = resolve(root, '.tmp/bench-dist');
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, resolve(root, path)])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'silent',
  });
  return pathToFileURL(join(outdir, 'index.js')).href;
}

/** What one import costs in a fresh process. */
interface ImportSample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function importOnce(specifier: string): ImportSample {
  const script = `const c0 = process.cpuUsage(); const t0 = performance.now(); await import(${JSON.stringify(specifier)}); const t1 = performance.now(); const c1 = process.cpuUsage(c0); process.stdout.write(JSON.stringify({ wallMs: t1 - t0, cpuMs: (c1.user + c1.system) / 1000 }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`import of ${specifier} failed: ${result.stderr.slice(0, 300)}`);
  return JSON.parse(result.stdout) as ImportSample;
}

/** The modules a fresh process loads for one import, by origin. */
export interface ModuleCount {
  readonly total: number;
  readonly zod: number;
  readonly dateFns: number;
  readonly own: number;
  readonly other: number;
}

function countModules(specifier: string): ModuleCount {
  const folder = mkdtempSync(join(tmpdir(), 'tinh-gon-bench-'));
  const log = join(folder, 'modules.txt');
  try {
    const result = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(resolve(root, 'bench/probes/moduleLog.mjs')).href, '--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`],
      { cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_MODULE_LOG: log } },
    );
    if (result.status !== 0) throw new Error(`counting modules of ${specifier} failed: ${result.stderr.slice(0, 300)}`);
    const urls = [...new Set(readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('file:')))];
    const zod = urls.filter((url) => url.includes('/node_modules/zod/')).length;
    const dateFns = urls.filter((url) => url.includes('/node_modules/date-fns/')).length;
    const own = urls.filter((url) => url.includes('/.tmp/bench-dist/') || url.includes('/dist/')).length;
    return { total: urls.length, zod, dateFns, own, other: urls.length - zod - dateFns - own };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The import figures. */
export interface ImportCost {
  readonly entry: string;
  readonly rounds: number;
  readonly root: { readonly wallMs: Spread; readonly cpuMs: Spread; readonly modules: ModuleCount };
  readonly zod: { readonly wallMs: Spread; readonly cpuMs: Spread; readonly modules: ModuleCount };
  /** Per-round root ÷ zod, CPU and wall. */
  readonly ratio: { readonly cpu: Spread; readonly wall: Spread };
}

/**
 * Cold imports of the root entry and of zod alone, each in a fresh node process, interleaved
 * (root then zod, then zod then root, …), and the modules each loads.
 *
 * @param rounds - Rounds (each one fresh process per side).
 * @returns The figures.
 */
export async function measureImportCost(rounds: number): Promise<ImportCost> {
  const entry = await buildEntries();
  const sides = [entry, 'zod'] as const;
  importOnce(entry);
  importOnce('zod');
  const samples = new Map<string, ImportSample[]>(sides.map((side) => [side, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) samples.get(side)?.push(importOnce(side));
  }
  const of = (side: string) => samples.get(side) ?? [];
  const rootSamples = of(entry);
  const zodSamples = of('zod');
  return {
    entry: fileURLToPath(entry),
    rounds,
    root: { wallMs: summarise(rootSamples.map((s) => s.wallMs)), cpuMs: summarise(rootSamples.map((s) => s.cpuMs)), modules: countModules(entry) },
    zod: { wallMs: summarise(zodSamples.map((s) => s.wallMs)), cpuMs: summarise(zodSamples.map((s) => s.cpuMs)), modules: countModules('zod') },
    ratio: {
      cpu: summarise(rootSamples.map((s, round) => s.cpuMs / (zodSamples[round]?.cpuMs ?? Number.NaN))),
      wall: summarise(rootSamples.map((s, round) => s.wallMs / (zodSamples[round]?.wallMs ?? Number.NaN))),
    },
  };
}

/** The size of one entry's bundle. */
export interface BundleSize {
  readonly entry: string;
  readonly minifiedBytes?: number;
  readonly gzipBytes?: number;
  readonly note?: string;
}

/**
 * Minified + gzip size of each entry bundled alone by esbuild with zod and date-fns external.
 *
 * @returns One size per entry.
 */
export async function measureBundleSizes(): Promise<BundleSize[]> {
  const esbuild = await import('esbuild');
  const sizes: BundleSize[] = [];
  for (const entry of Object.values(ENTRIES)) {
    try {
      const result = await esbuild.build({
        entryPoints: [resolve(root, entry)],
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'neutral',
        target: 'node20',
        external: ['zod', 'zod/*', 'date-fns', 'date-fns/*'],
        write: false,
        logLevel: 'silent',
      });
      const output = result.outputFiles[0]?.contents ?? new Uint8Array();
      sizes.push({ entry, minifiedBytes: output.length, gzipBytes: gzipSync(output, { level: 9 }).length });
    } catch (error) {
      sizes.push({ entry, note: `build failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}` });
    }
  }
  return sizes;
}
