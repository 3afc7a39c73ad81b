import { describe, expect, it } from 'vitest';
import { interleave, type Runner, type Warmed } from '../../bench/harness.js';

/** A runner that records how it was measured, without running anything. */
function fakeRunner(id: string, warmed: Warmed, calls: { id: string; reps: number; collect: boolean }[]): Runner {
  return {
    id,
    role: 'library',
    label: id,
    size: 1,
    warm: async () => warmed,
    measure: async (reps, collect) => {
      calls.push({ id, reps, collect });
      return { wallMs: 1, cpuMs: 1 };
    },
  };
}

describe('interleave', () => {
  it('prepares every run of a group the same way: no forced collection when any contender is short', async () => {
    const calls: { id: string; reps: number; collect: boolean }[] = [];
    const measurement = await interleave(
      [fakeRunner('small', { first: 's', reps: 12, collect: false }, calls), fakeRunner('large', { first: 'l', reps: 1, collect: true }, calls)],
      { rounds: 3, minRunMs: 1 },
    );
    expect(measurement.fullCollection).toBe(false);
    expect(calls).toEqual([
      { id: 'small', reps: 12, collect: false },
      { id: 'large', reps: 1, collect: false },
      { id: 'large', reps: 1, collect: false },
      { id: 'small', reps: 12, collect: false },
      { id: 'small', reps: 12, collect: false },
      { id: 'large', reps: 1, collect: false },
    ]);
    expect(measurement.first).toEqual(new Map([['small', 's'], ['large', 'l']]));
    expect(Object.values(measurement.samples)[0]).toHaveLength(3);
  });

  it('forces a full collection before every run when every contender is long', async () => {
    const calls: { id: string; reps: number; collect: boolean }[] = [];
    const measurement = await interleave(
      [fakeRunner('a', { first: 1, reps: 2, collect: true }, calls), fakeRunner('b', { first: 2, reps: 3, collect: true }, calls)],
      { rounds: 2, minRunMs: 1 },
    );
    expect(measurement.fullCollection).toBe(true);
    expect(calls.map((call) => call.collect)).toEqual([true, true, true, true]);
    expect(measurement.reps).toEqual({ a: 2, b: 3 });
  });
});
