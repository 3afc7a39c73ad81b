/**
 * Child process measuring memory at one scale, with node's default heap unless the parent says
 * otherwise: generate the national structure, validate it, check concurrent roles with every info
 * and keep the report. Prints one JSON line: heap after each step, bytes of heap retained per issue
 * of the report (heapUsed after a full collection, with and without the report held, the index
 * built before), the heap limit and the peak resident set (maxRSS).
 *
 * Usage: node --expose-gc --import tsx bench/probes/memoryProbe.ts <scale>
 */
import { getHeapStatistics } from 'node:v8';
import { runCheckConcurrentRoles, runIndexStructure, runValidateStructure } from '../adapters.js';
import { generateNationalStructure, type Scale } from '../generateNationalStructure.js';
import { collectGarbage } from '../harness.js';
import { AS_OF, BENCH_SEED } from '../operation.js';

const MB = 2 ** 20;
const scale = Number(process.argv[2] ?? '1') as Scale;
const started = performance.now();
const steps: Record<string, number> = {};
let peakHeap = 0;
function heapNow(step: string): number {
  const used = process.memoryUsage().heapUsed;
  peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
  steps[step] = Math.round((used / MB) * 10) / 10;
  return used;
}

const structure = generateNationalStructure({ era: 'post2025', scale, seed: BENCH_SEED });
heapNow('generatedMB');
const validated = runValidateStructure(structure, AS_OF);
heapNow('validatedMB');
runIndexStructure(structure);
collectGarbage();
const before = heapNow('indexedMB');
let report: ReturnType<typeof runCheckConcurrentRoles> | undefined = runCheckConcurrentRoles(structure, AS_OF);
heapNow('checkedMB');
collectGarbage();
const after = heapNow('reportHeldMB');
const issues = report.issues.length;
const infos = report.issues.filter((issue) => issue.severity === 'info').length;
report = undefined;
collectGarbage();
heapNow('reportDroppedMB');
process.stdout.write(
  `${JSON.stringify({
    scale,
    records: structure.units.length + structure.people.length + structure.assignments.length,
    validateIssues: validated.issues.length,
    issues,
    infos,
    heapPerIssueBytes: issues > 0 ? (after - before) / issues : null,
    steps,
    peakHeapTotalMB: Math.round(peakHeap / MB),
    heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / MB),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  })}\n`,
);
