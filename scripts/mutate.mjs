#!/usr/bin/env node
/**
 * `npm run mutate [-- <folder or file>… | --stale | --summary-only | Stryker options]`
 *
 *   npm run mutate -- src/core                 one folder, with its own tests (testsFor in mutation-report.mjs)
 *   npm run mutate -- src/plan/applyPlan.ts    one file
 *   npm run mutate -- --stale                  every file changed since its run, or whose covering tests changed
 *   npm run mutate -- --missing                every file in scope never run
 *   npm run mutate -- --summary-only           fold reports/mutation/mutation.json (if any) and rewrite summary.md
 *   npm run mutate                             all of src/ in scope (slow: hours on a small machine)
 *
 * Runs Stryker (stryker.config.mjs) once per top folder of src/ given, with that folder's tests, niced.
 * Runs are incremental: Stryker's incremental file (reports/mutation/incremental/<folder>.json, local,
 * git-ignored) keeps the result of every mutant, so a rerun only tests mutants whose code or covering
 * tests changed; this script keeps the entries of the files not rerun. Each run is then folded into
 * reports/mutation/scores.json (committed: per file its counts, survivors, equivalent marks and the
 * SHA-256 of the source and of its covering tests) and reports/mutation/summary.md is rewritten.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  INCREMENTAL_DIR,
  REPORT,
  SCORES,
  SUMMARY,
  equivalentsIn,
  findStale,
  hashFile,
  inScope,
  readScores,
  renderSummary,
  scopeFiles,
  sha256,
  testsFor,
} from './mutation-report.mjs';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  // the usage is this file's own comment
  const usage = readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0] ?? '';
  console.log(usage.replace(/^#!.*\n\/\*\*\n?/, '').replace(/^ \* ?/gm, ''));
  process.exit(0);
}
const summaryOnly = args.includes('--summary-only');
const stale = args.includes('--stale');
const missing = args.includes('--missing');
const strykerArgs = [];
const targets = [];
for (const arg of args.filter((value) => !['--summary-only', '--stale', '--missing'].includes(value))) {
  if (!arg.startsWith('-') && existsSync(arg) && strykerArgs.at(-1) !== '--mutate') {
    const path = arg.replace(/\/$/, '');
    if (statSync(path).isDirectory()) targets.push(...scopeFiles(path));
    else if (inScope(path)) targets.push(path);
    else console.warn(`${path} is out of the scope of mutation (see EXCLUDED in scripts/mutation-report.mjs)`);
  } else strykerArgs.push(arg);
}
if (stale || missing) {
  const found = findStale();
  if (stale) targets.push(...found.changed, ...found.tests.map(({ file }) => file));
  if (missing) targets.push(...found.missing);
  if (targets.length === 0) console.log(stale ? 'nothing is stale' : 'nothing is missing');
}
if (!summaryOnly && targets.length === 0 && !stale && !missing && !strykerArgs.includes('--mutate')) targets.push(...scopeFiles());

const scores = readScores();
// Entries of files gone or now out of scope are dropped.
for (const file of Object.keys(scores.files)) if (!inScope(file) || !existsSync(file)) delete scores.files[file];

if (!summaryOnly) {
  // One Stryker run per top folder, each with that folder's tests.
  const groups = new Map();
  for (const file of new Set(targets)) {
    const folder = file.split('/').slice(0, 2).join('/');
    groups.set(folder, [...(groups.get(folder) ?? []), file]);
  }
  const runs = [...groups].map(([folder, files]) => ({ folder, mutate: files, tests: process.env.MUTATION_TESTS ?? testsFor(files[0]).join(',') }));
  if (runs.length === 0 && strykerArgs.includes('--mutate')) runs.push({ folder: 'custom', mutate: [], tests: process.env.MUTATION_TESTS });
  for (const { folder, mutate, tests } of runs) {
    console.log(`\n=== mutate ${folder}: ${mutate.length || 'custom'} file(s), tests ${tests ?? '(config default)'} ===`);
    // One incremental file per folder: Stryker's file holds the files of its last run only, so a run
    // of one file of a folder would drop the others; keep them by folding the previous file back in.
    const incremental = `${INCREMENTAL_DIR}/${folder.replaceAll('/', '-')}.json`;
    mkdirSync(INCREMENTAL_DIR, { recursive: true });
    const previous = existsSync(incremental) ? JSON.parse(readFileSync(incremental, 'utf8')) : undefined;
    rmSync(REPORT, { force: true });
    // Niced: the machine is shared; a mutation run yields to everything else.
    const command = process.platform === 'win32' ? ['npx'] : ['nice', '-n', '19', 'npx'];
    const run = spawnSync(command[0], [...command.slice(1), 'stryker', 'run', ...(mutate.length > 0 ? ['--mutate', mutate.join(',')] : []), ...strykerArgs], {
      stdio: 'inherit',
      env: { ...process.env, MUTATION_INCREMENTAL: incremental, ...(tests ? { MUTATION_TESTS: tests } : {}) },
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
    // no report: Stryker tested nothing (an option that only prints, say); folding would record every file as empty
    if (!existsSync(REPORT)) {
      console.error(`Stryker wrote no ${REPORT}: nothing folded into ${SCORES}`);
      process.exit(1);
    }
    if (previous !== undefined && existsSync(incremental)) {
      const current = JSON.parse(readFileSync(incremental, 'utf8'));
      for (const [file, entry] of Object.entries(previous.files ?? {})) if (!(file in current.files)) current.files[file] = entry;
      current.testFiles ??= {};
      for (const [file, entry] of Object.entries(previous.testFiles ?? {})) if (!(file in current.testFiles)) current.testFiles[file] = entry;
      writeFileSync(incremental, JSON.stringify(current));
    }
    fold(scores, mutate);
    save(scores);
  }
}
// --summary-only folds a report left by a direct `npx stryker run`; entries pruned above are written out.
fold(scores);
save(scores);

/**
 * Folds reports/mutation/mutation.json (the last run) into scores: the files the run mutated (`files`),
 * or every file of the report when none is named (--summary-only). A file of the run that Stryker
 * leaves out of its report has no mutant (types only): its entry says so, at its current hash.
 */
