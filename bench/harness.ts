/**
 * The interleaving harness. On a shared machine the load moves while a benchmark runs, so a median
 * taken at one moment cannot be compared with a median taken at another. Every comparison is
 * therefore made inside one group of contenders run in rounds, A B A B… (the order reversed every
 * other round, so neither side always runs first), each run timed in wall and CPU time
 * (`process.cpuUsage`, all threads of the process) after a full garbage collection. A ratio is the
 * median of the per-round ratios, reported with its spread (min, quartiles, max): two runs a few
 * hundred milliseconds apart see the same load, so their ratio holds even when the load does not.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

function findGarbageCollector(): { readonly collect: () => void; readonly how: 'exposed' | 'flag' | 'none' } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return { collect: exposed, how: 'exposed' };
  // Started without --expose-gc (say `tsx bench/index.ts`): the flag can still be set at run time.
  setFlagsFromString('--expose-gc');
  const late = runInNewContext('gc') as (() => void) | undefined;
  return typeof late === 'function' ? { collect: late, how: 'flag' } : { collect: () => {}, how: 'none' };
}

const garbageCollector = findGarbageCollector();

/** A full garbage collection (outside every timed section). */
export const collectGarbage: () => void = garbageCollector.collect;
/** How `collectGarbage` was obtained: `exposed` (node --expose-gc), `flag` (set at run time), `none`. */
export const garbageCollection: 'exposed' | 'flag' | 'none' = garbageCollector.how;

/** What a contender is in its group. */
export type ContenderRole = 'library' | 'baseline' | 'peer';

/** One side of a comparison: a function run repeatedly, with the size of its input. */
export interface Contender {
  /** Unique within the group, e.g. `library@1`, `baseline@0.25`. */
  readonly id: string;
  readonly role: ContenderRole;
  /** What it runs, for the table. */
  readonly label: string;
  /** The size of its input (records, assignments, weights…), for per-record figures. */
  readonly size: number;
  /** The measured work; its first result (the warm-up run's) is kept for the agreement checks. */
  readonly run: () => unknown;
}

/** Wall and CPU time of one operation (a run divided by its repetitions), in milliseconds. */
export interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** How a group is run. */
export interface InterleaveOptions extends RunLength {
  /** Measured rounds (each runs every contender once, after the warm-up). */
  readonly rounds: number;
  /** Called after each round (progress). */
  readonly onRound?: (round: number) => void;
}

/** The samples of one group. */
export interface GroupMeasurement {
  readonly rounds: number;
  /** Repetitions per run, by contender id. */
  readonly reps: Readonly<Record<string, number>>;
  /** One sample per round, by contender id (per operation). */
  readonly samples: Readonly<Record<string, readonly Sample[]>>;
  /** The result of each contender's warm-up run, for the agreement checks. */
  readonly first: ReadonlyMap<string, unknown>;
  /** Whether every run of the group started with a forced full collection (one choice for the whole group). */
  readonly fullCollection: boolean;
}

/** Keeps results reachable until the next run, so no engine can drop the work as dead. */
let sink: unknown;

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * A full garbage collection, then a wait until the process is idle: V8 finishes sweeping on
 * helper threads after `gc()` returns, and `process.cpuUsage` counts every thread, so without the
 * wait the next run would pay for the previous run's garbage. Waits in 5 ms steps until a step
 * costs under 0.2 ms of CPU, for at most {@link SETTLE_LIMIT_MS}.
 */
export async function collectGarbageAndSettle(): Promise<void> {
  collectGarbage();
  await settle();
}

/**
 * The longest wait for the process to become idle. Sweeping after a full collection takes time in
 * proportion to the heap: with a 4× structure resident it runs for several hundred milliseconds, and
 * an earlier limit of 50 ms let that work into the next timed run (it doubled the 4× CPU per record of
 * `units-in-force`, see `probes/gcShare.ts`).
 */
export const SETTLE_LIMIT_MS = 5000;

/** The waits for idleness of one process: how many, how long in all (ms), how many hit the limit. */
export interface SettleTotals {
  waitedMs: number;
  settles: number;
  atLimit: number;
}

/** This process's waits for idleness so far (written to the results JSON). */
export const settleTotals: SettleTotals = { waitedMs: 0, settles: 0, atLimit: 0 };

