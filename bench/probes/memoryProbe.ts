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
import { generateNationalStructure, type Scale } from '../generateNationalStructure.js';
import { BENCH_SEED } from '../operation.js';
import { createHeapRecorder, MB, measureChecks } from './heapSteps.js';

const scale = Number(process.argv[2] ?? '1') as Scale;
const started = performance.now();
const recorder = createHeapRecorder();

const structure = generateNationalStructure({ era: 'post2025', scale, seed: BENCH_SEED });
recorder.heapNow('generatedMB');
const { validateIssues, issues, infos, heapPerIssueBytes } = measureChecks(structure, recorder);
process.stdout.write(
  `${JSON.stringify({
    scale,
    records: structure.units.length + structure.people.length + structure.assignments.length,
    validateIssues,
    issues,
    infos,
    heapPerIssueBytes,
    steps: recorder.steps,
    peakHeapTotalMB: recorder.peakHeapMB(),
    heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / MB),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  })}\n`,
);
