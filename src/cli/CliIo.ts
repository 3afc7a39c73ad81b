import { readFile } from 'node:fs/promises';

/**
 * What the command line touches outside itself, injected so that tests run it in-process: the
 * three streams, whether standard error is a terminal (progress is shown only then), how a file is
 * read and what day it is.
 */
export interface CliIo {
  /** Writes to standard output (the answer only). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (usage errors, unreadable input, progress). */
  readonly stderr: (text: string) => void;
  /** Reads the whole of standard input as UTF-8 (for `-`). */
  readonly readStdin: () => Promise<string>;
  /** Reads a file as UTF-8; rejects with a Node error (`code` ENOENT, EISDIR, …) when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** Whether standard error is a terminal. */
  readonly stderrIsTTY: boolean;
  /** Today's date in the local time zone, `YYYY-MM-DD`. */
  readonly today: () => string;
}

/** Today's date in the local time zone of the machine, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/* v8 ignore start -- the process's own streams: exercised by the end-to-end tests of the built bin */
/** The {@link CliIo} of the running process. */
export function processIo(): CliIo {
  // `tinh-gon diff … | head`: the reader left, so the answer is no longer wanted
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(path, 'utf8'),
    stderrIsTTY: process.stderr.isTTY === true,
    today: () => localToday(),
  };
}
/* v8 ignore stop */
