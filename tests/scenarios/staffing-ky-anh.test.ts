import { describe, expect, it } from 'vitest';
import { findUnitsInForce } from '../../src/model/index.js';
import { KY_ANH_REPORTED_FIGURES, kyAnhTown2018 } from '../../src/samples/index.js';
import { apportion, communeStaffNorm, reductionProgress, reductionSchedule, staffSurplus } from '../../src/staffing/index.js';
import { isoDate } from '../../src/core/index.js';
import { expectFailure, expectValue } from '../staffing/support/result.js';

const ASOF = isoDate('2018-12-31');
const units = findUnitsInForce(kyAnhTown2018, ASOF);
const staffedUnits = units.flatMap((unit) => {
  if (!('staffing' in unit) || unit.staffing?.actual === undefined) return [];
  const actual = unit.staffing.actual;
  return [{ id: unit.id, budgetStaff: (actual.cadre ?? 0) + (actual.civilServant ?? 0) + (actual.publicEmployee ?? 0), nonProfessional: actual.nonProfessional ?? 0 }];
});

describe('Kỳ Anh town: 92 and 450 by 2025 (cases.md §1; sample staffing illustrative)', () => {
  const { staffReductionBy2025, nonProfessionalReductionBy2025 } = KY_ANH_REPORTED_FIGURES;

  it('spreads the two targets over 2019–2025, summing exactly', () => {
    expect(reductionSchedule(staffReductionBy2025, 2019, 2025).value.years.map((year) => year.cut)).toEqual([14, 13, 13, 13, 13, 13, 13]);
    expect(reductionSchedule(nonProfessionalReductionBy2025, 2019, 2025).value.years.map((year) => year.cut)).toEqual([65, 65, 64, 64, 64, 64, 64]);
  });

  it('apportions the 92 to the staffed units, never more than a unit has, summing exactly', () => {
    const candidates = staffedUnits.filter((unit) => unit.budgetStaff > 0);
    expect(candidates.length).toBeGreaterThan(10);
    const weights = candidates.map((unit) => unit.budgetStaff);
    const result = apportion(staffReductionBy2025, weights, {
      caps: weights,
      ids: candidates.map((unit) => unit.id),
      tiePolicy: 'by-id',
    });
    expect(result.ok).toBe(true);
    const { shares } = expectValue(result);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(92);
    shares.forEach((share, index) => {
      expect(share).toBeLessThanOrEqual(weights[index] as number);
    });
    // Every method agrees on the sum; the largest unit takes the largest share under each.
    for (const method of ['dhondt', 'sainte-lague', 'huntington-hill'] as const) {
      const other = expectValue(apportion(92, weights, { method, caps: weights, tiePolicy: 'by-order' }));
      expect(other.shares.reduce((a, b) => a + b, 0)).toBe(92);
      const largest = weights.indexOf(Math.max(...weights));
      expect(other.shares[largest]).toBe(Math.max(...other.shares));
    }
  });

  it('cannot take 450 from the commune non-professional staff alone: infeasible is reported, not thrown', () => {
    const communeStaff = staffedUnits.filter((unit) => unit.nonProfessional > 0);
    const weights = communeStaff.map((unit) => unit.nonProfessional);
    const total = weights.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(450);
    const result = apportion(nonProfessionalReductionBy2025, weights, { caps: weights });
    expect(result.ok).toBe(false);
    expect(expectFailure(result)[0]?.code).toBe('apportion_infeasible');
    expect(result.issues[0]?.params).toMatchObject({ total: 450, capSum: total });
  });

  it('checks the commune staffing of the sample against the norm of 2018 (NĐ 92/2009)', () => {
    const communes = units.filter((unit) => unit.parentId === 'tx-ky-anh' && (unit.kind === 'ward' || unit.kind === 'commune'));
    expect(communes).toHaveLength(12);
    for (const commune of communes) {
      if (!('adminClass' in commune) || (commune.kind !== 'ward' && commune.kind !== 'commune')) continue;
      const norm = expectValue(communeStaffNorm({ kind: commune.kind, communeClass: commune.adminClass as 1 | 2 | 3 }, { asOf: ASOF }));
      expect(norm.citation?.instrumentId).toBe('92/2009/NĐ-CP');
      expect([25, 23, 21]).toContain(norm.max);
    }
    // Under NĐ 34/2019 the same class-1 commune is 2 above the new maximum of 23.
    const after = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: isoDate('2019-06-25') }));
    expect(staffSurplus(25, after.max).value.surplus).toBe(2);
  });

  it('reads progress on the 92 against a linear path from 2019 to the end of 2025', () => {
    const progress = reductionProgress(
      { target: 92, start: isoDate('2019-01-01'), deadline: isoDate('2026-01-01'), achieved: 30 },
      isoDate('2021-12-31'),
    ).value;
    expect(progress.required).toBe(40);
    expect(progress.gap).toBe(10);
    expect(progress.onTrack).toBe(false);
  });
});