function fold(into, files = []) {
  if (!existsSync(REPORT) && files.length === 0) return;
  const report = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : { files: {} };
  const reported = new Set(Object.keys(report.files).map((file) => relative(process.cwd(), file)));
  for (const file of files) {
    if (!reported.has(file)) into.files[file] = { sha256: hashFile(file), detected: 0, undetected: 0, ignored: 0, static: 0, invalid: 0, left: [], marked: [], tests: {} };
  }
  // Test id → test file, to record the tests that covered each source file.
  const fileOfTest = new Map();
  for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) {
    for (const test of tests) fileOfTest.set(test.id, relative(process.cwd(), file) || file);
  }
  const ran = new Set(files);
  for (const [absolute, { mutants, source }] of Object.entries(report.files)) {
    const file = relative(process.cwd(), absolute);
    // Stryker's report also lists the other files of its incremental file, at their current source
    // but with the results of their last run, not retested: only the files this run mutated are folded.
    if (ran.size > 0 && !ran.has(file)) continue;
    const lines = source.split('\n');
    const entry = { sha256: sha256(source), detected: 0, undetected: 0, ignored: 0, static: 0, invalid: 0, left: [], marked: equivalentsIn(source), tests: {} };
    const covering = new Set();
    for (const mutant of mutants) {
      for (const id of [...(mutant.coveredBy ?? []), ...(mutant.killedBy ?? [])]) if (fileOfTest.has(id)) covering.add(fileOfTest.get(id));
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') entry.detected += 1;
      else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
        entry.undetected += 1;
        const { start, end } = mutant.location;
        const line = start.line;
        // the text the mutant replaces (a line can hold several mutants of one mutator: `a > 0 && b < c`)
        const original = start.line === end.line ? (lines[line - 1] ?? '').slice(start.column - 1, end.column - 1) : '(several lines)';
        entry.left.push({ line, column: start.column, status: mutant.status, mutator: mutant.mutatorName, original, replacement: mutant.replacement ?? '', code: (lines[line - 1] ?? '').trim() });
      } else if (mutant.status === 'Ignored' && /static/i.test(mutant.statusReason ?? '')) entry.static += 1;
      else if (mutant.status === 'Ignored') entry.ignored += 1;
      else entry.invalid += 1;
    }
    entry.left.sort((a, b) => a.line - b.line || a.column - b.column || a.mutator.localeCompare(b.mutator) || a.replacement.localeCompare(b.replacement));
    for (const test of [...covering].sort()) entry.tests[test] = hashFile(test);
    into.files[file] = entry;
  }
  into.updated = new Date().toISOString().slice(0, 10);
  into.stryker = strykerVersion();
  // The report is folded once.
  rmSync(REPORT, { force: true });
}

function save(value) {
  // The number of files in scope per folder of src/, as of this run: the summary shows how much of each was run.
  const scope = {};
  for (const file of scopeFiles()) {
    const folder = file.split('/').slice(0, 2).join('/');
    scope[folder] = (scope[folder] ?? 0) + 1;
  }
  value.scope = Object.fromEntries(Object.entries(scope).sort(([a], [b]) => a.localeCompare(b)));
  const sorted = Object.fromEntries(Object.entries(value.files).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(SCORES, `${JSON.stringify({ ...value, files: sorted }, null, 2)}\n`);
  writeFileSync(SUMMARY, renderSummary({ ...value, files: sorted }));
  console.log(`wrote ${SCORES} and ${SUMMARY}`);
}

function strykerVersion() {
  try {
    return JSON.parse(readFileSync('node_modules/@stryker-mutator/core/package.json', 'utf8')).version;
  } catch {
    return '?';
  }
}
