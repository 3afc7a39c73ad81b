import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createQuotaEvents, pushQuotaEvent, sortQuotaEvents } from '../../../src/staffing/apportion/quotaEvents.js';

/** An event as [value, weight, saturates]: the unit leaves its floor (0) or reaches its cap (1) at t = value / weight. */
type Event = readonly [value: number, weight: number, saturates: 0 | 1];

function sorted(events: readonly Event[]): number[] {
  const store = createQuotaEvents(events.length + 2); // more room than events: only `count` of them are read
  events.forEach(([value, weight, saturates], unit) => {
    pushQuotaEvent(store, unit, value, weight, saturates);
  });
  return Array.from(sortQuotaEvents(store));
}

/** The obvious order: ascending t compared by exact cross-multiplication, activations first at equal t, then by index. */
function naiveOrder(events: readonly Event[]): number[] {
  return events
    .map((_, index) => index)
    .sort((a, b) => {
      const [va, wa, sa] = events[a] as Event;
      const [vb, wb, sb] = events[b] as Event;
      const x = BigInt(va) * BigInt(wb);
      const y = BigInt(vb) * BigInt(wa);
      return x < y ? -1 : x > y ? 1 : sa - sb || a - b;
    });
}

// t = 1 + 1/N, 1 + 1/(N+1), 1 + 1/(N+2): distinct, decreasing, and all the same float64 (1 + 2^-40).
const N = 2 ** 40;
const first: Event = [N + 1, N, 0];
const second: Event = [N + 2, N + 1, 0];
const third: Event = [N + 3, N + 2, 0];

describe('sortQuotaEvents: worked examples', () => {
  it('relies on quotients that float64 cannot tell apart', () => {
    expect(first[0] / first[1]).toBe(second[0] / second[1]);
    expect(second[0] / second[1]).toBe(third[0] / third[1]);
    // (N+1)·(N+1) > (N+2)·N: the first is the largest
    expect(BigInt(N + 1) * BigInt(N + 1) > BigInt(N + 2) * BigInt(N)).toBe(true);
  });

  it.each([
    ['the example of the doc comment', [[3, 1, 1], [1, 1, 0]], [1, 0]],
    ['a single event', [[5, 2, 0]], [0]],
    ['events far apart', [[9, 1, 0], [1, 2, 1], [4, 3, 0]], [1, 2, 0]],
    ['two quotients equal in float64, in the wrong index order', [first, second], [1, 0]],
    ['two quotients equal in float64, already in order', [second, first], [0, 1]],
    ['three equal in float64, after a smaller one', [[1, 1, 1], first, second, third], [0, 3, 2, 1]],
    ['three equal in float64, before a larger one', [first, second, third, [2, 1, 0]], [2, 1, 0, 3]],
    ['two buckets of equal float64 quotients', [first, second, [2 * N + 2, N, 1], [2 * N + 4, N + 1, 1]], [1, 0, 3, 2]],
    ['a saturation and an activation at the same t: the activation first', [[3, 1, 1], [6, 2, 0]], [1, 0]],
    ['an activation and a saturation at the same t: the activation first', [[6, 2, 0], [3, 1, 1]], [0, 1]],
    ['equal t and kind: by index', [[6, 2, 1], [3, 1, 1], [9, 3, 1]], [0, 1, 2]],
    ['a floor and a cap of the same unit, equal, among others', [[4, 4, 1], [1, 2, 0], [4, 4, 0], [2, 1, 1]], [1, 2, 0, 3]],
    ['t = 0 first', [[3, 2, 0], [0, 5, 1], [0, 7, 0]], [2, 1, 0]],
  ] as const)('orders %s', (_, events, expected) => {
    expect(sorted(events)).toEqual(expected);
    expect(naiveOrder(events)).toEqual(expected);
  });
});

/** Events near k + small/N (k = 0…3), most within a float64 ulp of each other, some exactly equal, and a few others. */
const eventArb = fc.oneof(
  fc
    .record({ k: fc.integer({ min: 0, max: 3 }), a: fc.integer({ min: 0, max: 3 }), b: fc.integer({ min: 0, max: 3 }), s: fc.constantFrom<0 | 1>(0, 1) })
    .map(({ k, a, b, s }): Event => [k * N + a, N + b, s]),
  fc
    .record({ v: fc.integer({ min: 0, max: 6 }), w: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 1, max: 3 }), s: fc.constantFrom<0 | 1>(0, 1) })
    .map(({ v, w, c, s }): Event => [v * c, w * c, s]),
  fc.tuple(fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.constantFrom<0 | 1>(0, 1)),
);

describe('sortQuotaEvents against an exact sort', () => {
  test.prop([fc.array(eventArb, { minLength: 1, maxLength: 40 })])('gives the order of exact cross-multiplication', (events) => {
    expect(sorted(events)).toEqual(naiveOrder(events));
  });
});
