import type { Bilingual, IsoDate } from '../core/index.js';
import type { Result } from '../report/index.js';
import type { CliIo } from './CliIo.js';
import type { Inputs } from './inputs.js';

/** The language of the output. */
export type Lang = 'vi' | 'en';

/** The output format: text for people, JSON for programs, Markdown for reports. */
export type Format = 'text' | 'json' | 'md';

/** One option of a command, for the parser and the help. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** The placeholder of its value in the help, e.g. `YYYY-MM-DD`. */
  readonly value?: string;
  /** The values it takes, when they are a closed list. */
  readonly choices?: readonly string[];
  readonly help: Bilingual;
}

/** A part of an answer shown as text or Markdown (JSON shows the answer's `data`). */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'report'; readonly report: Pick<Result<unknown>, 'ok' | 'issues'> };

/** What a command answers: whether it found domain errors (exit 1), its data and its text. */
export interface Answer {
  /** Domain errors were found (or, for `coverage` and `lookup`, the target was missed or nothing found): exit code 1. */
  readonly failed: boolean;
  /** The report whose issues the JSON output lists (and counts), if the command made one. */
  readonly report?: Pick<Result<unknown>, 'ok' | 'issues'>;
  /** The answer for programs, merged into the JSON output. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The answer for people (text and Markdown), in the chosen language. */
  readonly blocks: readonly Block[];
  /** `false` when the answer does not depend on `--as-of` after all (a lookup by name in both lists). */
  readonly statesAsOf?: boolean;
}

/** What a command runs with: its arguments, the chosen language, format and date, and its inputs. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly format: Format;
  /** `--as-of`, or today. */
  readonly asOf: IsoDate;
  readonly asOfIsToday: boolean;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly inputs: Inputs;
  /** Shows a progress line on standard error, only when it is a terminal. */
  readonly progress: (message: Bilingual) => void;
  /** Picks the text of the chosen language. */
  readonly t: (vi: string, en: string) => string;
}

/** A subcommand: its name, help and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: Bilingual;
  /** Usage after `tinh-gon`, e.g. `check <structure.json|->`. */
  readonly usage: string;
  /** A longer description (what it answers, its inputs, its exit codes where they differ). */
  readonly description: Bilingual;
  readonly options: readonly OptionSpec[];
  /** Whether `--as-of` applies. */
  readonly usesAsOf: boolean;
  /** Fewest and most positional arguments. */
  readonly positionals: readonly [number, number];
  readonly examples: readonly { readonly command: string; readonly note: Bilingual }[];
  readonly run: (context: CommandContext) => Promise<Answer>;
}
