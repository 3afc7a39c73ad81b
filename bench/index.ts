/**
 * `npm run bench`: how far each headline operation of tinh-gon is from a hand-written loop doing
 * the same essential work, how it compares with its peers, how it scales, what it costs in memory
 * and at import, how a structure too large for one JSON string streams in from NDJSON, and how it
 * bears hostile input, measured so that the figures mean something on a
 * shared machine (see harness.ts and bench/README.md). Prints tables and writes every figure,
 * spread and goal status to bench/results/latest.json.
 *
 * `npm run bench -- --quick`: the smoke run of CI (¼× ratios, 1/16× → ¼× scaling, memory and
 * streaming at ¼×, small hostile inputs), about two minutes of CPU on 2 cores; it prints its wall
 * and CPU time. Either run exits 1 when a case throws or a baseline
 * disagrees with the library; a missed goal is reported, never a failing exit code.
 *
 * Flags: `--quick`; `--only=<operation id>,…` to run some operations (no probes);
 * `--no-probes` to skip memory, hostile inputs and imports; `--no-scaling` to skip the scaling.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HostileResult, type MemoryProbe, probeAllHostile, probeMemory, probeStream, type StreamProbe } from './children.js';
import type { Scale } from './generateNationalStructure.js';
import { defineGoals, evaluateGoals, type Figure, type GoalResult } from './goals.js';
import {
  formatCount,
  formatMs,
  formatRatio,
  formatSpread,
  type GroupMeasurement,
  garbageCollection,
  interleave,
  localRunner,
  ratioSpread,
  renderTable,
  type Runner,
  SETTLE_LIMIT_MS,
  type Spread,
  settleTotals,
  timeSpread,
} from './harness.js';
import { HOSTILE_CASES } from './hostile.js';
import { formatScale, type Operation, type Side, World } from './operation.js';
import { OPERATIONS as ALL_OPERATIONS } from './operations.js';
import { type BundleSize, type ImportCost, measureBundleSizes, measureImportCost } from './packageMeasurements.js';
import { ScaleWorker } from './scaleWorkers.js';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const probes = only === undefined && !argv.includes('--no-probes');
const scaling = !argv.includes('--no-scaling');

/** The operations whose scaling a quick run measures (the headline ones). */
const HEADLINE = ['parse-structure', 'validate-structure', 'concurrency-check', 'apportion'];

/** How much work each part of the run does. */
const CONFIG = quick
  ? {
      goalScale: 0.25 as Scale,
      ratioRounds: 4,
      aloneRounds: 2,
      peerScale: 0.0625 as Scale,
      peerRounds: 2,
      scaling: [0.0625, 0.25] as [Scale, Scale],
      scalingRounds: 2,
      scalingOperations: HEADLINE as readonly string[] | 'all',
      minRunMs: 100,
      memoryScales: [0.25] as Scale[],
      importRounds: 5,
    }
  : {
      goalScale: 1 as Scale,
      ratioRounds: 7,
      aloneRounds: 5,
      peerScale: 0.25 as Scale,
      peerRounds: 3,
      scaling: [0.25, 4] as [Scale, Scale],
      scalingRounds: 4,
      scalingOperations: 'all' as readonly string[] | 'all',
      minRunMs: 300,
      memoryScales: [1, 4, 8] as Scale[],
      importRounds: 11,
    };
const SCALING_LABEL = `${formatScale(CONFIG.scaling[0]).slice(0, -1)}→${formatScale(CONFIG.scaling[1])}`;

const OPERATIONS: readonly Operation[] = ALL_OPERATIONS.filter((operation) => only === undefined || only.includes(operation.id));

