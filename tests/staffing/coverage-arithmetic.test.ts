import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/rules/index.js';
import { defaultRulebook } from '../../src/rules/index.js';
import { type Rounding, apportion, applyReductionTargets, basisPointsOf, checkDeputies, compoundReductionTarget, communeStaffAverage, divideRounded, formatBasisPoints, reductionTarget, toBasisPoints } from '../../src/staffing/index.js';
import { compareProducts } from '../../src/core/exactCompare.js';
import { isoDate } from '../../src/core/index.js';

describe('divideRounded: contract breaches', () => {
  it.each([
    ['an unknown rounding', () => divideRounded(7, 2, 'sideways' as Rounding), /rounding must be 'up', 'down' or 'nearest', received sideways/],
    ['a quotient beyond 2^53', () => divideRounded(2n ** 60n, 1n, 'down'), /result is not a safe integer/],
    ['a zero whole in basisPointsOf', () => basisPointsOf(1, 0), /whole must be positive/],
    ['a zero denominator', () => divideRounded(1, 0, 'up'), /denominator must be positive/],
    ['a negative numerator', () => divideRounded(-1n, 3n, 'up'), /numerator must not be negative/],
  ] as const)('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('still divides exactly just below the safe-integer limit', () => {
    expect(divideRounded(BigInt(Number.MAX_SAFE_INTEGER) * 3n, 3n, 'down')).toBe(Number.MAX_SAFE_INTEGER);
  });

  test.prop([fc.bigInt({ min: 0n, max: 2n ** 80n }), fc.bigInt({ min: 1n, max: 2n ** 40n })])(
    'down ≤ nearest ≤ up ≤ down + 1, or throws for all three',
    (a, b) => {
      const q = a / b;
      fc.pre(q <= BigInt(Number.MAX_SAFE_INTEGER) - 1n);
      const down = divideRounded(a, b, 'down');
      const nearest = divideRounded(a, b, 'nearest');
      const up = divideRounded(a, b, 'up');
      expect(down).toBe(Number(q));
      expect(down <= nearest && nearest <= up && up <= down + 1).toBe(true);
      expect(up === down).toBe(a % b === 0n);
    },
  );
});

describe('toBasisPoints / formatBasisPoints / reductionTarget: out-of-range inputs', () => {
  it.each([
    ['a percent string whose basis points pass 2^53', () => toBasisPoints('99999999999999999999'), /is too large/],
    ['a negative bps to format', () => formatBasisPoints(-1), /bps must be a non-negative safe integer, received -1/],
    ['a fractional bps to format', () => formatBasisPoints(12.5), /received 12.5/],
    ['a baseline whose product with the bps passes 2^53', () => reductionTarget(Number.MAX_SAFE_INTEGER, '10'), /baseline is too large/],
  ] as const)('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('takes the largest baseline whose product still fits (2^53 / 1000 at 10%)', () => {
    const baseline = Math.floor(Number.MAX_SAFE_INTEGER / 1000);
    expect(reductionTarget(baseline, '10').cut).toBe(Math.ceil(baseline / 10));
  });
});

describe('compareProducts: the bigint path', () => {
  it.each([
    // products beyond 2^53 that differ by one, or are equal
    [2 ** 30, 2 ** 30, 2 ** 31, 2 ** 29, 0],
    [2 ** 30 + 1, 2 ** 30 - 1, 2 ** 30, 2 ** 30, -1],
    [2 ** 30, 2 ** 30, 2 ** 30 + 1, 2 ** 30 - 1, 1],
    [3 ** 17, 3 ** 17, 3 ** 16, 3 ** 18, 0],
  ])('sign of %i·%i − %i·%i is %i', (a1, a2, b1, b2, sign) => {
    expect(compareProducts(a1, a2, b1, b2)).toBe(sign);
  });
});

