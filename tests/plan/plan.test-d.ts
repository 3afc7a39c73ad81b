import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { IsoDate } from '../../src/core/index.js';
import type { Structure } from '../../src/model/index.js';
import { type newUnitSchema, parsePlan, type planOperationSchema, type planSchema, type shareSchema } from '../../src/parse/index.js';
import {
  type AppliedPlan,
  applyPlan,
  type ConvertOperation,
  findMergeCandidates,
  type MergeCandidates,
  type MergeOperation,
  type NewUnit,
  type Plan,
  type PlanEvent,
  type PlanOperation,
  type Share,
  type SplitOperation,
  type TransferOperation,
  validatePlan,
} from '../../src/plan/index.js';
import type { Result } from '../../src/report/index.js';

declare const structure: Structure;
declare const plan: Plan;
declare const on: IsoDate;

describe('tinh-gon/plan types', () => {
  it('answers one result shape: a pure check, a structure with events, candidates', () => {
    expectTypeOf(validatePlan(structure, plan)).toEqualTypeOf<Result<void>>();
    expectTypeOf(applyPlan(structure, plan)).toEqualTypeOf<Result<AppliedPlan>>();
    expectTypeOf(findMergeCandidates(structure, { asOf: on })).toEqualTypeOf<Result<MergeCandidates>>();
    expectTypeOf<AppliedPlan['events']>().toEqualTypeOf<readonly PlanEvent[]>();
    expectTypeOf<AppliedPlan['structure']>().toEqualTypeOf<Structure>();
  });

  it('has a value only after ok is checked', () => {
    const applied = applyPlan(structure, plan);
    // @ts-expect-error the value is there only once ok is checked
    applied.value;
    if (applied.ok) expectTypeOf(applied.value).toEqualTypeOf<AppliedPlan>();
    else expectTypeOf(applied).not.toHaveProperty('value');
    const found = findMergeCandidates(structure, { asOf: on });
    // @ts-expect-error no candidates without checking ok: a failure has none, not an empty list
    found.value.candidates;
    if (found.ok) expectTypeOf(found.value.candidates).toEqualTypeOf<MergeCandidates['candidates']>();
  });

  it('takes dates and options as typed', () => {
    // @ts-expect-error a plain string is not a checked date
    findMergeCandidates(structure, { asOf: '2019-06-01' });
    // @ts-expect-error findMergeCandidates needs its options
    findMergeCandidates(structure);
    // @ts-expect-error options are an object, not null
    validatePlan(structure, plan, null);
    expectTypeOf<Plan['effectiveOn']>().toEqualTypeOf<IsoDate>();
  });

  it('discriminates operations on type', () => {
    const describe = (operation: PlanOperation) => {
      switch (operation.type) {
        case 'merge':
          expectTypeOf(operation).toEqualTypeOf<MergeOperation>();
          return operation.targetId;
        case 'split':
          expectTypeOf(operation).toEqualTypeOf<SplitOperation>();
          return operation.parts.length;
        case 'transfer':
          expectTypeOf(operation).toEqualTypeOf<TransferOperation>();
          return operation.newParentId ?? operation.newAreaId;
        case 'convert':
          expectTypeOf(operation).toEqualTypeOf<ConvertOperation>();
          return operation.autonomyGroup;
        default:
          return operation.type;
      }
    };
    expectTypeOf(describe).parameter(0).toEqualTypeOf<PlanOperation>();
    expectTypeOf<PlanOperation['type']>().toEqualTypeOf<
      'merge' | 'consolidate' | 'split' | 'partial-transfer' | 'dissolve' | 'rename' | 'transfer' | 'convert'
    >();
    // @ts-expect-error a merge has no successor
    const wrong: MergeOperation = { type: 'merge', sourceIds: ['a'], targetId: 'b', successorId: 'c' };
    void wrong;
  });

  it('agrees with the zod schemas of tinh-gon/parse both ways', () => {
    expectTypeOf<z.output<typeof planSchema>>().toExtend<Plan>();
    expectTypeOf<Plan>().toExtend<z.output<typeof planSchema>>();
    expectTypeOf<z.output<typeof planOperationSchema>>().toExtend<PlanOperation>();
    expectTypeOf<PlanOperation>().toExtend<z.output<typeof planOperationSchema>>();
    expectTypeOf<z.output<typeof newUnitSchema>>().toExtend<NewUnit>();
    expectTypeOf<NewUnit>().toExtend<z.output<typeof newUnitSchema>>();
    expectTypeOf<z.output<typeof shareSchema>>().toExtend<Share>();
    expectTypeOf<Share>().toExtend<z.output<typeof shareSchema>>();
    expectTypeOf(parsePlan({})).toEqualTypeOf<Result<Plan>>();
  });
});
