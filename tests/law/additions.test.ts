import { describe, expect, it } from 'vitest';
import { checkConcurrentRoles } from '../../src/roles/index.js';
import { addDaysToIsoDate } from '../../src/core/index.js';
import { defaultRulebook, findInstrument, type RuleParams } from '../../src/rules/index.js';
import { d, hold, paramsOn, twoLevelCommune, versionOn } from './fixtures.js';

/*
 * The law a 2025–2026 user needs (audit-2026-12.md §2), each rule on the day before it starts and
 * on that day, with its instrument and the numbers the sources give.
 */

describe('new rules start on their instrument’s date, not before', () => {
  it.each([
    // rule, first day, instrument of that day
    ['structure.commune-offices', '2025-07-01', '150/2025/NĐ-CP'],
    ['structure.province-department-cap', '2025-07-01', '150/2025/NĐ-CP'],
    ['structure.commune-body-average', '2025-12-31', '370/2025/NĐ-CP'],
    ['roles.commune-vice-chair-not-service-centre-director', '2025-10-15', '332/NQ-CP'],
    ['roles.front-vice-chair.womens-union-chair', '2025-07-01', '31-HD/BTCTW'],
    ['roles.front-vice-chair.youth-union-secretary', '2025-07-01', '31-HD/BTCTW'],
    ['roles.front-vice-chair.farmers-union-chair', '2025-07-01', '31-HD/BTCTW'],
    ['roles.front-vice-chair.veterans-association-chair', '2025-07-01', '31-HD/BTCTW'],
    ['roles.front-vice-chair.trade-union-chair', '2025-07-01', '31-HD/BTCTW'],
    ['norms.commune-staff.party-and-mass-organisations', '2025-07-01', '31-HD/BTCTW'],
    ['norms.commune-staff.party-advisory-bodies', '2025-07-01', '31-HD/BTCTW'],
    ['norms.commune-staff.front-agency', '2025-07-01', '31-HD/BTCTW'],
    ['norms.commune-staff-categories', '2025-07-01', '80/2025/QH15'],
    ['benefits.service-time.reorganisation-2025', '2025-09-17', '07/2025/NQ-CP'],
  ])('%s: none the day before %s, %s from it', (ruleId, first, instrumentId) => {
    expect(versionOn(ruleId, addDaysToIsoDate(d(first), -1))).toBeUndefined();
    const inForce = versionOn(ruleId, first);
    expect(inForce?.version.citation.instrumentId).toBe(instrumentId);
    expect((findInstrument(defaultRulebook, instrumentId)?.effective ?? '9999-12-31') <= first).toBe(true);
  });
});

describe('the two-level commune (NĐ 150/2025, NĐ 370/2025)', () => {
  it('has three offices (the economy office by kind of area) and the service centre', () => {
    const params = paramsOn<RuleParams<'required-bodies'>>('structure.commune-offices', '2025-07-01');
    expect(params.bodies.map((body) => [body.name.vi, body.areaKinds.join('/'), body.body.sectors?.join('/') ?? body.body.unitKinds.join('/')])).toEqual([
      ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'commune/ward/special-zone', 'government-office'],
      ['Phòng Kinh tế', 'commune/special-zone', 'economy'],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 'ward', 'economy-infrastructure-urban'],
      ['Phòng Văn hóa - Xã hội', 'commune/ward/special-zone', 'culture-society'],
      ['Trung tâm Phục vụ hành chính công', 'commune/ward/special-zone', 'public-administration-service'],
    ]);
  });

  it.each([
    // rule, measure, limits (province codes → hundredths)
    ['structure.province-department-cap', '2025-07-01', 'each-area', [['01,79', null], ['', 1400]]],
    ['structure.commune-body-average', '2025-12-31', 'average-per-province', [['01,79', 470], ['', 450]]],
  ] as const)('%s from %s: %s, %j', (ruleId, date, measure, limits) => {
    const params = paramsOn<RuleParams<'body-count-limit'>>(ruleId, date);
    expect(params.measure).toBe(measure);
    expect(params.limits.map((line) => [line.provinceCodes?.join(',') ?? '', line.hundredths])).toEqual(limits);
  });
});

