import { describe, expect, it } from 'vitest';
import { applyPlan, type Plan } from '../../src/plan/index.js';
import { findAssignments, findChildren, findUnit, type AreaUnit, type Structure } from '../../src/model/index.js';
import { isoDate } from '../../src/time/index.js';
import { camPhaFixture, camPhaPilotPlan, deepFreeze, planOn } from './fixtures.js';

function applied(structure: Structure, plan: Plan) {
  const result = applyPlan(structure, plan);
  if (!result.ok) throw new Error(JSON.stringify(result.report.issues));
  return result;
}

describe('applyPlan', () => {
  it('refuses a plan with errors and returns the report', () => {
    const result = applyPlan(camPhaFixture(), camPhaPilotPlan('2023-01-01'));
    expect(result.ok).toBe(false);
    expect(result.report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code)).toEqual([
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
    if (second.ok) expect((findUnit(second.structure, 'thon-3') as AreaUnit).households).toBe(750);
    const stale = applyPlan(first.structure, planOn('2020-06-01', { type: 'merge', sourceIds: ['thon-1'], targetId: 'thon-3' }));
    expect(stale.report.issues.map((issue) => issue.code)).toContain('plan_unit_not_in_force');
  });
});
