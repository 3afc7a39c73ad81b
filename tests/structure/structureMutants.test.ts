import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import { type AreaUnit, STAFF_CATEGORIES, type Structure, UNIT_KINDS, type Unit } from '../../src/model/index.js';
import type { Issue } from '../../src/report/index.js';
import { defaultRulebook, findRule } from '../../src/rules/index.js';
import { collectStructureIssues } from '../../src/structure/collectStructureIssues.js';
import { validateStructure } from '../../src/structure/index.js';

/*
 * Cases the mutation run of src/structure left open: what the apparatus counts (units in force,
 * governed areas, the province an area lies in), what its issues name (path, unit ids, params),
 * and the guards at the boundary of validateStructure.
 */

const FROM = isoDate('2025-07-01');
/** A date on which every apparatus rule is in force (the commune-body average starts 2025-12-31). */
const LATE = isoDate('2026-01-01');
const CAP = 'structure.province-department-cap';
const AVERAGE = 'structure.commune-body-average';
const ADVISORY = 'norms.commune-staff.party-advisory-bodies';
const FRONT = 'norms.commune-staff.front-agency';
const CATEGORIES = 'norms.commune-staff-categories';

const org = (id: string, kind: string, areaId: string, extra: Record<string, unknown> = {}): Unit =>
  ({ id, kind, name: { vi: id }, areaId, from: FROM, ...extra }) as Unit;

/** A commune-level unit with its people's committee and the bodies named by sector (`office` for the HĐND–UBND office). */
function commune(id: string, bodies: readonly string[], parentId = 'tinh', committee = true): Unit[] {
  const area: AreaUnit = { id, kind: 'commune', name: { vi: id }, parentId, from: FROM };
  return [
    area,
    ...(committee ? [org(`ubnd-${id}`, 'peoples-committee', id)] : []),
    ...bodies.map((sector, index) =>
      sector === 'office' ? org(`vp-${id}`, 'government-office', id) : org(`phong-${index}-${id}`, 'specialised-agency', id, { sector }),
    ),
  ];
}

const FULL_COMMUNE = ['office', 'economy', 'culture-society', 'public-administration-service'];
/** A commune with one body more than the four it must have. */
const fifth = (id: string) => [...FULL_COMMUNE, `extra-${id}`];

