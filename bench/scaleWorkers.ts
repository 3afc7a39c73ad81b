/**
 * The parent's side of the scaling workers (`probes/scaleWorker.ts`): one child process per scale,
 * each holding only its own structure; its sides become harness runners whose runs the child times.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scale, StructureCounts } from './generateNationalStructure.js';
import type { ContenderRole, Runner, Sample, SettleTotals } from './harness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A side of an operation, as the worker describes it. */
export interface RemoteSide {
  readonly name: string;
  readonly role: ContenderRole;
  readonly label: string;
  readonly size: number;
}

interface Pending {
  readonly done: (answer: Record<string, unknown>) => void;
  readonly fail: (error: Error) => void;
}

/** One worker process at one scale (restarted if it dies). */
export class ScaleWorker {
  private child: ChildProcess | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  /** Counts of the worker's structure, once generated. */
  counts: StructureCounts | undefined;
  /** The worker's waits for idleness before its timed runs (`harness.ts` `settleTotals`), as last reported. */
  settle: SettleTotals = { waitedMs: 0, settles: 0, atLimit: 0 };

  constructor(readonly scale: Scale) {}

  private start(): ChildProcess {
    const child = fork(resolve(root, 'bench/probes/scaleWorker.ts'), [String(this.scale)], {
      cwd: root,
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message: { requestId: number; ok: boolean; error?: string }) => {
      const pending = this.pending.get(message.requestId);
      if (pending === undefined) return;
      this.pending.delete(message.requestId);
      if (message.ok) pending.done(message as unknown as Record<string, unknown>);
      else pending.fail(new Error(message.error ?? 'worker error'));
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      for (const pending of this.pending.values()) pending.fail(new Error(`the ${this.scale}× worker exited (${signal ?? code})`));
      this.pending.clear();
    });
    this.child = child;
    return child;
  }

  private request(message: Record<string, unknown>): Promise<Record<string, unknown>> {
    const child = this.child ?? this.start();
    const requestId = this.nextId;
    this.nextId += 1;
    return new Promise((done, fail) => {
      this.pending.set(requestId, { done, fail });
      child.send({ ...message, requestId });
    });
  }

  /**
   * Prepares an operation's sides in the worker (generating its structure on first use).
   *
   * @param operation - Operation id.
   * @param roles - The sides wanted.
   * @returns The sides, each as a runner id'd `<name>@<scale>`.
   */
  async prepare(operation: string, roles: readonly ContenderRole[]): Promise<{ readonly side: RemoteSide; readonly runner: Runner }[]> {
    const answer = await this.request({ type: 'prepare', operation, roles });
    this.counts = (answer.counts as StructureCounts | null) ?? this.counts;
    return (answer.sides as RemoteSide[]).map((side) => ({
      side,
      runner: {
        id: `${side.name}@${this.scale}`,
        role: side.role,
        label: side.label,
        size: side.size,
        warm: async (length) => {
          const answer = await this.request({ type: 'warm', name: side.name, length });
          return { first: undefined, reps: answer.reps as number, collect: answer.collect as boolean };
        },
        measure: async (reps, collect): Promise<Sample> => {
          const answer = await this.request({ type: 'measure', name: side.name, reps, collect });
          this.settle = answer.settle as SettleTotals;
          return { wallMs: answer.wallMs as number, cpuMs: answer.cpuMs as number };
        },
      },
    }));
  }

  /** Ends the worker. */
  close(): void {
    this.child?.kill();
    this.child = undefined;
  }
}
