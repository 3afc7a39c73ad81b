import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { leavingBenefits } from '../../../src/staffing/index.js';
import { isoDate } from '../../../src/core/index.js';
import { flat } from '../support/result.js';

/**
 * An independent oracle for early retirement because of reorganisation, Annex I, written from
 * legal-facts.md §3.2–3.3 (NĐ 178/2024 Art. 7 as amended by NĐ 67/2025), in hundredths of a month:
 * - (A) one-time: ≤ 60 months early → 1.0 × months; 61–120 → 0.9 × 60; from month 13 → half, except
 *   under 2 years early (TT 01 Art. 4(3): the within-12-months amount);
 * - (B) per full 12-month year early: 5 months (2–5 years early), 4 months (> 5 to 10 years);
 * - (C) insurance: 5 months for the first 20 years + 0.5 per year after; or (NĐ 67) 4 months for the
 *   first 15 years + 0.5 per year after, for 15–20 years; odd months 1–6 → half a year, 7–11 → a year.
 */
function oracle(months: number, insuranceMonths: number, within: boolean): number[] {
  const full = months <= 60 ? 100 * months : 5400;
  const oneTime = within || months < 24 ? full : Math.floor(full / 2);
  if (months < 24) return [oneTime];
  const perYear = (months <= 60 ? 500 : 400) * Math.floor(months / 12);
  const odd = insuranceMonths % 12;
  const halfYears = 2 * Math.floor(insuranceMonths / 12) + (odd === 0 ? 0 : odd <= 6 ? 1 : 2);
  if (halfYears >= 40) return [oneTime, perYear, 500 + (halfYears - 40) * 25];
  if (halfYears >= 30) return [oneTime, perYear, 400 + (halfYears - 30) * 25];
  return [oneTime, perYear];
}

describe('leavingBenefits against an oracle from legal-facts §3.3 (reorganisation, Annex I)', () => {
  test.prop([
    fc.integer({ min: 1, max: 120 }),
    fc.integer({ min: 0, max: 540 }),
    fc.integer({ min: 0, max: 600 }),
    fc.integer({ min: 0, max: 2_000_000_000 }),
  ])('salary-months per line and đồng per line (rounded to nearest)', (months, insuranceMonths, daysAfter, monthlySalary) => {
    const decision = Date.UTC(2025, 3, 1);
    const leavingDate = isoDate(new Date(decision + daysAfter * 86_400_000).toISOString().slice(0, 10));
    const within = leavingDate < '2026-04-01';
    const result = flat(leavingBenefits({
      kind: 'early-retirement',
      category: 'civilServant',
      monthlySalary,
      leavingDate,
      decisionDate: isoDate('2025-04-01'),
      monthsToRetirement: months,
      insuranceMonths,
    }));
    const expected = oracle(months, insuranceMonths, within);
    expect(result.lines.map((line) => line.hundredths)).toEqual(expected);
    const amounts = expected.map((hundredths) => {
      const product = BigInt(monthlySalary) * BigInt(hundredths);
      return Number(product / 100n + (product % 100n >= 50n ? 1n : 0n));
    });
    expect(result.lines.map((line) => line.amount)).toEqual(amounts);
    expect(result.total).toBe(amounts.reduce((sum, amount) => sum + amount, 0));
  });
});

/**
 * Resignation because of reorganisation (legal-facts §3.4, NĐ 178 Arts. 9–10), in hundredths:
 * severance 0.8 × months (at most 60) within 12 months of the decision, 0.4 × months from month 13;
 * 1.5 per year of insurance (odd months 1–6 → half a year, 7–11 → a year); 3 months to find work for
 * cadres and civil servants only (public employees have unemployment insurance instead).
 */
function resignationOracle(insuranceMonths: number, within: boolean, category: 'cadre' | 'civilServant' | 'publicEmployee'): number[] {
  const severance = (within ? 80 : 40) * Math.min(insuranceMonths, 60);
  const odd = insuranceMonths % 12;
  const halfYears = 2 * Math.floor(insuranceMonths / 12) + (odd === 0 ? 0 : odd <= 6 ? 1 : 2);
  const perYear = 75 * halfYears;
  return category === 'publicEmployee' ? [severance, perYear] : [severance, perYear, 300];
}

describe('leavingBenefits against an oracle from legal-facts §3.4 (resignation, reorganisation)', () => {
  test.prop([
    fc.integer({ min: 0, max: 540 }),
    fc.integer({ min: 0, max: 600 }),
    fc.constantFrom('cadre', 'civilServant', 'publicEmployee'),
    fc.integer({ min: 0, max: 2_000_000_000 }),
  ])('salary-months per line and the total in đồng', (insuranceMonths, daysAfter, category, monthlySalary) => {
    const leavingDate = isoDate(new Date(Date.UTC(2025, 3, 1) + daysAfter * 86_400_000).toISOString().slice(0, 10));
    const result = flat(leavingBenefits({
      kind: 'resignation',
      category,
      monthlySalary,
      leavingDate,
      decisionDate: isoDate('2025-04-01'),
      insuranceMonths,
    }));
    const expected = resignationOracle(insuranceMonths, leavingDate < '2026-04-01', category);
    expect(result.lines.map((line) => line.hundredths)).toEqual(expected);
    const total = expected.reduce((sum, hundredths) => {
      const product = BigInt(monthlySalary) * BigInt(hundredths);
      return sum + Number(product / 100n + (product % 100n >= 50n ? 1n : 0n));
    }, 0);
    expect(result.total).toBe(total);
  });
});