const COUNTRY: Unit = { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') };
const province = (code: string | undefined): Unit =>
  ({ id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, parentId: 'vn', from: FROM, ...(code === undefined ? {} : { code }) }) as Unit;

/** The province's committee, office and `agencies` specialised agencies. */
const departments = (agencies: number): Unit[] => [
  org('ubnd-tinh', 'peoples-committee', 'tinh'),
  org('vp-ubnd-tinh', 'government-office', 'tinh'),
  ...Array.from({ length: agencies }, (_, index) => org(`so-${index}`, 'specialised-agency', 'tinh', { sector: `sector-${index}` })),
];

function structureOf(units: readonly Unit[], code = '42'): Structure {
  return { units: [COUNTRY, province(code), ...units], people: [], assignments: [] };
}

const issuesOf = (structure: Structure, asOf = FROM, rulebook = defaultRulebook): readonly Issue[] => validateStructure(structure, { asOf, rulebook }).issues;
const withCode = (issues: readonly Issue[], code: string) => issues.filter((issue) => issue.code === code);
const byRule = (issues: readonly Issue[], ruleId: string) => issues.filter((issue) => issue.ruleId === ruleId);

/** The params of a rule's version in force on a date, read from the rulebook. */
function paramsOf<T extends 'body-count-limit' | 'commune-staff-range'>(id: string, type: T, asOf = LATE) {
  const found = findRule(defaultRulebook, id, asOf, { type });
  if (!found.ok) throw new Error(`${id} not in force on ${asOf}`);
  return found.inForce.version.params;
}

/** The default rulebook with the params of one rule's versions replaced. */
function withParams(id: string, change: (params: Record<string, unknown>) => Record<string, unknown>): typeof defaultRulebook {
  return {
    ...defaultRulebook,
    rules: defaultRulebook.rules.map((rule) =>
      rule.id === id ? { ...rule, versions: rule.versions.map((version) => ({ ...version, params: change(version.params as Record<string, unknown>) })) } : rule,
    ),
  } as typeof defaultRulebook;
}

describe('validateStructure — what serves an area, and which areas are judged', () => {
  it.each([
    // a committee that ended: the commune's government is not modelled on the date
    ['a commune whose committee ended', [...commune('xa', []).slice(0, 1), org('ubnd-xa', 'peoples-committee', 'xa', { from: isoDate('2020-01-01'), to: FROM })], 'structure_body_missing'],
    // bodies without a committee: not judged either
    ['a commune with an office but no committee', commune('xa', ['office'], 'tinh', false), 'structure_body_missing'],
    // 13 agencies and the office are the 14 the cap allows; an agency that ended is not counted
    ['a province with an agency that ended', [...departments(13), org('so-cu', 'specialised-agency', 'tinh', { from: isoDate('2020-01-01'), to: FROM })], 'structure_bodies_above_limit'],
    // 14 agencies and the office, but no committee: the province's government is not modelled
    ['a province with 15 bodies and no committee', departments(14).slice(1), 'structure_bodies_above_limit'],
  ] as const)('%s: no %s', (_label, units, code) => {
    expect(withCode(issuesOf(structureOf(units)), code)).toEqual([]);
  });

  it('does not count a governed province among the communes it averages', () => {
    // 4 + 4 bodies over 2 communes is 4.0, within 4.5; the province's 14 bodies are no commune's
    const units = [...departments(13), ...commune('xa-1', FULL_COMMUNE), ...commune('xa-2', FULL_COMMUNE)];
    const issues = issuesOf(structureOf(units), LATE);
    expect(paramsOf(AVERAGE, 'body-count-limit').limits.at(-1)?.hundredths).toBe(450);
    expect(withCode(issues, 'structure_body_average_above_limit')).toEqual([]);
    expect(withCode(issues, 'structure_bodies_above_limit')).toEqual([]);
  });

  it('finds the province at the first position of the structure', () => {
    // 5 + 5 bodies over 2 communes: 5.0 > 4.5; 14 agencies and the office: 15 > 14
    const structure: Structure = {
      units: [province('42'), COUNTRY, ...departments(14), ...commune('xa-1', fifth('1')), ...commune('xa-2', fifth('2'))],
      people: [],
      assignments: [],
    };
    const found = issuesOf(structure, LATE)
      .filter((issue) => issue.ruleId === CAP || issue.ruleId === AVERAGE)
      .map((issue) => [issue.code, issue.unitIds?.[0], issue.path]);
    expect(found).toEqual([
      ['structure_bodies_above_limit', 'tinh', ['units', 0]],
      ['structure_body_average_above_limit', 'tinh', ['units', 0]],
    ]);
  });

  it('walks up from a commune whose parent is an organisation without failing', () => {
    // the commune sits under the province's committee: an error of its own, and in no province's average
    const units = [...departments(0), ...commune('xa-1', fifth('1'), 'ubnd-tinh')];
    const issues = issuesOf(structureOf(units), LATE);
    expect(withCode(issues, 'parent_kind_not_allowed').map((issue) => issue.unitIds)).toEqual([['xa-1', 'ubnd-tinh']]);
    expect(withCode(issues, 'structure_body_average_above_limit')).toEqual([]);
  });

  it('ends the walk up on a cycle of communes (in no province)', () => {
    const units = [...commune('xa-1', fifth('1'), 'xa-2'), ...commune('xa-2', fifth('2'), 'xa-1')];
    const issues = issuesOf(structureOf(units), LATE);
    expect(withCode(issues, 'parent_cycle')).toHaveLength(1);
    expect(withCode(issues, 'structure_body_average_above_limit')).toEqual([]);
  });
});

describe('validateStructure — what the body limits report', () => {
  it('names the province, then the bodies it counted', () => {
    const units = [...departments(14), org('thanh-tra', 'inspectorate', 'tinh')];
    const [issue, ...rest] = withCode(issuesOf(structureOf(units)), 'structure_bodies_above_limit');
    expect(rest).toEqual([]);
    const bodies = units.filter((unit) => unit.kind !== 'peoples-committee').map((unit) => unit.id);
    expect(issue?.path).toEqual(['units', 1]);
    expect(issue?.unitIds).toEqual(['tinh', ...bodies]);
    expect(issue?.params).toMatchObject({ areaId: 'tinh', count: 16, limit: '14' });
  });

  it('names the province, then the communes it averaged over (not their bodies)', () => {
    const units = [...commune('xa-1', fifth('1')), ...commune('xa-2', fifth('2'))];
    const [issue] = withCode(issuesOf(structureOf(units), LATE), 'structure_body_average_above_limit');
    expect(issue?.unitIds).toEqual(['tinh', 'xa-1', 'xa-2']);
    expect(issue?.path).toEqual(['units', 1]);
  });

  it('writes an average of 10.5 without its trailing zero, and keeps the zero inside', () => {
    // 11 + 10 bodies over 2 communes
    const many = (id: string, extra: number) => commune(id, [...FULL_COMMUNE, ...Array.from({ length: extra }, (_, index) => `extra-${index}`)]);
    const [issue] = withCode(issuesOf(structureOf([...many('xa-1', 7), ...many('xa-2', 6)]), LATE), 'structure_body_average_above_limit');
    expect(issue?.params).toMatchObject({ average: '10.5', count: 21, communes: 2, limit: '4.5' });
  });

  it('counts a body any one of the rule’s selectors selects', () => {
    // the department cap's kinds split over two selectors: the same count
    const { counts } = paramsOf(CAP, 'body-count-limit');
    const kinds = counts.flatMap((selector) => selector.unitKinds);
    const rulebook = withParams(CAP, (params) => ({ ...params, counts: kinds.map((kind) => ({ unitKinds: [kind] })) }));
    const units = [...departments(13), org('thanh-tra', 'inspectorate', 'tinh')];
    const issues = withCode(issuesOf(structureOf(units), FROM, rulebook), 'structure_bodies_above_limit');
    expect(issues.map((issue) => issue.params?.count)).toEqual([15]);
  });

  it('says which province has no limit, by its code', () => {
    // Hà Nội (01): the rulebook records the cap as not found
    const [issue, ...rest] = withCode(issuesOf(structureOf(departments(14), '01')), 'structure_limit_not_found');
    expect(rest).toEqual([]);
    expect(issue?.params).toEqual({ areaId: 'tinh', code: '01', rule: { vi: 'Số lượng sở và tương đương thuộc UBND cấp tỉnh', en: 'Departments (sở) of a province' }, ruleId: CAP, asOf: FROM, count: 15 });
    expect(issue?.message).toEqual({
      vi: `Tỉnh (tinh), mã 01: không tìm thấy mức tối đa của quy định "Số lượng sở và tương đương thuộc UBND cấp tỉnh" vào ngày ${FROM}; chưa đối chiếu 15 cơ quan`,
      en: `Tỉnh (tinh), code 01: no limit of "Departments (sở) of a province" found for it on ${FROM}; its 15 bodies are not measured`,
    });
  });

  it('writes ? for a province without a code whose limit is not found', () => {
    const rulebook = withParams(CAP, (params) => ({ ...params, limits: [{ hundredths: null }] }));
    const [issue] = withCode(issuesOf({ units: [COUNTRY, province(undefined), ...departments(1)], people: [], assignments: [] }, FROM, rulebook), 'structure_limit_not_found');
    expect(issue?.params).toMatchObject({ areaId: 'tinh', code: '?', count: 2 });
  });
});

describe('validateStructure — the staff of a commune’s party and front bodies', () => {
  const staffed = (kind: string, id: string, staffing: Record<string, unknown>, areaId = 'xa') => org(id, kind, areaId, { staffing });
  const quota = (civilServant: number) => ({ quota: { civilServant } });
  /** The party's three advisory bodies with `party` civil servants between them, the Front agency with `front`. */
  const communeWith = (party: readonly [number, number, number], front: number, extra: readonly Unit[] = []) => [
    ...commune('xa', FULL_COMMUNE),
    staffed('party-office', 'vp-dang-uy', quota(party[0])),
    staffed('party-building-board', 'ban-xd-dang', quota(party[1])),
    staffed('inspection-commission', 'ubkt', quota(party[2])),
    staffed('fatherland-front', 'mttq', quota(front)),
    ...extra,
  ];
  const advisory = paramsOf(ADVISORY, 'commune-staff-range');
  const front = paramsOf(FRONT, 'commune-staff-range');

  it.each([
    // only a public service unit of political training raises the cap (17 to 20)
    ['a public service unit of another sector', org('tt', 'public-service-unit', 'xa', { sector: 'education' }), ADVISORY],
    ['a specialised agency of political training', org('tt', 'specialised-agency', 'xa', { sector: 'political-training' }), ADVISORY],
  ] as const)('18 party civil servants and %s: above the cap', (_label, extra, ruleId) => {
    const issues = byRule(issuesOf(structureOf(communeWith([9, 6, 3], 8, [extra]))), ruleId);
    expect(advisory.max).toBe(17);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.params?.max])).toEqual([['structure_commune_staff_above_range', 'error', advisory.max]]);
  });

  it('keeps the Front’s cap with a political training centre (its rule has no other)', () => {
    const centre = org('tt', 'public-service-unit', 'xa', { sector: 'political-training' });
    const issues = byRule(issuesOf(structureOf(communeWith([8, 5, 3], 10, [centre]))), FRONT);
    expect(front.maxWithPoliticalCentre).toBeUndefined();
    expect(issues.map((issue) => [issue.code, issue.severity, issue.params?.total, issue.params?.max])).toEqual([
      ['structure_commune_staff_above_range', 'warning', 10, front.max],
    ]);
  });

  it('counts the quota where one body gives it, skipping a body that records only its headcount', () => {
    const units = [
      ...commune('xa', FULL_COMMUNE),
      staffed('party-office', 'vp-dang-uy', quota(18)),
      staffed('party-building-board', 'ban-xd-dang', { actual: { civilServant: 3 } }),
    ];
    const issues = byRule(issuesOf(structureOf(units)), ADVISORY);
    expect(issues.map((issue) => [issue.code, issue.params?.total, issue.params?.measure])).toEqual([
      ['structure_commune_staff_above_range', 18, { vi: 'biên chế được giao', en: 'quota' }],
    ]);
  });

  it('leaves the staff of a province’s party bodies alone (the ranges are a commune’s)', () => {
    const units = [staffed('party-office', 'vp-tinh-uy', quota(advisory.max + 2), 'tinh')];
    expect(issuesOf(structureOf(units)).filter((issue) => issue.code.startsWith('structure_commune_staff'))).toEqual([]);
  });

  it('names the commune, the bodies counted, the category and the rule’s bodies', () => {
    const units = communeWith([9, 6, 3], 8);
    const [issue] = byRule(issuesOf(structureOf(units)), ADVISORY);
    const label = (locale: 'vi' | 'en') => advisory.bodies.map((kind) => UNIT_KINDS[kind].label[locale]).join(', ');
    expect(issue?.path).toEqual(['units', units.findIndex((unit) => unit.id === 'xa') + 2]);
    expect(issue?.unitIds).toEqual(['xa', 'vp-dang-uy', 'ban-xd-dang', 'ubkt']);
    expect(issue?.params).toMatchObject({ areaId: 'xa', total: 18, category: STAFF_CATEGORIES.civilServant, bodies: { vi: label('vi'), en: label('en') }, ruleId: ADVISORY });
    expect(issue?.message.en).toContain(`18 civil servant (quota) in ${label('en')}`);
  });

  it('gives the minimum a commune is below', () => {
    const [issue] = byRule(issuesOf(structureOf(communeWith([7, 4, 3], 8))), ADVISORY);
    expect(issue?.code).toBe('structure_commune_staff_below_range');
    expect(issue?.params).toMatchObject({ total: 14, min: advisory.min });
    expect(issue?.message.en).toContain(`below the ${advisory.min} required by "Civil servants of a commune party committee's advisory bodies"`);
    expect(issue?.message.vi).toContain(`dưới mức ${advisory.min} theo quy định "Công chức các cơ quan tham mưu, giúp việc của đảng ủy cấp xã"`);
  });

  it('sums several categories by the quota where any of them has one, and lists them', () => {
    const rulebook = withParams(ADVISORY, (params) => ({ ...params, categories: ['civilServant', 'cadre'] }));
    // a quota of civil servants only: the cadres in post are not added to it
    const units = [...commune('xa', FULL_COMMUNE), staffed('party-office', 'vp-dang-uy', { quota: { civilServant: 18 }, actual: { civilServant: 18, cadre: 5 } })];
    const [issue, ...rest] = byRule(issuesOf(structureOf(units), FROM, rulebook), ADVISORY);
    expect(rest).toEqual([]);
    expect(issue?.params).toMatchObject({ total: 18, category: { vi: 'công chức, cán bộ', en: 'civil servant, cadre' }, measure: { en: 'quota' } });
    // each language whole: no category key in either message
    expect(issue?.message.vi).toContain('công chức, cán bộ');
    expect(issue?.message.en).toContain('civil servant, cadre');
    expect(`${issue?.message.vi} ${issue?.message.en}`).not.toMatch(/civilServant|\[object/);
  });
});

