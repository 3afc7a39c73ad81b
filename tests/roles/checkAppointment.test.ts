import { describe, expect, it } from 'vitest';
import { checkAppointment } from '../../src/roles/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

const partyC = unitId('c', 'party-committee');
const councilC = unitId('c', 'peoples-council');
const committeeC = unitId('c', 'peoples-committee');

describe('checkAppointment', () => {
  const structure = fixture([hold('sec', partyC, 'secretary'), hold('chair', committeeC, 'chair'), hold('cc', councilC, 'chair')]);

  it('tells what a new post would combine with, under which rule', () => {
    const report = checkAppointment(structure, { personId: 'sec', unitId: committeeC, role: 'chair', from: d('2020-01-01') });
    expect(report.ok).toBe(true);
    expect(report.issues.map((issue) => issue.code)).toEqual(['appointment_ends_post', 'role_combination_pilot']);
    expect(report.issues[1]?.ruleId).toBe('roles.secretary-chairs-committee');
    const ends = report.issues[0];
    expect(ends?.personIds).toEqual(['sec', 'chair']);
    expect(ends?.message.en).toBe(
      'Appointing Person sec (sec) as chair of peoples-committee of c from 2020-01-01 would end that post for Person chair (chair)',
    );
  });

  it('is an error when the new post would be forbidden with one held', () => {
    const report = checkAppointment(structure, { personId: 'cc', unitId: committeeC, role: 'viceChair', from: d('2020-01-01') });
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => issue.code)).toEqual(['role_combination_forbidden']);
    expect(report.issues[0]?.citation?.instrumentId).toBe('77/2015/QH13');
  });

  it('does not end anyone for a post several people hold (a vice-chair)', () => {
    const report = checkAppointment(structure, { personId: 'new', unitId: committeeC, role: 'viceChair', from: d('2020-01-01'), personName: 'Nguyễn Văn Mới' });
    expect(report.issues).toEqual([]);
  });

  it('reports a required combination it would break (QĐ 298 after 2025-07-01)', () => {
    const modern = fixture([hold('dep', partyC, 'deputySecretary'), hold('dep', committeeC, 'chair')]);
    const report = checkAppointment(modern, { personId: 'outsider', unitId: committeeC, role: 'chair', from: d('2025-08-01'), personName: 'Người ngoài' });
    expect(report.issues.map((issue) => issue.code)).toEqual(['role_combination_missing', 'appointment_ends_post']);
    expect(report.issues[1]?.message.vi).toContain('Người ngoài');
  });

  it('says so when the person already holds the post', () => {
    const report = checkAppointment(structure, { personId: 'sec', unitId: partyC, role: 'secretary', from: d('2020-01-01') });
    expect(report.issues.map((issue) => issue.code)).toEqual(['appointment_already_held']);
  });

  it('reports an unknown unit and a unit not in force', () => {
    expect(checkAppointment(structure, { personId: 'x', unitId: 'nowhere', role: 'chair', from: d('2020-01-01') }).issues[0]?.code).toBe(
      'unknown_reference',
    );
    expect(checkAppointment(structure, { personId: 'x', unitId: committeeC, role: 'chair', from: d('2014-01-01') }).issues[0]?.code).toBe(
      'assignment_outside_unit',
    );
  });

  it('does not change the structure', () => {
    const copy = structuredClone(structure);
    checkAppointment(structure, { personId: 'sec', unitId: committeeC, role: 'chair', from: d('2020-01-01') });
    expect(structure).toEqual(copy);
  });

  it.each([
    [{ personId: '', unitId: committeeC, role: 'chair', from: '2020-01-01' }, TypeError, /proposed\.personId/],
    [{ personId: 'x', unitId: committeeC, role: 'boss', from: '2020-01-01' }, TypeError, /proposed\.role/],
    [{ personId: 'x', unitId: committeeC, role: 'chair', from: '1/1/2020' }, TypeError, /proposed\.from/],
    [{ personId: 'x', unitId: committeeC, role: 'chair', from: '2020-01-01', to: '2020-01-01' }, RangeError, /proposed\.to/],
  ])('throws on a malformed proposal %#', (proposed, error, message) => {
    expect(() => checkAppointment(structure, proposed as never)).toThrow(error);
    expect(() => checkAppointment(structure, proposed as never)).toThrow(message);
  });
});

describe('checkAppointment: odd input', () => {
  it('throws a TypeError when the proposal is not an object', () => {
    expect(() => checkAppointment(fixture([]), null as never)).toThrow(/\[tinh-gon\] proposed must be an object/);
  });

  it('still answers for a unit whose area is unknown (nothing to combine)', () => {
    const base = fixture([hold('x', unitId('c', 'peoples-council'), 'chair')]);
    const structure = {
      ...base,
      units: [...base.units, { id: 'orphan', kind: 'peoples-committee' as const, name: { vi: 'Mồ côi' }, areaId: 'ghost', from: d('2015-01-01') }],
    };
    const report = checkAppointment(structure, { personId: 'x', unitId: 'orphan', role: 'chair', from: d('2020-01-01'), to: d('2021-01-01') });
    expect(report.issues).toEqual([]);
  });
});
