import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/CliIo.js';
import { run } from '../../src/cli/run.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);
export const TODAY = '2026-12-01';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process: real files, plus virtual ones; a fixed today. */
export async function cli(args: readonly string[], options: { stdin?: string | Error; files?: Record<string, string | Error>; tty?: boolean } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    readStdin: async () => {
      if (options.stdin instanceof Error) throw options.stdin;
      return options.stdin ?? '';
    },
    readFile: async (path) => {
      const file = options.files?.[path];
      if (file instanceof Error) throw file;
      return file ?? readFile(path, 'utf8');
    },
    stderrIsTTY: options.tty ?? false,
    today: () => TODAY,
  };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Splits a shell command line of the help's examples (double quotes only). */
export function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? (match[2] as string));
}
