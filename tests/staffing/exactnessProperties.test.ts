import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import {
  type ApportionMethod,
  apportion,
  communeStaffNorm,
  formatBasisPoints,
  type Leaver,
  leavingBenefits,
  type PercentString,
  percentOf,
  type Rounding,
  reductionTarget,
  totalLeavingBenefits,
} from '../../src/staffing/index.js';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const round = (numerator: bigint, denominator: bigint, rounding: Rounding): bigint => {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (rounding === 'up') return remainder > 0n ? quotient + 1n : quotient;
  if (rounding === 'nearest') return 2n * remainder >= denominator ? quotient + 1n : quotient;
  return quotient;
};
const roundingArb = fc.constantFrom<Rounding>('up', 'down', 'nearest');
/** Safe integers weighted towards the top of the range, where float arithmetic stops being exact. */
const bigSafe = fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.maxSafeNat(), fc.integer({ min: 2 ** 40, max: 2 ** 48 }));

describe('exact arithmetic: integers in, integers out, or a RangeError (#13)', () => {
  test.prop([bigSafe, fc.integer({ min: 0, max: 20_000 }), roundingArb])('percentOf is the bigint formula, or throws past 2^53 − 1', (value, bps, rounding) => {
    const exact = round(BigInt(value) * BigInt(bps), 10_000n, rounding);
    if (exact > MAX) {
      expect(() => percentOf(value, bps, rounding)).toThrow(RangeError);
      return;
    }
    const result = percentOf(value, bps, rounding);
    expect(Number.isSafeInteger(result)).toBe(true);
    expect(BigInt(result)).toBe(exact);
  });

  test.prop([bigSafe, fc.integer({ min: 0, max: 10_000 }), roundingArb])(
    'reductionTarget: cut + ceiling = baseline, the cut is the bigint formula, and text and basis points agree',
    (baseline, bps, rounding) => {
      if (BigInt(baseline) * BigInt(bps) > MAX) {
        expect(() => reductionTarget(baseline, { basisPoints: bps })).toThrow(RangeError);
        return;
      }
      const target = reductionTarget(baseline, { basisPoints: bps }, { rounding });
      expect(target.cut + target.ceiling).toBe(baseline);
      expect(BigInt(target.cut)).toBe(round(BigInt(baseline) * BigInt(bps), 10_000n, rounding));
      expect(reductionTarget(baseline, `${formatBasisPoints(bps)}%` as PercentString, { rounding })).toEqual(target);
    },
  );
});

const leaverArb = fc.record({
  monthlySalary: bigSafe,
  months: fc.integer({ min: 1, max: 120 }),
  insuranceMonths: fc.integer({ min: 0, max: 540 }),
  kind: fc.constantFrom('early-retirement' as const, 'resignation' as const),
});
type LeaverInput = typeof leaverArb extends fc.Arbitrary<infer T> ? T : never;
const toLeaver = ({ monthlySalary, months, insuranceMonths, kind }: LeaverInput): Leaver => ({
  kind,
  category: 'civilServant',
  monthlySalary,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
  monthsToRetirement: kind === 'early-retirement' ? months : 24 + months,
  insuranceMonths,
});

describe('leavingBenefits: exact totals, or a RangeError beyond the safe range (#13)', () => {
  test.prop([leaverArb, roundingArb])('each line is salary × hundredths / 100 rounded, the total their bigint sum', (input, rounding) => {
    const leaver = toLeaver(input);
    let result: ReturnType<typeof leavingBenefits>;
    try {
      result = leavingBenefits(leaver, { rounding });
    } catch (error) {
      // Only a line or a total past 2^53 − 1 may throw: check that one of them really does.
      expect(error).toBeInstanceOf(RangeError);
      const probe = leavingBenefits({ ...leaver, monthlySalary: 1 });
      if (!probe.ok) throw new Error('the probe at 1 đồng should succeed when the real salary threw');
      const lines = probe.value.lines.map((line) => round(BigInt(leaver.monthlySalary) * BigInt(line.hundredths), 100n, rounding));
      expect(lines.some((line) => line > MAX) || lines.reduce((a, b) => a + b, 0n) > MAX).toBe(true);
      return;
    }
    if (!result.ok) return; // not eligible: covered by the behaviour tests
    const lines = result.value.lines.map((line) => round(BigInt(leaver.monthlySalary) * BigInt(line.hundredths), 100n, rounding));
    expect(result.value.lines.map((line) => BigInt(line.amount))).toEqual(lines);
    expect(BigInt(result.value.total)).toBe(lines.reduce((a, b) => a + b, 0n));
    for (const line of result.value.lines) expect(Number.isSafeInteger(line.amount) && Number.isSafeInteger(line.hundredths)).toBe(true);
  });

  test.prop([fc.array(leaverArb, { minLength: 0, maxLength: 6 })])('totalLeavingBenefits is the bigint sum of the people, or a RangeError', (inputs) => {
    const leavers = inputs.map(toLeaver);
    let exact = 0n;
    let each: bigint[];
    try {
      each = leavers.map((leaver) => {
        const result = leavingBenefits(leaver);
        return result.ok ? BigInt(result.value.total) : -1n;
      });
    } catch {
      expect(() => totalLeavingBenefits(leavers)).toThrow(RangeError);
      return;
    }
    if (each.includes(-1n)) {
      expect(totalLeavingBenefits(leavers).ok).toBe(false);
      return;
    }
    for (const total of each) exact += total;
    if (exact > MAX) {
      expect(() => totalLeavingBenefits(leavers)).toThrow('[tinh-gon] the total leaves the safe-integer range');
      return;
    }
    const result = totalLeavingBenefits(leavers);
    expect(result.ok && BigInt(result.value.total)).toBe(exact);
  });
});

