/**
 * A name folded for matching: Unicode-decomposed, diacritics dropped, `đ`/`Đ` read as `d`, lower
 * case, runs of spaces (and hyphens) collapsed. `Kỳ Anh`, `ky anh` and `KỲ ANH` fold alike.
 * @internal
 */
export function foldVietnamese(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-–]+/g, ' ')
    .trim();
}
