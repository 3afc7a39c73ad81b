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

/**
 * The time to import `dist/index.js` in a fresh node process, measured inside the process
 * (performance.now around the dynamic import), median of `runs`. 'not built' when dist is missing.
 */
export function measureImportCost(runs: number): Measurement {
  const entry = resolve(root, 'dist/index.js');
  if (!existsSync(entry)) {
    return { id: 'import-root', title: 'import the root entry (dist/index.js)', unit: 'ms', note: 'not built (run npm run build)' };
  }
  const script = `const t0 = performance.now(); await import(${JSON.stringify(entry)}); process.stdout.write(String(performance.now() - t0));`;
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) {
      return { id: 'import-root', title: 'import the root entry (dist/index.js)', unit: 'ms', note: `import failed: ${result.stderr.slice(0, 200)}` };
    }
    samples.push(Number(result.stdout));
  }
  return { id: 'import-root', title: 'import the root entry (dist/index.js)', unit: 'ms', value: median(samples), samples };
}

/** The entries whose bundle size is reported. */
export const BUNDLE_ENTRIES = ['src/index.ts', 'src/rules/index.ts', 'src/plan/index.ts', 'src/roles/index.ts', 'src/staffing/index.ts'] as const;

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