describe('apportion: bounds, ties and bad input', () => {
  it('throws a TypeError when weights is not an array', () => {
    expect(() => apportion(3, 'abc' as unknown as number[])).toThrow(TypeError);
    expect(() => apportion(3, 'abc' as unknown as number[])).toThrow('[tinh-gon] weights must be an array');
  });

  it('throws a RangeError when floors do not match the weights', () => {
    expect(() => apportion(3, [1, 1], { floors: [1] })).toThrow('[tinh-gon] options.floors must have 2 entries, received 1');
    expect(() => apportion(3, [1, 1], { caps: [1, null, 2] })).toThrow('[tinh-gon] options.caps must have 2 entries, received 3');
  });

  it('names a unit by index when floor exceeds cap and no ids are given', () => {
    const result = apportion(5, [1, 1], { floors: [3, 0], caps: [2, null] });
    expect(result.ok).toBe(false);
    const conflict = result.issues.find((issue) => issue.code === 'apportion_bounds_conflict');
    expect(conflict?.params).toEqual({ unit: 0, floor: 3, cap: 2 });
    expect(conflict?.path).toEqual(['floors', 0]);
    expect(conflict?.unitIds).toBeUndefined();
  });

  it('refuses duplicate ids (so a by-id tie never compares two equal ids)', () => {
    expect(() => apportion(1, [1, 1, 1], { ids: ['b', 'a', 'a'], tiePolicy: 'by-id' })).toThrow('[tinh-gon] options.ids must be unique');
  });

  it('breaks a by-id tie by the smallest id, whatever the input order', () => {
    const result = apportion(1, [1, 1, 1], { ids: ['c', 'a', 'b'], tiePolicy: 'by-id' });
    expect(result.shares).toEqual([0, 1, 0]);
    expect(result.tie).toEqual({ units: [0, 1, 2], unitIds: ['c', 'a', 'b'], seats: 1, winners: [1], resolvedBy: 'by-id' });
  });

  it.each(['dhondt', 'sainte-lague', 'huntington-hill'] as const)('%s gives nothing to zero weights', (method) => {
    const result = apportion(4, [0, 3, 0, 1], { method });
    expect(result.shares[0]).toBe(0);
    expect(result.shares[2]).toBe(0);
    expect(result.shares.reduce((sum, share) => sum + share, 0)).toBe(4);
  });
});

describe('applyReductionTargets: categories left out of the staffing', () => {
  // 40-KL/TW: at least 5% of cadres and civil servants, 10% of public employees, against 2021 (rounded up)
  it.each([
    ['only civil servants', { civilServant: 98 }, [['staffing.target.2022-2026.civil-servants', 98, 5], ['staffing.target.2022-2026.public-employees', 0, 0], ['staffing.target.public-service.2021-2025', 0, 0]]],
    ['an explicit undefined cadre count', { cadre: undefined, civilServant: 100, publicEmployee: 41 }, [['staffing.target.2022-2026.civil-servants', 100, 5], ['staffing.target.2022-2026.public-employees', 41, 5], ['staffing.target.public-service.2021-2025', 41, 5]]],
  ] as const)('%s', (_name, staffing, expected) => {
    const { targets, issues } = applyReductionTargets(staffing, { asOf: isoDate('2023-01-01') });
    expect(issues).toEqual([]);
    expect(targets.map((target) => [target.ruleId, target.baseline, target.cut])).toEqual(expected);
    expect(targets[0]?.citation).toEqual({ instrumentId: '40-KL/TW' });
  });
});

