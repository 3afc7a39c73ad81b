import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ApportionOptions, apportion } from '../../../src/staffing/index.js';
import { expectFailure, expectValue } from '../support/result.js';

type DivisorMethod = 'dhondt' | 'sainte-lague' | 'huntington-hill';
const DIVISOR_METHODS: readonly DivisorMethod[] = ['dhondt', 'sainte-lague', 'huntington-hill'];
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const sign = (value: bigint): number => (value > 0n ? 1 : value < 0n ? -1 : 0);

/**
 * Sign of priority(wa, ka) − priority(wb, kb), the priority of a unit's k-th share (k ≥ 1) being
 * w / D(k): D(k) = k (D'Hondt), k − ½ (Sainte-Laguë), √(k(k − 1)) (Huntington–Hill, compared
 * through squares; D(1) = 0 is an infinite priority, and between two first shares the larger
 * weight goes first). Exact, in bigint.
 */
function comparePriority(method: DivisorMethod, wa: number, ka: number, wb: number, kb: number): number {
  const [a, b, x, y] = [BigInt(wa), BigInt(wb), BigInt(ka), BigInt(kb)];
  if (method === 'dhondt') return sign(a * y - b * x);
  if (method === 'sainte-lague') return sign(a * (2n * y - 1n) - b * (2n * x - 1n));
  if (ka === 1 || kb === 1) return ka === kb ? sign(a - b) : ka === 1 ? 1 : -1;
  return sign(a * a * y * (y - 1n) - b * b * x * (x - 1n));
}

interface Outcome {
  /** The shares every unit is sure of. */
  readonly sure: number[];
  /** Shares contested by an exact tie (0: none). */
  readonly seats: number;
  /** The tied units, ascending. */
  readonly tied: number[];
}

/**
 * Seat by seat from the floors: each next share to the unit whose next share has the highest
 * priority (a unit of weight 0 or at its cap takes none). Then the margin: when the best next share
 * is exactly as good as the worst share held above a floor, those units are tied for those shares.
 */
function referenceDivisor(method: DivisorMethod, total: number, weights: readonly number[], floors: readonly number[], caps: readonly (number | null)[]): Outcome {
  const n = weights.length;
  const w = (i: number): number => weights[i] as number;
  const lo = (i: number): number => floors[i] as number;
  const hi = (i: number): number => (w(i) === 0 ? lo(i) : (caps[i] ?? Number.POSITIVE_INFINITY));
  const shares = [...floors];
  const s = (i: number): number => shares[i] as number;
  const nextBeats = (i: number, j: number): boolean => comparePriority(method, w(i), s(i) + 1, w(j), s(j) + 1) > 0;
  for (let given = sum(floors); given < total; given += 1) {
    let best = -1;
    for (let i = 0; i < n; i += 1) if (s(i) < hi(i) && (best < 0 || nextBeats(i, best))) best = i;
    shares[best] = s(best) + 1;
  }
  let best = -1;
  let worst = -1;
  for (let i = 0; i < n; i += 1) {
    if (s(i) < hi(i) && (best < 0 || nextBeats(i, best))) best = i;
    if (s(i) > lo(i) && (worst < 0 || comparePriority(method, w(i), s(i), w(worst), s(worst)) < 0)) worst = i;
  }
  if (best < 0 || worst < 0 || comparePriority(method, w(best), s(best) + 1, w(worst), s(worst)) !== 0) return { sure: shares, seats: 0, tied: [] };
  const holders = shares.flatMap((_, i) => (s(i) > lo(i) && comparePriority(method, w(i), s(i), w(worst), s(worst)) === 0 ? [i] : []));
  const contenders = shares.flatMap((_, i) => (s(i) < hi(i) && comparePriority(method, w(i), s(i) + 1, w(worst), s(worst)) === 0 ? [i] : []));
  const sure = shares.map((share, i) => (holders.includes(i) ? share - 1 : share));
  return { sure, seats: holders.length, tied: [...holders, ...contenders].sort((a, b) => a - b) };
}