describe('posts after 2025', () => {
  const centreDirector = [hold('a', 'xa.ubnd', 'viceChair'), hold('a', 'xa.trung-tam', 'director')];

  it.each([
    // NQ 332/NQ-CP from 2025-10-15: a commune vice-chair does not also direct the service centre
    ['2025-10-14', 'role_combination_unregulated', true],
    ['2025-10-15', 'role_combination_forbidden', false],
  ] as const)('a vice-chair directing the service centre on %s: %s', (date, code, ok) => {
    const result = checkConcurrentRoles(twoLevelCommune(centreDirector), { asOf: d(date) });
    const issue = result.issues.find((candidate) => (candidate.personIds ?? []).includes('a'));
    expect(issue?.code).toBe(code);
    expect(result.ok).toBe(ok);
    if (code === 'role_combination_forbidden') expect(issue?.citation).toEqual({ instrumentId: '332/NQ-CP' });
  });

  const chairOnly = [hold('b', 'xa.phu-nu', 'chair')];
  const chairAndViceChair = [hold('b', 'xa.phu-nu', 'chair'), hold('b', 'xa.mttq', 'viceChair')];
  it.each([
    // Hướng dẫn 31-HD/BTCTW: the Women's Union chair is a Front vice-chair, required from 2025-07-01
    ['2025-06-30', 'only the union chair', chairOnly, []],
    ['2025-07-01', 'only the union chair', chairOnly, ['role_combination_missing']],
    ['2025-06-30', 'also a Front vice-chair', chairAndViceChair, ['role_combination_unregulated']],
    ['2025-07-01', 'also a Front vice-chair', chairAndViceChair, ['role_combination_required']],
  ] as const)('on %s, a commune whose Women’s Union chair is %s gets %j', (date, _who, assignments, codes) => {
    const result = checkConcurrentRoles(twoLevelCommune(assignments), { asOf: d(date) });
    const front = result.issues.filter((issue) => issue.ruleId === 'roles.front-vice-chair.womens-union-chair' || (issue.personIds ?? []).includes('b'));
    expect(front.map((issue) => issue.code)).toEqual(codes);
  });

  it('encourages, from Chỉ thị 35-CT/TW (2019-05-30), the secretary chairing the council down to the commune (unverified)', () => {
    const before = versionOn('roles.party-leader-chairs-council', '2019-05-29');
    const after = versionOn('roles.party-leader-chairs-council', '2019-05-30');
    expect((before?.version.params as RuleParams<'role-combination'> | undefined)?.levels).toEqual(['province', 'district']);
    expect((after?.version.params as RuleParams<'role-combination'> | undefined)?.levels).toEqual(['province', 'district', 'commune']);
    expect([after?.version.citation.instrumentId, after?.version.strength, after?.verification]).toEqual(['35-CT/TW (2019)', 'encouraged', 'unverified']);
    expect(versionOn('roles.party-leader-chairs-council', '2025-04-14')?.version.citation.instrumentId).toBe('45-CT/TW');
  });
});

describe('party and Front staffing per commune (Hướng dẫn 31-HD/BTCTW) and staff categories (Luật 80/2025)', () => {
  it.each([
    ['norms.commune-staff.party-and-mass-organisations', 23, 30, undefined, true],
    ['norms.commune-staff.party-advisory-bodies', 15, 17, 20, false],
    ['norms.commune-staff.front-agency', 8, 8, undefined, true],
  ] as const)('%s: %i–%i (with a political centre %s), approximate %s', (ruleId, min, max, withCentre, approximate) => {
    const params = paramsOn<RuleParams<'commune-staff-range'>>(ruleId, '2025-07-01');
    expect([params.min, params.max, params.maxWithPoliticalCentre, params.approximate]).toEqual([min, max, withCentre, approximate]);
    expect(params.categories).toEqual(['civilServant']);
  });

  it('has no commune non-professional category from 2025-07-01', () => {
    const params = paramsOn<RuleParams<'staff-categories'>>('norms.commune-staff-categories', '2025-07-01');
    expect(params.categories).not.toContain('nonProfessional');
    expect(params.categories).toEqual(['cadre', 'civilServant', 'publicEmployee', 'contract']);
  });
});

