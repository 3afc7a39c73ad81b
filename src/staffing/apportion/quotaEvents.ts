import { compareProducts } from '../../core/exactCompare.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The moments of bounded Hamilton: unit `unit` becomes proportional (leaves its floor) or
 * saturates (reaches its cap) when the scale t passes `value / weight`.
 * @internal
 */
export interface QuotaEvents {
  readonly unit: Uint32Array;
  readonly value: Float64Array;
  readonly weight: Float64Array;
  /** 1 for a saturation (cap), 0 for an activation (floor). */
  readonly saturates: Uint8Array;
  /** How many events are filled in. */
  count: number;
}

/**
 * Room for `capacity` events.
 *
 * @param capacity - Two per unit at most.
 * @returns Empty events.
 * @example
 * ```ts
 * createQuotaEvents(4).count; //=> 0
 * ```
 * @internal
 */
export function createQuotaEvents(capacity: number): QuotaEvents {
  return {
    unit: new Uint32Array(capacity),
    value: new Float64Array(capacity),
    weight: new Float64Array(capacity),
    saturates: new Uint8Array(capacity),
    count: 0,
  };
}

/**
 * Adds an event.
 *
 * @param events - The events.
 * @param unit - The unit's index.
 * @param value - Its floor or cap.
 * @param weight - Its weight (positive).
 * @param saturates - 1 for a cap, 0 for a floor.
 * @example
 * ```ts
 * pushQuotaEvent(createQuotaEvents(2), 0, 3, 10, 1);
 * ```
 * @internal
 */
export function pushQuotaEvent(events: QuotaEvents, unit: number, value: number, weight: number, saturates: number): void {
  const m = events.count;
  events.unit[m] = unit;
  events.value[m] = value;
  events.weight[m] = weight;
  events.saturates[m] = saturates;
  events.count = m + 1;
}

/**
 * Orders quota events by t = value / weight, exactly. The float quotients are sorted natively with
 * each event's index written into the low mantissa bits: correctly rounded division and the
 * truncation of low bits are both monotone, so two events in different truncated buckets are in the
 * right order; each bucket of equal truncated keys is then sorted exactly by cross-multiplication
 * (at equal t, activations before saturations, so a unit with floor = cap passes through).
 *
 * @param events - The events.
 * @returns Event indices in ascending t.
 * @example
 * ```ts
 * const events = createQuotaEvents(2);
 * pushQuotaEvent(events, 0, 3, 1, 1);
 * pushQuotaEvent(events, 1, 1, 1, 0);
 * Array.from(sortQuotaEvents(events)); //=> [1, 0]
 * ```
 * @internal
 */
export function sortQuotaEvents(events: QuotaEvents): Uint32Array {
  const { value, weight, saturates, count: m } = events;
  const exact = (a: number, b: number): number =>
    compareProducts(value[a] as number, weight[b] as number, value[b] as number, weight[a] as number) ||
    (saturates[a] as number) - (saturates[b] as number);
  const order = new Uint32Array(m);
  const indexBits = Math.max(1, Math.ceil(Math.log2(m + 1)));
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: which exact sort runs changes only the time (the same order either way; the packed keys hold indices up to 31 bits, i.e. below 2^31 events)
  if (indexBits > 26) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,AssignmentOperator: reached only from 2^26 events (over 1 GB of event arrays, ~10^9 comparisons): no test can run it
    for (let e = 0; e < m; e += 1) order[e] = e;
    // Stryker disable next-line MethodExpression: reached only from 2^26 events (over 1 GB of event arrays, ~10^9 comparisons): no test can run it
    return order.sort(exact);
  }
  const mask = (1 << indexBits) - 1;
  const packed = new Float64Array(m);
  const words = new Uint32Array(packed.buffer);
  const low = LITTLE_ENDIAN ? 0 : 1;
  for (let e = 0; e < m; e += 1) {
    packed[e] = (value[e] as number) / (weight[e] as number);
    words[2 * e + low] = (((words[2 * e + low] as number) & ~mask) | e) >>> 0;
  }
  packed.sort();
  for (let k = 0; k < m; k += 1) order[k] = (words[2 * k + low] as number) & mask;
  let start = 0;
  while (start < m) {
    const high = words[2 * start + 1 - low];
    const bucket = ((words[2 * start + low] as number) & ~mask) >>> 0;
    let end = start + 1;
    while (end < m && words[2 * end + 1 - low] === high && ((words[2 * end + low] as number) & ~mask) >>> 0 === bucket) end += 1;
    // Stryker disable next-line ArithmeticOperator: end + start > 1 only adds runs of one event (start ≥ 1), whose exact sort changes nothing
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end)).sort(exact);
      order.set(run, start);
    }
    start = end;
  }
  return order;
}
