#!/usr/bin/env node
/**
 * `npm run mutate [-- <folder or file>… | Stryker options]`: runs Stryker (stryker.config.mjs, incremental;
 * the incremental file keeps the files of earlier runs of other folders), then folds the run's JSON report into reports/mutation/scores.json (one entry per mutated file, kept
 * across runs of different folders) and writes reports/mutation/summary.md: the mutation score per
 * folder, every surviving or uncovered mutant, and the mutants marked equivalent in the code
 * (`// Stryker disable … : reason`). `--summary-only` skips the run and rewrites the summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const REPORT = 'reports/mutation/mutation.json';
const INCREMENTAL = 'reports/mutation/stryker-incremental.json';
const SCORES = 'reports/mutation/scores.json';
const SUMMARY = 'reports/mutation/summary.md';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary-only');
const strykerArgs = [];
const globs = [];
for (const arg of args.filter((value) => value !== '--summary-only')) {
  // A bare folder or file becomes a --mutate glob; everything else goes to Stryker as is.
  if (!arg.startsWith('-') && existsSync(arg) && strykerArgs.at(-1) !== '--mutate') {
    globs.push(statSync(arg).isDirectory() ? `${arg.replace(/\/$/, '')}/**/*.ts` : arg);
  } else strykerArgs.push(arg);
}
if (globs.length > 0) strykerArgs.push('--mutate', globs.join(','));

if (!summaryOnly) {
  // Stryker's incremental file holds the files of the last run only: a run of one folder would drop
  // the others. Keep them: fold the previous file's other files back in after the run.
  const previous = existsSync(INCREMENTAL) ? JSON.parse(readFileSync(INCREMENTAL, 'utf8')) : undefined;
  const run = spawnSync('npx', ['stryker', 'run', ...strykerArgs], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  if (previous !== undefined && existsSync(INCREMENTAL)) {
    const current = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
    for (const [file, entry] of Object.entries(previous.files ?? {})) if (!(file in current.files)) current.files[file] = entry;
    for (const [file, entry] of Object.entries(previous.testFiles ?? {})) if (!(file in (current.testFiles ?? {}))) current.testFiles[file] = entry;
    writeFileSync(INCREMENTAL, JSON.stringify(current, null, 2));
  }
}

/** Mutant states that count, as Stryker counts them: detected / (detected + undetected). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const scores = existsSync(SCORES) ? JSON.parse(readFileSync(SCORES, 'utf8')) : { files: {} };
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    const entry = { detected: 0, undetected: 0, ignored: 0, invalid: 0, left: [] };
    for (const mutant of mutants) {
      if (DETECTED.has(mutant.status)) entry.detected += 1;
      else if (UNDETECTED.has(mutant.status)) {
        entry.undetected += 1;
        const line = mutant.location.start.line;
        entry.left.push({ line, status: mutant.status, mutator: mutant.mutatorName, replacement: mutant.replacement ?? '', code: (lines[line - 1] ?? '').trim() });
      } else if (mutant.status === 'Ignored') entry.ignored += 1;
      else entry.invalid += 1;
    }
    entry.left.sort((a, b) => a.line - b.line);
    scores.files[relative(process.cwd(), file)] = entry;
  }
  scores.updated = new Date().toISOString().slice(0, 10);
  writeFileSync(SCORES, `${JSON.stringify(scores, null, 2)}\n`);
}

/** Every `Stryker disable` comment in src/, with its reason. */
function equivalents() {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((text, index) => {
            const match = /Stryker disable(?:-next-line| next-line)? ([\w,]+)\s*:\s*(.*)$/.exec(text);
            if (match) found.push({ file: path, line: index + 1, mutators: match[1], reason: match[2].trim() });
          });
      }
    }
  };
  walk('src');
  return found;
}

const percent = (detected, undetected) => (detected + undetected === 0 ? 'n/a' : `${((100 * detected) / (detected + undetected)).toFixed(2)}%`);
const folders = new Map();
for (const [file, entry] of Object.entries(scores.files)) {
  for (let folder = dirname(file); folder !== '.' && folder !== ''; folder = dirname(folder)) {
    const total = folders.get(folder) ?? { detected: 0, undetected: 0, ignored: 0, invalid: 0, files: 0 };
    total.detected += entry.detected;
    total.undetected += entry.undetected;
    total.ignored += entry.ignored;
    total.invalid += entry.invalid;
    total.files += 1;
    folders.set(folder, total);
  }
}
const out = [];
out.push('# Mutation testing: summary');
out.push('');
out.push(`Written by \`npm run mutate\` (Stryker ${readPackageVersion()}, Vitest runner, perTest coverage, incremental) on ${scores.updated ?? 'n/a'}.`);
out.push('Score = killed or timed out / (killed + timed out + survived + not covered); ignored (marked equivalent) and invalid mutants are left out, as Stryker counts them.');
out.push('Only the folders and files listed here have been run; each run folds its files in.');
out.push('');
out.push('## Scores per folder');
out.push('');
out.push('| folder | files | score | detected | survived or uncovered | ignored | invalid |');
out.push('|---|---:|---:|---:|---:|---:|---:|');
for (const [folder, total] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
  out.push(`| \`${folder}\` | ${total.files} | ${percent(total.detected, total.undetected)} | ${total.detected} | ${total.undetected} | ${total.ignored} | ${total.invalid} |`);
}
out.push('');
out.push('## Scores per file');
out.push('');
out.push('| file | score | detected | survived or uncovered |');
out.push('|---|---:|---:|---:|');
for (const [file, entry] of Object.entries(scores.files).sort(([a], [b]) => a.localeCompare(b))) {
  out.push(`| \`${file}\` | ${percent(entry.detected, entry.undetected)} | ${entry.detected} | ${entry.undetected} |`);
}
out.push('');
out.push('## Mutants left alive');
out.push('');
const alive = Object.entries(scores.files).flatMap(([file, entry]) => entry.left.map((mutant) => ({ file, ...mutant })));
if (alive.length === 0) out.push('None.');
for (const mutant of alive) {
  out.push(`- \`${mutant.file}:${mutant.line}\` ${mutant.status}, ${mutant.mutator}: \`${mutant.code.slice(0, 110)}\` → \`${mutant.replacement.replace(/\s+/g, ' ').slice(0, 80)}\``);
}
out.push('');
out.push('## Mutants marked equivalent in the code');
out.push('');
out.push('Each is a `// Stryker disable next-line <mutator>: <reason>` comment next to the code; the reason says why no test can tell the mutant from the original.');
out.push('');
const marked = equivalents();
if (marked.length === 0) out.push('None.');
for (const mark of marked) out.push(`- \`${mark.file}:${mark.line}\` (${mark.mutators}): ${mark.reason}`);
out.push('');
writeFileSync(SUMMARY, out.join('\n'));
console.log(`wrote ${SUMMARY}`);

function readPackageVersion() {
  try {
    return JSON.parse(readFileSync('node_modules/@stryker-mutator/core/package.json', 'utf8')).version;
  } catch {
    return '?';
  }
}
