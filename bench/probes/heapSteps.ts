/**
 * What the memory and stream probes measure alike: the heap after each named step, its peak, and
 * the heap an info-heavy concurrency report retains per issue.
 */
import { getHeapStatistics } from 'node:v8';
import type { Structure } from '../../src/index.js';
import { runCheckConcurrentRoles, runIndexStructure, runValidateStructure } from '../adapters.js';
import { collectGarbage } from '../harness.js';
import { AS_OF } from '../operation.js';

export const MB = 2 ** 20;

/** The heap (MB, one decimal) after each named step, and the peak of the total heap seen. */
export interface HeapRecorder {
  readonly steps: Record<string, number>;
  /** Records the total heap if it is the largest yet. */
  sample(): void;
  /** Records the heap used after `step` and returns it in bytes. */
  heapNow(step: string): number;
  /** The largest total heap seen, in whole MB. */
  peakHeapMB(): number;
}

export function createHeapRecorder(): HeapRecorder {
  const steps: Record<string, number> = {};
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().total_heap_size);
  };
  return {
    steps,
    sample,
    heapNow(step) {
      const used = process.memoryUsage().heapUsed;
      sample();
      steps[step] = Math.round((used / MB) * 10) / 10;
      return used;
    },
    peakHeapMB: () => Math.round(peakHeap / MB),
  };
}

/** What {@link measureChecks} found. */
export interface ChecksMeasured {
  readonly validateIssues: number;
  readonly validateSeconds: number;
  readonly issues: number;
  readonly infos: number;
  /** Heap with the report held minus heap once it is dropped, per issue: what the report itself retains. */
  readonly heapPerIssueBytes: number | null;
  readonly checkSeconds: number;
}

const secondsSince = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/**
 * Where the report is held between steps. Not a local of {@link measureChecks}: a stale interpreter
 * register of the measuring function can keep a dropped local reachable, and the report would then
 * seem to cost nothing to drop.
 */
const held: { report?: ReturnType<typeof runCheckConcurrentRoles> } = {};

function checkAndHold(structure: Structure): { issues: number; infos: number } {
  held.report = runCheckConcurrentRoles(structure, AS_OF);
  const { issues } = held.report;
  return { issues: issues.length, infos: issues.filter((issue) => issue.severity === 'info').length };
}

function drop(): void {
  delete held.report;
}

/**
 * Validates the structure, builds its index, checks concurrent roles with every info and holds the
 * report, then drops it: the heap after each step goes to `recorder`. The heap per issue is what
 * dropping the report frees, so what the check leaves in the index's caches is not counted.
 */
export function measureChecks(structure: Structure, recorder: HeapRecorder): ChecksMeasured {
  const validating = performance.now();
  const validated = runValidateStructure(structure, AS_OF);
  const validateSeconds = secondsSince(validating);
  recorder.heapNow('validatedMB');
  runIndexStructure(structure);
  collectGarbage();
  recorder.heapNow('indexedMB');
  const checking = performance.now();
  const { issues, infos } = checkAndHold(structure);
  const checkSeconds = secondsSince(checking);
  recorder.heapNow('checkedMB');
  collectGarbage();
  const withReport = recorder.heapNow('reportHeldMB');
  drop();
  collectGarbage();
  const withoutReport = recorder.heapNow('reportDroppedMB');
  return {
    validateIssues: validated.issues.length,
    validateSeconds,
    issues,
    infos,
    heapPerIssueBytes: issues > 0 ? (withReport - withoutReport) / issues : null,
    checkSeconds,
  };
}