/** Checks `apportion` against an expected outcome under no tie policy, `by-order` and `by-id` (ids sorting in reverse). */
function expectOutcome(method: DivisorMethod, total: number, weights: readonly number[], bounds: Pick<ApportionOptions, 'floors' | 'caps'>, expected: Outcome): void {
  const plain = apportion(total, weights, { method, ...bounds });
  if (expected.seats === 0) {
    expect(expectValue(plain).shares).toEqual(expected.sure);
    expect(expectValue(plain).tie).toBeUndefined();
    expect(plain.issues).toEqual([]);
  } else {
    const issues = expectFailure(plain);
    expect(issues.map((issue) => issue.code)).toEqual(['apportion_tie_unresolved']);
    expect(issues[0]?.params).toEqual({ seats: expected.seats, units: expected.tied, unitIndices: expected.tied, shares: expected.sure });
  }
  const withWinners = (winners: readonly number[]): number[] => expected.sure.map((share, i) => (winners.includes(i) ? share + 1 : share));
  const firstWinners = expected.tied.slice(0, expected.seats);
  const byOrder = expectValue(apportion(total, weights, { method, ...bounds, tiePolicy: 'by-order' }));
  expect(byOrder.shares).toEqual(withWinners(firstWinners));
  expect(byOrder.tie).toEqual(expected.seats === 0 ? undefined : { units: expected.tied, seats: expected.seats, winners: firstWinners, resolvedBy: 'by-order' });
  // ids that sort in the reverse order of the units: the last tied units win
  const ids = weights.map((_, i) => String.fromCharCode(0x7a - i));
  const lastWinners = expected.tied.slice(expected.tied.length - expected.seats);
  const byId = expectValue(apportion(total, weights, { method, ...bounds, ids, tiePolicy: 'by-id' }));
  expect(byId.shares).toEqual(withWinners(lastWinners));
  expect(byId.tie?.winners ?? []).toEqual(lastWinners);
}

describe('divisor methods: worked cases (shares by hand)', () => {
  it.each([
    // D'Hondt 52, 5, 52 with 5 seats: 52, 52, 26, 26, then 17.3 for both large units: one seat, tied.
    ['dhondt', 5, [52, 5, 52], {}, { sure: [2, 0, 2], seats: 1, tied: [0, 2] }],
    // 6, 6, then three shares worth 3 for the last two seats
    ['dhondt', 4, [6, 6, 3], {}, { sure: [1, 1, 0], seats: 2, tied: [0, 1, 2] }],
    // every unit at its floor: nothing is contested, even when a unit has room and a weight
    ['dhondt', 3, [1, 2], { floors: [1, 2] }, { sure: [1, 2], seats: 0, tied: [] }],
    ['sainte-lague', 11, [6, 3, 1, 4, 5, 6, 4, 7, 5], { floors: [2, 1, 1, 1, 1, 3, 1, 0, 1] }, { sure: [2, 1, 1, 1, 1, 3, 1, 0, 1], seats: 0, tied: [] }],
    ['huntington-hill', 0, [6, 41], { caps: [4, 4] }, { sure: [0, 0], seats: 0, tied: [] }],
    ['dhondt', 0, [0], {}, { sure: [0], seats: 0, tied: [] }],
    ['sainte-lague', 0, [3, 5], {}, { sure: [0, 0], seats: 0, tied: [] }],
    ['huntington-hill', 2, [0, 0], { floors: [1, 1] }, { sure: [1, 1], seats: 0, tied: [] }],
    // every unit at its cap
    ['sainte-lague', 5, [7, 1], { caps: [3, 2] }, { sure: [3, 2], seats: 0, tied: [] }],
    // D'Hondt, the fifth unit capped at 10: the last seat is tied at 2/3 between units 0 and 1;
    // unit 2's ninth share is worth 6/9 = 2/3 too, but its cap of 8 keeps it out of the tie.
    ['dhondt', 27, [2, 4, 6, 1, 57], { caps: [3, 7, 8, 12, 10] }, { sure: [2, 5, 8, 1, 10], seats: 1, tied: [0, 1] }],
    // the capped unit's second share (worth 4) would win; the cap leaves a tie at 2 to the two others
    ['dhondt', 4, [8, 4, 4], { caps: [1, null, null] }, { sure: [1, 1, 1], seats: 1, tied: [1, 2] }],
    // floors that are more than the unit's own share: the others share out the rest
    ['dhondt', 10, [10, 2, 1], { floors: [0, 2, 2], caps: [3, 3, 9] }, { sure: [3, 3, 4], seats: 0, tied: [] }],
    ['sainte-lague', 10, [10, 2, 1], { floors: [0, 2, 2], caps: [3, 3, 9] }, { sure: [3, 3, 4], seats: 0, tied: [] }],
    // Huntington–Hill with fewer seats than units: the first shares go to the largest weights
    ['huntington-hill', 1, [1, 1, 5], {}, { sure: [0, 0, 1], seats: 0, tied: [] }],
    ['huntington-hill', 2, [3, 1, 2, 1], {}, { sure: [1, 0, 1, 0], seats: 0, tied: [] }],
    ['huntington-hill', 1, [2, 2, 1], {}, { sure: [0, 0, 0], seats: 1, tied: [0, 1] }],
    ['huntington-hill', 4, [4, 5, 19, 35, 2, 4, 4, 54, 22, 2], { caps: [5, 11, 7, null, 7, 0, 4, 9, null, null] }, { sure: [0, 0, 1, 1, 0, 0, 0, 1, 1, 0], seats: 0, tied: [] }],
    ['huntington-hill', 3, [9, 1, 1, 1, 1], { floors: [0, 1, 0, 0, 0] }, { sure: [1, 1, 0, 0, 0], seats: 1, tied: [2, 3, 4] }],
  ] as const)('%s shares %i among %j (bounds %j)', (method, total, weights, bounds, expected) => {
    expect(referenceDivisor(method, total, weights, 'floors' in bounds ? bounds.floors : weights.map(() => 0), 'caps' in bounds ? bounds.caps : weights.map(() => null))).toEqual(expected);
    expectOutcome(method, total, weights, bounds, { sure: [...expected.sure], seats: expected.seats, tied: [...expected.tied] });
  });
});

