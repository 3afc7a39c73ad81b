import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The modules a bundle of `entry` loads, zod among them or not (date-fns left out). */
async function loadsZod(entry: string): Promise<boolean> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', external: ['date-fns'], logLevel: 'silent' });
  return Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/zod/'));
}

describe('the rulebook loads no zod at run time, except to parse additions (#11)', () => {
  it.each([
    ['src/rules/findRule.ts', false],
    ['src/rules/validateRulebook.ts', false],
    ['src/rules/extendRulebook.ts', false],
    ['src/rules/findRuleChanges.ts', false],
    ['src/rules/defaultRulebook.ts', false],
    ['src/rules/parseRulebookAdditions.ts', true],
  ])('%s loads zod: %s', async (entry, expected) => {
    expect(await loadsZod(entry)).toBe(expected);
  });
});
