/**
 * A message in both languages the library speaks.
 *
 * @example
 * ```ts
 * const label: Bilingual = { vi: 'Ủy ban nhân dân', en: "People's Committee" };
 * ```
 * @category Core
 */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/**
 * Joins labels into one, each language on its own: `joinBilingual([a, b])` is
 * `{ vi: 'a.vi, b.vi', en: 'a.en, b.en' }`. Internal (not exported from the package).
 */
export function joinBilingual(labels: readonly Bilingual[], separator = ', '): Bilingual {
  return { vi: labels.map((label) => label.vi).join(separator), en: labels.map((label) => label.en).join(separator) };
}