describe('validateStructure — what the other apparatus checks report', () => {
  it('points a missing body at its area', () => {
    const units = commune('xa', ['office', 'culture-society', 'public-administration-service']);
    const [issue] = withCode(issuesOf(structureOf(units)), 'structure_body_missing');
    expect(issue?.path).toEqual(['units', 2]);
    // the area by name and id, its kind in words after it
    expect(issue?.message).toEqual({
      vi: `xa (xa), loại xã, chưa có Phòng Kinh tế, cơ quan phải có theo quy định "Các phòng chuyên môn và Trung tâm Phục vụ hành chính công cấp xã" vào ngày ${FROM}`,
      en: `xa (xa), of kind commune, has no Economy office, which it must have under "The offices and public administration service centre of a commune" on ${FROM}`,
    });
  });

  it('reports a commune’s non-professional workers, not its civil servants, where and how many', () => {
    const units = [...commune('xa', FULL_COMMUNE), org('staff', 'specialised-agency', 'xa', { sector: 'x', staffing: { actual: { nonProfessional: 3, civilServant: 5 } } })];
    const issues = withCode(issuesOf(structureOf(units)), 'structure_staff_category_not_in_force');
    expect(issues.map((issue) => [issue.path, issue.params])).toEqual([
      [
        ['units', units.length + 1, 'staffing', 'actual', 'nonProfessional'],
        { unitId: 'staff', count: 3, category: STAFF_CATEGORIES.nonProfessional, measure: { vi: 'có mặt', en: 'in post' }, level: { vi: 'xã', en: 'commune' }, rule: { vi: 'Các loại cán bộ, công chức ở cấp xã', en: 'Staff categories of a commune' }, ruleId: CATEGORIES, asOf: FROM },
      ],
    ]);
  });

  it('passes a commune that records zero non-professional workers', () => {
    const units = [...commune('xa', FULL_COMMUNE), org('staff', 'specialised-agency', 'xa', { sector: 'x', staffing: { quota: { nonProfessional: 0 } } })];
    expect(withCode(issuesOf(structureOf(units)), 'structure_staff_category_not_in_force')).toEqual([]);
  });

  it('leaves the headcount of a unit no longer in force alone', () => {
    const units = [org('so', 'specialised-agency', 'tinh', { from: isoDate('2020-01-01'), to: FROM, staffing: { quota: { civilServant: 5 }, actual: { civilServant: 9 } } })];
    expect(withCode(issuesOf(structureOf(units)), 'staffing_actual_above_quota')).toEqual([]);
  });

  it('names the category of a headcount above quota in both languages', () => {
    const units = [org('so', 'specialised-agency', 'tinh', { staffing: { quota: { civilServant: 5 }, actual: { civilServant: 9 } } })];
    const [issue] = withCode(issuesOf(structureOf(units)), 'staffing_actual_above_quota');
    expect(issue?.params).toEqual({ unitId: 'so', actual: 9, quota: 5, category: 'civilServant' });
    expect(issue?.message.en).toContain(`(${STAFF_CATEGORIES.civilServant.en})`);
    expect(issue?.message.vi).toContain(`(${STAFF_CATEGORIES.civilServant.vi})`);
  });
});

