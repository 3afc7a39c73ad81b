import type { Bilingual } from '../core/index.js';

/**
 * A reason to stop with exit code 2: bad usage (an unknown option, a missing argument) or input
 * that cannot be read (no such file, invalid JSON or CSV, a cell of the wrong kind). The message
 * says what to fix, in both languages; `details` are further lines (a parse report, say).
 */
export class CliError extends Error {
  readonly text: Bilingual;
  readonly details: Bilingual | undefined;
  /** Whether to point at the command's `--help`. */
  readonly usage: boolean;

  constructor(text: Bilingual, options: { readonly details?: Bilingual; readonly usage?: boolean } = {}) {
    super(text.en);
    this.name = 'CliError';
    this.text = text;
    this.details = options.details;
    this.usage = options.usage ?? false;
  }
}

/** A {@link CliError} for bad usage (points at `--help`). */
export function usageError(vi: string, en: string): CliError {
  return new CliError({ vi, en }, { usage: true });
}

/** A {@link CliError} for input that cannot be read. */
export function inputError(vi: string, en: string, details?: Bilingual): CliError {
  return new CliError({ vi, en }, details === undefined ? {} : { details });
}
