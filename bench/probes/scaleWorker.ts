/**
 * Child process holding the national structure of one scale for the scaling groups: the parent
 * drives two of these (say ¼× and 4×) alternately, so each scale runs with only its own structure
 * in the heap (a 4× structure resident beside the ¼× runs would make every major collection of a
 * ¼× run pay for it), and each worker times its own runs in its own CPU time.
 *
 * Messages (parent → worker, each answered with the same `requestId`):
 * `{ type: 'prepare', operation, roles }` → `{ sides: [{ name, role, label, size }], counts }`;
 * `{ type: 'warm', name, length }` → `{ reps, collect }`; `{ type: 'measure', name, reps, collect }` → `{ wallMs, cpuMs, settle }` (the worker's settle totals so far).
 *
 * Started by `../scaleWorkers.ts`: node --expose-gc --import tsx bench/probes/scaleWorker.ts <scale>
 */
import type { Scale } from '../generateNationalStructure.js';
import { type RunLength, settleTotals, timeRun, warmUp } from '../harness.js';
import { type Side, World } from '../operation.js';
import { OPERATIONS } from '../operations.js';

type Request =
  | { readonly requestId: number; readonly type: 'prepare'; readonly operation: string; readonly roles: readonly string[] }
  | { readonly requestId: number; readonly type: 'warm'; readonly name: string; readonly length: RunLength }
  | { readonly requestId: number; readonly type: 'measure'; readonly name: string; readonly reps: number; readonly collect: boolean };

const scale = Number(process.argv[2]) as Scale;
const world = new World();
let sides = new Map<string, Side>();

function reply(message: Record<string, unknown>): void {
  process.send?.(message);
}

async function handle(request: Request): Promise<Record<string, unknown>> {
  switch (request.type) {
    case 'prepare': {
      const operation = OPERATIONS.find((candidate) => candidate.id === request.operation);
      if (operation === undefined) throw new Error(`no operation ${request.operation}`);
      sides = new Map();
      if (operation.usesStructure === false) world.keepOnly([]);
      sides = new Map(operation.sides(world, scale).filter((side) => request.roles.includes(side.role)).map((side) => [side.name, side]));
      return { sides: [...sides.values()].map(({ name, role, label, size }) => ({ name, role, label, size })), counts: world.counts.get(scale) ?? null };
    }
    case 'warm': {
      const side = sides.get(request.name);
      if (side === undefined) throw new Error(`no side ${request.name}`);
      const { reps, collect } = await warmUp(side.run, request.length);
      return { reps, collect };
    }
    case 'measure': {
      const side = sides.get(request.name);
      if (side === undefined) throw new Error(`no side ${request.name}`);
      const { wallMs, cpuMs } = await timeRun(side.run, request.reps, request.collect);
      return { wallMs, cpuMs, settle: { ...settleTotals } };
    }
    default:
      return request satisfies never;
  }
}

process.on('message', (request: Request) => {
  handle(request).then(
    (answer) => reply({ requestId: request.requestId, ok: true, ...answer }),
    (error: unknown) => reply({ requestId: request.requestId, ok: false, error: error instanceof Error ? `${error.message}` : String(error) }),
  );
});
