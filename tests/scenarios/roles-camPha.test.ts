import { describe, expect, it } from 'vitest';
import { findUnitsInForce, getLevel, isArea, type Structure } from '../../src/model/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { checkAppointment, checkConcurrentRoles, concurrencyCoverage } from '../../src/roles/index.js';
import { defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { camPhaCity2020, camPhaCommitteeTarget, quangNinhRolesRules } from '../../src/samples/index.js';
import { isoDate } from '../../src/core/index.js';

const asOf = isoDate('2020-07-23');
const report = checkConcurrentRoles(camPhaCity2020, { asOf });
const byCode = (code: string, issues = report.issues) => issues.filter((issue) => issue.code === code);
const peopleOf = (code: string, ruleId?: string) =>
  byCode(code)
    .filter((issue) => ruleId === undefined || issue.ruleId === ruleId)
    .flatMap((issue) => issue.personIds ?? []);

describe('Cẩm Phả city, 2020-07-23 (cases.md §2)', () => {
  it('is a valid structure on the report date', () => {
    expect(validateStructure(camPhaCity2020, { asOf }).issues).toEqual([]);
  });

  it('has 16 communes and wards (13 phường, 3 xã) and 178 villages and quarters', () => {
    const inForce = findUnitsInForce(camPhaCity2020, asOf).filter(isArea);
    const communes = inForce.filter((unit) => getLevel(camPhaCity2020, unit) === 'commune');
    expect(communes).toHaveLength(16);
    expect(communes.filter((unit) => unit.kind === 'ward')).toHaveLength(13);
    expect(communes.filter((unit) => unit.kind === 'commune')).toHaveLength(3);
    expect(inForce.filter((unit) => getLevel(camPhaCity2020, unit) === 'village')).toHaveLength(178);
    expect(communes.filter((unit) => unit.illustrative === true).map((unit) => unit.id)).toEqual(['cong-hoa']);
  });

  it('passes the concurrency check: no forbidden combination, no cap exceeded', () => {
    expect(report.ok).toBe(true);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('finds the secretary chairing the committee in 8 communes (NQ 18 pilot) and the council in 5, disjoint', () => {
    const committee = peopleOf('role_combination_pilot', 'roles.secretary-chairs-committee');
    expect(committee).toHaveLength(8);
    // Chỉ thị 35-CT/TW of 2019-05-30 (for the 2020–2025 congresses; its text unverified) carries the
    // secretary chairing the council down to the commune: encouraged, where NQ 18 alone said nothing.
    const council = byCode('role_combination_encouraged').filter((issue) => issue.ruleId === 'roles.party-leader-chairs-council');
    expect(council).toHaveLength(5);
    expect(council.every((issue) => issue.citation?.instrumentId === '35-CT/TW (2019)' && issue.verification === 'unverified')).toBe(true);
    const councilPeople = council.flatMap((issue) => issue.personIds ?? []);
    expect(councilPeople.filter((person) => committee.includes(person))).toEqual([]);
    expect(report.issues.filter((issue) => issue.severity === 'warning')).toEqual([]);
  });

  it('the day before Chỉ thị 35-CT/TW (2019-05-29), the five council chairs are combinations no rule speaks of', () => {
    const before = checkConcurrentRoles(camPhaCity2020, { asOf: isoDate('2019-05-29') });
    const council = byCode('role_combination_unregulated', before.issues).filter((issue) => (issue.unitIds ?? []).some((id) => id.endsWith('.council')));
    expect(council).toHaveLength(5);
    expect(before.issues.filter((issue) => issue.severity === 'warning')).toHaveLength(5);
  });

  it('finds 178 of 178 cell secretaries heading their village or quarter', () => {
    const cells = byCode('role_combination_encouraged').filter((issue) => issue.ruleId === 'roles.cell-secretary-village-head');
    expect(cells).toHaveLength(178);
    expect(new Set(cells.flatMap((issue) => issue.personIds)).size).toBe(178);
    expect(cells[0]?.citation?.instrumentId).toBe('18-NQ/TW');
    expect(cells[0]?.verification).toBe('unverified');
  });

  it('finds the mass mobilisation head chairing the Front (KL 34) and the propaganda head directing the training centre', () => {
    const front = byCode('role_combination_pilot').find((issue) => issue.ruleId === 'roles.mass-mobilisation-head-chairs-front');
    expect(front?.personIds).toEqual(['cam-pha.mass-mobilisation-head']);
    expect(front?.citation).toEqual({ instrumentId: '34-KL/TW' });
    const training = byCode('role_combination_pilot').find((issue) => issue.ruleId === 'roles.propaganda-head-training-centre');
    expect(training?.unitIds).toEqual(['cam-pha.propaganda', 'cam-pha.training-centre']);
  });

  it('with Quảng Ninh’s Chỉ thị 12-CT/TU added, each cell secretary also matches the local rule', () => {
    const rulebook = extendRulebook(defaultRulebook, { rules: quangNinhRolesRules });
    const local = checkConcurrentRoles(camPhaCity2020, { asOf, rulebook }).issues.filter(
      (issue) => issue.ruleId === 'roles.quang-ninh.cell-secretary-village-head',
    );
    expect(local).toHaveLength(178);
    expect(local[0]?.citation?.instrumentId).toBe('12-CT/TU (Quảng Ninh)');
  });

  it('cites NĐ 33/2023 for the same cells after 2023-08-01', () => {
    const later = checkConcurrentRoles(camPhaCity2020, { asOf: isoDate('2023-08-01') });
    const cells = later.issues.filter((issue) => issue.ruleId === 'roles.cell-secretary-village-head');
    expect(cells).toHaveLength(178);
    expect(cells.every((issue) => issue.citation?.instrumentId === '33/2023/NĐ-CP')).toBe(true);
  });

  it('covers 8 of 16 communes (50.00%), 5 short of more than 75% and 4 short of at least 75%', () => {
    const options = { rule: 'roles.secretary-chairs-committee', level: 'commune', asOf, within: 'cam-pha' } as const;
    const moreThan = concurrencyCoverage(camPhaCity2020, { ...options, target: camPhaCommitteeTarget });
    expect(moreThan.ok).toBe(true);
    if (!moreThan.ok) return;
    const { value } = moreThan;
    expect([value.covered, value.total, value.shareBasisPoints, value.share]).toEqual([8, 16, 5000, '50.00%']);
    expect(value.target).toMatchObject({ comparison: 'more-than', requiredUnits: 13, shortfall: 5, met: false });
    const atLeast = concurrencyCoverage(camPhaCity2020, { ...options, target: { comparison: 'at-least', basisPoints: 7500 } });
    expect(atLeast.ok && atLeast.value.target).toMatchObject({ requiredUnits: 12, shortfall: 4 });
  });

  it.each([
    // NQ 18 names the province and district only; Chỉ thị 35-CT/TW (2019-05-30) the commune too.
    ['2019-05-29', ['coverage_level_outside_rule']],
    ['2020-07-23', []],
  ])('covers 5 of 16 for the secretary chairing the council on %s (a level outside the rule is said so)', (date, codes) => {
    const coverage = concurrencyCoverage(camPhaCity2020, { rule: 'roles.party-leader-chairs-council', level: 'commune', asOf: isoDate(date) });
    expect(coverage.ok && [coverage.value.covered, coverage.value.total, coverage.value.share]).toEqual([5, 16, '31.25%']);
    expect(coverage.ok && coverage.issues.map((issue) => issue.code)).toEqual(codes);
  });

  it('makes one person chairing both the council and the committee of a commune an error (a modified copy)', () => {
    const before = structuredClone(camPhaCity2020);
    // In Cẩm Tây the secretary chairs the committee; give them the council chair too.
    const modified: Structure = {
      ...camPhaCity2020,
      assignments: camPhaCity2020.assignments.map((assignment) =>
        assignment.unitId === 'cam-tay.council' && assignment.role === 'chair'
          ? { ...assignment, personId: 'cam-tay.secretary' }
          : assignment,
      ),
    };
    const result = checkConcurrentRoles(modified, { asOf });
    expect(result.ok).toBe(false);
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: 'role_combination_forbidden',
      personIds: ['cam-tay.secretary'],
      unitIds: ['cam-tay.committee', 'cam-tay.council'],
      ruleId: 'roles.council-standing-not-committee-member',
      // audit-2026-12.md E4: Art. 18(3) is about the council's committees; the article is not confirmed.
      citation: { instrumentId: '77/2015/QH13' },
      verification: 'unverified',
    });
    expect(errors[0]?.message.vi).toContain('Bí thư Đảng ủy phường Cẩm Tây');
    expect(camPhaCity2020).toEqual(before);
  });

  it('answers the same before the appointment is made', () => {
    const appointment = checkAppointment(camPhaCity2020, {
      personId: 'cam-tay.secretary',
      unitId: 'cam-tay.council',
      role: 'chair',
      from: isoDate('2020-08-01'),
    });
    expect(appointment.ok).toBe(false);
    // Chỉ thị 35-CT/TW (2019) encourages the secretary chairing the commune council (unverified);
    // holding the committee chair too stays forbidden.
    expect(appointment.issues.map((issue) => issue.code)).toEqual([
      'role_combination_forbidden',
      'appointment_ends_post',
      'role_combination_encouraged',
    ]);
    expect(appointment.issues.find((issue) => issue.code === 'appointment_ends_post')?.personIds).toEqual(['cam-tay.secretary', 'cam-tay.council-chair']);
  });
});
