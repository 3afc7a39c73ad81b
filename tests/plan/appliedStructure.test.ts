import { describe, expect, it } from 'vitest';
import { applyPlan, type Plan } from '../../src/plan/index.js';
import { findUnit, type AreaUnit, type Structure } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';
import { camPhaFixture, camPhaPilotPlan, planOn } from './fixtures.js';
import { withAssignments, withUnits } from './support/editFixtures.js';

const ON = '2019-06-01';

function applied(structure: Structure, plan: Plan) {
  const result = applyPlan(structure, plan);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.map((issue) => issue.code)));
  return result.value;
}

describe('applyPlan — merge details', () => {
  it('gives the surviving organisation the new name and the staffing the plan states', () => {
    const staffing = { quota: { civilServant: 15 }, actual: { civilServant: 15 } };
    const name = { vi: 'Phòng Nội vụ - Thanh tra' };
    const { structure } = applied(
      camPhaFixture(),
      planOn(ON, { type: 'merge', sourceIds: ['thanh-tra'], targetId: 'phong-nv', name, staffing }),
    );
    expect(findUnit(structure, 'phong-nv')).toMatchObject({ name, staffing, areaId: 'tp-cp' });
    expect(findUnit(structure, 'thanh-tra')?.to).toBe(ON);
  });

  it('renames a surviving area and still adds up its figures', () => {
    const name = { vi: 'Xã Cộng Hòa mới' };
    const { structure } = applied(camPhaFixture(), planOn(ON, { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch', name }));
    const merged = findUnit(structure, 'x-ch') as AreaUnit;
    expect(merged.name).toEqual(name);
    expect([merged.population, merged.households, merged.areaKm2]).toEqual([5500, 1370, 22]);
  });
});

describe('applyPlan — consolidated areas', () => {
  it.each([
    ['no figures given: the sum of the sources', {}, [5500, 1370, 22]],
    ['a population given: kept, the rest summed', { population: 6000 }, [6000, 1370, 22]],
  ] as const)('%s', (_label, figures, expected) => {
    const plan = planOn(ON, {
      type: 'consolidate',
      sourceIds: ['x-ch', 'x-dh'],
      newUnit: { id: 'x-moi', kind: 'commune', name: { vi: 'Xã Mới' }, parentId: 'tp-cp', ...figures },
    });
    const { structure, events } = applied(camPhaFixture(), plan);
    const created = findUnit(structure, 'x-moi') as AreaUnit;
    expect([created.population, created.households, created.areaKm2]).toEqual(expected);
    expect(created.from).toBe(ON);
    expect(events.map((event) => `${event.change} ${event.unitId}`)).toEqual(['ended x-ch', 'ended x-dh', 'started x-moi']);
  });
});

describe('applyPlan — partial transfers', () => {
  it('does not invent a figure on a target that has none, but still takes it from the source', () => {
    // p-ct records no households: 100 households from x-ch leave x-ch but cannot be added to it.
    const plan = planOn(ON, { type: 'partial-transfer', sourceId: 'x-ch', targetId: 'p-ct', share: { households: 100, population: 400 } });
    const { structure } = applied(camPhaFixture(), plan);
    const target = findUnit(structure, 'p-ct') as AreaUnit;
    const source = findUnit(structure, 'x-ch') as AreaUnit;
    expect(target.households).toBeUndefined();
    expect(target.population).toBe(12_400);
    expect([source.households, source.population]).toEqual([650, 2600]);
  });

  it('moves a share between organisations without touching staffing or inventing figures', () => {
    const plan = planOn(ON, { type: 'partial-transfer', sourceId: 'phong-tc', targetId: 'phong-nv', share: { basisPoints: 3000 } });
    const before = camPhaFixture();
    const { structure, events } = applied(before, plan);
    expect(findUnit(structure, 'phong-nv')).toEqual(findUnit(before, 'phong-nv'));
    expect(findUnit(structure, 'phong-tc')).toEqual(findUnit(before, 'phong-tc'));
    expect(events.map((event) => [event.change, event.unitId, event.into ?? event.from, event.shares])).toEqual([
      ['continued', 'phong-tc', ['phong-nv'], [{ unitId: 'phong-nv', share: { basisPoints: 3000 } }]],
      ['continued', 'phong-nv', ['phong-tc'], [{ unitId: 'phong-nv', share: { basisPoints: 3000 } }]],
    ]);
  });
});

describe('applyPlan — what an ending area holds', () => {
  it('leaves a child and an organisation that the same plan moves elsewhere where the plan put them', () => {
    const plan = planOn(
      ON,
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' },
      { type: 'transfer', unitId: 'thon-4', newParentId: 'x-dk' },
      { type: 'transfer', unitId: 'ubnd-dh', newAreaId: 'x-dk' },
    );
    const { structure } = applied(camPhaFixture(), plan);
    expect(findUnit(structure, 'thon-4')?.parentId).toBe('x-dk');
    expect(findUnit(structure, 'ubnd-dh')).toMatchObject({ areaId: 'x-dk' });
  });

  it('does not move organisations of the ending area that end themselves or have already ended', () => {
    const structure = withUnits(camPhaFixture(), [
      { id: 'hoi-cu', kind: 'peoples-council', name: { vi: 'HĐND xã Dương Huy (cũ)' }, areaId: 'x-dh', from: isoDate('2015-01-01'), to: isoDate('2018-01-01') },
    ]);
    const plan = planOn(
      ON,
      { type: 'merge', sourceIds: ['x-dh'], targetId: 'x-ch' },
      { type: 'merge', sourceIds: ['ubnd-dh'], targetId: 'ubnd-ch' },
    );
    const { structure: after } = applied(structure, plan);
    expect(findUnit(after, 'ubnd-dh')).toMatchObject({ areaId: 'x-dh', to: ON });
    expect(findUnit(after, 'hoi-cu')).toMatchObject({ areaId: 'x-dh', to: '2018-01-01' });
  });
});

describe('applyPlan — posts of ending units', () => {
  it('ends the posts of a unit leaving the public sector without moving them anywhere', () => {
    const structure = withAssignments(camPhaFixture(), [
      { id: 'a-tt-vh', personId: 'p1', unitId: 'tt-vh', role: 'head', from: isoDate('2016-01-01') },
    ]);
    const { structure: after, events } = applied(structure, planOn(ON, { type: 'convert', unitId: 'tt-vh', leavesPublicSector: true }));
    expect(after.assignments.filter((assignment) => assignment.personId === 'p1')).toEqual([
      { personId: 'p1', unitId: 'btc', role: 'head', from: '2015-01-01' },
      { id: 'a-tt-vh', personId: 'p1', unitId: 'tt-vh', role: 'head', from: '2016-01-01', to: ON },
    ]);
    expect(events).toMatchObject([{ change: 'ended', unitId: 'tt-vh', operation: 'convert' }]);
  });

  it('moves a post with an id and a later end to the successor under a derived id, keeping its end', () => {
    const structure = withAssignments(camPhaFixture(), [
      { id: 'a-btc-1', personId: 'p3', unitId: 'btc', role: 'member', from: isoDate('2016-01-01'), to: isoDate('2030-01-01') },
    ]);
    const { structure: after } = applied(structure, camPhaPilotPlan(ON));
    expect(after.assignments.filter((assignment) => assignment.id?.startsWith('a-btc-1'))).toEqual([
      { id: 'a-btc-1', personId: 'p3', unitId: 'btc', role: 'member', from: '2016-01-01', to: ON },
      { id: `a-btc-1@${ON}`, personId: 'p3', unitId: 'cq-tc-nv', role: 'member', from: ON, to: '2030-01-01' },
    ]);
  });
});
