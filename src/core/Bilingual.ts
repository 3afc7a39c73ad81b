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
