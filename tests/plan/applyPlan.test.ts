import { describe, expect, it } from 'vitest';
import { applyPlan, type Plan } from '../../src/plan/index.js';
import { findAssignments, findChildren, findUnit, type AreaUnit, type Structure } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';
import { camPhaFixture, camPhaPilotPlan, deepFreeze, planOn } from './fixtures.js';

function applied(structure: Structure, plan: Plan) {
  const result = applyPlan(structure, plan);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('applyPlan', () => {
  it('refuses a plan with errors and returns the issues, with no value', () => {
    const result = applyPlan(camPhaFixture(), camPhaPilotPlan('2023-01-01'));
    expect(result.ok).toBe(false);
    expect('value' in result).toBe(false);
    expect(result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual([
      'plan_cross_family_forbidden',
      'plan_cross_family_forbidden',
    ]);
  });

  it('never mutates a deep-frozen input', () => {
    const structure = deepFreeze(camPhaFixture());
    const plan = deepFreeze(camPhaPilotPlan('2019-06-01'));
    const snapshot = JSON.stringify(structure);
    const result = applied(structure, plan);
    expect(JSON.stringify(structure)).toBe(snapshot);
    expect(result.structure).not.toBe(structure);
  });

  it('ends the sources, starts the new unit and moves posts to it', () => {
    const { structure, events } = applied(camPhaFixture(), camPhaPilotPlan('2019-06-01'));
    expect(findUnit(structure, 'btc')?.to).toBe('2019-06-01');
    expect(findUnit(structure, 'cq-tc-nv')?.from).toBe('2019-06-01');
    const on = isoDate('2019-06-01');
    expect(findAssignments(structure, on, { unitId: 'cq-tc-nv' }).map((post) => `${post.personId}:${post.role}`)).toEqual([
      'p1:head',
      'p2:deputyHead',
      'p3:deputyHead',
    ]);
    expect(findAssignments(structure, on, { unitId: 'btc' })).toEqual([]);
    expect(events.filter((event) => event.operationIndex === 0).map((event) => `${event.change} ${event.unitId}`)).toEqual([
      'ended btc',
      'ended phong-nv',
      'started cq-tc-nv',
    ]);
  });

  it('adds up the figures of a merged area and moves its children', () => {
    const { structure, events } = applied(camPhaFixture(), planOn('2019-06-01', { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' }));
    const merged = findUnit(structure, 'x-ch') as AreaUnit;
    expect([merged.population, merged.areaKm2, merged.households]).toEqual([5500, 22, 1370]);
    expect(findChildren(structure, 'x-ch', isoDate('2019-06-01')).map((unit) => unit.id)).toEqual(['thon-1', 'thon-2', 'thon-3', 'thon-4']);
    expect(findUnit(structure, 'ubnd-dh')).toMatchObject({ areaId: 'x-ch' });
    expect(events.map((event) => event.change)).toEqual(['ended', 'continued']);
  });

  it('moves the share of a partial transfer from a continuing source to an existing target', () => {
    const plan = planOn('2019-06-01', {
      type: 'partial-transfer',
      sourceId: 'x-dh',
      targetId: 'x-ch',
      share: { population: 1000, areaKm2: 2.25 },
    });
    const { structure, events } = applied(camPhaFixture(), plan);
    expect(findUnit(structure, 'x-dh')).toMatchObject({ population: 1500, areaKm2: 9.75 });
    expect(findUnit(structure, 'x-ch')).toMatchObject({ population: 4000, areaKm2: 12.25 });
    expect(events.map((event) => [event.change, event.unitId, event.shares?.[0]?.share.population])).toEqual([
      ['continued', 'x-dh', 1000],
      ['continued', 'x-ch', 1000],
    ]);
  });

  it('applies renames, transfers and conversions, and records the basis', () => {
    const plan: Plan = {
      effectiveOn: isoDate('2019-06-01'),
      basis: [{ instrumentId: '18-NQ/TW' }],
      operations: [
        { type: 'rename', unitId: 'thon-3', name: { vi: 'Thôn Đoàn Kết' } },
        { type: 'transfer', unitId: 'tt-vh', newParentId: 'vp-ubnd-tp' },
        { type: 'convert', unitId: 'dai-tt', autonomyGroup: 2, basis: [{ instrumentId: '60/2021/NĐ-CP', article: '9' }] },
        { type: 'convert', unitId: 'tt-vh', leavesPublicSector: true },
      ],
    };
    const withoutClash: Plan = { ...plan, operations: plan.operations.filter((_, position) => position !== 1) };
    const { structure, events } = applied(camPhaFixture(), withoutClash);
    expect(findUnit(structure, 'thon-3')?.name.vi).toBe('Thôn Đoàn Kết');
    expect(findUnit(structure, 'dai-tt')).toMatchObject({ autonomyGroup: 2 });
    expect(findUnit(structure, 'tt-vh')?.to).toBe('2019-06-01');
    expect(events[1]?.basis).toEqual([{ instrumentId: '18-NQ/TW' }, { instrumentId: '60/2021/NĐ-CP', article: '9' }]);
    const transfer = applied(camPhaFixture(), { ...plan, operations: [plan.operations[1] as Plan['operations'][number]] });
    expect(findUnit(transfer.structure, 'tt-vh')?.parentId).toBe('vp-ubnd-tp');
  });

  it('chains plans year after year', () => {
    const first = applied(camPhaFixture(), planOn('2019-06-01', { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-2' }));
    const second = applyPlan(first.structure, planOn('2020-06-01', { type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-3' }));
    expect(second.ok).toBe(true);
    if (second.ok) expect((findUnit(second.value.structure, 'thon-3') as AreaUnit).households).toBe(750);
    const stale = applyPlan(first.structure, planOn('2020-06-01', { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-3' }));
    expect(stale.issues.map((issue) => issue.code)).toContain('plan_unit_not_in_force');
  });
});

describe('applyPlan — splits, shares in basis points, ward directions', () => {
  it('splits a commune with its villages moved first, recording the shares', () => {
    const plan = planOn(
      '2019-06-01',
      { type: 'transfer', unitId: 'thon-1', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'thon-2', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'thon-3', newParentId: 'x-dh' },
      { type: 'transfer', unitId: 'dang-uy-ch', newAreaId: 'x-dh' },
      { type: 'transfer', unitId: 'ubnd-ch', newAreaId: 'x-dh' },
      { type: 'transfer', unitId: 'vp-du-ch', newAreaId: 'x-dh' },
      { type: 'transfer', unitId: 'vp-ubnd-ch', newAreaId: 'x-dh' },
      {
        type: 'split',
        sourceId: 'x-ch',
        parts: [
          { newUnit: { id: 'x-a', kind: 'commune', name: { vi: 'A' }, parentId: 'tp-cp', population: 1200 }, share: { basisPoints: 4000 } },
          { newUnit: { id: 'x-b', kind: 'commune', name: { vi: 'B' }, parentId: 'tp-cp', population: 1800 }, share: { basisPoints: 6000 } },
        ],
      },
    );
    const { structure, events } = applied(camPhaFixture(), plan);
    expect(findUnit(structure, 'x-ch')?.to).toBe('2019-06-01');
    expect(findUnit(structure, 'x-a')).toMatchObject({ from: '2019-06-01', population: 1200 });
    const ended = events.find((event) => event.change === 'ended');
    expect(ended).toMatchObject({ unitId: 'x-ch', into: ['x-a', 'x-b'], shares: [{ unitId: 'x-a', share: { basisPoints: 4000 } }, { unitId: 'x-b', share: { basisPoints: 6000 } }] });
  });

  it('moves a basis-point share of a continuing source exactly (floor for people, to the hundredth for km²)', () => {
    const plan = planOn('2019-06-01', { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'x-ch', share: { basisPoints: 3333 } });
    const { structure } = applied(camPhaFixture(), plan);
    expect(findUnit(structure, 'x-dh')).toMatchObject({ population: 2500 - 833, areaKm2: 8 });
    expect(findUnit(structure, 'x-ch')).toMatchObject({ population: 3000 + 833, areaKm2: 14 });
  });

  it('reports a source ended by a merger and by partial transfers as consumed twice', () => {
    const plan = planOn(
      '2019-06-01',
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'p-ct', sourceEnds: true },
    );
    expect(applyPlan(camPhaFixture(), plan).issues.map((issue) => issue.code)).toContain('plan_unit_consumed_twice');
  });

  it.each([
    [5_000, 'tp-cp', undefined, 21_000],
    [5_000, 'tp-cp', 'mountainous' as const, 15_000],
    [20_000, 'tp-cp', undefined, 21_000],
  ])('checks a merged ward of 12,000 + %d people against the 2025 directions', (population, _parent, terrain, required) => {
    const base = camPhaFixture();
    const structure = {
      ...base,
      units: base.units.map((unit) => {
        if (unit.id === 'p-cth') return { ...unit, population };
        if (unit.id === 'tinh-qn' && terrain !== undefined) return { ...unit, terrain };
        return unit;
      }),
    };
    const result = applyPlan(structure, planOn('2025-06-01', { type: 'merge', sourceIds: ['p-cth'], targetId: 'p-ct' }));
    const warning = result.issues.find((issue) => issue.ruleId === 'merge.merged-unit-directions' && issue.params?.measure === 'population');
    const total = 12_000 + population;
    expect(total >= required).toBe(terrain !== undefined || population === 20_000);
    if (total >= required) expect(warning).toBeUndefined();
    else expect(warning?.params).toMatchObject({ value: total, required, shortfall: required - total });
  });
});

describe('applyPlan — a source ending by partial transfers', () => {
  it('has one ended event listing every part, and share-less parts add nothing to check', () => {
    const plan = planOn(
      '2019-06-01',
      { type: 'transfer', unitId: 'thon-4', newParentId: 'x-ch' },
      { type: 'transfer', unitId: 'ubnd-dh', newAreaId: 'x-ch' },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'x-ch', share: { population: 1500, areaKm2: 5 }, sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'p-ct', share: { population: 1000, areaKm2: 7 }, sourceEnds: true },
    );
    const { structure, events } = applied(camPhaFixture(), plan);
    const ended = events.filter((event) => event.change === 'ended');
    expect(ended).toEqual([
      expect.objectContaining({
        unitId: 'x-dh',
        into: ['x-ch', 'p-ct'],
        shares: [
          { unitId: 'x-ch', share: { population: 1500, areaKm2: 5 } },
          { unitId: 'p-ct', share: { population: 1000, areaKm2: 7 } },
        ],
      }),
    ]);
    expect(findUnit(structure, 'x-dh')?.to).toBe('2019-06-01');
    expect(findUnit(structure, 'p-ct')).toMatchObject({ population: 13_000, areaKm2: 11.5 });
    const shareless = planOn(
      '2019-06-01',
      { type: 'transfer', unitId: 'thon-4', newParentId: 'x-ch' },
      { type: 'transfer', unitId: 'ubnd-dh', newAreaId: 'x-ch' },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'x-ch', sourceEnds: true },
      { type: 'partial-transfer', sourceId: 'x-dh', targetId: 'p-ct', sourceEnds: true },
    );
    const result = applied(camPhaFixture(), shareless);
    expect(result.events.find((event) => event.change === 'ended')).toMatchObject({ unitId: 'x-dh', into: ['x-ch', 'p-ct'], shares: [] });
  });
});
