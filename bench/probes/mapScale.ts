/**
 * What a `Map` costs per key at ¼× and at 4×, with no library code at all: the ids of the generated
 * national structure's units set into a `Map<string, number>`, the same count of integers into a
 * `Map<number, number>`, and the ids looked up again in input order and shuffled. Each figure is the
 * median of five runs, each after a settled full collection, in CPU ns per key; one process per
 * scale, holding only that scale's structure.
 *
 * It tells how much of a super-linear scaling figure of `index-structure` (six maps keyed by ids)
 * the machine owns: when integer keys also cost twice as much per key at 4×, interning the ids as
 * integers cannot bring the index within 1.3× of linear.
 *
 * node --expose-gc --import tsx bench/probes/mapScale.ts            (runs ¼× and 4×)
 * node --expose-gc --import tsx bench/probes/mapScale.ts <scale>    (one scale, in this process)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Scale } from '../generateNationalStructure.js';
import { collectGarbageAndSettle } from '../harness.js';
import { World } from '../operation.js';

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** A permutation of `items` from a fixed seed (a linear congruential generator; the same every run). */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let state = 2025;
  for (let position = out.length - 1; position > 0; position -= 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (position + 1);
    [out[position], out[other]] = [out[other] as T, out[position] as T];
  }
  return out;
}

async function measureScale(scale: Scale): Promise<void> {
  const ids = new World().structure(scale).units.map((unit) => unit.id);
  const count = ids.length;
  const byId = new Map<string, number>();
  for (let position = count - 1; position >= 0; position -= 1) byId.set(ids[position] as string, position);
  const mixed = shuffled(ids);
  const cases: Record<string, () => unknown> = {
    'set string ids': () => {
      const map = new Map<string, number>();
      for (let position = count - 1; position >= 0; position -= 1) map.set(ids[position] as string, position);
      return map.size;
    },
    'set integers': () => {
      const map = new Map<number, number>();
      for (let position = count - 1; position >= 0; position -= 1) map.set(position * 7, position);
      return map.size;
    },
    'get ids in input order': () => {
      let sum = 0;
      for (const id of ids) sum += byId.get(id) ?? 0;
      return sum;
    },
    'get ids shuffled': () => {
      let sum = 0;
      for (const id of mixed) sum += byId.get(id) ?? 0;
      return sum;
    },
  };
  for (const [name, run] of Object.entries(cases)) {
    run();
    const times: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      await collectGarbageAndSettle();
      const start = cpuNow();
      run();
      times.push(cpuNow() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`${String(scale).padStart(4)}× ${name.padEnd(24)} ${String(count).padStart(9)} keys  ${(((times[2] as number) / count) * 1e6).toFixed(0).padStart(5)} ns per key`);
  }
}

const [scaleText] = process.argv.slice(2);
if (scaleText === undefined) {
  for (const scale of ['0.25', '4']) {
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), scale], { stdio: 'inherit' });
  }
} else {
  await measureScale(Number(scaleText) as Scale);
}
