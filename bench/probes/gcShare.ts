/**
 * How much of an operation's CPU time is garbage collection, at one scale: runs the operation's
 * library and baseline sides `reps` times each after a full collection, with every GC pause
 * observed (`PerformanceObserver` 'gc'), and prints CPU per record with and without the pauses.
 * Run with `--single-threaded-gc` so that all collection work happens in the pauses.
 *
 * node --expose-gc --single-threaded-gc --import tsx bench/probes/gcShare.ts <operation> <scale> [reps]
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { collectGarbageAndSettle, settleTotals } from '../harness.js';
import type { Scale } from '../generateNationalStructure.js';
import { World } from '../operation.js';
import { OPERATIONS } from '../operations.js';

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

const [operationId = 'units-in-force', scaleText = '1', repsText = '5'] = process.argv.slice(2);
const scale = Number(scaleText) as Scale;
const reps = Number(repsText);
const operation = OPERATIONS.find((candidate) => candidate.id === operationId);
if (operation === undefined) throw new Error(`no operation ${operationId}`);
const world = new World();
const sides = operation.sides(world, scale).filter((side) => side.role !== 'peer');
let gcMs = 0;
let majors = 0;
let minors = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
    if (kind === 1) minors += 1;
    else majors += 1;
  }
});
observer.observe({ entryTypes: ['gc'] });
for (const side of sides) side.run(); // warm
for (const side of sides) {
  let cpu = 0;
  let gc = 0;
  let major = 0;
  let minor = 0;
  for (let rep = 0; rep < reps; rep += 1) {
    await collectGarbageAndSettle();
    await new Promise((done) => setTimeout(done, Number(process.env['SETTLE_MS'] ?? 10)));
    gcMs = 0;
    majors = 0;
    minors = 0;
    const cpu0 = cpuNow();
    side.run();
    cpu += cpuNow() - cpu0;
    await new Promise((done) => setTimeout(done, 10));
    gc += gcMs;
    major += majors;
    minor += minors;
  }
  const perRecord = (ms: number) => ((ms / reps / side.size) * 1e6).toFixed(1);
  console.log(
    `${operationId} ${scale}× ${side.role}: size ${side.size}, CPU ${perRecord(cpu)} ns/record, GC pauses ${perRecord(gc)} ns/record, without them ${perRecord(cpu - gc)} ns/record; per run ${(major / reps).toFixed(1)} major, ${(minor / reps).toFixed(1)} minor`,
  );
}
observer.disconnect();
console.log(`settles: ${settleTotals.settles}, waited ${(settleTotals.waitedMs / settleTotals.settles).toFixed(0)} ms each on average, ${settleTotals.atLimit} at the limit`);
