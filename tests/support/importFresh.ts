/**
 * A fresh instance of one source module: its top-level code runs again (the module cache keys on the
 * query), while every module it imports stays the instance the other tests share. `vi.resetModules()`
 * would reload the whole graph instead; under mutation that re-runs the top-level code of every module
 * below with the active mutant, so Stryker counts their module-level mutants as covered by a test that
 * never looks at them.
 *
 * @param path - the module's path from the repository root, as `src/report/compileSchema.js`
 * @param tag - tells apart two fresh instances of the same module
 */
export async function importFresh<T>(path: string, tag: string): Promise<T> {
  return (await import(/* @vite-ignore */ `../../${path}?fresh=${tag}`)) as T;
}
