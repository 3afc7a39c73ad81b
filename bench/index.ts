/**
 * `npm run bench` — the national-scale benchmarks of issue 6. Prints a table, the scaling from ¼×
 * to 4×, the goals as pass/miss, and writes every figure with the machine to
 * bench/results/latest.json. `npm run bench -- --quick` measures ¼× only (a smoke run for CI).
 * A missed goal is printed, never a failing exit code; a benchmark that cannot run (a group that
 * fails to load or registers nothing, a case that throws) fails the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, arch, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundleSizes, measureImportCost, type Measurement } from './cases/packageMeasurements.js';
import { createPlanCases } from './cases/planCases.js';
import { createRolesCases } from './cases/rolesCases.js';
import { createStaffingCases } from './cases/staffingCases.js';
import { createStructureCases } from './cases/structureCases.js';
import { countStructure, type Era, type Scale, type StructureCounts } from './generateNationalStructure.js';
import {
  BenchContext,
  type BenchCase,
  type CaseResult,
  computeScaling,
  FULL_SCALES,
  formatCount,
  formatMs,
  type GoalCheck,
  measure,
  QUICK_SCALES,
  renderTable,
} from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const scales: readonly Scale[] = quick ? QUICK_SCALES : FULL_SCALES;
const goalScale: Scale = quick ? 0.25 : 1;
const MAX_SCALING = 1.3;
const MIN_PEER_RATIO = 20;
const MAX_IMPORT_MS = 50;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** What kept the run from doing its job; any makes the exit code 1. */
const failures: string[] = [];

