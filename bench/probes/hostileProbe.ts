/**
 * Child process of one hostile-input case (see `../hostile.ts`): builds the inputs, then times the
 * small and the large input interleaved (the small one first, so a large run that never ends still
 * leaves a reference), printing one JSON line per event on stdout. The parent enforces the time
 * and heap limits and reads whatever was printed.
 *
 * Usage: node --expose-gc --max-old-space-size=<MB> --import tsx bench/probes/hostileProbe.ts <id> <quick|full> <rounds>
 */
import { collectGarbage } from '../harness.js';
import { HOSTILE_CASES } from '../hostile.js';

function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timed(run: () => unknown): { wallMs: number; cpuMs: number; outcome: string; answer?: number } {
  collectGarbage();
  const wall0 = performance.now();
  const cpu0 = cpuNow();
  let outcome = 'answered';
  let answer: unknown;
  try {
    answer = run();
  } catch (error) {
    outcome = error instanceof RangeError || error instanceof TypeError ? `refused: ${error.message.slice(0, 160)}` : `threw: ${String(error).slice(0, 160)}`;
  }
  const cpuMs = cpuNow() - cpu0;
  const wallMs = performance.now() - wall0;
  return { cpuMs, wallMs, outcome, ...(typeof answer === 'number' ? { answer } : {}) };
}

const [id, mode, roundsText] = process.argv.slice(2);
const hostile = HOSTILE_CASES.find((candidate) => candidate.id === id);
if (hostile === undefined) throw new Error(`no hostile case ${id ?? '(none)'}`);
const sizes = mode === 'quick' ? hostile.sizes.quick : hostile.sizes.full;
const rounds = Number(roundsText ?? '3');
if (hostile.kind === 'bounded') {
  const size = sizes[0] as number;
  emit({ event: 'start', size, at: performance.now(), cpuMs: cpuNow() });
  const run = hostile.prepare(size);
  emit({ event: 'sample', size, ...timed(run) });
} else {
  const [small, large] = sizes as [number, number];
  const runs = new Map<number, () => unknown>([
    [small, hostile.prepare(small)],
    [large, hostile.prepare(large)],
  ]);
  timed(runs.get(small) as () => unknown);
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [small, large] : [large, small];
    for (const size of order) {
      emit({ event: 'start', size, round, at: performance.now(), cpuMs: cpuNow() });
      emit({ event: 'sample', size, round, ...timed(runs.get(size) as () => unknown) });
    }
  }
}
emit({ event: 'done' });
