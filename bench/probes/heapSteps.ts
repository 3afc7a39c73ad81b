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
  /** Heap with the report held minus heap before the check (the index built), per issue. */
  readonly heapPerIssueBytes: number | null;
  readonly checkSeconds: number;
}

const secondsSince = (start: number) => Math.round((performance.now() - start) / 100) / 10;

/**
 * Validates the structure, builds its index, checks concurrent roles with every info and holds the
 * report, then drops it: the heap after each step goes to `recorder`.
 */
export function measureChecks(structure: Structure, recorder: HeapRecorder): ChecksMeasured {
  const validating = performance.now();
  const validated = runValidateStructure(structure, AS_OF);
  const validateSeconds = secondsSince(validating);
  recorder.heapNow('validatedMB');
  runIndexStructure(structure);
  collectGarbage();
  const before = recorder.heapNow('indexedMB');
  const checking = performance.now();
  let report: ReturnType<typeof runCheckConcurrentRoles> | undefined = runCheckConcurrentRoles(structure, AS_OF);
  const checkSeconds = secondsSince(checking);
  recorder.heapNow('checkedMB');
  collectGarbage();
  const after = recorder.heapNow('reportHeldMB');
  const issues = report.issues.length;
  const infos = report.issues.filter((issue) => issue.severity === 'info').length;
  report = undefined;
  collectGarbage();
  recorder.heapNow('reportDroppedMB');
  return { validateIssues: validated.issues.length, validateSeconds, issues, infos, heapPerIssueBytes: issues > 0 ? (after - before) / issues : null, checkSeconds };
}
