/**
 * The parts of the run that need a process of their own: memory at 1×, 4× and 8× (with node's
 * default heap), and the hostile inputs (with a time and heap limit, so a quadratic case ends as a
 * reported miss instead of a hung run).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scale } from './generateNationalStructure.js';
import { type Spread, summarise } from './harness.js';
import { HOSTILE_CASES, type HostileCase } from './hostile.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used so far (Linux /proc), or `undefined` where /proc is not there. */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after the command: state(0) … utime(11) stime(12)
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** What a child printed, and how it ended. */
interface ChildOutcome {
  readonly lines: readonly string[];
  readonly stderr: string;
  readonly code: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly seconds: number;
  /** Seconds since the child printed its last line (for a run cut short). */
  readonly lastLineAgeSeconds: number;
  /** The child's CPU seconds at the last poll (from /proc), if known. */
  readonly cpuSeconds: number | undefined;
}

/**
 * Runs a TypeScript probe with tsx in a child process, killed once it has used `timeoutSeconds` of
 * CPU time (read from /proc; wall time where there is no /proc) or, on a machine so loaded that
 * the child barely runs, after six times that in wall time.
 */
function runProbe(script: string, args: readonly string[], nodeOptions: readonly string[], timeoutSeconds: number): Promise<ChildOutcome> {
  return new Promise((done) => {
    const started = performance.now();
    let lastLine = started;
    const child = spawn(process.execPath, [...nodeOptions, '--expose-gc', '--import', 'tsx', resolve(root, script), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffer = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const part of parts) if (part.trim() !== '') lines.push(part);
      lastLine = performance.now();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    let cpuSeconds: number | undefined;
    const timer = setInterval(() => {
      const cpu = cpuSecondsOf(child.pid);
      if (cpu !== undefined) cpuSeconds = cpu;
      const wall = (performance.now() - started) / 1000;
      if ((cpu ?? wall) > timeoutSeconds || wall > 6 * timeoutSeconds) {
        timedOut = true;
        child.kill('SIGKILL');
      }
    }, 250);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (buffer.trim() !== '') lines.push(buffer);
      const now = performance.now();
      done({ lines, stderr, code, signal, timedOut, seconds: (now - started) / 1000, lastLineAgeSeconds: (now - lastLine) / 1000, cpuSeconds });
    });
  });
}

function describeEnd(outcome: ChildOutcome, timeoutSeconds: number): string | undefined {
  if (outcome.timedOut) return `timed out after ${timeoutSeconds} s of CPU`;
  if (/heap out of memory|Allocation failed/i.test(outcome.stderr)) return 'out of memory';
  if (outcome.code !== 0) return `exited with ${outcome.signal ?? outcome.code}: ${outcome.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300)}`;
  return undefined;
}

/** The memory figures at one scale. */
export interface MemoryProbe {
  readonly scale: Scale;
  readonly ok: boolean;
  readonly failure?: string;
  readonly seconds: number;
  readonly result?: MemoryFigures;
}

/** What the memory probe prints. */
export interface MemoryFigures {
    readonly records: number;
    readonly issues: number;
    readonly infos: number;
    readonly heapPerIssueBytes: number | null;
    readonly steps: Readonly<Record<string, number>>;
    readonly peakHeapTotalMB: number;
    readonly heapLimitMB: number;
    readonly maxRssMB: number;
    readonly seconds: number;
}

/**
 * Generates, validates and checks the structure of a scale in a child process with node's default
 * heap (no --max-old-space-size), and reads its memory figures.
 *
 * @param scale - The scale.
 * @param timeoutSeconds - Kill the child after this long.
 * @returns The figures, or why there are none (out of memory, timed out).
 */
export async function probeMemory(scale: Scale, timeoutSeconds: number): Promise<MemoryProbe> {
  const outcome = await runProbe('bench/probes/memoryProbe.ts', [String(scale)], [], timeoutSeconds);
  const failure = describeEnd(outcome, timeoutSeconds);
  const last = outcome.lines[outcome.lines.length - 1];
  if (failure !== undefined || last === undefined) return { scale, ok: false, failure: failure ?? 'no output', seconds: outcome.seconds };
  return { scale, ok: true, seconds: outcome.seconds, result: JSON.parse(last) as MemoryFigures };
}