async function collectCases(): Promise<BenchCase[]> {
  const groups: [string, () => BenchCase[] | Promise<BenchCase[]>][] = [
    ['structure', createStructureCases],
    ['roles', createRolesCases],
    ['plan', createPlanCases],
    ['staffing', createStaffingCases],
  ];
  const cases: BenchCase[] = [];
  for (const [name, create] of groups) {
    try {
      const created = await create();
      if (created.length === 0) failures.push(`${name}: no benchmark registered (the module's exports are missing)`);
      cases.push(...created);
    } catch (error) {
      failures.push(`${name}: could not be prepared — ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return cases;
}

async function runScale(cases: readonly BenchCase[], scale: Scale, counts: Map<string, StructureCounts>): Promise<CaseResult[]> {
  const context = new BenchContext(scale, quick);
  const results: CaseResult[] = [];
  log(`\n— scale ${scale}× —`);
  for (const [position, benchCase] of cases.entries()) {
    let result: CaseResult | undefined;
    try {
      const prepared = await benchCase.prepare(context);
      if (prepared !== undefined) result = await measure(benchCase, scale, prepared);
    } catch (error) {
      result = {
        id: benchCase.id,
        title: benchCase.title,
        scale,
        size: 0,
        sizeUnit: '',
        medianMs: Number.NaN,
        meanMs: Number.NaN,
        minMs: Number.NaN,
        maxMs: Number.NaN,
        runs: 0,
        opsPerSecond: 0,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    if (result !== undefined) {
      if (result.error !== undefined) failures.push(`${benchCase.id} at ${scale}×: ${result.error}`);
      results.push(result);
      log(
        result.error === undefined
          ? `  ${benchCase.id.padEnd(28)} ${formatCount(result.size).padStart(11)} ${result.sizeUnit.padEnd(12)} median ${formatMs(result.medianMs)} ms (${result.runs} runs)`
          : `  ${benchCase.id.padEnd(28)} error: ${result.error}`,
      );
    }
    for (const era of ['post2025', 'pre2025'] as const satisfies readonly Era[]) {
      const key = `${era}@${scale}`;
      const needed = cases.slice(position + 1).some((later) => later.uses?.includes(era));
      if ((benchCase.uses?.includes(era) ?? false) && !counts.has(key)) counts.set(key, countStructure(context.structure(era)));
      if (!needed) context.drop(era);
    }
  }
  return results;
}

function checkGoals(
  cases: readonly BenchCase[],
  results: readonly CaseResult[],
  scalings: ReturnType<typeof computeScaling>,
  importCosts: readonly Measurement[],
): GoalCheck[] {
  const checks: GoalCheck[] = [];
  const at = (id: string) => results.find((result) => result.id === id && result.scale === goalScale && result.error === undefined);
  for (const benchCase of cases) {
    if (benchCase.goal === undefined) continue;
    const result = at(benchCase.id);
    checks.push({
      goal: `${benchCase.id}: ${benchCase.goal.label}${quick ? ' [checked at ¼×: quick run]' : ''}`,
      figure: result === undefined ? 'not measured' : `${formatMs(result.medianMs)} ms`,
      status: result === undefined ? 'n/a' : result.medianMs < benchCase.goal.maxMs ? 'pass' : 'miss',
    });
  }
  for (const benchCase of cases) {
    if (benchCase.peerOf === undefined) continue;
    // Compared at the goal scale when both ran there, else at the largest scale both ran at.
    const peerScales = results.filter((result) => result.id === benchCase.id && result.error === undefined).map((result) => result.scale);
    const common = peerScales.filter((scale) =>
      results.some((result) => result.id === benchCase.peerOf && result.scale === scale && result.error === undefined),
    );
    const scale = common.includes(goalScale) ? goalScale : Math.max(...common);
    const pick = (id: string | undefined) => results.find((result) => result.id === id && result.scale === scale && result.error === undefined);
    const ours = pick(benchCase.peerOf);
    const theirs = pick(benchCase.id);
    const ratio = ours !== undefined && theirs !== undefined ? theirs.medianMs / ours.medianMs : undefined;
    const hasGoal = benchCase.id === 'concurrency-json-rules-engine';
    checks.push({
      goal: hasGoal
        ? `${benchCase.peerOf}: at least ${MIN_PEER_RATIO}× faster than json-rules-engine (at ${scale}×)`
        : `${benchCase.peerOf}: speed against ${benchCase.id} (reported, at ${scale}×)`,
      figure: ratio === undefined ? 'not measured' : `${ratio.toFixed(1)}× (peer ${formatMs(theirs?.medianMs ?? Number.NaN)} ms / ours ${formatMs(ours?.medianMs ?? Number.NaN)} ms)`,
      status: ratio === undefined ? 'n/a' : hasGoal ? (ratio >= MIN_PEER_RATIO ? 'pass' : 'miss') : 'pass',
    });
  }
  if (!quick) {
    for (const scaling of scalings) {
      if (cases.find((benchCase) => benchCase.id === scaling.id)?.peerOf !== undefined) continue;
      checks.push({
        goal: `${scaling.id}: scaling ¼×→4× within ${MAX_SCALING}× of linear`,
        figure: `${scaling.scaling.toFixed(2)} (time ×${scaling.timeRatio.toFixed(1)} for size ×${scaling.sizeRatio.toFixed(1)})`,
        status: scaling.scaling <= MAX_SCALING ? 'pass' : 'miss',
      });
    }
  }
  for (const importCost of importCosts.filter((m) => m.id === 'import-root' || m.id === 'import-root-own')) {
    checks.push({
      goal: `${importCost.title} under ${MAX_IMPORT_MS} ms`,
      figure: importCost.value === undefined ? (importCost.note ?? 'not measured') : `${formatMs(importCost.value)} ms`,
      status: importCost.value === undefined ? 'n/a' : importCost.value < MAX_IMPORT_MS ? 'pass' : 'miss',
    });
  }
  return checks;
}

async function main(): Promise<void> {
  const started = new Date();
  const cpuList = cpus();
  const machine = {
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
  log(`tinh-gon benchmarks (${quick ? 'quick: ¼× only' : 'full: ¼×, 1×, 4×'}) on ${machine.cpus} × ${machine.cpuModel}, ${machine.os}, node ${machine.node}`);
  const cases = await collectCases();
  const counts = new Map<string, StructureCounts>();
  const results: CaseResult[] = [];
  for (const scale of scales) results.push(...(await runScale(cases, scale, counts)));
  const scalings = computeScaling(results);
  const importCosts = measureImportCost(quick ? 3 : 7);
  const bundles = await measureBundleSizes();
  const goals = checkGoals(cases, results, scalings, importCosts);

  log('\nResults (median of the measured runs)');
  log(
    renderTable(
      ['benchmark', 'scale', 'size', 'median ms', 'ops/s', 'runs'],
      results.map((result) => [
        result.id,
        `${result.scale}×`,
        result.error === undefined ? `${formatCount(result.size)} ${result.sizeUnit}` : 'error',
        formatMs(result.medianMs),
        result.error === undefined ? result.opsPerSecond.toFixed(result.opsPerSecond >= 100 ? 0 : 2) : '—',
        String(result.runs),
      ]),
    ),
  );
  if (scalings.length > 0) {
    log('\nScaling ¼× → 4× (time ratio ÷ size ratio; 1.0 = linear)');
    log(
      renderTable(
        ['benchmark', 'time ×', 'size ×', 'scaling'],
        scalings.map((scaling) => [scaling.id, scaling.timeRatio.toFixed(2), scaling.sizeRatio.toFixed(2), scaling.scaling.toFixed(2)]),
      ),
    );
  }
  const facts = results.filter((result) => result.facts !== undefined && result.scale === goalScale);
  if (facts.length > 0) {
    log(`\nFacts at ${goalScale}×`);
    for (const result of facts) log(`  ${result.id}: ${JSON.stringify(result.facts)}`);
  }
  log('\nPackage');
  log(
    renderTable(
      ['measurement', 'value', 'note'],
      [...importCosts, ...bundles].map((m) => [m.title, m.value === undefined ? '—' : m.unit === 'ms' ? `${formatMs(m.value)} ms` : `${formatCount(m.value)} B`, m.note ?? '']),
    ),
  );
  log('\nStructures generated');
  for (const [key, value] of counts) log(`  ${key}: ${JSON.stringify(value)}`);
  log('\nGoals');
  log(renderTable(['goal', 'figure', 'status'], goals.map((goal) => [goal.goal, goal.figure, goal.status.toUpperCase()])));
  const misses = goals.filter((goal) => goal.status === 'miss').length;
  log(`\n${misses === 0 ? 'All measured goals pass.' : `${misses} goal(s) missed — see bench/README.md for the findings.`}`);

  const output = {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 100) / 10,
    mode: quick ? 'quick' : 'full',
    scales,
    machine,
    structures: Object.fromEntries(counts),
    results,
    scaling: scalings,
    package: { imports: importCosts, bundles },
    goals,
  };
  const folder = resolve(here, 'results');
  mkdirSync(folder, { recursive: true });
  const file = resolve(folder, 'latest.json');
  writeFileSync(file, `${JSON.stringify(output, (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`);
  log(`\nWrote ${file} (${output.durationSeconds} s)`);
  if (results.filter((result) => result.error === undefined).length === 0) failures.push('nothing was measured');
  if (failures.length > 0) {
    log(`\nThe run could not do its job (${failures.length}):`);
    for (const failure of failures) log(`  ${failure}`);
    process.exitCode = 1;
  }
}

await main();
