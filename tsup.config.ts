import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * Drops the text of the national lists (src/vn/data) from the source maps' sourcesContent: it is
 * data, already in dist/vn.js and dist/vn.cjs, and would otherwise double the package's size.
 */
async function dropDataFromSourceMaps(): Promise<void> {
  for (const name of readdirSync('dist').filter((file) => file.endsWith('.map'))) {
    const path = join('dist', name);
    const map = JSON.parse(readFileSync(path, 'utf8')) as { sources?: string[]; sourcesContent?: (string | null)[] };
    let changed = false;
    map.sources?.forEach((source, position) => {
      if (/src\/vn\/data\//.test(source) && map.sourcesContent?.[position] != null) {
        map.sourcesContent[position] = null;
        changed = true;
      }
    });
    if (changed) writeFileSync(path, JSON.stringify(map));
  }
}

/**
 * The command line runs as ESM (`bin` is dist/cli.js); its CommonJS build would carry a second copy of
 * everything it uses, the national lists included, so it is not shipped.
 */
function dropCommonJsCli(): void {
  for (const name of ['cli.cjs', 'cli.cjs.map']) rmSync(join('dist', name), { force: true });
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    parse: 'src/parse/index.ts',
    rules: 'src/rules/index.ts',
    plan: 'src/plan/index.ts',
    roles: 'src/roles/index.ts',
    staffing: 'src/staffing/index.ts',
    samples: 'src/samples/index.ts',
    vn: 'src/vn/index.ts',
    // the `tinh-gon` command (package.json `bin`): ESM only, sharing the chunks of the entries above
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
  // Vietnamese text as UTF-8, not \u escapes (a third of the size of the national lists)
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  onSuccess: async () => {
    await dropDataFromSourceMaps();
    dropCommonJsCli();
  },
});
