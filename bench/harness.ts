/**
 * The benchmark harness: cases, the shared context of generated structures, running a case with
 * tinybench, scaling and goals.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Bench } from 'tinybench';
import type { Structure } from '../src/model/index.js';
import { type Era, generateNationalStructure, type Scale } from './generateNationalStructure.js';

// A full garbage collection before each measured run (outside the timed section), so that one
// run does not pay for the garbage of the previous ones. `npm run bench` cannot pass --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (() => void) | undefined;

/** The scales a full run measures; a quick run measures ¼× only. */
export const FULL_SCALES: readonly Scale[] = [0.25, 1, 4];
/** The scales of `--quick`. */
export const QUICK_SCALES: readonly Scale[] = [0.25];

/** Seed of every generated structure, so runs are comparable. */
export const BENCH_SEED = 2025;

/**
 * What a benchmark case needs at one scale: the structures of that scale, generated once and
 * shared by every case (dropped when the scale is done).
 */
export class BenchContext {
  private readonly structures = new Map<Era, Structure>();

  constructor(
    readonly scale: Scale,
    readonly quick: boolean,
  ) {}

  /** The generated (already valid) national structure of an era at this scale. */
  structure(era: Era): Structure {
    let structure = this.structures.get(era);
    if (structure === undefined) {
      structure = generateNationalStructure({ era, scale: this.scale, seed: BENCH_SEED });
      this.structures.set(era, structure);
    }
    return structure;
  }

  /** Forgets the structure of an era (to free memory before the next one is built). */
  drop(era: Era): void {
    this.structures.delete(era);
  }
}

/** What a case measures at one scale. */
export interface PreparedCase {
  /** The size of the input (units, assignments, weights, leavers…). */
  readonly size: number;
  /** What `size` counts. */
  readonly sizeUnit: string;
  /** The operation measured. */
  readonly fn: () => unknown;
  /** Facts worth recording beside the timing (issue counts, differences from a peer…). */
  readonly facts?: Readonly<Record<string, number | string | boolean>>;
}

/** A goal on a case's median at 1× (or at ¼× in a quick run). */
export interface CaseGoal {
  readonly maxMs: number;
  readonly label: string;
}

/** One benchmark. */
export interface BenchCase {
  readonly id: string;
  readonly title: string;
  /** The operation's goal, if the issue sets one. */
  readonly goal?: CaseGoal;
  /** For a peer (baseline) case: the id of our case it is compared with. */
  readonly peerOf?: string;
  /** Measured runs per scale (after one warm-up run unless `warmup` is false). */
  readonly iterations?: Partial<Record<Scale, number>>;
  /** Whether to warm up before measuring (default true; false for the heaviest runs at 4×). */
  readonly warmup?: Partial<Record<Scale, boolean>>;
  /** The eras whose generated structure the case uses (so it can be dropped when no longer needed). */
  readonly uses?: readonly Era[];
  /** Builds the input at a scale; `undefined` to skip that scale. */
  readonly prepare: (context: BenchContext) => PreparedCase | undefined | Promise<PreparedCase | undefined>;
}

/** The measurement of one case at one scale. */
export interface CaseResult {
  readonly id: string;
  readonly title: string;
  readonly scale: Scale;
  readonly size: number;
  readonly sizeUnit: string;
  readonly medianMs: number;
  readonly meanMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
  readonly opsPerSecond: number;
  readonly facts?: Readonly<Record<string, number | string | boolean>>;
  readonly error?: string;
}

/**
 * Runs one prepared case with tinybench: an optional warm-up, then `iterations` measured runs,
 * each after a full garbage collection (not timed).
 */
export async function measure(
  benchCase: BenchCase,
  scale: Scale,
  prepared: PreparedCase,
): Promise<CaseResult> {
  const iterations = benchCase.iterations?.[scale] ?? (scale === 4 ? 3 : 5);
  const warmup = benchCase.warmup?.[scale] ?? true;
  const bench = new Bench({
    iterations,
    time: 0,
    warmup,
    warmupIterations: warmup ? 1 : 0,
    warmupTime: 0,
    throws: true,
  });
  bench.add(benchCase.id, prepared.fn, { beforeEach: () => collectGarbage?.() });
  await bench.run();
  const task = bench.tasks[0];
  const result = task?.result;
  const base = {
    id: benchCase.id,
    title: benchCase.title,
    scale,
    size: prepared.size,
    sizeUnit: prepared.sizeUnit,
    ...(prepared.facts === undefined ? {} : { facts: prepared.facts }),
  };
  if (result === undefined || (result.state !== 'completed' && result.state !== 'aborted-with-statistics')) {
    const error = result !== undefined && result.state === 'errored' ? result.error.message : `state ${result?.state ?? 'none'}`;
    return { ...base, medianMs: Number.NaN, meanMs: Number.NaN, minMs: Number.NaN, maxMs: Number.NaN, runs: 0, opsPerSecond: 0, error };
  }
  const { latency } = result;
  return {
    ...base,
    medianMs: latency.p50,
    meanMs: latency.mean,
    minMs: latency.min,
    maxMs: latency.max,
    runs: latency.samplesCount,
    opsPerSecond: latency.p50 > 0 ? 1000 / latency.p50 : Number.POSITIVE_INFINITY,
  };
}

/** Time ratio divided by size ratio between the smallest and the largest scale (1.0 = linear). */
export interface Scaling {
  readonly id: string;
  readonly fromScale: Scale;
  readonly toScale: Scale;
  readonly timeRatio: number;
  readonly sizeRatio: number;
  /** timeRatio ÷ sizeRatio. */
  readonly scaling: number;
}

/** Computes the scaling of every case measured at more than one scale. */
export function computeScaling(results: readonly CaseResult[]): Scaling[] {
  const byId = new Map<string, CaseResult[]>();
  for (const result of results) {
    if (result.error !== undefined) continue;
    byId.set(result.id, [...(byId.get(result.id) ?? []), result]);
  }
  const scalings: Scaling[] = [];
  for (const [id, list] of byId) {
    const sorted = [...list].sort((a, b) => a.scale - b.scale);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first === undefined || last === undefined || first === last || first.medianMs <= 0 || first.size <= 0) continue;
    const timeRatio = last.medianMs / first.medianMs;
    const sizeRatio = last.size / first.size;
    scalings.push({ id, fromScale: first.scale, toScale: last.scale, timeRatio, sizeRatio, scaling: timeRatio / sizeRatio });
  }
  return scalings;
}

/** A goal of the issue, checked. */
export interface GoalCheck {
  readonly goal: string;
  readonly figure: string;
  readonly status: 'pass' | 'miss' | 'n/a';
}

/** Formats milliseconds for the table. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 1) return ms.toFixed(1);
  return ms.toFixed(3);
}

/** Formats an integer with thousands separators. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** Renders rows as a plain-text table with a header. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
