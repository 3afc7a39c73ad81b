import { describe, expect, it } from 'vitest';
import { type Leaver, leavingBenefits, totalLeavingBenefits } from '../../src/staffing/index.js';
import { type IsoDate, isoDate } from '../../src/core/index.js';

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
    const result = leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding });
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
    const result = leavingBenefits({ ...fixture1, monthlySalary: 100_000_000_000_000 });
    expect(result.lines.map((line) => line.amount)).toEqual([3_600_000_000_000_000, 1_500_000_000_000_000, 750_000_000_000_000]);
    expect(result.total).toBe(5_850_000_000_000_000);
    expect(result.salaryMonths).toBe('58.5');
  });

  it('rounds a bigint line as asked (odd salary × 7.75)', () => {
    const monthlySalary = 100_000_000_000_001;
    const down = leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding: 'down' });
    const up = leavingBenefits({ ...fixture1, monthlySalary, insuranceMonths: 303 }, { rounding: 'up' });
    // 100,000,000,000,001 × 7.75 = 775,000,000,000,007.75
    expect(down.lines[2]?.amount).toBe(775_000_000_000_007);
    expect(up.lines[2]?.amount).toBe(775_000_000_000_008);
  });

  it('throws a RangeError when the total of several leavers passes 2^53', () => {
    const rich = { ...fixture1, monthlySalary: 100_000_000_000_000 };
    expect(totalLeavingBenefits([rich]).total).toBe(5_850_000_000_000_000);
    expect(() => totalLeavingBenefits([rich, rich])).toThrow(RangeError);
    expect(() => totalLeavingBenefits([rich, rich])).toThrow('[tinh-gon] the total leaves the safe-integer range');
  });
});

describe('leavingBenefits: Annex II under 2 years from retirement', () => {
  it('cites Art. 7(2)(đ), not (d), for the pension without reduction', () => {
    const result = leavingBenefits({ ...fixture1, annex: 'II', annexIIConditionsMet: true, monthsToRetirement: 18, personId: 'p2' });
    expect(result.lines.map((line) => [line.item, line.salaryMonths])).toEqual([['one-time', '18']]);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([['benefit_not_eligible', 'info']]);
    expect(result.issues[0]?.citation).toEqual({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'đ' });
    expect(result.issues[0]?.personIds).toEqual(['p2']);
    expect(result.ok).toBe(true);
  });
});

describe('leavingBenefits: contract breaches', () => {
  it.each([
    ['a number as leaving date', { leavingDate: 20250601 as unknown as IsoDate }, '[tinh-gon] leaver.leavingDate must be an ISO date'],
    ['a Date as decision date', { decisionDate: new Date('2025-04-01') as unknown as IsoDate }, '[tinh-gon] leaver.decisionDate must be an ISO date'],
  ] as const)('throws a TypeError for %s', (_name, overrides, message) => {
    const call = () => leavingBenefits({ ...fixture1, ...overrides });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
