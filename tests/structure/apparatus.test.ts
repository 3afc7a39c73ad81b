import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { AreaUnit, Structure, Unit } from '../../src/model/index.js';
import type { Issue } from '../../src/report/index.js';
import { validateStructure } from '../../src/structure/index.js';

/*
 * The apparatus of the two-level model, as `validateStructure` checks it (docs/rulebook.md, "For
 * engine authors"): the offices and service centre of a commune (NĐ 150/2025), the 14 departments
 * of a province (NĐ 150/2025), the average of 4.5 bodies a commune (NĐ 370/2025; 4.7 in Hà Nội and
 * Hồ Chí Minh City), the staff of a commune's party and front bodies (Hướng dẫn 31-HD/BTCTW) and
 * the staff categories of a commune (Luật 80/2025/QH15). Each rule flips on the day it starts.
 */

const FROM = isoDate('2025-07-01');
const APPARATUS = new Set([
  'structure_body_missing',
  'structure_bodies_above_limit',
  'structure_body_average_above_limit',
  'structure_limit_not_found',
  'structure_commune_staff_above_range',
  'structure_commune_staff_below_range',
  'structure_staff_category_not_in_force',
]);

/** The apparatus issues as [code, severity, unit, ruleId]. */
const apparatus = (structure: Structure, asOf: string): unknown[][] =>
  validateStructure(structure, { asOf: isoDate(asOf) })
    .issues.filter((issue: Issue) => APPARATUS.has(issue.code))
    .map((issue) => [issue.code, issue.severity, issue.unitIds?.[0], issue.ruleId]);

const org = (id: string, kind: string, areaId: string, extra: Record<string, unknown> = {}): Unit =>
  ({ id, kind, name: { vi: id }, areaId, from: FROM, ...extra }) as Unit;

/** A commune-level unit with its people's committee and the bodies named by sector (`office` for the HĐND–UBND office). */
function commune(id: string, kind: 'commune' | 'ward', bodies: readonly string[], parentId = 'tinh'): Unit[] {
  const area: AreaUnit = { id, kind, name: { vi: id }, parentId, from: FROM };
  return [
    area,
    org(`ubnd-${id}`, 'peoples-committee', id),
    ...bodies.map((sector, index) =>
      sector === 'office' ? org(`vp-${id}`, 'government-office', id) : org(`phong-${index}-${id}`, 'specialised-agency', id, { sector }),
    ),
  ];
}

const FULL_COMMUNE = ['office', 'economy', 'culture-society', 'public-administration-service'];
const FULL_WARD = ['office', 'economy-infrastructure-urban', 'culture-society', 'public-administration-service'];

function structureOf(provinceCode: string, units: readonly Unit[], departments = 0): Structure {
  return {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
      { id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, parentId: 'vn', from: FROM, code: provinceCode },
      ...(departments > 0 ? [org('ubnd-tinh', 'peoples-committee', 'tinh')] : []),
      ...Array.from({ length: departments }, (_, index) => org(`so-${index}`, 'specialised-agency', 'tinh', { sector: `sector-${index}` })),
      ...units,
    ],
    people: [],
    assignments: [],
  };
}

