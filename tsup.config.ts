import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * The command line runs as ESM (`bin` is dist/cli.js); its CommonJS build would carry a second copy of
 * everything it uses, the national lists included, so it is not shipped.
 */
function dropCommonJsCli(): void {
  for (const name of ['cli.cjs', 'cli.cjs.map']) rmSync(join('dist', name), { force: true });
}

/** The package's entries (its `exports`), each with its types. */
const entries = {
  index: 'src/index.ts',
  parse: 'src/parse/index.ts',
  rules: 'src/rules/index.ts',
  plan: 'src/plan/index.ts',
  roles: 'src/roles/index.ts',
  staffing: 'src/staffing/index.ts',
  samples: 'src/samples/index.ts',
  vn: 'src/vn/index.ts',
};

export default defineConfig({
  // and the `tinh-gon` command (package.json `bin`): ESM only, no types, sharing the entries' chunks
  entry: { ...entries, cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: entries },
  clean: true,
  // No source maps in the package: the output is unminified, with the sources' names and comments,
  // and maps would be 40% of the tarball (577 KB gzipped of 1.35 MB) for files that are not shipped.
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
  // Vietnamese text as UTF-8, not \u escapes (a third of the size of the national lists)
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  onSuccess: async () => dropCommonJsCli(),
});