/** What the streaming probe's writer prints: the NDJSON file of a scale. */
export interface NdjsonFileFigures {
  readonly records: number;
  readonly bytes: number;
  readonly chars: number;
  /** Characters of the same structure as one JSON text. */
  readonly jsonChars: number;
  /** V8's longest string on this machine. */
  readonly maxStringLength: number;
  readonly tooLongForOneJsonString: boolean;
  readonly generatedSeconds: number;
  readonly writeSeconds: number;
  readonly maxRssMB: number;
}

/** What the streaming probe's reader prints. */
export interface StreamFigures extends MemoryFigures {
  readonly parseSeconds: number;
  readonly validateSeconds: number;
  readonly checkSeconds: number;
}

/** The streaming figures at one scale. */
export interface StreamProbe {
  readonly scale: Scale;
  readonly ok: boolean;
  readonly failure?: string;
  readonly seconds: number;
  readonly file?: NdjsonFileFigures;
  readonly result?: StreamFigures;
}

/**
 * Writes the structure of a scale as NDJSON to a temporary file in one child process, then streams
 * it through `parseStructureStream`, validates it and checks concurrent roles (every info) in
 * another, both with node's default heap; the file is removed afterwards.
 *
 * @param scale - The scale.
 * @param timeoutSeconds - Kill either child after this much CPU time.
 * @returns The file's and the reader's figures, or why there are none.
 */
