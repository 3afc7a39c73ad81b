/**
 * The goals of issue #14 (and the bounded-work goals of #13), in one place. Each names a figure the
 * run computes and a threshold; every run evaluates all of them and writes pass / miss / n/a into
 * the table and the JSON. A missed goal is reported, never a failing exit code.
 */

/** A figure the run computed. */
export interface Figure {
  readonly id: string;
  readonly title: string;
  /** The value goals compare (a median, a count, 1/0 for yes/no); `undefined` when not measured. */
  readonly value: number | undefined;
  /** `×`, `B`, `modules`, `yes/no`. */
  readonly unit: string;
  /** How the value reads in the table (with its spread). */
  readonly text: string;
  /** Why the measurement could not finish (timed out, out of memory): a miss, whatever the value. */
  readonly failed?: string;
}

/** A goal on one figure. */
export interface Goal {
  readonly id: string;
  readonly text: string;
  readonly figure: string;
  readonly direction: 'at-most' | 'below' | 'at-least';
  readonly threshold: number;
}

/** A goal, evaluated. */
export interface GoalResult extends Goal {
  readonly status: 'pass' | 'miss' | 'n/a';
  readonly value: number | undefined;
  readonly figureText: string;
  readonly note?: string;
}

/** Thresholds of issue #14. */
export const THRESHOLDS = {
  /** parseStructure ÷ its hand-written baseline (CPU time, median of per-round ratios). */
  parse: 1.5,
  /** validateStructure ÷ its baseline. */
  validate: 1.3,
  /** checkConcurrentRoles with every info ÷ its baseline. */
  concurrency: 2,
  /** json-rules-engine ÷ checkConcurrentRoles (every info): at least. */
  jsonRulesEngine: 20,
  /** apportion ÷ its baseline. */
  apportion: 1.5,
  /** Per-record CPU cost at 4× ÷ at ¼× (1.0 = linear). */
  scaling: 1.3,
  /** Bytes of heap retained per issue of the concurrency report (every info). */
  heapPerIssue: 500,
  /** Time ratio ÷ size ratio of a hostile input (1.0 = linear). */
  hostile: 1.3,
} as const;

/** Operations whose scaling ¼× → 4× is a goal (the library side of each). */
export const SCALING_GOAL_OPERATIONS = [
  'parse-structure',
  'validate-structure',
  'index-structure',
  'units-in-force',
  'concurrency-check',
  'concurrency-problems',
  'concurrency-coverage',
  'merge-candidates',
  'plan-validate',
  'plan-apply',
  'apportion',
  'leavers-cost',
] as const;

/** What the goals of a run depend on. */
export interface GoalContext {
  /** The hostile-input cases run. */
  readonly hostile: readonly { readonly id: string; readonly kind: 'ratio' | 'bounded' }[];
  /** Operations whose scaling was measured (each of {@link SCALING_GOAL_OPERATIONS} among them gets a goal). */
  readonly scalingOperations: readonly string[];
  /** How the scaling is measured this run: `¼×→4×`, or `1/16×→¼×` in a quick run. */
  readonly scalingLabel: string;
  /** Where the ratios are measured: `1×`, or `¼×` in a quick run. */
  readonly goalScale: string;
  /** Where json-rules-engine is measured: `¼×`, or `1/16×` in a quick run. */
  readonly peerScale: string;
}

/**
 * Every goal of the run.
 *
 * @param context - What was measured and where.
 * @returns The goals, in table order.
 */
