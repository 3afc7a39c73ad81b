import { parseArgs } from 'node:util';
import type { Bilingual, IsoDate } from '../core/index.js';
import type { CliIo } from './CliIo.js';
import { CliError, usageError } from './CliError.js';
import type { Format, Lang, OptionSpec } from './Command.js';
import { commands } from './commands/index.js';
import { plural } from './commands/shared.js';
import { commandHelp, mainHelp } from './help.js';
import { createInputs } from './inputs.js';
import { findNearest } from './nearest.js';
import { renderAnswer } from './render.js';
import { COMMON_OPTIONS, optionsOf, readDateOption } from './options.js';
import { readVersion } from './version.js';

/**
 * `--lang` read before the arguments are parsed, for the language of a usage error: only the
 * arguments before `--` are options (after it, `--lang en` is two positional arguments), and the
 * last `--lang` counts, as in the parser.
 */
function earlyLang(argv: readonly string[]): Lang {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  let value: string | undefined;
  for (const [position, arg] of options.entries()) {
    if (arg === '--lang') value = options[position + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value === 'en' ? 'en' : 'vi';
}

/** Unknown options, with the nearest known one; an option missing its value. */
function checkOptionNames(argv: readonly string[], specs: readonly OptionSpec[], command: string): void {
  const names = specs.map((spec) => spec.name);
  for (const [position, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '-h' || arg === '-') continue;
    if (!arg.startsWith('-')) continue;
    const name = arg.replace(/^--?/, '').split('=')[0] as string;
    const spec = specs.find((candidate) => candidate.name === name);
    if (spec === undefined || !arg.startsWith('--')) {
      const nearest = findNearest(name, names);
      const hint = nearest === undefined ? { vi: '', en: '' } : { vi: ` Có phải ý bạn là --${nearest}?`, en: ` Did you mean --${nearest}?` };
      throw usageError(`Tùy chọn không rõ: ${arg} (lệnh ${command}).${hint.vi}`, `Unknown option: ${arg} (command ${command}).${hint.en}`);
    }
    if (spec.type === 'string' && !arg.includes('=')) {
      const next = argv[position + 1];
      // Stryker disable next-line StringLiteral: every string option has a `value`, so the fallback is never used
      const value = spec.value ?? '…';
      // `--` ends the options and `--x` is another option: the value is missing
      if (next === undefined || next.startsWith('--')) {
        throw usageError(`Tùy chọn --${name} cần một giá trị (${value}).`, `Option --${name} needs a value (${value}).`);
      }
      // `-3`, `-h`: the parser cannot tell a value from an option (`-` alone is standard input)
      if (next.startsWith('-') && next.length > 1) {
        throw usageError(
          `Tùy chọn --${name} cần một giá trị (${value}); giá trị bắt đầu bằng dấu - thì viết liền: --${name}=${next}.`,
          `Option --${name} needs a value (${value}); write a value that starts with - as --${name}=${next}.`,
        );
      }
    }
    if (spec.type === 'boolean' && arg.includes('=')) {
      throw usageError(`Tùy chọn --${name} không nhận giá trị.`, `Option --${name} takes no value.`);
    }
  }
}

function readChoice<T extends string>(value: string | boolean | undefined, spec: OptionSpec, fallback: T): T {
  if (value === undefined) return fallback;
  const choices = spec.choices as readonly string[];
  // Stryker disable next-line ConditionalExpression: only string options have choices, and the parser gives those a string
  if (typeof value === 'string' && choices.includes(value)) return value as T;
  // Stryker disable next-line ConditionalExpression: only string options have choices, and the parser gives those a string
  const nearest = typeof value === 'string' ? findNearest(value, choices) : undefined;
  const hint = nearest === undefined ? { vi: '', en: '' } : { vi: ` Có phải ý bạn là ${nearest}?`, en: ` Did you mean ${nearest}?` };
  throw usageError(`--${spec.name} nhận ${choices.join(', ')}, không nhận "${String(value)}".${hint.vi}`, `--${spec.name} takes ${choices.join(', ')}, not "${String(value)}".${hint.en}`);
}

function writeError(io: CliIo, lang: Lang, error: CliError, command: string | undefined): void {
  const lines = [`tinh-gon: ${error.text[lang]}`];
  if (error.details !== undefined) lines.push(error.details[lang]);
  if (error.usage) lines.push(lang === 'vi' ? `Xem: tinh-gon ${command === undefined ? '' : `${command} `}--help` : `See: tinh-gon ${command === undefined ? '' : `${command} `}--help`);
  io.stderr(`${lines.join('\n')}\n`);
}

/** Says on standard error that `name` is no command (with the nearest one, if any) and answers 2. */
function unknownCommand(io: CliIo, lang: Lang, name: string): number {
  const nearest = findNearest(name, commands.map((candidate) => candidate.name));
  const hint = nearest === undefined ? { vi: '', en: '' } : { vi: ` Có phải ý bạn là ${nearest}?`, en: ` Did you mean ${nearest}?` };
  writeError(io, lang, usageError(`Lệnh không rõ: ${name}.${hint.vi}`, `Unknown command: ${name}.${hint.en}`), undefined);
  return 2;
}

/**
 * Runs the `tinh-gon` command line on its arguments (without `node` and the script) with the
 * given streams, and answers the exit code: 0 no domain error, 1 domain errors found, 2 bad usage
 * or unreadable input (the message on standard error says what to fix).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = earlyLang(argv);
  // `--lang en …`: the language may come before the command
  const prefix = argv[0] === '--lang' ? argv.slice(0, 2) : argv[0]?.startsWith('--lang=') === true ? argv.slice(0, 1) : [];
  const [first, ...rest] = argv.slice(prefix.length);
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    // `help check`, `--help check` and `-h check` all show the command's help
    // an option after `help` (`help --lang en`) asks for no command in particular
    const asked = rest[0]?.startsWith('-') === true ? undefined : rest[0];
    const about = commands.find((command) => command.name === asked);
    if (asked !== undefined && about === undefined) return unknownCommand(io, lang, asked);
    const text = about === undefined ? mainHelp(lang) : commandHelp(about, lang);
    if (first === undefined) {
      io.stderr(text);
      return 2;
    }
    io.stdout(text);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  if (first.startsWith('-')) {
    const nearest = findNearest(first.replace(/^-+/, ''), ['help', 'version']);
    const hint = nearest === undefined ? { vi: '', en: '' } : { vi: ` Có phải ý bạn là --${nearest}?`, en: ` Did you mean --${nearest}?` };
    writeError(io, lang, usageError(`Cần một lệnh trước các tùy chọn, không phải ${first}.${hint.vi}`, `A command is expected before options, not ${first}.${hint.en}`), undefined);
    return 2;
  }
  const name = first;
  const args = rest;
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) return unknownCommand(io, lang, name);
  try {
    const specs = optionsOf(command);
    const all = [...prefix, ...args];
    checkOptionNames(all, specs, command.name);
    const { values, positionals } = parseArgs({
      args: all,
      options: Object.fromEntries(specs.map((spec) => [spec.name, { type: spec.type, ...(spec.name === 'help' ? { short: 'h' } : {}) }])),
      allowPositionals: true,
      // Stryker disable next-line BooleanLiteral: checkOptionNames already rejects every argument strict mode would
      strict: true,
    });
    // Stryker disable next-line StringLiteral: the fallback is returned only for an absent option, and this call's result is discarded
    for (const spec of specs) if (spec.choices !== undefined) readChoice(values[spec.name], spec, '');
    const chosenLang = readChoice<Lang>(values.lang, COMMON_OPTIONS[1] as OptionSpec, 'vi');
    if (values.help === true) {
      io.stdout(commandHelp(command, chosenLang));
      return 0;
    }
    const format = readChoice<Format>(values.format, COMMON_OPTIONS[0] as OptionSpec, 'text');
    const limitText = values.limit as string | undefined;
    if (limitText !== undefined && !/^\d+$/.test(limitText)) {
      throw usageError(`--limit cần một số nguyên không âm, không phải "${limitText}".`, `--limit needs a non-negative whole number, not "${limitText}".`);
    }
    const [fewest, most] = command.positionals;
    if (positionals.length < fewest || positionals.length > most) {
      const expected = fewest === most ? String(fewest) : `${fewest}–${most}`;
      // Stryker disable next-line ConditionalExpression: when the two counts differ the fewer is always 0, and plural(0, …) is 'arguments' too
      const noun = fewest === most ? plural(fewest, 'argument', 'arguments') : 'arguments';
      throw usageError(
        `Lệnh ${command.name} cần ${expected} đối số, nhận ${positionals.length}. Cách dùng: tinh-gon ${command.usage}`,
        `Command ${command.name} takes ${expected} ${noun}, got ${positionals.length}. Usage: tinh-gon ${command.usage}`,
      );
    }
    const given = readDateOption(values['as-of'], 'as-of');
    const asOf = given ?? (io.today() as IsoDate);
    const t = (vi: string, en: string) => (chosenLang === 'vi' ? vi : en);
    const answer = await command.run({
      io,
      lang: chosenLang,
      format,
      asOf,
      asOfIsToday: given === undefined,
      positionals,
      options: values,
      inputs: createInputs(io),
      progress: (message: Bilingual) => {
        if (io.stderrIsTTY) io.stderr(`… ${message[chosenLang]}\n`);
      },
      t,
    });
    io.stdout(
      renderAnswer(answer, {
        command: command.name,
        format,
        lang: chosenLang,
        limit: limitText === undefined ? 50 : Number(limitText),
        ...(command.usesAsOf && answer.statesAsOf !== false ? { asOf: { date: asOf, today: given === undefined } } : {}),
      }),
    );
    return answer.failed ? 1 : 0;
  } catch (error) {
    if (error instanceof CliError) {
      writeError(io, lang, error, command.name);
      return 2;
    }
    // a contract breach the library caught in the input (a `[tinh-gon]` TypeError or RangeError)
    if ((error instanceof TypeError || error instanceof RangeError) && error.message.startsWith('[tinh-gon]')) {
      const message = error.message.replace(/^\[tinh-gon\]\s*/, '');
      writeError(io, lang, new CliError({ vi: `Đầu vào không dùng được (thông báo gốc của thư viện, bằng tiếng Anh): ${message}`, en: `Unusable input: ${message}` }), command.name);
      return 2;
    }
    throw error;
  }
}
