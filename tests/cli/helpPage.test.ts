import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { cli, shellWords } from './support.js';

/*
 * docs/cli-help.md shows every help page of the command line, in both languages, as
 * scripts/generate-cli-docs.ts wrote it from the program. Each page is run again here and must print
 * exactly what the doc shows: the doc cannot drift, and no word of a help text (a summary, an option,
 * an example, the exit codes) changes without a test failing.
 */
const page = readFileSync(join(import.meta.dirname, '../../docs/cli-help.md'), 'utf8');
const shown = [...page.matchAll(/^### `(tinh-gon [^`]+)`\n\n```text\n([\s\S]*?)\n```$/gm)].map(([, command, text]) => ({
  command: command as string,
  text: `${text as string}\n`,
}));

describe('docs/cli-help.md', () => {
  it('shows the main help and the help of every command, each in Vietnamese and English', () => {
    const expected = ['--help', ...commands.map((command) => `${command.name} --help`)].flatMap((args) => [`tinh-gon ${args} --lang vi`, `tinh-gon ${args} --lang en`]);
    expect(shown.map(({ command }) => command)).toEqual(expected);
  });

  it.each(shown)('$command prints what the page shows', async ({ command, text }) => {
    const result = await cli(shellWords(command).slice(1));
    expect(result).toEqual({ code: 0, stdout: text, stderr: '' });
  });
});