export function defineGoals(context: GoalContext): Goal[] {
  const at = ` (at ${context.goalScale})`;
  return [
    { id: 'parse', text: `parseStructure ≤ ${THRESHOLDS.parse}× its hand-written baseline${at}`, figure: 'ratio:parse-structure', direction: 'at-most', threshold: THRESHOLDS.parse },
    { id: 'validate', text: `validateStructure ≤ ${THRESHOLDS.validate}× its baseline${at}`, figure: 'ratio:validate-structure', direction: 'at-most', threshold: THRESHOLDS.validate },
    {
      id: 'concurrency',
      text: `checkConcurrentRoles (every info) ≤ ${THRESHOLDS.concurrency}× its baseline${at}`,
      figure: 'ratio:concurrency-check',
      direction: 'at-most',
      threshold: THRESHOLDS.concurrency,
    },
    {
      id: 'json-rules-engine',
      text: `json-rules-engine ≥ ${THRESHOLDS.jsonRulesEngine}× slower than checkConcurrentRoles (every info, at ${context.peerScale})`,
      figure: 'ratio:concurrency-json-rules-engine:json-rules-engine',
      direction: 'at-least',
      threshold: THRESHOLDS.jsonRulesEngine,
    },
    { id: 'apportion', text: `apportion ≤ ${THRESHOLDS.apportion}× its baseline${at}`, figure: 'ratio:apportion', direction: 'at-most', threshold: THRESHOLDS.apportion },
    ...SCALING_GOAL_OPERATIONS.filter((operation) => context.scalingOperations.includes(operation)).map(
      (operation): Goal => ({
        id: `scaling:${operation}`,
        text: `${operation}: scaling ${context.scalingLabel} within ${THRESHOLDS.scaling}× of linear (CPU per record)`,
        figure: `scaling:${operation}:library`,
        direction: 'at-most',
        threshold: THRESHOLDS.scaling,
      }),
    ),
    {
      id: 'heap-per-issue',
      text: `≤ ${THRESHOLDS.heapPerIssue} B of heap per retained issue (concurrency report, every info)`,
      figure: 'memory:heap-per-issue',
      direction: 'at-most',
      threshold: THRESHOLDS.heapPerIssue,
    },
    { id: 'eight-times', text: '8× validated and checked within the default heap', figure: 'memory:8x-within-default-heap', direction: 'at-least', threshold: 1 },
    {
      id: 'eight-times-streamed',
      text: '8× streamed from NDJSON (parseStructureStream, no JSON string), validated and checked within the default heap',
      figure: 'stream:8x-within-default-heap',
      direction: 'at-least',
      threshold: 1,
    },
    { id: 'root-no-zod', text: 'the root entry loads no zod module', figure: 'import:zod-modules-with-root', direction: 'at-most', threshold: 0 },
    { id: 'root-cheaper-than-zod', text: 'importing the root entry costs less than zod alone (CPU)', figure: 'import:root-vs-zod', direction: 'below', threshold: 1 },
    ...context.hostile.map(
      ({ id, kind }): Goal =>
        kind === 'bounded'
          ? { id: `hostile:${id}`, text: `${id}: answered or refused inside the time and heap limit`, figure: `hostile:${id}`, direction: 'at-least', threshold: 1 }
          : {
              id: `hostile:${id}`,
              text: `${id}: time ratio within ${THRESHOLDS.hostile}× of the size ratio, inside the time and heap limit`,
              figure: `hostile:${id}`,
              direction: 'at-most',
              threshold: THRESHOLDS.hostile,
            },
    ),
  ];
}

/**
 * Evaluates goals against the figures of a run.
 *
 * @param goals - The goals.
 * @param figures - The figures by id.
 * @returns Each goal with its status.
 */
export function evaluateGoals(goals: readonly Goal[], figures: ReadonlyMap<string, Figure>): GoalResult[] {
  return goals.map((goal) => {
    const figure = figures.get(goal.figure);
    if (figure === undefined) return { ...goal, status: 'n/a', value: undefined, figureText: 'not measured' };
    if (figure.failed !== undefined) return { ...goal, status: 'miss', value: figure.value, figureText: figure.text, note: figure.failed };
    const value = figure.value;
    if (value === undefined || Number.isNaN(value)) return { ...goal, status: 'n/a', value, figureText: figure.text };
    const pass = goal.direction === 'at-most' ? value <= goal.threshold : goal.direction === 'below' ? value < goal.threshold : value >= goal.threshold;
    return { ...goal, status: pass ? 'pass' : 'miss', value, figureText: figure.text };
  });
}
