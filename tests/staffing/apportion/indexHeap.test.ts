import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { IndexHeap } from '../../../src/staffing/apportion/IndexHeap.js';

/**
 * A heap over indices into `keys`, smallest key first (ties: smaller index first, so the order out
 * is fully determined). Every call of `before` is recorded: the heap must only ever compare two of
 * the indices it holds, never a slot past its end nor an index with itself.
 */
function keyedHeap(keys: readonly number[]): { heap: IndexHeap; held: Set<number>; strays: unknown[][] } {
  const held = new Set<number>();
  const strays: unknown[][] = [];
  const heap = new IndexHeap((a, b) => {
    if (!held.has(a) || !held.has(b) || a === b) strays.push([a, b]);
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    return ka < kb || (ka === kb && a < b);
  });
  return { heap, held, strays };
}

/** Pushes indices `0 … keys.length − 1` in the given order, then pops everything, returning the order out. */
function drain(keys: readonly number[], pushOrder: readonly number[]): { out: number[]; strays: unknown[][] } {
  const { heap, held, strays } = keyedHeap(keys);
  for (const index of pushOrder) {
    held.add(index);
    heap.push(index);
  }
  const out: number[] = [];
  for (let top = heap.peek(); top !== undefined; top = heap.peek()) {
    out.push(top);
    heap.pop();
    held.delete(top);
  }
  return { out, strays };
}

/** The order a correct heap gives: by key, then by index. */
const sortedOrder = (keys: readonly number[], indices: readonly number[]): number[] =>
  [...indices].sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);

describe('IndexHeap: the order out', () => {
  it('is empty when nothing was pushed, and popping an empty heap is harmless', () => {
    const { heap } = keyedHeap([]);
    expect(heap.peek()).toBeUndefined();
    heap.pop();
    expect(heap.peek()).toBeUndefined();
    heap.push(0);
    expect(heap.peek()).toBe(0);
  });

  it('leaves nothing after the only index is popped', () => {
    const { heap, held } = keyedHeap([7, 3]);
    held.add(0);
    heap.push(0);
    heap.pop();
    expect(heap.peek()).toBeUndefined();
    // a new index after that is alone again
    held.add(1);
    heap.push(1);
    expect(heap.peek()).toBe(1);
    heap.pop();
    expect(heap.peek()).toBeUndefined();
  });

  it.each([
    // keys, push order
    [[5, 4, 3, 2, 1, 0], [0, 1, 2, 3, 4, 5]], // every push rises to the top
    [[0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5]], // no push rises
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]],
    [[3, 1, 2], [0, 1, 2]], // the smaller child is the right one after a pop
    [[3, 2, 1], [0, 1, 2]],
    [[9, 8, 1, 7, 6, 2, 0, 5], [0, 1, 2, 3, 4, 5, 6, 7]],
    [[2, 2, 1, 1, 0, 0, 2, 1], [0, 1, 2, 3, 4, 5, 6, 7]], // equal keys, out by index
    [[4, 4, 4, 4, 4], [4, 3, 2, 1, 0]],
    [[6, 1, 5, 2, 4, 3, 0, 7, 9, 8, 11, 10, 13, 12], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
  ] as const)('keys %j pushed in the order %j come out sorted', (keys, pushOrder) => {
    const { out, strays } = drain(keys, pushOrder);
    expect(out).toEqual(sortedOrder(keys, pushOrder));
    expect(strays).toEqual([]);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), fc.integer()])(
    'any keys pushed in any order come out sorted (heapsort against Array#sort)',
    (keys, seed) => {
      const order = keys.map((_, index) => index);
      let state = seed;
      for (let index = order.length - 1; index > 0; index -= 1) {
        state = (state * 1103515245 + 12345) | 0;
        const other = Math.abs(state) % (index + 1);
        [order[index], order[other]] = [order[other] as number, order[index] as number];
      }
      const { out, strays } = drain(keys, order);
      expect(out).toEqual(sortedOrder(keys, order));
      expect(strays).toEqual([]);
    },
  );
});

describe('IndexHeap: replaceTop after the top’s key changed', () => {
  it.each([
    // keys, the top's new key, the order out after replaceTop
    [[1, 2, 3, 4, 5, 6, 7], 10, [1, 2, 3, 4, 5, 6, 0]], // sinks to the bottom
    [[1, 2, 3, 4, 5, 6, 7], 0, [0, 1, 2, 3, 4, 5, 6]], // stays on top
    [[1, 5, 2, 6, 7, 3, 4], 3.5, [2, 5, 0, 6, 1, 3, 4]], // sinks along the right-hand side
    [[1, 2, 5, 3, 4, 6, 7], 3.5, [1, 3, 0, 4, 2, 5, 6]], // sinks along the left-hand side
    [[1, 3, 2], 2.5, [2, 0, 1]], // the right child, the smaller one, comes up
    [[1, 2, 3], 2.5, [1, 0, 2]], // the left child, the smaller one, comes up
  ] as const)('keys %j, top re-keyed to %d: out in the order %j', (keys, newKey, expected) => {
    const mutable: number[] = [...keys];
    const { heap, held, strays } = keyedHeap(mutable);
    mutable.forEach((_, index) => {
      held.add(index);
      heap.push(index);
    });
    const top = heap.peek() as number;
    expect(top).toBe(0);
    mutable[top] = newKey;
    heap.replaceTop(top);
    const out: number[] = [];
    for (let next = heap.peek(); next !== undefined; next = heap.peek()) {
      out.push(next);
      heap.pop();
      held.delete(next);
    }
    expect(out).toEqual(expected);
    expect(strays).toEqual([]);
  });

  it('puts another index on top in place of the old one', () => {
    const keys = [1, 2, 3, 0.5];
    const { heap, held, strays } = keyedHeap(keys);
    for (const index of [0, 1, 2]) {
      held.add(index);
      heap.push(index);
    }
    held.delete(0);
    held.add(3);
    heap.replaceTop(3);
    expect(heap.peek()).toBe(3);
    keys[3] = 2.5;
    heap.replaceTop(3);
    expect(heap.peek()).toBe(1);
    heap.pop();
    held.delete(1);
    expect(heap.peek()).toBe(3);
    heap.pop();
    expect(heap.peek()).toBe(2);
    expect(strays).toEqual([]);
  });
});
