import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    parse: 'src/parse/index.ts',
    rules: 'src/rules/index.ts',
    plan: 'src/plan/index.ts',
    roles: 'src/roles/index.ts',
    staffing: 'src/staffing/index.ts',
    samples: 'src/samples/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
});
