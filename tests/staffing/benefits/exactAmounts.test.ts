import { describe, expect, it } from 'vitest';
import { type Leaver, leavingBenefits, totalLeavingBenefits } from '../../../src/staffing/index.js';
import { isoDate } from '../../../src/core/index.js';
import { flat } from '../support/result.js';

// NĐ 178/2024 Art. 7 as amended by NĐ 67/2025 (legal-facts §3.3, fixture 1): 36 months early, 25 years of
// insurance, within 12 months of the decision → one-time 36, per-year 15, insurance service 7.5 salary-months
const fixture1 = {
  kind: 'early-retirement',
  category: 'civilServant',
  monthlySalary: 10_000_000,
  leavingDate: isoDate('2025-06-01'),
  decisionDate: isoDate('2025-04-01'),
  monthsToRetirement: 36,
  insuranceMonths: 300,
} as const satisfies Leaver;

describe('leavingBenefits: rounding each line to whole đồng', () => {
  // 303 months of insurance: 25 years + 3 months (half a year) → 7.75 salary-months for service
  it.each([
    // salary, rounding, insurance-service line in đồng (salary × 7.75)
    [10_000_003, 'nearest', 77_500_023], // 77,500,023.25
    [10_000_003, 'up', 77_500_024],
    [10_000_003, 'down', 77_500_023],
    [10_000_001, 'nearest', 77_500_008], // 77,500,007.75
    [10_000_001, 'up', 77_500_008],
    [10_000_001, 'down', 77_500_007],
    [10_000_002, 'nearest', 77_500_016], // 77,500,015.5: half rounds up
    [10_000_002, 'down', 77_500_015],
  ] as const)('salary %i, %s → %i', (monthlySalary, rounding, amount) => {
    const result = flat(leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding }));
    const service = result.lines.find((line) => line.item === 'insurance-service');
    expect(service?.salaryMonths).toBe('7.75');
    expect(service?.amount).toBe(amount);
    // the other lines are whole salary-months: exact whatever the rounding
    expect(result.lines.map((line) => line.amount)).toEqual([36 * monthlySalary, 15 * monthlySalary, amount]);
    expect(result.total).toBe(51 * monthlySalary + amount);
  });
});

describe('leavingBenefits: salaries whose products pass 2^53', () => {
  it('prices each line exactly in bigint (10^14 đồng a month)', () => {
    const result = flat(leavingBenefits({ ...fixture1, monthlySalary: 100_000_000_000_000 }));
    expect(result.lines.map((line) => line.amount)).toEqual([3_600_000_000_000_000, 1_500_000_000_000_000, 750_000_000_000_000]);
    expect(result.total).toBe(5_850_000_000_000_000);
    expect(result.salaryMonths).toBe('58.5');
  });

  it('rounds a bigint line as asked (odd salary × 7.75)', () => {
    const monthlySalary = 100_000_000_000_001;
    const down = flat(leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding: 'down' }));
    const up = flat(leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding: 'up' }));
    // 100,000,000,000,001 × 7.75 = 775,000,000,000,007.75
    expect(down.lines[2]?.amount).toBe(775_000_000_000_007);
    expect(up.lines[2]?.amount).toBe(775_000_000_000_008);
  });

  it('throws a RangeError when the total of several leavers passes 2^53', () => {
    const rich = { ...fixture1, monthlySalary: 100_000_000_000_000 };
    expect(flat(totalLeavingBenefits([rich])).total).toBe(5_850_000_000_000_000);
    expect(() => totalLeavingBenefits([rich, rich])).toThrow(RangeError);
    expect(() => totalLeavingBenefits([rich, rich])).toThrow('[tinh-gon] the total leaves the safe-integer range');
  });
});

describe('leavingBenefits: the total is summed exactly and refused beyond 2^53 − 1 (#13)', () => {
  it('throws for 200,000,000,000,001 đồng a month (lines 7.2e15 + 3e15 + 1.5e15: a float sum said …060, the lines …059)', () => {
    const call = () => leavingBenefits({ ...fixture1, monthlySalary: 200_000_000_000_001 });
    expect(call).toThrow(RangeError);
    expect(call).toThrow('[tinh-gon] the total of leaver leaves the safe-integer range: 11700000000000059 is beyond 2^53 − 1');
    expect(() => totalLeavingBenefits([{ ...fixture1, monthlySalary: 200_000_000_000_001 }])).toThrow('the total of leavers[0] leaves the safe-integer range');
  });

  it('gives the exact total just below the limit', () => {
    // 153,968,363,328,905 × 58.5 = 9,007,149,254,740,942.5; lines 36 S + 15 S + 7.5 S, the last rounded to nearest
    const monthlySalary = 153_968_363_328_905;
    const result = flat(leavingBenefits({ ...fixture1, monthlySalary }));
    const lines = [36n * 153_968_363_328_905n, 15n * 153_968_363_328_905n, (750n * 153_968_363_328_905n + 50n) / 100n];
    expect(result.lines.map((line) => line.amount)).toEqual(lines.map(Number));
    expect(result.total).toBe(Number(lines[0]! + lines[1]! + lines[2]!));
    expect(result.total).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });

  it('throws when a single line passes 2^53 − 1', () => {
    // 36 months × 300,000,000,000,000 = 1.08e16
    expect(() => leavingBenefits({ ...fixture1, monthlySalary: 300_000_000_000_000 })).toThrow('[tinh-gon] result is not a safe integer');
  });

  it('prices a line through bigint exactly when salary × hundredths passes 2^53 (each rounding)', () => {
    // 90,071,992,547,409.93 × … : salary 90,071,992,547,411 × 775 hundredths = 69,805,794,224,243,525 → 698,057,942,242,435.25
    const monthlySalary = 90_071_992_547_411;
    for (const [rounding, expected] of [
      ['down', 698_057_942_242_435],
      ['nearest', 698_057_942_242_435],
      ['up', 698_057_942_242_436],
    ] as const) {
      const result = flat(leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding }));
      expect(result.lines[2]?.amount).toBe(expected);
    }
  });
});
