/**
 * Runs every ```ts block of README.md against the sources (imports of `tinh-gon` and its subpaths
 * mapped to src/), and checks that each `console.log(…); //=> value` prints that value (spaces and
 * quotes aside; a trailing "(…)" in the comment is explanation). Fails if a block throws or a
 * printed value differs: the README's examples run as written. In ```console blocks, each
 * `$ tinh-gon …` line is run with the command line of src/cli, and what it prints on standard
 * output must be the lines that follow, exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
const normalise = (text: string) => text.replace(/\s+/g, '').replace(/['"]/g, '');
mkdirSync(resolve(root, '.tmp'), { recursive: true });
let failures = 0;
blocks.forEach((block, index) => {
  const source = block
    .replace(/from 'tinh-gon'/g, "from '../src/index.js'")
    .replace(/from 'tinh-gon\/(\w+)'/g, "from '../src/$1/index.js'");
  const file = resolve(root, '.tmp', `readme-${index}.ts`);
  writeFileSync(file, source);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', cwd: root });
  const printed = run.stdout.split('\n').filter((line) => line.length > 0);
  const expected = [...block.matchAll(/console\.log\(.*\/\/=> (.*)$/gm)].map((match) => (match[1] ?? '').replace(/\s*\(.*\)\s*$/, ''));
  const problems: string[] = [];
  if (run.status !== 0) problems.push(`exited ${run.status}: ${run.stderr.slice(-1500)}`);
  expected.forEach((value, position) => {
    // compare with the last printed lines, in order (a block may print other lines before)
    const line = printed[printed.length - expected.length + position] ?? '';
    if (!normalise(line).startsWith(normalise(value))) problems.push(`expected ${value}, printed ${line}`);
  });
  const firstLine = block.split('\n').find((line) => line.startsWith('import')) ?? '';
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} README block ${index + 1} (${firstLine.slice(0, 70)})`);
  for (const problem of problems) console.log(`     ${problem}`);
  failures += problems.length === 0 ? 0 : 1;
});
const sessions = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((match) =>
  (match[1] ?? '').split(/^(?=\$ tinh-gon )/m).filter((part) => part.startsWith('$ tinh-gon ')),
);
for (const session of sessions) {
  const [commandLine = '', ...expected] = session.replace(/\n+$/, '').split('\n');
  // double-quoted words as one argument, as a shell would pass them
  const args = [...commandLine.slice('$ tinh-gon '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), ...args], { encoding: 'utf8', cwd: root });
  const printed = run.stdout.replace(/\n+$/, '');
  const ok = printed === expected.join('\n');
  console.log(`${ok ? 'ok  ' : 'FAIL'} README ${commandLine}`);
  if (!ok) console.log(`     printed:\n${printed}\n     stderr: ${run.stderr.slice(-500)}`);
  failures += ok ? 0 : 1;
}
const total = blocks.length + sessions.length;
console.log(`${total - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