describe('divisor methods: totals far beyond the units (the float estimate must land near the total)', () => {
  const TRILLION = 1_000_000_000_000;
  it.each(DIVISOR_METHODS)('%s: one unit with a floor takes a total of 10^12', (method) => {
    expect(expectValue(apportion(TRILLION, [3], { method, floors: [1] })).shares).toEqual([TRILLION]);
  });

  it.each(DIVISOR_METHODS)('%s: capped units keep their caps, the one free unit takes the rest of 10^12', (method) => {
    const result = expectValue(apportion(TRILLION, [27, 24, 5], { method, floors: [1, 3, 0], caps: [5, null, 4] }));
    expect(result.shares).toEqual([5, TRILLION - 9, 4]);
    const four = expectValue(apportion(TRILLION, [31, 5, 1, 34, 4], { method, caps: [8, null, 6, 8, 3] }));
    expect(four.shares).toEqual([8, TRILLION - 25, 6, 8, 3]);
    // a cap that binds far from zero: the free unit's estimate must count it once, not twice
    expect(expectValue(apportion(TRILLION, [10, 1], { method, caps: [TRILLION / 2, null] })).shares).toEqual([TRILLION / 2, TRILLION / 2]);
    expect(expectValue(apportion(TRILLION, [1, 10, 1], { method, floors: [0, 0, TRILLION / 4], caps: [null, TRILLION / 2, null] })).shares).toEqual([
      TRILLION / 4,
      TRILLION / 2,
      TRILLION / 4,
    ]);
  });

  it.each(DIVISOR_METHODS)('%s: every unit clamped by its first estimate (a capped large unit, a small unit under its floor)', (method) => {
    expect(expectValue(apportion(8, [10, 1], { method, floors: [0, 3], caps: [2, null] })).shares).toEqual([2, 6]);
    expect(expectValue(apportion(6, [10, 1], { method, floors: [0, 3], caps: [2, null] })).shares).toEqual([2, 4]);
    expect(expectValue(apportion(TRILLION, [10, 1], { method, floors: [0, 3], caps: [2, null] })).shares).toEqual([2, TRILLION - 2]);
    expect(expectValue(apportion(TRILLION, [1, 10, 1], { method, floors: [5, 0, 7], caps: [null, 2, 9] })).shares).toEqual([TRILLION - 11, 2, 9]);
  });
});

