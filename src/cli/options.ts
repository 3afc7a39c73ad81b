import { isIsoDate, type IsoDate } from '../core/index.js';
import { usageError } from './CliError.js';
import type { Command, OptionSpec } from './Command.js';

/** The options every subcommand takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'format', type: 'string', value: 'text|json|md', choices: ['text', 'json', 'md'], help: { vi: 'định dạng kết quả: text (mặc định), json, md', en: 'output format: text (default), json, md' } },
  { name: 'lang', type: 'string', value: 'vi|en', choices: ['vi', 'en'], help: { vi: 'ngôn ngữ: vi (mặc định) hoặc en', en: 'language: vi (default) or en' } },
  { name: 'limit', type: 'string', value: 'N', help: { vi: 'hiện tối đa N vấn đề ở dạng text/md (mặc định 50; json liệt kê hết)', en: 'show at most N issues in text/md (default 50; json lists all)' } },
  { name: 'help', type: 'boolean', help: { vi: 'hướng dẫn của lệnh này', en: 'help for this command' } },
];

/** `--as-of`, for the subcommands that answer for a date. */
export const AS_OF_OPTION: OptionSpec = {
  name: 'as-of',
  type: 'string',
  value: 'YYYY-MM-DD',
  help: { vi: 'ngày áp dụng (mặc định: hôm nay)', en: 'the date asked about (default: today)' },
};

/** Every option of a command: its own, then `--as-of` where it applies, then the common ones. */
export function optionsOf(command: Command): OptionSpec[] {
  return [...command.options, ...(command.usesAsOf ? [AS_OF_OPTION] : []), ...COMMON_OPTIONS];
}

/** Reads an ISO date option, or throws the usage error saying how to write it. */
export function readDateOption(value: string | boolean | undefined, name: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw usageError(`--${name} cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-07-01), không phải "${String(value)}".`, `--${name} needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "${String(value)}".`);
}

