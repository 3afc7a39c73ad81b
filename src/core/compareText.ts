/**
 * Compares two strings by their UTF-16 code units, as `<` does: the order of ids and ISO dates,
 * the same on every machine (unlike `localeCompare`, which follows a locale and its collation).
 *
 * @param a - A string.
 * @param b - Another.
 * @returns A negative number when `a` comes first, a positive one when `b` does, 0 when they are equal.
 * @example
 * ```ts
 * ['2025-07-01', '2019-06-01'].sort(compareText); //=> ['2019-06-01', '2025-07-01']
 * compareText('Z', 'a'); //=> -1 (code units, not a locale's order)
 * ```
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
