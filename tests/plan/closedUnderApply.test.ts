import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate } from '../../src/core/index.js';
import type { Structure } from '../../src/model/index.js';
import { applyPlan, validatePlan } from '../../src/plan/index.js';
import type { Issue } from '../../src/report/index.js';
import { camPhaCity2020, kyAnhTown2018 } from '../../src/samples/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { camPhaFixture } from './fixtures.js';
import { withUnits } from './support/editFixtures.js';
import { planArbitrary, type RecipeName } from './support/planArbitrary.js';

/** Code, units, people and params: what an error says, wherever it sits in the structure. */
const keyOf = (issue: Issue) => JSON.stringify([issue.code, issue.unitIds ?? [], issue.personIds ?? [], issue.params ?? {}]);
const errorsOf = (structure: Structure, asOf: IsoDate) =>
  validateStructure(structure, { asOf }).issues.filter((issue) => issue.severity === 'error');

const dates = (...values: string[]) => values.map(isoDate);

/**
 * The structures plans are generated over, with dates: every one of them is valid on its dates but
 * the last of Kỳ Anh's, 2025-07-01, when its district-level town no longer exists (so the property
 * is checked in its general form: no error the input did not already have).
 */
const STRUCTURES: readonly (readonly [string, Structure, readonly IsoDate[], number])[] = [
  ['Kỳ Anh town (2018)', kyAnhTown2018, dates('2019-03-01', '2020-07-23', '2024-06-01', '2025-06-01', '2025-07-01'), 450],
  ['Cẩm Phả city (2020)', camPhaCity2020, dates('2019-03-01', '2021-01-01', '2025-06-01'), 350],
  ['the Cẩm Phả test fixture', camPhaFixture(), dates('2019-06-01', '2023-01-01', '2025-06-01'), 350],
];

describe('validatePlan is closed under apply (issue #11)', () => {
  it.each(STRUCTURES)(
    '%s: when validatePlan accepts a generated plan, applyPlan builds a structure with no new error on effectiveOn',
    (_name, structure, on, numRuns) => {
      const accepted = new Map<RecipeName, number>();
      const rejected = new Map<RecipeName, number>();
      const inputErrors = new Map(on.map((date) => [date, new Set(errorsOf(structure, date).map(keyOf))]));
      fc.assert(
        fc.property(planArbitrary(structure, { dates: on }), ({ plan, recipes }) => {
          const validation = validatePlan(structure, plan);
          const tally = validation.ok ? accepted : rejected;
          for (const recipe of new Set(recipes)) tally.set(recipe, (tally.get(recipe) ?? 0) + 1);
          if (!validation.ok) return;
          const applied = applyPlan(structure, plan);
          expect(applied.ok).toBe(true);
          if (!applied.ok) return;
          const before = inputErrors.get(plan.effectiveOn);
          const added = errorsOf(applied.value.structure, plan.effectiveOn).filter((issue) => !before?.has(keyOf(issue)));
          expect(added.map((issue) => issue.message.en)).toEqual([]);
        }),
        { numRuns, seed: 20_261_211 },
      );
      // the generator is worth something: plans of every kind get through, and the four kinds once
      // wrongly accepted are met and refused
      const total = (tally: Map<RecipeName, number>) => [...tally.values()].reduce((sum, count) => sum + count, 0);
      expect(total(accepted)).toBeGreaterThan(numRuns / 5);
      for (const recipe of ['merge-siblings', 'consolidate-siblings', 'rename', 'convert', 'partial-transfer'] as const) {
        expect(accepted.get(recipe) ?? 0, recipe).toBeGreaterThan(0);
      }
      for (const recipe of ['transfer-under-organisation', 'transfer-to-ending-parent', 'dissolve-into-organisation'] as const) {
        expect(rejected.get(recipe) ?? 0, recipe).toBeGreaterThan(0);
      }
    },
    60_000,
  );
});

describe('the four kinds of plan validatePlan once accepted while applyPlan built an invalid structure', () => {
  const on = isoDate('2019-06-01');
  const errors = (structure: Structure, ...operations: Parameters<typeof validatePlan>[1]['operations']) =>
    validatePlan(structure, { effectiveOn: on, operations }).issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => [issue.code, issue.params?.['structureCode'] ?? null, issue.unitIds ?? []]);

  it('an ordinary village moved to another commune: its party cell and Front committee stay with the old commune', () => {
    // Thôn 1 of Kỳ Nam, whose party cell sits under Kỳ Nam's party committee and whose Front work
    // committee under Kỳ Nam's Front, moved to Kỳ Hà
    expect(errors(kyAnhTown2018, { type: 'transfer', unitId: 'thon-ky-nam-1', newParentId: 'xa-ky-ha' })).toEqual([
      ['plan_result_invalid', 'organisation_outside_parent_area', ['chi-bo-thon-ky-nam-1', 'dang-uy-xa-ky-nam']],
      ['plan_result_invalid', 'organisation_outside_parent_area', ['ban-ctmt-thon-ky-nam-1', 'mttq-xa-ky-nam']],
    ]);
  });

  it('an area moved under an organisation', () => {
    expect(errors(camPhaFixture(), { type: 'transfer', unitId: 'thon-1', newParentId: 'ubnd-ch' })).toEqual([
      ['plan_parent_kind_not_allowed', null, ['thon-1', 'ubnd-ch']],
    ]);
  });

  it('a unit moved under a parent the same plan ends', () => {
    const found = errors(
      camPhaFixture(),
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' },
      { type: 'transfer', unitId: 'thon-1', newParentId: 'x-dh' },
    );
    expect(found).toEqual([['plan_successor_ends', null, ['x-dh']]]);
  });

  it('an area dissolved into an organisation', () => {
    // x-dh's village would sit under the commune's people's committee, and the committee would serve itself
    expect(errors(camPhaFixture(), { type: 'dissolve', sourceId: 'x-dh', successorId: 'ubnd-dh' })).toEqual([
      ['plan_parent_kind_not_allowed', null, ['thon-4', 'ubnd-dh']],
      ['plan_result_invalid', 'area_reference_not_area', ['ubnd-dh', 'ubnd-dh']],
    ]);
  });

  it('reports a problem in units no operation names, where an operation moves their area\'s ancestor', () => {
    // a party cell of Thôn 1 directly under the city committee: moving Xã Cộng Hòa to Vân Đồn takes
    // Thôn 1 out of the city, though no operation names the village or the cell
    const structure = withUnits(camPhaFixture(), [
      { id: 'chi-bo-thon-1', kind: 'party-cell', name: { vi: 'Chi bộ thôn 1' }, areaId: 'thon-1', parentId: 'thanh-uy', from: isoDate('2015-01-01') },
    ]);
    const issues = validatePlan(structure, { effectiveOn: on, operations: [{ type: 'transfer', unitId: 'x-ch', newParentId: 'h-vd' }] }).issues;
    expect(issues.map((issue) => [issue.code, issue.unitIds, issue.path ?? null])).toEqual([
      ['plan_result_invalid', ['dang-uy-ch', 'thanh-uy'], ['operations', 0]],
      ['plan_result_invalid_untouched', ['chi-bo-thon-1', 'thanh-uy'], null],
    ]);
    expect(issues[1]?.message.en).toBe(
      'The structure after the plan has a problem on 2019-06-01 in units no operation names: Chi bộ thôn 1 (chi-bo-thon-1) serves Thôn 1 (thon-1), which is not within Thành phố Cẩm Phả (tp-cp), the area of its parent Thành ủy Cẩm Phả (thanh-uy)',
    );
  });
});
