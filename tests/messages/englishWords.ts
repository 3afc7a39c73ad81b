/**
 * A checker of Vietnamese text for English: every word written in plain ASCII letters must be a
 * Vietnamese syllable that happens to need no diacritic (listed below) or a name or abbreviation
 * everybody writes the same way. Identifiers are left aside: anything in backticks or double
 * quotes, `{placeholders}`, paths and ids (words holding a digit, `-`, `_`, `.`, `[`, or an
 * inner capital), and numbers. So "cần a value matching" fails on `a`, `value` and `matching`.
 */

/** Vietnamese syllables written without diacritics, as they occur in the library's messages. */
const VIETNAMESE_ASCII = new Set([
  'an', 'ban', 'bao', 'biet', 'cho', 'chi', 'co', 'con', 'cung', 'gia', 'giao', 'hay', 'hai', 'hoa', 'kinh', 'khi', 'khac', 'ky', 'la', 'lai',
  'lam', 'lao', 'linh', 'loai', 'mang', 'minh', 'mo', 'nam', 'ngay', 'nhau', 'nhanh', 'nhan', 'nhiem', 'nhu', 'nao', 'ngoai', 'nghi',
  'phan', 'phong', 'qua', 'quan', 'sau', 'sai', 'sang', 'so', 'tai', 'tam', 'tham', 'thanh', 'theo', 'thi', 'thu', 'tin', 'tinh', 'to',
  'trong', 'trung', 'tu', 'tuy', 'vi', 'vien', 'xa', 'xem', 'gian', 'giai', 'hoang', 'ha', 'hanh', 'chinh', 'ho', 'khu', 'quy', 'danh',
  'khai', 'ghi', 'thao', 'thay', 'do', 'tra', 'coi', 'xong', 'ai', 'chia',
]);

/** Names and abbreviations written alike in both languages. */
const NAMES = new Set(['UBND', 'HĐND', 'JSON', 'ISO', 'YYYY', 'MM', 'DD', 'URL', 'UUID', 'NaN', 'null', 'Map', 'Set', 'bigint', 'km', 'ASCII', 'CSV']);

/** The words of a Vietnamese text that are not Vietnamese (nor names, ids or values). */
export function foreignWordsIn(text: string): string[] {
  const prose = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/\{\w+, plural,\s*/g, ' ')
    .replace(/\b(?:zero|one|two|few|many|other)\s*\{/g, ' ')
    .replace(/[{}]/g, ' ')
    .replace(/\/\^[^/]*\//g, ' ');
  const foreign: string[] = [];
  for (const token of prose.split(/[\s,;:()…—–!?%²]+/u)) {
    if (token === '') continue;
    if (/[\d\-_.[\]/#<>=]/.test(token) || /^\p{L}\p{Ll}*\p{Lu}/u.test(token)) continue; // ids, paths, numbers, camelCase
    for (const word of token.match(/\p{L}+/gu) ?? []) {
      if (!/^[A-Za-z]+$/.test(word)) continue; // has a Vietnamese letter: not English
      if (NAMES.has(word) || VIETNAMESE_ASCII.has(word.toLowerCase())) continue;
      foreign.push(word);
    }
  }
  return foreign;
}