export async function probeStream(scale: Scale, timeoutSeconds: number): Promise<StreamProbe> {
  const folder = mkdtempSync(resolve(tmpdir(), 'tinh-gon-ndjson-'));
  const file = resolve(folder, `post2025-${scale}.ndjson`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  try {
    const written = await runProbe('bench/probes/streamProbe.ts', ['write', String(scale), file], [], timeoutSeconds);
    const writeFailure = describeEnd(written, timeoutSeconds);
    const fileLine = written.lines[written.lines.length - 1];
    if (writeFailure !== undefined || fileLine === undefined) return { scale, ok: false, failure: `writing: ${writeFailure ?? 'no output'}`, seconds: elapsed() };
    const fileFigures = JSON.parse(fileLine) as NdjsonFileFigures;
    const read = await runProbe('bench/probes/streamProbe.ts', ['read', String(scale), file], [], timeoutSeconds);
    const readFailure = describeEnd(read, timeoutSeconds);
    const last = read.lines[read.lines.length - 1];
    if (readFailure !== undefined || last === undefined) return { scale, ok: false, failure: `reading: ${readFailure ?? 'no output'}`, seconds: elapsed(), file: fileFigures };
    return { scale, ok: true, seconds: elapsed(), file: fileFigures, result: JSON.parse(last) as StreamFigures };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One hostile case, run. */
export interface HostileResult {
  readonly id: string;
  readonly title: string;
  readonly kind: HostileCase['kind'];
  readonly sizes: readonly number[];
  readonly sizeUnit: string;
  readonly limits: { readonly seconds: number; readonly heapMB: number };
  /** Per-record time ratio, large ÷ small (CPU), per round. */
  readonly normalisedCpu?: Spread;
  readonly normalisedWall?: Spread;
  /** Median CPU ms per run, by size. */
  readonly medianCpuMs: Readonly<Record<string, number>>;
  /** When the large input never finished: at least this ratio (wall time so far ÷ small's), normalised. */
  readonly atLeast?: number;
  /** How a bounded case ended: answered or refused (with the message). */
  readonly outcome?: string;
  /** The work's numeric answer by size (issues in the report, say), with what it counts. */
  readonly answers?: Readonly<Record<string, number>>;
  readonly answerUnit?: string;
  readonly failure?: string;
  readonly seconds: number;
}

interface ProbeEvent {
  readonly event: 'start' | 'sample' | 'done';
  readonly size?: number;
  readonly round?: number;
  readonly at?: number;
  readonly cpuMs?: number;
  readonly wallMs?: number;
  readonly outcome?: string;
  readonly answer?: number;
}

/**
 * Runs one hostile case in a child process with a time and heap limit.
 *
 * @param hostile - The case.
 * @param quick - Quick sizes and limits.
 * @returns The ratio with its spread, or a lower bound and the failure.
 */
export async function probeHostile(hostile: HostileCase, quick: boolean): Promise<HostileResult> {
  const limits = { seconds: quick ? 10 : 60, heapMB: hostile.kind === 'bounded' ? 256 : 1536 };
  const rounds = quick ? 1 : 3;
  const sizes = quick ? hostile.sizes.quick : hostile.sizes.full;
  const outcome = await runProbe('bench/probes/hostileProbe.ts', [hostile.id, quick ? 'quick' : 'full', String(rounds)], [`--max-old-space-size=${limits.heapMB}`], limits.seconds);
  const events = outcome.lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as ProbeEvent];
    } catch {
      return [];
    }
  });
  const failure = describeEnd(outcome, limits.seconds);
  const samples = events.filter((event) => event.event === 'sample');
  const base = { id: hostile.id, title: hostile.title, kind: hostile.kind, sizes, sizeUnit: hostile.sizeUnit, limits, seconds: outcome.seconds };
  const medianOf = (size: number, key: 'cpuMs' | 'wallMs') => summarise(samples.filter((s) => s.size === size).map((s) => s[key] ?? Number.NaN)).median;
  const medianCpuMs = Object.fromEntries(sizes.map((size) => [String(size), medianOf(size, 'cpuMs')]));
  const answered = samples.filter((sample) => sample.answer !== undefined);
  const answers = Object.fromEntries(answered.map((sample) => [String(sample.size), sample.answer as number]));
  const answerFields = answered.length > 0 && hostile.answerUnit !== undefined ? { answers, answerUnit: hostile.answerUnit } : {};
  if (hostile.kind === 'bounded') {
    return { ...base, medianCpuMs, ...answerFields, ...(samples[0]?.outcome === undefined ? {} : { outcome: samples[0].outcome }), ...(failure === undefined ? {} : { failure }) };
  }
  const [small, large] = sizes as [number, number];
  const sizeRatio = large / small;
  const perRound = (key: 'cpuMs' | 'wallMs') => {
    const ratios: number[] = [];
    for (const round of new Set(samples.map((s) => s.round))) {
      const a = samples.find((s) => s.round === round && s.size === small)?.[key];
      const b = samples.find((s) => s.round === round && s.size === large)?.[key];
      if (a !== undefined && b !== undefined && a > 0) ratios.push(b / a / sizeRatio);
    }
    return summarise(ratios);
  };
  const normalisedCpu = perRound('cpuMs');
  const normalisedWall = perRound('wallMs');
  let atLeast: number | undefined;
  const lastEvent = events[events.length - 1];
  if (failure !== undefined && normalisedCpu.n === 0 && lastEvent?.event === 'start' && lastEvent.size === large) {
    // the large input was running when the limit hit: it took at least the CPU time since it started
    const smallCpu = medianOf(small, 'cpuMs');
    const runningMs = outcome.cpuSeconds !== undefined && lastEvent.cpuMs !== undefined ? outcome.cpuSeconds * 1000 - lastEvent.cpuMs : outcome.lastLineAgeSeconds * 1000;
    if (smallCpu > 0) atLeast = runningMs / smallCpu / sizeRatio;
  }
  return {
    ...base,
    ...(normalisedCpu.n > 0 ? { normalisedCpu, normalisedWall } : {}),
    medianCpuMs,
    ...answerFields,
    ...(atLeast === undefined ? {} : { atLeast }),
    ...(failure === undefined ? {} : { failure }),
  };
}

/**
 * Every hostile case, one child at a time.
 *
 * @param quick - Quick sizes and limits.
 * @param log - Progress.
 * @returns The results in case order.
 */
export async function probeAllHostile(quick: boolean, log: (line: string) => void): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const hostile of HOSTILE_CASES) {
    const result = await probeHostile(hostile, quick);
    log(
      `  ${hostile.id.padEnd(28)} ${result.failure ?? 'finished'}${result.normalisedCpu === undefined ? '' : `, ratio ${result.normalisedCpu.median.toFixed(2)}`}${result.atLeast === undefined ? '' : `, ≥ ${result.atLeast.toFixed(1)}`}${result.outcome === undefined ? '' : `, ${result.outcome}`} (${result.seconds.toFixed(1)} s)`,
    );
    results.push(result);
  }
  return results;
}
