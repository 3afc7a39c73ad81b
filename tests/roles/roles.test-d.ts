import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/core/index.js';
import type { Level, Structure } from '../../src/model/index.js';
import type { Failure, Issue, Result, Severity, Success } from '../../src/report/index.js';
import {
  type CheckAppointmentOptions,
  type CheckConcurrentRolesOptions,
  type ConcurrencyCoverage,
  type ConcurrencyCoverageOptions,
  type CoverageTarget,
  type ProposedAppointment,
  type TargetShare,
  checkAppointment,
  checkConcurrentRoles,
  concurrencyCoverage,
  requiredUnitsForTarget,
} from '../../src/roles/index.js';
import type { Rulebook } from '../../src/rules/index.js';

declare const structure: Structure;
declare const asOf: IsoDate;

describe('tinh-gon/roles types', () => {
  it('answers every check with the one Result shape', () => {
    expectTypeOf(checkConcurrentRoles).returns.toEqualTypeOf<Result<void>>();
    expectTypeOf(checkAppointment).returns.toEqualTypeOf<Result<void>>();
    expectTypeOf(concurrencyCoverage).returns.toEqualTypeOf<Result<ConcurrencyCoverage>>();
    expectTypeOf(requiredUnitsForTarget).returns.toEqualTypeOf<number>();
  });

  it('gives the coverage only on success, with no null share', () => {
    const result = concurrencyCoverage(structure, { rule: 'roles.secretary-chairs-committee', level: 'commune', asOf });
    if (result.ok) {
      expectTypeOf(result).toEqualTypeOf<Success<ConcurrencyCoverage>>();
      expectTypeOf(result.value.share).toEqualTypeOf<string>();
      expectTypeOf(result.value.shareBasisPoints).toEqualTypeOf<number>();
      expectTypeOf(result.value.target).toEqualTypeOf<CoverageTarget | undefined>();
      expectTypeOf(result.value.level).toEqualTypeOf<Level>();
    } else {
      expectTypeOf(result).toEqualTypeOf<Failure>();
      // @ts-expect-error a failure has no value
      result.value;
    }
    expectTypeOf(result.issues).toEqualTypeOf<readonly Issue[]>();
  });

  it('takes branded dates, known levels and severities', () => {
    expectTypeOf<CheckConcurrentRolesOptions['asOf']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<CheckConcurrentRolesOptions['minSeverity']>().toEqualTypeOf<Severity | undefined>();
    expectTypeOf<CheckConcurrentRolesOptions['perPersonLimit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CheckConcurrentRolesOptions['rulebook']>().toEqualTypeOf<Rulebook | undefined>();
    expectTypeOf<ConcurrencyCoverageOptions['level']>().toEqualTypeOf<Level>();
    expectTypeOf<ProposedAppointment['from']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<CheckAppointmentOptions>().toEqualTypeOf<{ readonly rulebook?: Rulebook; readonly perPersonLimit?: number }>();
    expectTypeOf<TargetShare['comparison']>().toEqualTypeOf<'more-than' | 'at-least'>();
    // @ts-expect-error a plain string is not a date
    checkConcurrentRoles(structure, { asOf: '2020-07-23' });
    // @ts-expect-error options are required
    checkConcurrentRoles(structure);
    // @ts-expect-error null options are refused by the types (and at run time)
    checkConcurrentRoles(structure, null);
    // @ts-expect-error not a severity
    checkConcurrentRoles(structure, { asOf, minSeverity: 'warn' });
    // @ts-expect-error not a level
    concurrencyCoverage(structure, { rule: 'x', level: 'ward', asOf });
    // @ts-expect-error not a comparison
    requiredUnitsForTarget(16, { comparison: 'between', basisPoints: 7500 });
    // @ts-expect-error a role outside the catalogue
    checkAppointment(structure, { personId: 'x', unitId: 'u', role: 'boss', from: asOf });
  });
});