function log(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.message}${error.stack === undefined ? '' : ` (${error.stack.split('\n')[1]?.trim() ?? ''})`}` : String(error);
}

/** One contender of a measured group, as reported. */
interface ContenderReport {
  readonly id: string;
  readonly role: Side['role'];
  readonly name: string;
  readonly label: string;
  readonly scale: Scale;
  readonly size: number;
  readonly reps: number;
  readonly cpuMs: Spread;
  readonly wallMs: Spread;
  readonly facts?: Readonly<Record<string, number | string | boolean>>;
}

/** One measured group, as reported. */
interface GroupReport {
  readonly id: string;
  readonly operation: string;
  readonly title: string;
  readonly kind: 'ratio' | 'alone' | 'scaling';
  readonly sizeUnit: string;
  readonly rounds: number;
  /** Whether every timed run of the group started with a forced full collection (see `interleave`). */
  readonly fullCollection?: boolean;
  readonly contenders: readonly ContenderReport[];
  readonly disagreements: readonly string[];
  readonly error?: string;
}

const failures: string[] = [];
const groups: GroupReport[] = [];
const figures = new Map<string, Figure>();

function addFigure(figure: Figure): void {
  figures.set(figure.id, figure);
}

function ratioFigure(id: string, title: string, cpu: Spread, wall: Spread): Figure {
  return { id, title, value: cpu.median, unit: '×', text: `${formatSpread(cpu)} (wall ${formatRatio(wall.median)})` };
}

/** A side of an operation at a scale, ready to run (here or in a scaling worker). */
interface Entry {
  readonly side: Pick<Side, 'role' | 'name' | 'label' | 'size'>;
  readonly scale: Scale;
  readonly runner: Runner;
}

/** The sides of an operation at a scale in this process (those named). */
function localEntries(operation: Operation, world: World, scale: Scale, names: readonly string[]): Entry[] {
  return operation
    .sides(world, scale)
    .filter((side) => names.includes(side.name))
    .map((side) => ({ side, scale, runner: localRunner({ id: `${side.name}@${scale}`, role: side.role, label: side.label, size: side.size, run: side.run }) }));
}

/** Measures one group interleaved, checks the answers (sides run here), records the group. */
async function measureGroup(
  operation: Operation,
  kind: GroupReport['kind'],
  prepare: () => Promise<readonly Entry[]>,
  rounds: number,
): Promise<{ readonly measurement: GroupMeasurement; readonly entries: readonly Entry[] } | undefined> {
  let id = operation.id;
  try {
    const entries = await prepare();
    const scales = [...new Set(entries.map((entry) => entry.scale))];
    const peer = entries.find((entry) => entry.side.role === 'peer');
    id = kind === 'scaling' ? `${operation.id}:scaling` : `${operation.id}${peer === undefined ? '' : `:${peer.side.name}`}@${scales[0]}`;
    const started = performance.now();
    const measurement = await interleave(
      entries.map((entry) => entry.runner),
      { rounds, minRunMs: CONFIG.minRunMs },
    );
    // agreement: the library's answer against every other side's, at each scale (answers of sides
    // run in a scaling worker stay there: those were checked in the ratio groups)
    const disagreements: string[] = [];
    const facts = new Map<string, Readonly<Record<string, number | string | boolean>>>();
    for (const scale of scales) {
      const library = measurement.first.get(`library@${scale}`);
      if (library === undefined) continue;
      const libraryFacts = operation.facts?.(library);
      if (libraryFacts !== undefined) facts.set(`library@${scale}`, libraryFacts);
      for (const entry of entries) {
        if (entry.scale !== scale || entry.side.role === 'library' || operation.compare === undefined) continue;
        const comparison = operation.compare(library, measurement.first.get(entry.runner.id), entry.side as Side);
        disagreements.push(...comparison.disagreements.map((text) => `${text} (at ${formatScale(scale)})`));
        if (comparison.facts !== undefined) facts.set(entry.runner.id, comparison.facts);
      }
    }
    failures.push(...disagreements);
    groups.push({
      id,
      operation: operation.id,
      title: operation.title,
      kind,
      sizeUnit: operation.sizeUnit,
      rounds,
      fullCollection: measurement.fullCollection,
      contenders: entries.map((entry) => {
        const contenderFacts = facts.get(entry.runner.id);
        return {
          id: entry.runner.id,
          role: entry.side.role,
          name: entry.side.name,
          label: entry.side.label,
          scale: entry.scale,
          size: entry.side.size,
          reps: measurement.reps[entry.runner.id] ?? 1,
          cpuMs: timeSpread(measurement, entry.runner.id, 'cpu'),
          wallMs: timeSpread(measurement, entry.runner.id, 'wall'),
          ...(contenderFacts === undefined ? {} : { facts: contenderFacts }),
        };
      }),
      disagreements,
    });
    const summary = entries.map((entry) => `${entry.runner.id} ${formatMs(timeSpread(measurement, entry.runner.id, 'cpu').median)} ms`).join(', ');
    log(`  ${id.padEnd(38)} ${summary}  (${((performance.now() - started) / 1000).toFixed(1)} s)${disagreements.length > 0 ? `  DISAGREES: ${disagreements.join('; ')}` : ''}`);
    return { measurement, entries };
  } catch (error) {
    const text = `${id}: ${message(error)}`;
    failures.push(text);
    groups.push({ id, operation: operation.id, title: operation.title, kind, sizeUnit: operation.sizeUnit, rounds, contenders: [], disagreements: [], error: text });
    log(`  ${id.padEnd(38)} ERROR ${text}`);
    return undefined;
  }
}

async function runFixtures(world: World): Promise<void> {
  log('\n— agreement on damaged inputs (¼×, untimed) —');
  for (const operation of OPERATIONS) {
    if (operation.fixtures === undefined) continue;
    try {
      const disagreements = operation.fixtures(world);
      failures.push(...disagreements);
      log(`  ${operation.id.padEnd(38)} ${disagreements.length === 0 ? 'agree' : `DISAGREE: ${disagreements.join('; ')}`}`);
    } catch (error) {
      failures.push(`${operation.id} fixtures: ${message(error)}`);
      log(`  ${operation.id.padEnd(38)} ERROR ${message(error)}`);
    }
  }
}

async function runRatios(world: World, operations: readonly Operation[]): Promise<void> {
  for (const operation of operations) {
    const scale = operation.atPeerScale === true ? CONFIG.peerScale : CONFIG.goalScale;
    if (operation.usesStructure === false) world.keepOnly([]);
    const sides = operation.sides(world, scale);
    // one group per pair (the library with each baseline or peer): a third contender's garbage
    // would land in the pair's runs (dinero.js's collections deoptimise apportion, say)
    const others = sides.filter((side) => side.role !== 'library');
    const pairs = others.length === 0 ? [['library']] : others.map((other) => ['library', other.name]);
    for (const names of pairs) {
      const alone = names.length === 1;
      const rounds = operation.atPeerScale === true ? CONFIG.peerRounds : alone ? CONFIG.aloneRounds : CONFIG.ratioRounds;
      const measured = await measureGroup(operation, alone ? 'alone' : 'ratio', async () => localEntries(operation, world, scale, names), rounds);
      if (measured === undefined) continue;
      const library = measured.entries.find((entry) => entry.side.role === 'library')?.runner;
      if (library === undefined) continue;
      for (const { side, runner } of measured.entries) {
        if (side.role === 'baseline') {
          addFigure(
            ratioFigure(
              `ratio:${operation.id}`,
              `${operation.id}: library ÷ hand-written baseline at ${formatScale(scale)}`,
              ratioSpread(measured.measurement, library, runner, 'cpu'),
              ratioSpread(measured.measurement, library, runner, 'wall'),
            ),
          );
        } else if (side.role === 'peer') {
          addFigure(
            ratioFigure(
              `ratio:${operation.id}:${side.name}`,
              `${operation.id}: ${side.name} ÷ library at ${formatScale(scale)}`,
              ratioSpread(measured.measurement, runner, library, 'cpu'),
              ratioSpread(measured.measurement, runner, library, 'wall'),
            ),
          );
        }
      }
    }
  }
}

async function runScaling(): Promise<ReadonlyMap<Scale, ScaleWorker>> {
  const [small, large] = CONFIG.scaling;
  const workers = new Map<Scale, ScaleWorker>([
    [small, new ScaleWorker(small)],
    [large, new ScaleWorker(large)],
  ]);
  try {
    for (const operation of OPERATIONS) {
      const roles = operation.scalingRoles ?? ['library', 'baseline'];
      if (roles.length === 0 || (CONFIG.scalingOperations !== 'all' && !CONFIG.scalingOperations.includes(operation.id))) continue;
      const prepare = async () => {
        const entries: Entry[] = [];
        for (const [scale, worker] of workers) {
          for (const { side, runner } of await worker.prepare(operation.id, roles)) entries.push({ side, scale, runner });
        }
        return entries;
      };
      const measured = await measureGroup(operation, 'scaling', prepare, CONFIG.scalingRounds);
      if (measured === undefined) continue;
      const byId = new Map(measured.entries.map((entry) => [entry.runner.id, entry.runner]));
      for (const { side, scale, runner: little } of measured.entries) {
        if (scale !== small) continue;
        const big = byId.get(`${side.name}@${large}`);
        if (big === undefined) continue;
        addFigure(
          ratioFigure(
            `scaling:${operation.id}:${side.name}`,
            `${operation.id} (${side.name}): CPU per ${operation.sizeUnit.replace(/s$/, '')} at ${formatScale(large)} ÷ at ${formatScale(small)}`,
            ratioSpread(measured.measurement, big, little, 'cpu', true),
            ratioSpread(measured.measurement, big, little, 'wall', true),
          ),
        );
      }
      for (const scale of [small, large]) {
        const library = byId.get(`library@${scale}`);
        const baseline = byId.get(`baseline@${scale}`);
        if (library === undefined || baseline === undefined) continue;
        addFigure(
          ratioFigure(
            `ratio:${operation.id}@${scale}`,
            `${operation.id}: library ÷ baseline at ${formatScale(scale)} (scaling group)`,
            ratioSpread(measured.measurement, library, baseline, 'cpu'),
            ratioSpread(measured.measurement, library, baseline, 'wall'),
          ),
        );
      }
    }
  } finally {
    for (const worker of workers.values()) worker.close();
  }
  return workers;
}

async function runMemory(): Promise<MemoryProbe[]> {
  const results: MemoryProbe[] = [];
  for (const scale of CONFIG.memoryScales) {
    const result = await probeMemory(scale, scale >= 8 ? 600 : 300);
    log(
      `  ${formatScale(scale).padEnd(6)} ${result.ok ? `heap/issue ${result.result?.heapPerIssueBytes?.toFixed(0)} B, maxRSS ${result.result?.maxRssMB} MB, heap limit ${result.result?.heapLimitMB} MB` : `FAILED: ${result.failure}`} (${result.seconds.toFixed(1)} s)`,
    );
    results.push(result);
  }
  const atGoal = results.find((result) => result.scale === 1) ?? results[0];
  const perIssue = atGoal?.result?.heapPerIssueBytes;
  if (atGoal !== undefined) {
    addFigure({
      id: 'memory:heap-per-issue',
      title: `heap retained per issue of the concurrency report at ${formatScale(atGoal.scale)}`,
      value: perIssue ?? undefined,
      unit: 'B',
      text: perIssue === undefined || perIssue === null ? (atGoal.failure ?? '—') : `${perIssue.toFixed(0)} B × ${formatCount(atGoal.result?.issues ?? 0)} issues`,
      ...(atGoal.ok ? {} : { failed: atGoal.failure ?? 'failed' }),
    });
  }
  const eight = results.find((result) => result.scale === 8);
  if (eight !== undefined) {
    addFigure({
      id: 'memory:8x-within-default-heap',
      title: '8× generated, validated and checked with the default heap',
      value: eight.ok ? 1 : 0,
      unit: 'yes/no',
      text: eight.ok ? `yes: maxRSS ${eight.result?.maxRssMB} MB, heap limit ${eight.result?.heapLimitMB} MB` : `no: ${eight.failure}`,
    });
  }
  return results;
}

async function runStream(): Promise<StreamProbe[]> {
  const results: StreamProbe[] = [];
  for (const scale of CONFIG.memoryScales) {
    const result = await probeStream(scale, scale >= 8 ? 1200 : scale >= 4 ? 600 : 300);
    const file = result.file === undefined ? '' : `${formatCount(result.file.records)} records, ${formatCount(Math.round(result.file.bytes / 2 ** 20))} MB of NDJSON; `;
    log(
      `  ${formatScale(scale).padEnd(6)} ${file}${result.ok ? `parsed in ${result.result?.parseSeconds} s, heap/issue ${result.result?.heapPerIssueBytes?.toFixed(0)} B, peak heap ${result.result?.peakHeapTotalMB} MB, maxRSS ${result.result?.maxRssMB} MB, heap limit ${result.result?.heapLimitMB} MB` : `FAILED: ${result.failure}`} (${result.seconds.toFixed(1)} s)`,
    );
    results.push(result);
    const perIssue = result.result?.heapPerIssueBytes;
    addFigure({
      id: `stream:heap-per-issue@${scale}`,
      title: `streamed from NDJSON at ${formatScale(scale)}: heap retained per issue of the concurrency report (every info)`,
      value: perIssue ?? undefined,
      unit: 'B',
      text: perIssue === undefined || perIssue === null ? (result.failure ?? '—') : `${perIssue.toFixed(0)} B × ${formatCount(result.result?.issues ?? 0)} issues`,
      ...(result.ok ? {} : { failed: result.failure ?? 'failed' }),
    });
  }
  const eight = results.find((result) => result.scale === 8);
  if (eight !== undefined) {
    const size = eight.file === undefined ? '' : `${formatCount(Math.round(eight.file.bytes / 2 ** 20))} MB of NDJSON (${eight.file.tooLongForOneJsonString ? 'longer than one JSON string can be' : 'would fit one JSON string'}), `;
    addFigure({
      id: 'stream:8x-within-default-heap',
      title: '8× streamed from NDJSON (parseStructureStream), validated and checked with the default heap',
      value: eight.ok ? 1 : 0,
      unit: 'yes/no',
      text: eight.ok ? `yes: ${size}peak heap ${eight.result?.peakHeapTotalMB} MB, maxRSS ${eight.result?.maxRssMB} MB, heap limit ${eight.result?.heapLimitMB} MB` : `no: ${eight.failure}`,
      ...(eight.ok ? {} : { failed: eight.failure ?? 'failed' }),
    });
  }
  return results;
}

function importFigures(cost: ImportCost): void {
  addFigure({
    id: 'import:zod-modules-with-root',
    title: 'zod modules loaded by a cold import of the root entry',
    value: cost.root.modules.zod,
    unit: 'modules',
    text: `${cost.root.modules.zod} of ${cost.root.modules.total}`,
  });
  addFigure(ratioFigure('import:root-vs-zod', 'cold import: root entry ÷ zod alone', cost.ratio.cpu, cost.ratio.wall));
}

function hostileFigures(results: readonly HostileResult[]): void {
  for (const result of results) {
    if (result.kind === 'bounded') {
      addFigure({
        id: `hostile:${result.id}`,
        title: result.title,
        value: result.failure === undefined ? 1 : 0,
        unit: 'yes/no',
        text: result.failure === undefined ? (result.outcome ?? 'answered') : result.failure,
        ...(result.failure === undefined ? {} : { failed: result.failure }),
      });
      continue;
    }
    const measured = result.normalisedCpu;
    const text =
      measured !== undefined && measured.n > 0
        ? formatSpread(measured)
        : result.atLeast !== undefined
          ? `≥ ${formatRatio(result.atLeast)}`
          : '—';
    addFigure({
      id: `hostile:${result.id}`,
      title: result.title,
      value: measured?.median ?? result.atLeast,
      unit: '×',
      text,
      ...(result.failure === undefined ? {} : { failed: result.failure }),
    });
  }
}

function printReport(memory: readonly MemoryProbe[], stream: readonly StreamProbe[], imports: ImportCost | undefined, bundles: readonly BundleSize[], hostile: readonly HostileResult[], goals: readonly GoalResult[], world: World): void {
  const goalOf = (figureId: string) => goals.find((goal) => goal.figure === figureId);
  const status = (figureId: string) => {
    const goal = goalOf(figureId);
    return goal === undefined ? '' : `${goal.status.toUpperCase()} (${goal.direction === 'at-least' ? '≥' : goal.direction === 'below' ? '<' : '≤'} ${goal.threshold})`;
  };
  log(`\nRatios at ${formatScale(CONFIG.goalScale)} (json-rules-engine at ${formatScale(CONFIG.peerScale)}): CPU time, median of per-round ratios [min–max]; wall median after`);
  const ratioRows: string[][] = [];
  for (const group of groups.filter((g) => g.kind === 'ratio')) {
    const library = group.contenders.find((contender) => contender.role === 'library');
    for (const other of group.contenders.filter((contender) => contender.role !== 'library')) {
      const figureId = other.role === 'baseline' ? `ratio:${group.operation}` : `ratio:${group.operation}:${other.name}`;
      const figure = figures.get(figureId);
      ratioRows.push([
        group.operation,
        other.role === 'baseline' ? 'library ÷ baseline' : `${other.name} ÷ library`,
        figure?.text ?? '—',
        `${formatMs(library?.cpuMs.median ?? Number.NaN)} / ${formatMs(other.cpuMs.median)}`,
        String(group.rounds),
        status(figureId),
      ]);
    }
  }
  log(renderTable(['operation', 'ratio', 'CPU ratio [min–max] (wall)', 'CPU ms lib / other', 'rounds', 'goal'], ratioRows));

  const [small, large] = CONFIG.scaling;
  log(`\nScaling ${SCALING_LABEL}: CPU per record at ${formatScale(large)} ÷ at ${formatScale(small)} (1.00 = linear), per-round medians [min–max]`);
  const scalingRows = groups
    .filter((g) => g.kind === 'scaling')
    .map((group) => [
      group.operation,
      figures.get(`scaling:${group.operation}:library`)?.text ?? '—',
      figures.get(`scaling:${group.operation}:baseline`)?.text ?? '',
      figures.get(`ratio:${group.operation}@${small}`) === undefined ? '' : formatRatio(figures.get(`ratio:${group.operation}@${small}`)?.value ?? Number.NaN),
      figures.get(`ratio:${group.operation}@${large}`) === undefined ? '' : formatRatio(figures.get(`ratio:${group.operation}@${large}`)?.value ?? Number.NaN),
      status(`scaling:${group.operation}:library`),
    ]);
  log(renderTable(['operation', 'library', 'baseline', `lib÷base ${formatScale(small)}`, `lib÷base ${formatScale(large)}`, 'goal'], scalingRows));

  log('\nTimes (information: CPU ms per operation, median [min–max] of the rounds; wall median)');
  const timeRows: string[][] = [];
  for (const group of groups) {
    for (const contender of group.contenders) {
      timeRows.push([
        group.operation,
        contender.name,
        formatScale(contender.scale),
        `${formatCount(contender.size)} ${group.sizeUnit}`,
        formatSpread(contender.cpuMs, formatMs),
        formatMs(contender.wallMs.median),
        `${group.rounds}×${contender.reps}`,
      ]);
    }
  }
  log(renderTable(['operation', 'side', 'scale', 'size', 'CPU ms [min–max]', 'wall ms', 'runs'], timeRows));

  const facts = groups.flatMap((group) => group.contenders.filter((contender) => contender.facts !== undefined).map((contender) => `  ${group.operation} ${contender.id}: ${JSON.stringify(contender.facts)}`));
  if (facts.length > 0) {
    log('\nFacts');
    for (const line of facts) log(line);
  }

  if (memory.length > 0) {
    log('\nMemory (each scale in its own process, default heap)');
    log(
      renderTable(
        ['scale', 'records', 'heap/issue', 'heap MB: generated / validated / report held', 'peak heap MB', 'maxRSS MB', 'heap limit MB', 's'],
        memory.map((probe) => [
          formatScale(probe.scale),
          probe.result === undefined ? '—' : formatCount(probe.result.records),
          probe.result?.heapPerIssueBytes === undefined || probe.result.heapPerIssueBytes === null ? '—' : `${probe.result.heapPerIssueBytes.toFixed(0)} B`,
          probe.result === undefined ? (probe.failure ?? '') : `${probe.result.steps.generatedMB} / ${probe.result.steps.validatedMB} / ${probe.result.steps.reportHeldMB}`,
          String(probe.result?.peakHeapTotalMB ?? '—'),
          String(probe.result?.maxRssMB ?? '—'),
          String(probe.result?.heapLimitMB ?? '—'),
          probe.seconds.toFixed(0),
        ]),
      ),
    );
  }
  if (stream.length > 0) {
    log('\nStreaming (NDJSON on disk → parseStructureStream → validateStructure → checkConcurrentRoles, every info; each scale in its own processes, default heap)');
    log(
      renderTable(
        ['scale', 'records', 'NDJSON MB', 'one JSON string?', 'parse / validate / check s', 'heap/issue', 'heap MB: parsed / report held', 'peak heap MB', 'maxRSS MB', 'heap limit MB'],
        stream.map((probe) => [
          formatScale(probe.scale),
          probe.file === undefined ? '—' : formatCount(probe.file.records),
          probe.file === undefined ? '—' : formatCount(Math.round(probe.file.bytes / 2 ** 20)),
          probe.file === undefined ? '—' : probe.file.tooLongForOneJsonString ? `no (${formatCount(probe.file.jsonChars)} chars > ${formatCount(probe.file.maxStringLength)})` : 'yes',
          probe.result === undefined ? (probe.failure ?? '') : `${probe.result.parseSeconds} / ${probe.result.validateSeconds} / ${probe.result.checkSeconds}`,
          probe.result?.heapPerIssueBytes === undefined || probe.result.heapPerIssueBytes === null ? '—' : `${probe.result.heapPerIssueBytes.toFixed(0)} B`,
          probe.result === undefined ? '—' : `${probe.result.steps.parsedMB} / ${probe.result.steps.reportHeldMB}`,
          String(probe.result?.peakHeapTotalMB ?? '—'),
          String(probe.result?.maxRssMB ?? '—'),
          String(probe.result?.heapLimitMB ?? '—'),
        ]),
      ),
    );
  }
  if (imports !== undefined) {
    log(`\nImport, cold, each in a fresh process (${imports.rounds} rounds interleaved; entry built by esbuild like tsup)`);
    log(
      renderTable(
        ['import', 'CPU ms [min–max]', 'wall ms', 'modules (zod / date-fns / own / other)'],
        [
          ['root entry', formatSpread(imports.root.cpuMs, formatMs), formatMs(imports.root.wallMs.median), `${imports.root.modules.total} (${imports.root.modules.zod} / ${imports.root.modules.dateFns} / ${imports.root.modules.own} / ${imports.root.modules.other})`],
          ['zod alone', formatSpread(imports.zod.cpuMs, formatMs), formatMs(imports.zod.wallMs.median), `${imports.zod.modules.total} (${imports.zod.modules.zod} / ${imports.zod.modules.dateFns} / ${imports.zod.modules.own} / ${imports.zod.modules.other})`],
          ['root ÷ zod', formatSpread(imports.ratio.cpu), formatRatio(imports.ratio.wall.median), ''],
        ],
      ),
    );
  }
  if (bundles.length > 0) {
    log('\nBundles (each entry alone, min + gzip, zod and date-fns external)');
    log(renderTable(['entry', 'min+gzip B', 'min B'], bundles.map((bundle) => [bundle.entry, bundle.gzipBytes === undefined ? (bundle.note ?? '—') : formatCount(bundle.gzipBytes), bundle.minifiedBytes === undefined ? '' : formatCount(bundle.minifiedBytes)])));
  }
  if (hostile.length > 0) {
    log('\nHostile inputs (child process with a time and heap limit): time ratio ÷ size ratio, CPU, per round [min–max]');
    log(
      renderTable(
        ['case', 'sizes', 'ratio', 'CPU ms small / large', 'answer small / large', 'limits', 'goal'],
        hostile.map((result) => [
          result.id,
          result.sizes.map((size) => formatCount(size)).join(' / '),
          figures.get(`hostile:${result.id}`)?.text ?? '—',
          result.sizes.map((size) => formatMs(result.medianCpuMs[String(size)] ?? Number.NaN)).join(' / '),
          result.answers === undefined ? '' : `${result.sizes.map((size) => (result.answers?.[String(size)] === undefined ? '—' : formatCount(result.answers[String(size)] as number))).join(' / ')} ${result.answerUnit ?? ''}`,
          `${result.limits.seconds} s, ${result.limits.heapMB} MB`,
          status(`hostile:${result.id}`),
        ]),
      ),
    );
  }
  log('\nStructures (post-2025, generated)');
  for (const [scale, counts] of world.counts) log(`  ${scale}×: ${JSON.stringify(counts)}`);
  log('\nGoals');
  log(
    renderTable(
      ['goal', 'figure', 'status'],
      goals.map((goal) => [goal.text, goal.figureText, `${goal.status.toUpperCase()}${goal.note === undefined ? '' : ` (${goal.note})`}`]),
    ),
  );
}

/**
 * CPU seconds of this process and of its children that have ended (Linux /proc: utime, stime,
 * cutime, cstime), or of this process only where there is no /proc.
 */
function runCpuSeconds(): { readonly self: number; readonly children: number | null } {
  const usage = process.cpuUsage();
  const self = (usage.user + usage.system) / 1e6;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after the command: state(0) … utime(11) stime(12) cutime(13) cstime(14), in ticks of 1/100 s
    return { self, children: (Number(fields[13]) + Number(fields[14])) / 100 };
  } catch {
    return { self, children: null };
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg();
  const cpuList = cpus();
  const machine = {
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
  log(`tinh-gon benchmarks (${quick ? 'quick' : 'full'}) on ${machine.cpus} × ${machine.cpuModel}, ${machine.os}, node ${machine.node}; gc ${garbageCollection}; load ${loadBefore.map((x) => x.toFixed(1)).join(' ')}`);
  const world = new World();

  await runFixtures(world);
  // the peer's group first, then only the goal scale's structure stays in this process
  const peerGroups = OPERATIONS.filter((operation) => operation.atPeerScale === true);
  log(`\n— json-rules-engine at ${formatScale(CONFIG.peerScale)} (${CONFIG.peerRounds} rounds) —`);
  await runRatios(world, peerGroups);
  world.keepOnly([CONFIG.goalScale]);
  log(`\n— ratios at ${formatScale(CONFIG.goalScale)} (${CONFIG.ratioRounds} rounds; alone ${CONFIG.aloneRounds}) —`);
  await runRatios(world, OPERATIONS.filter((operation) => operation.atPeerScale !== true));
  world.keepOnly([]);
  let scaleWorkers: ReadonlyMap<Scale, ScaleWorker> = new Map();
  if (scaling) {
    log(`\n— scaling ${SCALING_LABEL} (${CONFIG.scalingRounds} rounds; each scale in its own worker process) —`);
    scaleWorkers = await runScaling();
  }
  for (const [scale, worker] of scaleWorkers) if (worker.counts !== undefined && !world.counts.has(scale)) world.counts.set(scale, worker.counts);

  let memory: MemoryProbe[] = [];
  let stream: StreamProbe[] = [];
  let hostile: HostileResult[] = [];
  let imports: ImportCost | undefined;
  let bundles: BundleSize[] = [];
  if (probes) {
    log('\n— memory (child processes, default heap) —');
    memory = await runMemory();
    for (const probe of memory) if (!probe.ok && probe.scale !== 8) failures.push(`memory probe at ${probe.scale}×: ${probe.failure}`);
    log('\n— streaming: NDJSON written, then streamed, validated and checked (child processes, default heap) —');
    stream = await runStream();
    for (const probe of stream) if (!probe.ok && probe.scale !== 8) failures.push(`stream probe at ${probe.scale}×: ${probe.failure}`);
    log('\n— hostile inputs (child processes, time and heap limits) —');
    hostile = await probeAllHostile(quick, log);
    hostileFigures(hostile);
    log('\n— package —');
    try {
      imports = await measureImportCost(CONFIG.importRounds);
      importFigures(imports);
      bundles = await measureBundleSizes();
      log(`  import root ${formatMs(imports.root.cpuMs.median)} ms CPU (${imports.root.modules.total} modules, ${imports.root.modules.zod} zod), zod alone ${formatMs(imports.zod.cpuMs.median)} ms`);
    } catch (error) {
      failures.push(`package measurements: ${message(error)}`);
      log(`  ERROR ${message(error)}`);
    }
  }

  const scalingGoals = OPERATIONS.map((operation) => operation.id).filter((id) => CONFIG.scalingOperations === 'all' || CONFIG.scalingOperations.includes(id));
  const goals = evaluateGoals(
    defineGoals({
      hostile: probes ? HOSTILE_CASES : [],
      scalingOperations: scaling ? scalingGoals : [],
      scalingLabel: SCALING_LABEL,
      goalScale: formatScale(CONFIG.goalScale),
      peerScale: formatScale(CONFIG.peerScale),
    }),
    figures,
  );
  printReport(memory, stream, imports, bundles, hostile, goals, world);
  const misses = goals.filter((goal) => goal.status === 'miss').length;
  const passes = goals.filter((goal) => goal.status === 'pass').length;
  log(`\n${passes} goal(s) pass, ${misses} missed, ${goals.length - passes - misses} not measured.`);
  const atLimit = settleTotals.atLimit + [...scaleWorkers.values()].reduce((sum, worker) => sum + worker.settle.atLimit, 0);
  if (atLimit > 0) log(`${atLimit} wait(s) for idleness before a timed run reached the ${SETTLE_LIMIT_MS} ms limit: those runs may include earlier collections' work.`);

  const output = {
    schema: 'tinh-gon-bench/2',
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 100) / 10,
    cpuSeconds: runCpuSeconds(),
    mode: quick ? 'quick' : 'full',
    only: only ?? null,
    config: CONFIG,
    machine,
    load: { before: loadBefore, after: loadavg() },
    garbageCollection,
    // the waits for idleness before timed runs (a wait at its limit lets the previous collection's work into the run)
    settle: {
      limitMs: SETTLE_LIMIT_MS,
      main: { ...settleTotals },
      scaleWorkers: Object.fromEntries([...scaleWorkers].map(([scale, worker]) => [`${scale}`, worker.settle])),
    },
    method:
      'Each group runs its contenders interleaved in rounds (order reversed every other round), each run after a full GC, timed in wall and CPU time (process.cpuUsage); ratios are medians of per-round ratios; scaling is per-record CPU cost at the large scale ÷ at the small scale, measured in one group.',
    structures: Object.fromEntries([...world.counts].map(([scale, counts]) => [`post2025@${scale}`, counts])),
    groups,
    figures: Object.fromEntries(figures),
    memory,
    stream,
    imports: imports ?? null,
    bundles,
    hostile,
    goals,
    failures,
  };
  const folder = resolve(here, 'results');
  mkdirSync(folder, { recursive: true });
  const file = resolve(folder, 'latest.json');
  writeFileSync(file, `${JSON.stringify(output, (_, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`);
  const cpu = output.cpuSeconds;
  log(`\nWrote ${file}`);
  log(
    `${quick ? 'Quick' : 'Full'} run: ${output.durationSeconds} s wall, ${cpu.self.toFixed(0)} s CPU in this process${cpu.children === null ? '' : ` + ${cpu.children.toFixed(0)} s in child processes`}; load ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${output.load.after.map((x) => x.toFixed(1)).join(' ')} after, ${machine.cpus} cores (wall time moves with the load, CPU time much less)`,
  );
  if (failures.length > 0) {
    log(`\n${failures.length} failure(s) — a case threw or a baseline disagrees with the library:`);
    for (const failure of failures) log(`  - ${failure}`);
    process.exitCode = 1;
  }
}

await main();
