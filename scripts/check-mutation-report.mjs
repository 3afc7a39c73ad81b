#!/usr/bin/env node
/**
 * CI: is the committed mutation report (reports/mutation/scores.json, summary.md) still about this
 * code? Runs no mutant (milliseconds): it hashes the sources and test files and compares them with the
 * hashes `npm run mutate` recorded.
 *
 * Fails (exit 1), naming each file and the command that brings it back, when
 *   - a source file changed since its run (its recorded score is about other code), or has an entry
 *     but is gone or now out of scope;
 *   - summary.md is not what scores.json renders to (edited by hand, or not rewritten).
 * Warns (exit 0) when
 *   - a source file in scope was never run (the summary lists only what was run);
 *   - a test file that covered a file's mutants changed since (its score may have moved either way);
 *   - a folder of src/ is below the goal (90%).
 * `--warn-only` turns the failures into warnings (a branch that knows its report is behind).
 */
import { existsSync, readFileSync } from 'node:fs';
import { GOAL, SCORES, SUMMARY, findStale, folderTotals, readScores, renderSummary, score } from './mutation-report.mjs';

const warnOnly = process.argv.includes('--warn-only');
if (!existsSync(SCORES)) {
  console.error(`${SCORES} is missing: run npm run mutate`);
  process.exit(warnOnly ? 0 : 1);
}
const scores = readScores();
const { changed, missing, removed, tests } = findStale(scores);
const failures = [];
const warnings = [];

if (changed.length > 0) failures.push(`source changed since its mutation run (${changed.length}):\n${changed.map((file) => `  ${file}`).join('\n')}`);
if (missing.length > 0) {
  // An absence, not a lie: the summary shows only the files run. Listed so the gap stays visible.
  warnings.push(`source in scope never mutated (${missing.length}); npm run mutate -- --missing runs them:\n${missing.map((file) => `  ${file}`).join('\n')}`);
}
if (removed.length > 0) failures.push(`entries for files gone or out of scope (${removed.length}):\n${removed.map((file) => `  ${file}`).join('\n')}`);
if (tests.length > 0) {
  warnings.push(
    `covering tests changed since the run; the score may have moved (${tests.length} file(s)):\n${tests
      .map(({ file, tests: moved }) => `  ${file} (${moved.join(', ')})`)
      .join('\n')}`,
  );
}
const rendered = renderSummary(scores);
if (!existsSync(SUMMARY) || readFileSync(SUMMARY, 'utf8') !== rendered) {
  failures.push(`${SUMMARY} is not what ${SCORES} renders to: run npm run mutate -- --summary-only`);
}
const below = folderTotals(scores)
  .filter(([folder]) => folder.split('/').length === 2)
  .filter(([, total]) => score(total) !== undefined && score(total) < GOAL);
if (below.length > 0) {
  warnings.push(`folders below ${GOAL}%:\n${below.map(([folder, total]) => `  ${folder} ${score(total).toFixed(2)}% (${total.undetected} alive)`).join('\n')}`);
}

for (const warning of warnings) console.warn(`warning: ${warning}`);
if (failures.length > 0) {
  const rerun = changed;
  const hint =
    rerun.length > 0 || removed.length > 0
      ? `\nRerun exactly these (incremental, niced): npm run mutate -- --stale\n  or one at a time: ${[...new Set(rerun)].slice(0, 8).map((file) => `npm run mutate -- ${file}`).join('; ')}`
      : '';
  const text = `${failures.map((failure) => `mutation report: ${failure}`).join('\n')}${hint}`;
  if (warnOnly) console.warn(text);
  else {
    console.error(text);
    process.exit(1);
  }
}
const totals = folderTotals(scores).filter(([folder]) => folder.split('/').length === 2);
console.log(
  `mutation report: ${Object.keys(scores.files).length} file(s) current; ${totals.map(([folder, total]) => `${folder} ${score(total)?.toFixed(2) ?? 'n/a'}%`).join(', ')}`,
);