describe('validateStructure — its boundary and the collector behind it', () => {
  const empty: Structure = { units: [], people: [], assignments: [] };
  it.each<[string, unknown]>([
    ['rules that are not an array', { rules: 'x', instruments: [] }],
    ['instruments that are not an array', { rules: [], instruments: 'x' }],
    ['a function carrying both arrays', Object.assign(() => undefined, { rules: [], instruments: [] })],
  ])('refuses a rulebook with %s', (_label, rulebook) => {
    expect(() => validateStructure(empty, { asOf: FROM, rulebook: rulebook as never })).toThrow(/^\[tinh-gon\] validateStructure: options\.rulebook must be a rulebook/);
  });

  it('does not take a rule of another type for the area hierarchy', () => {
    const rulebook = { ...defaultRulebook, rules: defaultRulebook.rules.map((rule) => (rule.id === 'structure.area-hierarchy' ? { ...rule, type: 'required-bodies' } : rule)) } as typeof defaultRulebook;
    const issues = issuesOf(structureOf([]), FROM, rulebook);
    expect(issues.map((issue) => [issue.code, issue.ruleId])).toEqual([['rule_unknown', 'structure.area-hierarchy']]);
  });

  it('reports an organisation without an area as an unknown reference', () => {
    // the type requires areaId; a structure built by hand may lack it
    const units = [{ id: 'ubnd', kind: 'peoples-committee', name: { vi: 'UBND' }, from: FROM } as unknown as Unit];
    const issues = withCode(issuesOf(structureOf(units)), 'unknown_reference');
    expect(issues.map((issue) => issue.path)).toEqual([['units', 2, 'areaId']]);
  });

  it('collects every issue uncapped for the plan checks', () => {
    // 1,200 villages directly under the country: one parent_kind_not_allowed each
    const villages = Array.from({ length: 1_200 }, (_, index) => ({ id: `v${index}`, kind: 'village', name: { vi: 'x' }, parentId: 'vn', from: FROM }) as Unit);
    const issues = collectStructureIssues({ units: [COUNTRY, ...villages], people: [], assignments: [] }, FROM, defaultRulebook);
    expect(withCode(issues, 'parent_kind_not_allowed')).toHaveLength(1_200);
    expect(withCode(issues, 'issues_truncated')).toEqual([]);
  });
});
