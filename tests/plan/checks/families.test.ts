import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import type { Structure, Unit } from '../../../src/model/index.js';
import { analysePlan } from '../../../src/plan/analysePlan.js';
import { checkFamilies } from '../../../src/plan/checks/families.js';
import { PlanContext } from '../../../src/plan/context.js';
import type { Plan, PlanOperation } from '../../../src/plan/index.js';
import { planRulebook } from '../../../src/plan/planRulebook.js';
import { extendRulebook } from '../../../src/rules/index.js';
import { kyAnhLocalRules } from '../../../src/samples/kyAnhLocalRules.js';
import { importFresh } from '../../support/importFresh.js';

const from = isoDate('2015-01-01');
const units: Unit[] = [
  { id: 'tinh-ha-tinh', kind: 'province', name: { vi: 'Hà Tĩnh' }, from },
  { id: 'tinh-khac', kind: 'province', name: { vi: 'Tỉnh khác' }, from },
  { id: 'xa', kind: 'commune', name: { vi: 'Xã' }, from, parentId: 'tinh-ha-tinh' },
  { id: 'xa-khac', kind: 'commune', name: { vi: 'Xã khác' }, from, parentId: 'tinh-khac' },
  { id: 'ban-tc', kind: 'organisation-board', name: { vi: 'Ban Tổ chức' }, from, areaId: 'tinh-ha-tinh' },
  { id: 'so-nv', kind: 'specialised-agency', name: { vi: 'Sở Nội vụ' }, from, areaId: 'tinh-ha-tinh', sector: 'home-affairs' },
  { id: 'so-tc', kind: 'specialised-agency', name: { vi: 'Sở Tài chính' }, from, areaId: 'tinh-ha-tinh', sector: 'finance' },
  { id: 'vp-du', kind: 'party-office', name: { vi: 'Văn phòng Đảng ủy' }, from, areaId: 'xa' },
  { id: 'vp-ub', kind: 'government-office', name: { vi: 'Văn phòng UBND' }, from, areaId: 'xa' },
  { id: 'vp-du-khac', kind: 'party-office', name: { vi: 'Văn phòng Đảng ủy khác' }, from, areaId: 'xa-khac' },
  { id: 'vp-ub-khac', kind: 'government-office', name: { vi: 'Văn phòng UBND khác' }, from, areaId: 'xa-khac' },
  { id: 'lost', kind: 'party-office', name: { vi: 'Văn phòng lạc' }, from, areaId: 'nowhere' },
  { id: 'lost2', kind: 'government-office', name: { vi: 'Văn phòng lạc 2' }, from, areaId: 'nowhere' },
] as Unit[];
const structure: Structure = { units, people: [], assignments: [] };
const local = extendRulebook(planRulebook, kyAnhLocalRules);

function familyIssues(date: string, operations: PlanOperation[], rulebook = planRulebook) {
  const context = new PlanContext(analysePlan(structure, { effectiveOn: isoDate(date), operations } as Plan), rulebook);
  const before = context.issues.length;
  checkFamilies(context);
  return context.issues.slice(before);
}
const consolidate = (sourceIds: string[], newUnit: Record<string, unknown>): PlanOperation => ({ type: 'consolidate', sourceIds, newUnit }) as unknown as PlanOperation;
const boardAndAgency = (agency = 'so-nv') =>
  consolidate(['ban-tc', agency], { id: 'ban-moi', kind: 'organisation-board', name: { vi: 'Ban mới' }, areaId: 'tinh-ha-tinh' });