describe('validateStructure — the offices of a commune (structure.commune-offices, NĐ 150/2025)', () => {
  const offices = 'structure.commune-offices';
  it.each([
    ['a commune with its four bodies', commune('xa', 'commune', FULL_COMMUNE), '2025-07-01', []],
    ['a ward with its four bodies', commune('phuong', 'ward', FULL_WARD), '2025-07-01', []],
    ['a commune without its economy office', commune('xa', 'commune', ['office', 'culture-society', 'public-administration-service']), '2025-07-01', [
      ['structure_body_missing', 'warning', 'xa', offices],
    ]],
    // a ward's economy office is the economy, infrastructure and urban office
    ['a ward with a commune’s economy office', commune('phuong', 'ward', FULL_COMMUNE), '2025-07-01', [['structure_body_missing', 'warning', 'phuong', offices]]],
    ['a commune with no bodies but its committee', commune('xa', 'commune', []), '2025-07-01', [
      ['structure_body_missing', 'warning', 'xa', offices],
      ['structure_body_missing', 'warning', 'xa', offices],
      ['structure_body_missing', 'warning', 'xa', offices],
      ['structure_body_missing', 'warning', 'xa', offices],
    ]],
    // the day before the two-level model: no such rule
    ['a commune with no bodies but its committee', commune('xa', 'commune', []), '2025-06-30', []],
    // a commune whose government the structure does not model is not judged
    ['a commune with no committee', [commune('xa', 'commune', [])[0] as Unit], '2025-07-01', []],
  ] as const)('%s on %s', (_label, units, asOf, expected) => {
    expect(apparatus(structureOf('42', units), asOf)).toEqual(expected);
  });

  it('names the missing body in both languages', () => {
    const issue = validateStructure(structureOf('42', commune('xa', 'commune', ['office', 'culture-society', 'public-administration-service'])), { asOf: FROM }).issues.find(
      (item) => item.code === 'structure_body_missing',
    );
    expect(issue?.message.vi).toContain('Phòng Kinh tế');
    expect(issue?.message.en).toContain('Economy office');
    expect(issue?.citation).toEqual({ instrumentId: '150/2025/NĐ-CP' });
  });
});

describe('validateStructure — the departments of a province (structure.province-department-cap)', () => {
  const cap = 'structure.province-department-cap';
  it.each([
    // 13 specialised agencies + the office = 14: the limit
    ['42', 13, '2025-07-01', []],
    ['42', 14, '2025-07-01', [['structure_bodies_above_limit', 'warning', 'tinh', cap]]],
    ['42', 14, '2025-06-30', []],
    // Hà Nội: the decree's own figure was not read
    ['01', 14, '2025-07-01', [['structure_limit_not_found', 'info', 'tinh', cap]]],
  ] as const)('province %s with %i specialised agencies and its office on %s', (code, agencies, asOf, expected) => {
    const structure = structureOf(code, [org('vp-ubnd-tinh', 'government-office', 'tinh')], agencies);
    expect(apparatus(structure, asOf)).toEqual(expected);
  });

  it('counts what it compares', () => {
    const structure = structureOf('42', [org('vp-ubnd-tinh', 'government-office', 'tinh'), org('thanh-tra', 'inspectorate', 'tinh')], 13);
    const issue = validateStructure(structure, { asOf: FROM }).issues.find((item) => item.code === 'structure_bodies_above_limit');
    expect(issue?.params).toMatchObject({ count: 15, limit: '14' });
  });
});

