/**
 * Writes docs/cli-help.md: the help of `tinh-gon` and of each of its commands, in Vietnamese and in
 * English, exactly as the command line prints it (run in process, as `tests/cli` runs it), so the
 * page cannot drift from the program. tests/cli/helpPage.test.ts reads the page back and runs each
 * command it shows; `--check` compares instead of writing and fails when the page is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { commands } from '../src/cli/commands/index.js';
import { run } from '../src/cli/run.js';

const PAGE = resolve(import.meta.dirname, '..', 'docs', 'cli-help.md');

/** What `tinh-gon <args>` prints on standard output, run in process. */
async function helpOf(args: readonly string[]): Promise<string> {
  const out: string[] = [];
  const code = await run(args, {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      throw new Error(`tinh-gon ${args.join(' ')} wrote to standard error: ${text}`);
    },
    readStdin: async () => '',
    readFile: async (path) => {
      throw new Error(`the help read a file: ${path}`);
    },
    stderrIsTTY: false,
    today: () => '2026-01-01',
  });
  if (code !== 0) throw new Error(`tinh-gon ${args.join(' ')} exited ${code}`);
  return out.join('');
}

async function section(title: string, args: readonly string[]): Promise<string[]> {
  const lines = [`## ${title}`, ''];
  for (const lang of ['vi', 'en'] as const) {
    const shown = [...args, '--lang', lang];
    lines.push(`### \`tinh-gon ${shown.join(' ')}\``, '', '```text', (await helpOf(shown)).trimEnd(), '```', '');
  }
  return lines;
}

const page = [
  '---',
  'title: Command-line help',
  '---',
  '',
  '# Every help page of `tinh-gon`',
  '',
  'What `tinh-gon --help` and `tinh-gon <command> --help` print, in Vietnamese (the default) and in',
  'English. [The command line](cli.md) explains the conventions and each command with examples; this',
  'page is the reference. It is written from the program by `npx tsx scripts/generate-cli-docs.ts`,',
  'and a test runs every command it shows and compares the output, so it says what the installed',
  'version says.',
  '',
  ...(await section('`tinh-gon`', ['--help'])),
  ...(await Promise.all(commands.map((command) => section(`\`${command.name}\`: ${command.summary.en}`, [command.name, '--help'])))).flat(),
].join('\n');

if (process.argv.includes('--check')) {
  if (readFileSync(PAGE, 'utf8') !== page) {
    console.error('docs/cli-help.md is out of date: run npx tsx scripts/generate-cli-docs.ts');
    process.exit(1);
  }
  console.log('docs/cli-help.md is up to date');
} else {
  writeFileSync(PAGE, page);
  console.log(`wrote docs/cli-help.md (${commands.length + 1} help pages, each in two languages)`);
}