describe('checkFamilies: combining units of different families needs a rule that allows it', () => {
  it('names each of the five families in each language (on a fresh instance: the names are module constants)', async () => {
    const { checkFamilies: fresh } = await importFresh<typeof import('../../../src/plan/checks/families.js')>('src/plan/checks/families.js', `names-${Date.now().toString(36)}`);
    const withAll: Structure = {
      ...structure,
      units: [
        ...units,
        { id: 'mt', kind: 'fatherland-front', name: { vi: 'Ủy ban MTTQ' }, from, areaId: 'tinh-ha-tinh' },
        { id: 'tt', kind: 'public-service-unit', name: { vi: 'Trung tâm' }, from, areaId: 'tinh-ha-tinh' },
      ] as Unit[],
    };
    const plan = { effectiveOn: isoDate('2020-01-01'), operations: [consolidate(['xa', 'ban-tc', 'so-tc', 'mt', 'tt'], { id: 'moi', kind: 'organisation-board', name: { vi: 'Mới' }, areaId: 'tinh-ha-tinh' })] } as Plan;
    const context = new PlanContext(analysePlan(withAll, plan), planRulebook);
    const before = context.issues.length;
    fresh(context);
    const [issue, ...rest] = context.issues.slice(before);
    expect(rest).toEqual([]);
    expect(issue?.code).toBe('plan_family_mismatch');
    expect(issue?.params?.['families']).toEqual(['area', 'party', 'state', 'front', 'public-service']);
    expect(issue?.message.vi).toContain('thuộc các khối khác nhau (địa bàn, khối Đảng, khối Nhà nước, khối Mặt trận, khối sự nghiệp)');
    expect(issue?.message.en).toContain('belong to different families (area, party, state, front, public service)');
  });

  it('one family: nothing to say', () => {
    expect(familyIssues('2020-01-01', [{ type: 'merge', sourceIds: ['xa-khac'], targetId: 'xa' }])).toEqual([]);
    expect(familyIssues('2020-01-01', [{ type: 'rename', unitId: 'xa', name: { vi: 'X' } }])).toEqual([]);
  });

  it('a party board with the home-affairs department in the pilot years: permitted, with the rule', () => {
    const [issue, ...rest] = familyIssues('2020-01-01', [boardAndAgency()]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'plan_cross_family_permitted',
      path: ['operations', 0],
      unitIds: ['ban-tc', 'so-nv', 'ban-moi'],
      ruleId: 'merge.pilot-organisation-home-affairs',
      params: { operation: '#1 consolidate', kinds: ['organisation-board', 'specialised-agency'], strength: 'pilot', ruleId: 'merge.pilot-organisation-home-affairs' },
    });
    expect(issue?.citation).toBeDefined();
    // the kinds by name in each language; the params keep their ids
    expect(issue?.message).toEqual({
      vi: 'Thao tác #1 hợp nhất: hợp nhất ban tổ chức, cơ quan chuyên môn (sở, phòng) được phép (thí điểm) theo quy định "Hợp nhất Ban Tổ chức cấp ủy với cơ quan Nội vụ (thí điểm)"',
      en: 'Operation #1 consolidate: combining organisation board, specialised agency is allowed (pilot) under "Consolidating the party organisation board with the home-affairs agency (pilot)"',
    });
  });

  it('the same after the suspension of 2022-07-07: forbidden since that day', () => {
    const [issue, ...rest] = familyIssues('2023-01-01', [boardAndAgency()]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'plan_cross_family_forbidden',
      path: ['operations', 0],
      unitIds: ['ban-tc', 'so-nv', 'ban-moi'],
      params: { operation: '#1 consolidate', kinds: ['organisation-board', 'specialised-agency'], since: '2022-07-07', ruleId: 'merge.pilot-organisation-home-affairs' },
    });
    expect(issue?.message.vi).toContain('ban tổ chức, cơ quan chuyên môn (sở, phòng)');
    expect(issue?.message.en).toContain('organisation board, specialised agency');
  });

  it('a department of another sector is not covered by the home-affairs rule: a mismatch, named in both languages', () => {
    const [issue, ...rest] = familyIssues('2020-01-01', [boardAndAgency('so-tc')]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'plan_family_mismatch',
      path: ['operations', 0],
      unitIds: ['ban-tc', 'so-tc', 'ban-moi'],
      params: {
        operation: '#1 consolidate',
        unitIds: ['ban-tc', 'so-tc', 'ban-moi'],
        families: ['party', 'state'],
        kinds: ['organisation-board', 'specialised-agency'],
        level: 'province',
        asOf: '2020-01-01',
      },
      message: {
        vi: 'Thao tác #1 hợp nhất: Ban Tổ chức (ban-tc), Sở Tài chính (so-tc), Ban mới (ban-moi) thuộc các khối khác nhau (khối Đảng, khối Nhà nước) và không quy định nào hiệu lực ngày 2020-01-01 cho phép hợp nhất (ban tổ chức, cơ quan chuyên môn (sở, phòng), cấp tỉnh)',
        en: 'Operation #1 consolidate: Ban Tổ chức (ban-tc), Sở Tài chính (so-tc), Ban mới (ban-moi) belong to different families (party, state) and no rule in force on 2020-01-01 permits combining them (organisation board, specialised agency, province level)',
      },
    });
  });

  it('a local rule reaches only the areas it names', () => {
    const offices = (prefix: string, areaId: string) =>
      consolidate([`vp-du${prefix}`, `vp-ub${prefix}`], { id: `vp${prefix}`, kind: 'party-office', name: { vi: 'Văn phòng' }, areaId });
    expect(familyIssues('2019-01-01', [offices('', 'xa')], local).map((issue) => issue.code)).toEqual(['plan_cross_family_permitted']);
    expect(familyIssues('2019-01-01', [offices('-khac', 'xa-khac')], local).map((issue) => issue.code)).toEqual(['plan_family_mismatch']);
    expect(familyIssues('2019-01-01', [offices('', 'xa')]).map((issue) => issue.code)).toEqual(['plan_family_mismatch']);
  });

  it('a result whose area is unknown has no level: a mismatch at level ?', () => {
    const [issue] = familyIssues('2019-01-01', [consolidate(['lost', 'lost2'], { id: 'vp-lac', kind: 'party-office', name: { vi: 'Lạc' }, areaId: 'nowhere' })], local);
    expect(issue?.code).toBe('plan_family_mismatch');
    expect(issue?.params?.['level']).toBe('?');
    expect(issue?.message.en).toContain("(party committee office, office of the People's Council and Committee, ? level)");
    expect(issue?.message.vi).toContain('cấp ?)');
  });

  it('an area among the units (an organisation merged into a commune) is a mismatch, whatever the rules', () => {
    const [issue, ...rest] = familyIssues('2019-01-01', [{ type: 'merge', sourceIds: ['vp-du'], targetId: 'xa' }], local);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'plan_family_mismatch', params: { families: ['party', 'area'], kinds: ['party-office', 'commune'], level: 'commune' } });
    expect(issue?.message.vi).toContain('(khối Đảng, địa bàn)');
  });
});
