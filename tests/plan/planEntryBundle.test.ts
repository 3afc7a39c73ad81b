import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `export { validatePlan }` from the plan entry as an app would, zod and date-fns
 * included, minified, and ignoring `sideEffects` (as a bundler that does not read it would, and as
 * Node loads the entry: every module reached is loaded).
 */
async function bundleValidatePlan() {
  const result = await build({
    stdin: { contents: "export { validatePlan } from './src/plan/index.ts';", resolveDir: root, sourcefile: 'app.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    ignoreAnnotations: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]?.contents ?? new Uint8Array() };
}

// Bundles the sources as they are on disk: under mutation (TINH_GON_MUTATION) they are instrumented, so sizes
// and imports say nothing about the code shipped, and a mutant in a size test proves nothing.
describe.skipIf(process.env.TINH_GON_MUTATION === '1')('the tinh-gon/plan entry (issue #11)', () => {
  it('loads no zod: the plan types are interfaces and the schemas are reached only from tinh-gon/parse', async () => {
    const { inputs } = await bundleValidatePlan();
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs.filter((input) => /src\/(parse|plan\/planSchema|plan\/parsePlan|model\/schema|rules\/schema|rules\/params)/.test(input))).toEqual([]);
  });

  it('loads the rules plans read and their instruments, not the roles and staffing rules nor their instruments', async () => {
    const { inputs } = await bundleValidatePlan();
    expect(inputs.filter((input) => /src\/rules\/(defaultRulebook|data\/rolesRules|data\/staffingRules|data\/instruments)/.test(input))).toEqual([]);
    expect(inputs.filter((input) => /src\/rules\/data\/(planInstruments|mergeRules|structureRules)/.test(input))).toHaveLength(3);
  });

  // The goal of #11. It stood at 46 KB from the guards of issue #13 (a `[tinh-gon]` TypeError for
  // every call the types forbid) until the entry stopped bundling the roles and staffing instruments
  it('keeps validatePlan, with date-fns and the plan rules and their instruments, under 45 KB gzipped', async () => {
    const { code } = await bundleValidatePlan();
    expect(gzipSync(code).length).toBeLessThan(45 * 1024);
  });
});
