/**
 * A fresh instance of one source module: its top-level code runs again (the module cache keys on the
 * query), while every module it imports stays the instance the other tests share. `vi.resetModules()`
 * would reload the whole graph instead, running the top-level code of every module below it again
 * for a test about one of them.
 *
 * @param path - the module's path from the repository root, as `src/report/compileSchema.js`
 * @param tag - tells apart two fresh instances of the same module
 */
export async function importFresh<T>(path: string, tag: string): Promise<T> {
  return (await import(/* @vite-ignore */ `../../${path}?fresh=${tag}`)) as T;
}
