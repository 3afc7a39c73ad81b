/** Measurements of the package: the cost of importing the root entry and the size of each entry's bundle. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A figure that is not a timed loop. */
export interface Measurement {
  readonly id: string;
  readonly title: string;
  /** `undefined` when it could not be measured (see `note`). */
  readonly value?: number;
  readonly unit: 'ms' | 'bytes';
  readonly note?: string;
  readonly samples?: readonly number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function importSamples(script: string, runs: number): number[] | string {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) return `import failed: ${result.stderr.slice(0, 200)}`;
    samples.push(Number(result.stdout));
  }
  return samples;
}

/**
 * The time to import `dist/index.js` in a fresh node process, measured inside the process
 * (performance.now around the dynamic import), median of `runs`: once cold (zod and date-fns
 * loaded by the import) and once with the dependencies already loaded (the library's own cost).
 * 'not built' when dist is missing.
 */
export function measureImportCost(runs: number): Measurement[] {
  const entry = resolve(root, 'dist/index.js');
  const title = 'import the root entry (dist/index.js)';
  const ownTitle = 'import the root entry, zod and date-fns already loaded';
  if (!existsSync(entry)) {
    const note = 'not built (run npm run build)';
    return [
      { id: 'import-root', title, unit: 'ms', note },
      { id: 'import-root-own', title: ownTitle, unit: 'ms', note },
    ];
  }
  const timed = `const t0 = performance.now(); await import(${JSON.stringify(entry)}); process.stdout.write(String(performance.now() - t0));`;
  const measurements: Measurement[] = [];
  for (const [id, measurementTitle, script] of [
    ['import-root', title, timed],
    ['import-root-own', ownTitle, `await import('zod'); await import('date-fns'); ${timed}`],
    ['import-zod', 'import zod alone (for comparison)', `const t0 = performance.now(); await import('zod'); process.stdout.write(String(performance.now() - t0));`],
    [
      'import-date-fns',
      "import the 'date-fns' barrel alone (for comparison)",
      `const t0 = performance.now(); await import('date-fns'); process.stdout.write(String(performance.now() - t0));`,
    ],
  ] as const) {
    const samples = importSamples(script, runs);
    measurements.push(
      typeof samples === 'string'
        ? { id, title: measurementTitle, unit: 'ms', note: samples }
        : { id, title: measurementTitle, unit: 'ms', value: median(samples), samples },
    );
  }
  return measurements;
}

/** The entries whose bundle size is reported. */
export const BUNDLE_ENTRIES = ['src/index.ts', 'src/rules/index.ts', 'src/plan/index.ts', 'src/roles/index.ts', 'src/staffing/index.ts', 'src/vn/index.ts'] as const;

/** Minified + gzip size of each entry bundled by esbuild with zod and date-fns external. */
export async function measureBundleSizes(): Promise<Measurement[]> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return BUNDLE_ENTRIES.map((entry) => ({ id: `bundle:${entry}`, title: `bundle ${entry}`, unit: 'bytes', note: 'esbuild not installed' }));
  }
  const measurements: Measurement[] = [];
  for (const entry of BUNDLE_ENTRIES) {
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
      measurements.push({
        id: `bundle:${entry}`,
        title: `bundle ${entry} (min+gzip, zod and date-fns external)`,
        unit: 'bytes',
        value: gzipSync(output, { level: 9 }).length,
        note: `${output.length} bytes minified`,
      });
    } catch (error) {
      measurements.push({
        id: `bundle:${entry}`,
        title: `bundle ${entry}`,
        unit: 'bytes',
        note: `build failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
      });
    }
  }
  return measurements;
}