/** Waits until the process is idle (a 5 ms step costing under 0.2 ms of CPU; at most {@link SETTLE_LIMIT_MS}). */
async function settle(): Promise<void> {
  const start = performance.now();
  settleTotals.settles += 1;
  try {
    while (performance.now() - start < SETTLE_LIMIT_MS) {
      const before = cpuNow();
      await sleep(5);
      if (cpuNow() - before < 0.2) return;
    }
    settleTotals.atLimit += 1;
  } finally {
    settleTotals.waitedMs += performance.now() - start;
  }
}

/**
 * Operations shorter than this (CPU ms per call) are timed without a forced full collection before
 * each run: their garbage is young and cheap, and a forced full GC before every run deoptimises V8
 * code that embeds the maps of short-lived objects (apportion at 25,000 units goes from ≈8 ms to
 * 20–40 ms per call), an artifact of the bench rather than of use.
 */
export const FULL_GC_FROM_MS = 50;

/**
 * One timed run: a settled full collection (untimed; or, for short operations, only a wait until
 * the process is idle), then `reps` calls of `run`, timed together.
 *
 * @param run - The work (a returned promise is awaited).
 * @param reps - Calls in the run.
 * @param collect - Whether to force a full collection first (default true).
 * @returns Wall and CPU time per call, and the last call's result.
 */
export async function timeRun(run: () => unknown, reps: number, collect = true): Promise<Sample & { readonly result: unknown }> {
  if (collect) await collectGarbageAndSettle();
  else await settle();
  const wall0 = performance.now();
  const cpu0 = cpuNow();
  let result: unknown;
  for (let rep = 0; rep < reps; rep += 1) {
    result = run();
    if (result instanceof Promise) result = await result;
  }
  const cpu1 = cpuNow();
  const wall1 = performance.now();
  return { wallMs: (wall1 - wall0) / reps, cpuMs: (cpu1 - cpu0) / reps, result };
}

/** How long the runs of a group are. */
export interface RunLength {
  /** A run repeats the operation until it takes about this much CPU. */
  readonly minRunMs: number;
  /** At most this many repetitions per run (default 200). */
  readonly maxReps?: number;
  /** Warm-up CPU budget (default twice `minRunMs`). */
  readonly warmupMs?: number;
}

/**
 * Warms a function up: one run (its result is returned for the agreement checks), then batches of
 * 4, 16… runs until the warm-up budget is spent, so the JIT has compiled it; the repetitions per
 * timed run follow from the warmest batch's CPU time (wall time counts the other processes).
 *
 * @param run - The work.
 * @param length - Run length and warm-up budget.
 * @returns The first result and the repetitions per run.
 */
export async function warmUp(run: () => unknown, length: RunLength): Promise<Warmed> {
  const warmupMs = length.warmupMs ?? 2 * length.minRunMs;
  const maxReps = length.maxReps ?? 200;
  let warm = await timeRun(run, 1);
  const first = warm.result;
  let spent = warm.cpuMs;
  for (let batch = 4; spent < warmupMs && batch <= 4 * maxReps; batch *= 4) {
    const runs = Math.max(1, Math.min(batch, Math.ceil((warmupMs - spent) / Math.max(warm.cpuMs, 0.001))));
    warm = await timeRun(run, runs, warm.cpuMs >= FULL_GC_FROM_MS);
    spent += warm.cpuMs * runs;
  }
  return {
    first,
    reps: Math.max(1, Math.min(maxReps, Math.ceil(length.minRunMs / Math.max(warm.cpuMs, 0.001)))),
    collect: warm.cpuMs >= FULL_GC_FROM_MS,
  };
}

/** A warmed-up function: its first result, repetitions per run, and whether runs start with a full collection. */
export interface Warmed {
  readonly first: unknown;
  readonly reps: number;
  readonly collect: boolean;
}

/**
 * A contender as the harness drives it: warmed up once, then measured run by run. Local runners
 * call a function in this process; a runner may also drive another process (the scaling workers),
 * which then times its own runs.
 */
export interface Runner {
  readonly id: string;
  readonly role: ContenderRole;
  readonly label: string;
  readonly size: number;
  /** Warms up; the first result (if it can be carried here), the repetitions per run, whether to collect first. */
  readonly warm: (length: RunLength) => Promise<Warmed>;
  /** One timed run of `reps` repetitions (after a settled full collection if `collect`), per operation. */
  readonly measure: (reps: number, collect: boolean) => Promise<Sample>;
}

/**
 * A runner for a function in this process.
 *
 * @param contender - The contender.
 * @returns Its runner.
 */
export function localRunner(contender: Contender): Runner {
  return {
    id: contender.id,
    role: contender.role,
    label: contender.label,
    size: contender.size,
    warm: (length) => warmUp(contender.run, length),
    measure: async (reps, collect) => {
      const sample = await timeRun(contender.run, reps, collect);
      sink = sample.result;
      sink = undefined;
      return { wallMs: sample.wallMs, cpuMs: sample.cpuMs };
    },
  };
}

