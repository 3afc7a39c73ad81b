import { describe, expectTypeOf, it } from 'vitest';
import type { AreaUnit, IsoDate, Structure } from '../../src/index.js';
import type { Plan } from '../../src/plan/index.js';
import { findReformPredecessors, findReformSuccessors, findVietnamUnit, findVietnamUnitsByName, getReform2025Plan, getVietnam, type ReformTransfer, type VietnamEdition } from '../../src/vn/index.js';

describe('tinh-gon/vn types', () => {
  it('gives structures and a plan of the library', () => {
    expectTypeOf(getVietnam).parameter(0).toEqualTypeOf<VietnamEdition>();
    expectTypeOf(getVietnam('2025-07-01')).toEqualTypeOf<Structure>();
    expectTypeOf(getReform2025Plan()).toEqualTypeOf<Plan>();
    // @ts-expect-error only the two shipped lists
    getVietnam('2025-06-30');
  });

  it('finds area units, by code on a branded date and by name', () => {
    expectTypeOf(findVietnamUnit).parameter(1).toEqualTypeOf<IsoDate>();
    expectTypeOf(findVietnamUnit('44', '2025-07-01' as IsoDate)).toEqualTypeOf<AreaUnit | undefined>();
    expectTypeOf(findVietnamUnitsByName('ky anh')).toEqualTypeOf<AreaUnit[]>();
    // @ts-expect-error a plain string is not a date
    findVietnamUnit('44', '2025-07-01');
  });

  it('describes transfers as full or partial', () => {
    expectTypeOf(findReformSuccessors('x')).toEqualTypeOf<ReformTransfer[]>();
    expectTypeOf(findReformPredecessors('x')).toEqualTypeOf<ReformTransfer[]>();
    expectTypeOf<ReformTransfer['transfer']>().toEqualTypeOf<'full' | 'partial'>();
    expectTypeOf<ReformTransfer['before']>().toEqualTypeOf<AreaUnit>();
  });
});
