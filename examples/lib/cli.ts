/** Shared helpers of the example scripts: the `--lang vi|en` flag and bilingual printing. */
import type { Strength, Verification } from '../../src/rules/index.js';

export type Lang = 'vi' | 'en';

/** A rule's strength in Vietnamese words, as the CLI's `rules` table says it (the value itself is a code). */
export const STRENGTH_VI: Readonly<Record<Strength, string>> = {
  required: 'bắt buộc',
  encouraged: 'được khuyến khích',
  pilot: 'thí điểm',
  permitted: 'được phép',
  forbidden: 'bị cấm',
};

/** How well a source is known, in Vietnamese words, as the CLI's `rules` table says it. */
export const VERIFICATION_VI: Readonly<Record<Verification, string>> = {
  primary: 'văn bản chính thức',
  secondary: 'nguồn thứ cấp',
  unverified: 'chưa kiểm chứng',
};

/** Reads `--lang vi|en` (default `vi`) from the command line. */
export function readLang(argv: readonly string[] = process.argv.slice(2)): Lang {
  const index = argv.indexOf('--lang');
  const value = index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  if (value === undefined) return 'vi';
  if (value !== 'vi' && value !== 'en') {
    console.error(`--lang must be vi or en, not ${value}`);
    process.exit(2);
  }
  return value;
}

/** Picks the text of the chosen language. */
export function t(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** Prints a heading underlined to its length. */
export function heading(text: string): void {
  console.log(`\n${text}\n${'─'.repeat(Math.min(text.length, 100))}`);
}