/**
 * Runs the contenders of one group interleaved: each warmed up (the first result is kept for the
 * agreement checks, the warm-up sets the repetitions per run), then `rounds` rounds, forward and
 * reversed in turn. Every run of the group is prepared the same way: after a settled full garbage
 * collection when every contender's warm run took at least {@link FULL_GC_FROM_MS}, otherwise only
 * after a wait until the process is idle. (Deciding per contender timed the ¼× side of a scaling
 * group hot and the 4× side after a forced collection, which alone made `concurrency-coverage`
 * look 1.5× super-linear.)
 *
 * @param runners - The group (a library call with its baseline or peer, or one call at two scales).
 * @param options - Rounds and the run length.
 * @returns Samples per contender and round.
 */
export async function interleave(runners: readonly Runner[], options: InterleaveOptions): Promise<GroupMeasurement> {
  const reps: Record<string, number> = {};
  const collect: Record<string, boolean> = {};
  const samples: Record<string, Sample[]> = {};
  const first = new Map<string, unknown>();
  for (const runner of runners) {
    const warmed = await runner.warm(options);
    first.set(runner.id, warmed.first);
    reps[runner.id] = warmed.reps;
    collect[runner.id] = warmed.collect;
    samples[runner.id] = [];
  }
  const fullCollection = runners.every((runner) => collect[runner.id] === true);
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? runners : [...runners].reverse();
    for (const runner of order) samples[runner.id]?.push(await runner.measure(reps[runner.id] ?? 1, fullCollection));
    options.onRound?.(round);
  }
  void sink;
  return { rounds: options.rounds, reps, samples, first, fullCollection };
}

/** A distribution summarised: median, quartiles and extremes, over `n` values. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly q1: number;
  readonly q3: number;
  readonly max: number;
  readonly n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (position - low);
}

/**
 * The spread of a list of values.
 *
 * @param values - Any finite numbers.
 * @returns Median, quartiles (linear interpolation), min, max and count.
 */
export function summarise(values: readonly number[]): Spread {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
  };
}

/** Which clock a figure is read on. */
export type Metric = 'cpu' | 'wall';

function pick(sample: Sample, metric: Metric): number {
  return metric === 'cpu' ? sample.cpuMs : sample.wallMs;
}

/**
 * The per-round ratio `numerator ÷ denominator` (each per operation), summarised.
 *
 * @param group - A measured group holding both contenders.
 * @param numerator - Contender id (e.g. the library).
 * @param denominator - Contender id (e.g. the baseline).
 * @param metric - CPU or wall time.
 * @param perRecord - Divide each side by its contender's size first (scaling: per-record cost).
 * @returns The spread of the per-round ratios.
 */
export function ratioSpread(
  group: GroupMeasurement,
  numerator: Pick<Contender, 'id' | 'size'>,
  denominator: Pick<Contender, 'id' | 'size'>,
  metric: Metric,
  perRecord = false,
): Spread {
  const top = group.samples[numerator.id] ?? [];
  const bottom = group.samples[denominator.id] ?? [];
  const ratios: number[] = [];
  for (let round = 0; round < Math.min(top.length, bottom.length); round += 1) {
    const a = pick(top[round] as Sample, metric) / (perRecord ? numerator.size : 1);
    const b = pick(bottom[round] as Sample, metric) / (perRecord ? denominator.size : 1);
    if (b > 0) ratios.push(a / b);
  }
  return summarise(ratios);
}

/**
 * The spread of one contender's times per operation.
 *
 * @param group - A measured group.
 * @param id - Contender id.
 * @param metric - CPU or wall time.
 * @returns Milliseconds per operation.
 */
export function timeSpread(group: GroupMeasurement, id: string, metric: Metric): Spread {
  return summarise((group.samples[id] ?? []).map((sample) => pick(sample, metric)));
}

/** Formats milliseconds for a table. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return ms.toFixed(1);
  return ms.toFixed(3);
}

/** Formats a ratio for a table. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** `median [min–max]` of a spread of ratios. */
export function formatSpread(spread: Spread, format: (value: number) => string = formatRatio): string {
  if (spread.n === 0) return '—';
  return `${format(spread.median)} [${format(spread.min)}–${format(spread.max)}]`;
}

/** Formats an integer with thousands separators. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Renders rows as a plain-text table with a header (first column left-aligned, the rest right). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