describe('communeStaffNorm: exact steps over the whole accepted range (#13)', () => {
  test.prop([fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_000_000_000 }), fc.boolean()])(
    'extra posts = ⌊(population − standard) × steps / standard⌋ in bigint',
    (population, populationStandard, urbanDistrictWard) => {
      const norm = communeStaffNorm({ kind: 'ward', communeClass: 1, population, populationStandard, urbanDistrictWard }, { asOf: isoDate('2024-01-01') });
      if (!norm.ok) throw new Error('NĐ 33/2023 is in force on 2024-01-01');
      const steps = urbanDistrictWard ? 3n : 2n;
      const expected = population > populationStandard ? ((BigInt(population) - BigInt(populationStandard)) * steps) / BigInt(populationStandard) : 0n;
      expect(BigInt(norm.value.extraForPopulation)).toBe(expected);
      expect(norm.value.max).toBe(23 + Number(expected));
    },
  );

  test.prop([fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 100_000_000 })])(
    'areas with two decimals count whole standards exactly',
    (areaHundredths, standardHundredths) => {
      const norm = communeStaffNorm(
        { kind: 'commune', communeClass: 3, areaKm2: areaHundredths / 100, areaStandardKm2: standardHundredths / 100 },
        { asOf: isoDate('2024-01-01') },
      );
      if (!norm.ok) throw new Error('NĐ 33/2023 is in force on 2024-01-01');
      const expected = areaHundredths > standardHundredths ? Math.floor((areaHundredths - standardHundredths) / standardHundredths) : 0;
      expect(norm.value.extraForArea).toBe(expected);
    },
  );
});

describe('apportion: order independence with floors, caps and ids (by-id ties)', () => {
  test.prop([
    fc.constantFrom<ApportionMethod>('hamilton', 'dhondt', 'sainte-lague', 'huntington-hill'),
    fc.array(fc.record({ weight: fc.integer({ min: 0, max: 500 }), floor: fc.integer({ min: 0, max: 3 }), room: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 15 }),
    fc.integer({ min: 0, max: 150 }),
    fc.integer(),
  ])('the same units in another order get the same shares, id for id', (method, units, total, seed) => {
    const ids = units.map((_, index) => `u${String(index).padStart(2, '0')}`);
    const order = units.map((_, index) => index);
    let state = seed;
    for (let index = order.length - 1; index > 0; index -= 1) {
      state = (state * 1103515245 + 12345) | 0;
      const other = Math.abs(state) % (index + 1);
      [order[index], order[other]] = [order[other] as number, order[index] as number];
    }
    const run = (indices: readonly number[]) =>
      apportion(
        total,
        indices.map((index) => units[index]!.weight),
        {
          method,
          floors: indices.map((index) => units[index]!.floor),
          caps: indices.map((index) => units[index]!.floor + units[index]!.room),
          ids: indices.map((index) => ids[index]!),
          tiePolicy: 'by-id',
        },
      );
    const original = run(units.map((_, index) => index));
    const permuted = run(order);
    expect(permuted.ok).toBe(original.ok);
    if (!original.ok || !permuted.ok) return;
    expect(permuted.value.shares).toEqual(order.map((index) => original.value.shares[index]));
    expect(permuted.value.shares.reduce((a, b) => a + b, 0)).toBe(total);
  });
});