describe('validateStructure — the average bodies of a province’s communes (structure.commune-body-average, NĐ 370/2025)', () => {
  const average = 'structure.commune-body-average';
  const fifth = (id: string) => [...FULL_COMMUNE, `extra-${id}`];
  it.each([
    // 5 + 5 bodies over 2 communes: 5.0 > 4.5
    ['42', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2'))], '2025-12-31', [['structure_body_average_above_limit', 'warning', 'tinh', average]]],
    // 5 + 4: 4.5, the limit itself
    ['42', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', FULL_COMMUNE)], '2025-12-31', []],
    // Hà Nội 4.7: 5.0 is above, 4.5 is not
    ['01', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2'))], '2025-12-31', [['structure_body_average_above_limit', 'warning', 'tinh', average]]],
    ['79', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', FULL_COMMUNE)], '2025-12-31', []],
    // three communes of 5, 5, 4 in Hồ Chí Minh City: 4.67 ≤ 4.7; elsewhere above 4.5
    ['79', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2')), ...commune('xa-3', 'commune', FULL_COMMUNE)], '2025-12-31', []],
    ['42', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2')), ...commune('xa-3', 'commune', FULL_COMMUNE)], '2025-12-31', [['structure_body_average_above_limit', 'warning', 'tinh', average]]],
    // before the stand-in start of NĐ 370/2025
    ['42', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2'))], '2025-12-30', []],
  ] as const)('province %s on %s', (code, units, asOf, expected) => {
    expect(apparatus(structureOf(code, units), asOf)).toEqual(expected);
  });

  it('gives the average it found', () => {
    const units = [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2')), ...commune('xa-3', 'commune', FULL_COMMUNE)];
    const issue = validateStructure(structureOf('42', units), { asOf: isoDate('2026-01-01') }).issues.find((item) => item.code === 'structure_body_average_above_limit');
    expect(issue?.params).toMatchObject({ average: '4.67', count: 14, communes: 3, limit: '4.5' });
  });
});

describe('validateStructure — the staff of a commune’s party and front bodies (Hướng dẫn 31-HD/BTCTW)', () => {
  const advisory = 'norms.commune-staff.party-advisory-bodies';
  const front = 'norms.commune-staff.front-agency';
  const both = 'norms.commune-staff.party-and-mass-organisations';
  const staffed = (kind: string, id: string, civilServant: number, measure: 'quota' | 'actual' = 'quota') =>
    org(id, kind, 'xa', { staffing: { [measure]: { civilServant } } });
  /** The party's three advisory bodies with `party` civil servants between them, the Front agency with `front`. */
  const communeWith = (party: readonly [number, number, number], frontStaff: number, extra: readonly Unit[] = []) => [
    ...commune('xa', 'commune', FULL_COMMUNE),
    staffed('party-office', 'vp-dang-uy', party[0]),
    staffed('party-building-board', 'ban-xd-dang', party[1]),
    staffed('inspection-commission', 'ubkt', party[2]),
    staffed('fatherland-front', 'mttq', frontStaff),
    ...extra,
  ];
  it.each([
    // 16 + 8 = 24: within every range
    ['16 party, 8 front', communeWith([8, 5, 3], 8), '2025-07-01', []],
    // 18 > 17: a cap (error); 18 + 8 = 26 within 23–30
    ['18 party, 8 front', communeWith([9, 6, 3], 8), '2025-07-01', [['structure_commune_staff_above_range', 'error', 'xa', advisory]]],
    // with a political training centre the cap is 20
    ['18 party, 8 front and a political centre', communeWith([9, 6, 3], 8, [org('tt-chinh-tri', 'public-service-unit', 'xa', { sector: 'political-training' })]), '2025-07-01', []],
    // 14 < 15 (info) and 14 + 8 = 22 < 23 (info)
    ['14 party, 8 front', communeWith([7, 4, 3], 8), '2025-07-01', [
      ['structure_commune_staff_below_range', 'info', 'xa', both],
      ['structure_commune_staff_below_range', 'info', 'xa', advisory],
    ]],
    // "about 8" for the Front: 10 is a warning, not an error
    ['16 party, 10 front', communeWith([8, 5, 3], 10), '2025-07-01', [['structure_commune_staff_above_range', 'warning', 'xa', front]]],
    ['18 party, 8 front', communeWith([9, 6, 3], 8), '2025-06-30', []],
  ] as const)('%s on %s', (_label, units, asOf, expected) => {
    const found = apparatus(structureOf('42', units), asOf).filter((issue) => String(issue[0]).startsWith('structure_commune_staff'));
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('counts the headcount in post where no quota is given, and says so', () => {
    const units = [...commune('xa', 'commune', FULL_COMMUNE), staffed('party-office', 'vp', 19, 'actual')];
    const issue = validateStructure(structureOf('42', units), { asOf: FROM }).issues.find((item) => item.ruleId === advisory);
    expect(issue?.params).toMatchObject({ total: 19, max: 17, measure: { en: 'in post' } });
  });
});

describe('validateStructure — staff categories of a commune (norms.commune-staff-categories, Luật 80/2025/QH15)', () => {
  const categories = 'norms.commune-staff-categories';
  const units = [...commune('xa', 'commune', FULL_COMMUNE), org('ubnd-xa-staff', 'specialised-agency', 'xa', { sector: 'x', staffing: { actual: { nonProfessional: 3, civilServant: 5 } } })];
  it.each([
    ['2025-06-30', []],
    ['2025-07-01', [['structure_staff_category_not_in_force', 'warning', 'ubnd-xa-staff', categories]]],
  ] as const)('non-professional workers of a commune on %s', (asOf, expected) => {
    const found = apparatus(structureOf('42', units), asOf).filter((issue) => issue[0] === 'structure_staff_category_not_in_force');
    expect(found).toEqual(expected);
  });

  it('leaves a province’s staff alone (the rule is about the commune)', () => {
    const structure = structureOf('42', [org('so-x', 'specialised-agency', 'tinh', { staffing: { quota: { nonProfessional: 2 } } })]);
    expect(apparatus(structure, '2025-07-01').filter((issue) => issue[0] === 'structure_staff_category_not_in_force')).toEqual([]);
  });
});

describe('validatePlan — a plan that leaves an apparatus above what the law allows', () => {
  it('reports the structure finding of the result, naming the operation behind it', async () => {
    const { validatePlan } = await import('../../src/plan/index.js');
    const structure = structureOf('42', [org('vp-ubnd-tinh', 'government-office', 'tinh')], 13);
    const plan = {
      effectiveOn: isoDate('2025-08-01'),
      // one department split in two: 13 agencies and the office become 15 bodies
      operations: [
        {
          type: 'split' as const,
          sourceId: 'so-0',
          parts: [
            { newUnit: { id: 'so-0a', kind: 'specialised-agency', name: { vi: 'Sở 0a' }, areaId: 'tinh', sector: 'a' }, share: { basisPoints: 5000 } },
            { newUnit: { id: 'so-0b', kind: 'specialised-agency', name: { vi: 'Sở 0b' }, areaId: 'tinh', sector: 'b' }, share: { basisPoints: 5000 } },
          ],
        },
      ],
    };
    const issues = validatePlan(structure, plan as never).issues.filter((issue) => issue.code === 'plan_result_invalid');
    expect(issues.map((issue) => [issue.severity, issue.params?.['structureCode'], issue.ruleId])).toEqual([
      ['warning', 'structure_bodies_above_limit', 'structure.province-department-cap'],
    ]);
  });
});

describe('validateStructure — the body limits under other rulebooks', () => {
  it('measures nothing where no line covers the province, or the commune lies in no province', async () => {
    const { defaultRulebook } = await import('../../src/rules/index.js');
    const rulebook = {
      ...defaultRulebook,
      rules: defaultRulebook.rules.map((rule) =>
        rule.type === 'body-count-limit' ? { ...rule, versions: rule.versions.map((version) => ({ ...version, params: { ...version.params, limits: [{ provinceCodes: ['01'], hundredths: 100 }] } })) } : rule,
      ),
    } as typeof defaultRulebook;
    const fifth = (id: string) => [...FULL_COMMUNE, `extra-${id}`];
    const structure = structureOf('42', [...commune('xa-1', 'commune', fifth('1')), ...commune('xa-2', 'commune', fifth('2'))], 20);
    const asOf = isoDate('2026-01-01');
    expect(validateStructure(structure, { asOf, rulebook }).issues.filter((issue) => APPARATUS.has(issue.code))).toEqual([]);
    // a commune directly under the country (an error of its own) is in no province's average
    const orphan = structureOf('42', commune('xa-1', 'commune', fifth('1'), 'vn'));
    expect(validateStructure(orphan, { asOf }).issues.filter((issue) => issue.code === 'structure_body_average_above_limit')).toEqual([]);
  });
});