describe('checkDeputies: variants and rules without bands', () => {
  it('uses the `all` variant by default (NĐ 150/2025: 1, 2 from 10 staff, 3 from 15)', () => {
    const check = checkDeputies(
      [
        { unitId: 'a', staff: 9, deputies: 2 },
        { unitId: 'b', staff: 10, deputies: 2 },
        { unitId: 'c', staff: 15, deputies: 4 },
      ],
      { scope: 'department-division', asOf: isoDate('2025-08-01') },
    );
    expect(check.limits).toEqual([
      { unitId: 'a', limit: 1 },
      { unitId: 'b', limit: 2 },
      { unitId: 'c', limit: 3 },
    ]);
    expect(check.issues.map((issue) => [issue.code, issue.params?.['unitId'], issue.params?.['limit']])).toEqual([
      ['deputies_above_limit', 'a', 1],
      ['deputies_above_limit', 'c', 3],
    ]);
    expect(check.issues[0]?.citation).toEqual({ instrumentId: '150/2025/NĐ-CP' });
  });

  it('throws a TypeError naming no variants when a rule has neither bands nor an average', () => {
    const bare: Rule = {
      id: 'norms.deputies.department-division',
      type: 'deputy-limit',
      topic: 'norms',
      title: { vi: 'x', en: 'x' },
      versions: [{ from: isoDate('2030-01-01'), params: { scope: 'department-division' }, strength: 'required', citation: { instrumentId: '150/2025/NĐ-CP' } }],
    };
    const rulebook = { instruments: defaultRulebook.instruments, rules: [bare] };
    const call = () => checkDeputies([{ unitId: 'a', staff: 9, deputies: 1 }], { scope: 'department-division', asOf: isoDate('2030-06-01'), rulebook });
    expect(call).toThrow(TypeError);
    expect(call).toThrow("options.variant 'all' is not in rule norms.deputies.department-division on 2030-06-01; expected one of ");
  });
});

describe('communeStaffAverage without a commune count', () => {
  it('gives the average and its citation, but no total', () => {
    const answer = communeStaffAverage(isoDate('2025-07-01'));
    const withCount = communeStaffAverage(isoDate('2025-07-01'), { communes: 2 });
    expect(answer.ok).toBe(true);
    expect(answer.average).toBe(withCount.average);
    expect(withCount.total).toBe(2 * withCount.average);
    expect('total' in answer).toBe(false);
    expect(answer.citation).toEqual(withCount.citation);
    expect(answer.issues.map((issue) => issue.code)).toEqual(['norm_average_not_cap']);
  });
});

describe('basis points and compound targets: properties', () => {
  test.prop([fc.integer({ min: 0, max: 1_000_000_000 })])('toBasisPoints inverts bps / 100 and formatBasisPoints', (bps) => {
    expect(toBasisPoints(bps / 100)).toBe(bps);
    expect(toBasisPoints(formatBasisPoints(bps))).toBe(bps);
    expect(toBasisPoints(formatBasisPoints(bps, { fixed: true }))).toBe(bps);
  });

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 99_999 })])(
    'a percent with three decimals is refused, not rounded',
    (whole, thousandths) => {
      fc.pre(thousandths % 10 !== 0);
      const written = `${whole}.${String(thousandths).padStart(5, '0').slice(2)}`;
      fc.pre(/\.\d\d[1-9]$/.test(written));
      expect(() => toBasisPoints(written)).toThrow(RangeError);
      expect(() => toBasisPoints(Number(written))).toThrow(RangeError);
    },
  );

  // Each period rounds its cut up (NQ 39-NQ/TW / 40-KL/TW "at least"), so the headcount left is never
  // above the exact Π(1 − pᵢ) of the baseline, and each period can add at most one person of rounding.
  test.prop([
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }),
  ])('singleFigureCut ≤ cut ≤ singleFigureCut + periods − 1 (rounding up)', (baseline, bpsList) => {
    const result = compoundReductionTarget(baseline, bpsList.map((bps) => ({ percent: formatBasisPoints(bps) })));
    expect(result.cut).toBe(result.periods.reduce((sum, period) => sum + period.cut, 0));
    expect(result.ceiling).toBe(baseline - result.cut);
    expect(result.cut).toBeGreaterThanOrEqual(result.singleFigureCut);
    expect(result.cut).toBeLessThanOrEqual(result.singleFigureCut + bpsList.length - 1);
  });

  it('10% then 5% of 1,000 (NQ 39 then KL 40): 100 then 45, combined 14.5%', () => {
    const result = compoundReductionTarget(1000, [{ percent: '10' }, { percent: '5' }]);
    expect([result.periods.map((period) => period.cut), result.cut, result.combinedPercent, result.singleFigureCut]).toEqual([[100, 45], 145, '14.5', 145]);
  });
});