describe('divisor methods: shares beyond 2^48, where the float estimate misorders units', () => {
  /** No unit's next share is worth as much as another unit's last one: the unique divisor apportionment, without a tie. */
  function expectStrictlyBest(method: DivisorMethod, weights: readonly number[], shares: readonly number[]): void {
    for (let i = 0; i < weights.length; i += 1) {
      for (let j = 0; j < weights.length; j += 1) {
        if (i !== j && (shares[j] as number) > 0) {
          expect(comparePriority(method, weights[i] as number, (shares[i] as number) + 1, weights[j] as number, shares[j] as number)).toBe(-1);
        }
      }
    }
  }

  it.each([
    ['dhondt', 694_341_510_336_183, [1_783_523_168_486_221, 1_032_525_613_367_694, 1_350_494_876_336_816, 1_841_131_113_939_607]],
    ['dhondt', 7_766_627_789_322_532, [2_183_148_468_699_647, 1_508_612_490_920_025]],
    ['sainte-lague', 1_223_837_988_011_807, [652_168_486_977_635, 843_685_157_142_628]],
    ['sainte-lague', 1_029_843_397_925_065, [989_944_200_822_833, 1_082_101_356_036_536, 597_935_992_078_392]],
  ] as const)('%s shares %i among %j exactly', (method, total, weights) => {
    const result = apportion(total, weights, { method });
    expect(result.issues).toEqual([]);
    const { shares } = expectValue(result);
    expect(sum(shares)).toBe(total);
    expectStrictlyBest(method, weights, shares);
  });

  // Huntington–Hill's k(k − 1) leaves the floats' exact integers once k passes about 9.5·10^7, and
  // Sainte-Laguë's 2k − 1 once k passes 2^52: float products there gave one share to the wrong unit.
  it.each([
    ['huntington-hill', 295_482_544_313_476, [1_820_701_971_448_550, 702_117_119_001_347], [213_247_811_940_506, 82_234_732_372_970]],
    ['huntington-hill', 7_667_158_571_357, [27_288_117, 4_746_626, 47_167_635], [2_641_616_646_318, 459_495_473_999, 4_566_046_451_040]],
    ['huntington-hill', 4_762_805_332_869_120, [216_382_331_420_672, 598_394_765_313, 414], [4_749_670_351_567_061, 13_134_981_292_972, 9087]],
    ['sainte-lague', 5_017_833_914_236_928, [61_132_551_225_344, 1_074_770_407_425, 218], [4_931_139_627_135_046, 86_694_287_084_297, 17_585]],
  ] as const)('%s shares %i among %j as %j, past the float products', (method, total, weights, expected) => {
    const { shares } = expectValue(apportion(total, weights, { method }));
    expect(shares).toEqual(expected);
    expectStrictlyBest(method, weights, shares);
  });

  it('finds an exact Huntington–Hill tie past 9.5·10^7 shares, where the comparison is in bigint', () => {
    const total = 200_000_001;
    const failed = expectFailure(apportion(total, [7, 7], { method: 'huntington-hill' }));
    expect(failed.map((issue) => issue.code)).toEqual(['apportion_tie_unresolved']);
    const { shares, tie } = expectValue(apportion(total, [7, 7], { method: 'huntington-hill', tiePolicy: 'by-order' }));
    expect(shares).toEqual([100_000_001, 100_000_000]);
    expect(tie).toEqual({ units: [0, 1], seats: 1, winners: [0], resolvedBy: 'by-order' });
    // one share fewer: no tie, each unit its half
    expect(expectValue(apportion(total - 1, [7, 7], { method: 'huntington-hill' }))).not.toHaveProperty('tie');
  });

  test.prop([
    fc.constantFrom(...DIVISOR_METHODS),
    fc.integer({ min: 2 ** 40, max: Number.MAX_SAFE_INTEGER }),
    fc.array(fc.integer({ min: 1, max: 2 ** 50 }), { minLength: 1, maxLength: 5 }),
  ], { examples: [['dhondt', 2 ** 40, [1_125_899_906_842_619, 1_125_899_906_842_619, 101_112_933_588_444]]] })('every total up to 2^53 − 1: no unit\'s next share beats another unit\'s last one', (method, total, weights) => {
    // equal weights can tie for the last share (seed 400016638 drew two): settle ties by order, which
    // still leaves no next share strictly better than a last one
    const { shares } = expectValue(apportion(total, weights, { method, tiePolicy: 'by-order' }));
    expect(sum(shares)).toBe(total);
    for (let i = 0; i < weights.length; i += 1) {
      for (let j = 0; j < weights.length; j += 1) {
        if (i !== j && (shares[j] as number) > 0) {
          expect(comparePriority(method, weights[i] as number, (shares[i] as number) + 1, weights[j] as number, shares[j] as number)).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});

describe('divisor methods against a seat-by-seat reference', () => {
  // weights with many common factors, so that priorities tie exactly
  const unitArb = fc.record({
    weight: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 30, 36, 45, 60),
    floor: fc.nat({ max: 3 }),
    room: fc.option(fc.nat({ max: 8 }), { nil: null }),
  });
  test.prop([fc.constantFrom(...DIVISOR_METHODS), fc.array(unitArb, { minLength: 1, maxLength: 12 }), fc.nat({ max: 60 }), fc.boolean()])(
    'the same shares, ties and winners, with and without floors and caps',
    (method, units, extra, bounded) => {
      const weights = units.map((unit) => unit.weight);
      const floors = units.map((unit) => (bounded ? unit.floor : 0));
      const caps = units.map((unit, i) => (bounded && unit.room !== null ? (floors[i] as number) + unit.room : null));
      const room = sum(units.map((unit, i) => (unit.weight === 0 ? 0 : (caps[i] ?? Number.POSITIVE_INFINITY) - (floors[i] as number))));
      const total = sum(floors) + Math.min(extra, room);
      const bounds = bounded ? { floors, caps } : {};
      expectOutcome(method, total, weights, bounds, referenceDivisor(method, total, weights, floors, caps));
    },
  );
});