describe('area standards: special factors and exemptions', () => {
  it.each([
    // rule, date, exemptions
    ['2019-06-01', undefined],
    ['2024-06-01', ['isolated-location', 'stable-historic-boundary', 'defence-security-sovereignty', 'planned-urbanisation', 'merged-2019-2021']],
    ['2025-06-01', ['isolated-location', 'defence-security-sovereignty']],
  ] as const)('merge criteria on %s exempt %j', (date, exemptions) => {
    const params = paramsOn<RuleParams<'admin-unit-merge-criteria'>>('merge.admin-unit-merge-criteria', date);
    expect(params.exemptions).toEqual(exemptions);
  });

  it('exempts a commune formed from three or more units from the NQ 76 directions, in the law’s words', () => {
    const inForce = versionOn('merge.merged-unit-directions', '2025-04-15');
    expect(paramsOn<RuleParams<'merged-unit-directions'>>('merge.merged-unit-directions', '2025-04-15').exemptFromSourceCount).toBe(3);
    expect(inForce?.version.quote?.text).toContain('từ 03 đơn vị hành chính cấp xã trở lên');
  });

  it.each([
    ['2025-12-31', undefined],
    ['2026-01-01', [['province', 5000], ['commune', 7000]]],
  ] as const)('Red River Delta area reductions on %s: %j', (date, reductions) => {
    const params = paramsOn<RuleParams<'admin-unit-standard'>>('merge.admin-unit-standard', date);
    expect(params.reductions?.map((line) => [line.levels.join(), line.areaBps])).toEqual(reductions);
    if (reductions !== undefined) expect(params.reductions?.every((line) => line.regions?.join() === 'red-river-delta')).toBe(true);
  });

  it.each([
    ['2019-01-19', undefined],
    ['2019-01-20', [{ provinceCodes: ['01', '79'], residentialGroup: 450 }]],
  ] as const)('the 450-household line for residential groups of Hà Nội and Hồ Chí Minh City on %s', (date, overrides) => {
    const params = paramsOn<RuleParams<'village-household-standard'>>('merge.village-household-standard', date);
    expect(params.provinceOverrides).toEqual(overrides);
  });

  it('has ward standards before 2026: NQ 1211/2016 Art. 8 by the kind of area, until NQ 27/2022', () => {
    const params = paramsOn<RuleParams<'admin-unit-standard'>>('merge.admin-unit-standard', '2020-01-01');
    expect(params.wardByParent?.map((line) => [line.parentKinds.join('/'), line.population, line.areaKm2])).toEqual([
      ['urban-district', 15_000, 5.5],
      ['provincial-city/municipal-city', 7000, 5.5],
      ['town', 5000, 5.5],
    ]);
  });
});

describe('leaving: NQ 07/2025 (partly read, unverified)', () => {
  it('pays 15 months up to 15 counted months, then 0.5 a month, at most 24, quoting the sentence read', () => {
    const inForce = versionOn('benefits.service-time.reorganisation-2025', '2025-09-17');
    expect(inForce?.version.params).toEqual({ counts: 'months-to-retirement-age', baseMonths: 1500, baseUpToMonths: 15, perMonthAfter: 50, maxMonths: 2400 });
    expect(inForce?.verification).toBe('unverified');
    expect(inForce?.version.quote?.text).toContain('15 tháng tiền lương hiện hưởng');
  });
});
