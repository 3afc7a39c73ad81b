import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/core/index.js';
import type { Failure, Issue, Result, Success } from '../../src/report/index.js';
import {
  type Apportionment,
  type AppliedReductionTarget,
  type ApportionTie,
  type CommuneStaffAverage,
  type CommuneStaffNorm,
  type DeputyCheck,
  type LeavingBenefits,
  type LeavingBenefitsOptions,
  type LeavingBenefitsTotal,
  type Percent,
  type PercentString,
  type ReductionProgress,
  type ReductionSchedule,
  type ReductionTarget,
  type StaffSurplus,
  applyReductionTargets,
  apportion,
  checkDeputies,
  communeStaffAverage,
  communeStaffNorm,
  compoundReductionTarget,
  leavingBenefits,
  reductionProgress,
  reductionSchedule,
  reductionTarget,
  staffSurplus,
  totalLeavingBenefits,
} from '../../src/staffing/index.js';

declare const asOf: IsoDate;

describe('tinh-gon/staffing: the percent argument', () => {
  it('takes a percent string or explicit basis points, never a bare number', () => {
    expectTypeOf(reductionTarget(110, '10%')).toEqualTypeOf<ReductionTarget>();
    expectTypeOf(reductionTarget(110, '10')).toEqualTypeOf<ReductionTarget>();
    expectTypeOf(reductionTarget(110, '0.5%')).toEqualTypeOf<ReductionTarget>();
    expectTypeOf(reductionTarget(110, { basisPoints: 1000 })).toEqualTypeOf<ReductionTarget>();
    // @ts-expect-error a bare number is ambiguous: 10% or a fraction?
    reductionTarget(110, 10);
    // @ts-expect-error 0.1 is not 10% (nor 0.1%): refused
    reductionTarget(110, 0.1);
    // @ts-expect-error not a percent
    reductionTarget(110, 'ten');
    // @ts-expect-error basis points only under their name
    reductionTarget(110, { bps: 1000 });
    // @ts-expect-error a period's percent follows the same rule
    compoundReductionTarget(110, [{ percent: 10 }]);
    expectTypeOf<'10%'>().toMatchTypeOf<PercentString>();
    expectTypeOf<number>().not.toMatchTypeOf<Percent>();
    expectTypeOf<{ readonly basisPoints: number }>().toMatchTypeOf<Percent>();
  });
});

describe('tinh-gon/staffing: one result shape', () => {
  it('returns a Result where the answer can fail for a domain reason', () => {
    expectTypeOf(apportion(10, [1, 2])).toEqualTypeOf<Result<Apportionment>>();
    expectTypeOf(communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf })).toEqualTypeOf<Result<CommuneStaffNorm>>();
    expectTypeOf(communeStaffAverage(asOf)).toEqualTypeOf<Result<CommuneStaffAverage>>();
    expectTypeOf(checkDeputies([], { scope: 'department', asOf })).toEqualTypeOf<Result<DeputyCheck>>();
    expectTypeOf(applyReductionTargets({}, { asOf })).toEqualTypeOf<Result<readonly AppliedReductionTarget[]>>();
    expectTypeOf(leavingBenefits).returns.toEqualTypeOf<Result<LeavingBenefits>>();
    expectTypeOf(totalLeavingBenefits([])).toEqualTypeOf<Result<LeavingBenefitsTotal>>();
  });

  it('returns a Success where it cannot fail but reports', () => {
    expectTypeOf(reductionSchedule(92, 2019, 2025)).toEqualTypeOf<Success<ReductionSchedule>>();
    expectTypeOf(reductionProgress).returns.toEqualTypeOf<Success<ReductionProgress>>();
    expectTypeOf(staffSurplus(25, 22)).toEqualTypeOf<Success<StaffSurplus>>();
    expectTypeOf(reductionSchedule(92, 2019, 2025).value.years[0]?.cut).toEqualTypeOf<number | undefined>();
  });

  it('gives a value only once ok is checked, and no value on a failure', () => {
    const result = apportion(10, [1, 2]);
    // @ts-expect-error the shares are only there on a success
    result.value;
    if (result.ok) expectTypeOf(result.value.shares).toEqualTypeOf<readonly number[]>();
    else {
      expectTypeOf(result).toEqualTypeOf<Failure>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
    }
    const norm = communeStaffNorm({ kind: 'ward', communeClass: 2 }, { asOf });
    // @ts-expect-error no max: 0 sentinel outside a success
    norm.max;
  });

  it('types a resolved tie completely: winners and policy are always there', () => {
    expectTypeOf<ApportionTie['winners']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<ApportionTie['resolvedBy']>().toEqualTypeOf<'by-order' | 'by-id'>();
    expectTypeOf<Apportionment['tie']>().toEqualTypeOf<ApportionTie | undefined>();
  });
});

describe('tinh-gon/staffing: arguments the types refuse', () => {
  it('wants ISO dates, known readings and arrays', () => {
    // @ts-expect-error a plain string is not an IsoDate
    communeStaffNorm({ kind: 'commune', communeClass: 1 }, { asOf: '2024-01-01' });
    // @ts-expect-error options with the date are required
    communeStaffNorm({ kind: 'commune', communeClass: 1 });
    // @ts-expect-error a class IV commune does not exist
    communeStaffNorm({ kind: 'commune', communeClass: 4 }, { asOf });
    // @ts-expect-error null options
    apportion(10, [1, 2], null);
    // @ts-expect-error weights are a list
    apportion(10, 3);
    expectTypeOf<LeavingBenefitsOptions['alternative15YearsScope']>().toEqualTypeOf<'fifteen-to-twenty' | 'fifteen-or-more' | undefined>();
    // @ts-expect-error an unknown reading
    leavingBenefits({ kind: 'resignation', category: 'cadre', monthlySalary: 1, leavingDate: asOf, insuranceMonths: 1 }, { alternative15YearsScope: 'all' });
  });
});
