/**
 * What a `Map` costs per key at ¼× and at 4×, with no library code at all: the ids of the generated
 * national structure's units set into a `Map<string, number>`, the same count of integers into a
 * `Map<number, number>`, and the ids looked up again in input order and shuffled. Each figure is the
 * median of five runs, each after a settled full collection, in CPU ns per key; one process per
 * scale, holding only that scale's structure.
 *
 * Three need no `Map`: integers gathered from a typed array through positions in order and
 * shuffled (what integer-interned ids with typed-array links would do once the ids are resolved), a
 * sort of the ids in input order and shuffled (what a sort-based index would start with; the
 * generated ids arrive nine tenths in ascending order, which a merge sort finds in runs, so only the
 * shuffled sort shows the log n that a sort of arbitrary input pays per key), and an open-addressing table of positions in an `Int32Array` hashed with FNV-1a
 * (the string-to-integer step done without a `Map`).
 *
 * It tells how much of a super-linear scaling figure of `index-structure` (six maps keyed by ids)
 * the machine owns: when integer keys also cost twice as much per key at 4×, interning the ids as
 * integers cannot bring the index within 1.3× of linear; when a shuffled gather from a typed array
 * does too, no random-access index can.
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

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

interface Table {
  readonly slots: Int32Array;
  readonly mask: number;
}

/** An open-addressing table of positions (linear probing, at most half full): no `Map` at all. */
function buildTable(keys: readonly string[]): Table {
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let position = 0; position < keys.length; position += 1) {
    let slot = hashOf(keys[position] as string) & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = position;
  }
  return { slots, mask };
}

function lookup(table: Table, keys: readonly string[], key: string): number {
  let slot = hashOf(key) & table.mask;
  for (;;) {
    const position = table.slots[slot] as number;
    if (position === -1) return -1;
    if (keys[position] === key) return position;
    slot = (slot + 1) & table.mask;
  }
}

async function measureScale(scale: Scale): Promise<void> {
  const ids = new World().structure(scale).units.map((unit) => unit.id);
  const count = ids.length;
  const byId = new Map<string, number>();
  for (let position = count - 1; position >= 0; position -= 1) byId.set(ids[position] as string, position);
  const mixed = shuffled(ids);
  const table = buildTable(ids);
  const values = new Int32Array(count);
  for (let position = 0; position < count; position += 1) values[position] = position;
  const inOrder = Int32Array.from(values);
  const mixedPositions = Int32Array.from(shuffled([...values]));
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
    'typed array, in order': () => {
      let sum = 0;
      for (let at = 0; at < count; at += 1) sum += values[inOrder[at] as number] as number;
      return sum;
    },
    'typed array, shuffled': () => {
      let sum = 0;
      for (let at = 0; at < count; at += 1) sum += values[mixedPositions[at] as number] as number;
      return sum;
    },
    'sort string ids': () => [...ids].sort().length,
    'sort string ids, shuffled': () => [...mixed].sort().length,
    'open table, build': () => buildTable(ids).slots.length,
    'open table, get in order': () => {
      let sum = 0;
      for (const id of ids) sum += lookup(table, ids, id);
      return sum;
    },
    'open table, get shuffled': () => {
      let sum = 0;
      for (const id of mixed) sum += lookup(table, ids, id);
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
    console.log(`${String(scale).padStart(4)}× ${name.padEnd(26)} ${String(count).padStart(9)} keys  ${(((times[2] as number) / count) * 1e6).toFixed(0).padStart(5)} ns per key`);
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
