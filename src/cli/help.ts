import type { Command, Lang } from './Command.js';
import { commands } from './commands/index.js';
import { optionsOf } from './options.js';

const EXIT_CODES = {
  vi: ['Mã thoát: 0 không có lỗi · 1 có lỗi nghiệp vụ · 2 dùng sai lệnh hoặc không đọc được đầu vào'],
  en: ['Exit codes: 0 no error · 1 domain errors found · 2 bad usage or unreadable input'],
};

/** The help of `tinh-gon` itself: every subcommand with its summary and an example. */
export function mainHelp(lang: Lang): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = [
    lang === 'vi' ? 'tinh-gon: kiểm tra sắp xếp tổ chức bộ máy theo quy định của từng ngày' : "tinh-gon: checks a reorganisation against the law of each date",
    '',
    lang === 'vi' ? 'Cách dùng: tinh-gon <lệnh> [đối số] [tùy chọn]' : 'Usage: tinh-gon <command> [arguments] [options]',
    '',
    lang === 'vi' ? 'Lệnh:' : 'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`),
    '',
    lang === 'vi' ? 'Tùy chọn chung: --format text|json|md, --lang vi|en, --as-of YYYY-MM-DD, --limit N, --help' : 'Common options: --format text|json|md, --lang vi|en, --as-of YYYY-MM-DD, --limit N, --help',
    lang === 'vi' ? 'Đầu vào: tệp JSON hoặc CSV, hoặc - để đọc từ stdin.' : 'Input: JSON or CSV files, or - for standard input.',
    ...EXIT_CODES[lang],
    '',
    lang === 'vi' ? 'Ví dụ:' : 'Examples:',
    '  tinh-gon lookup "ky anh"',
    '  tinh-gon validate --reform-2025 --province 42 --lang en',
    '',
    lang === 'vi' ? 'Hướng dẫn từng lệnh: tinh-gon <lệnh> --help · tinh-gon --version' : 'Help on a command: tinh-gon <command> --help · tinh-gon --version',
  ];
  return `${lines.join('\n')}\n`;
}

/** The help of one subcommand: usage, what it does, its options and examples. */
export function commandHelp(command: Command, lang: Lang): string {
  const specs = optionsOf(command);
  const label = (name: string, value: string | undefined) => `--${name}${value === undefined ? '' : ` ${value}`}`;
  const width = Math.max(...specs.map((spec) => label(spec.name, spec.value).length));
  const lines = [
    `tinh-gon ${command.name}: ${command.summary[lang]}`,
    '',
    `${lang === 'vi' ? 'Cách dùng' : 'Usage'}: tinh-gon ${command.usage}`,
    '',
    ...command.description[lang].split('\n'),
    '',
    lang === 'vi' ? 'Tùy chọn:' : 'Options:',
    ...specs.map((spec) => `  ${label(spec.name, spec.value).padEnd(width)}  ${spec.help[lang]}`),
    '',
    ...EXIT_CODES[lang],
    '',
    lang === 'vi' ? 'Ví dụ:' : 'Examples:',
    ...command.examples.flatMap((example) => [`  ${example.command}`, `      ${example.note[lang]}`]),
  ];
  return `${lines.join('\n')}\n`;
}
