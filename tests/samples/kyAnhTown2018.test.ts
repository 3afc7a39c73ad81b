import { describe, expect, it } from 'vitest';
import { findAssignments, findUnit, getLevel, isArea } from '../../src/model/indexStructure.js';
import { parseStructure } from '../../src/model/parseStructure.js';
import type { AreaUnit, Organisation } from '../../src/model/Structure.js';
import { validateStructure } from '../../src/structure/validateStructure.js';
import { KY_ANH_FUNCTION_GROUPS, KY_ANH_REPORTED_FIGURES, kyAnhTown2018 } from '../../src/samples/kyAnhTown2018.js';
import { isoDate } from '../../src/core/IsoDate.js';
import { isInForce } from '../../src/core/Interval.js';

const ASOF = isoDate('2018-10-01');
const inForce = kyAnhTown2018.units.filter((unit) => isInForce(unit, ASOF));
const areas = inForce.filter(isArea);
const organisations = inForce.filter((unit): unit is Organisation => !isArea(unit));
const ofKind = (kind: AreaUnit['kind']) => areas.filter((area) => area.kind === kind);
const households = (kind: AreaUnit['kind']) => ofKind(kind).map((area) => area.households ?? -1);
/** The person holding `role` in `unitId` on 2018-10-01 (the first one, when several). */
const holder = (unitId: string, role: string) =>
  findAssignments(kyAnhTown2018, ASOF, { unitId }).find((assignment) => assignment.role === role)?.personId;

describe('kyAnhTown2018: counts', () => {
  it('has the town with 12 communes and wards (6 phường, 6 xã)', () => {
    const communes = areas.filter((area) => area.parentId === 'tx-ky-anh');
    expect(communes).toHaveLength(KY_ANH_REPORTED_FIGURES.communes);
    expect(ofKind('ward')).toHaveLength(6);
    expect(ofKind('commune')).toHaveLength(6);
    expect(findUnit(kyAnhTown2018, 'tx-ky-anh')?.kind).toBe('town');
  });

  it('has 85 villages and residential groups, each with households, under a commune of the town', () => {
    const villages = [...ofKind('village'), ...ofKind('residential-group')];
    expect(villages).toHaveLength(KY_ANH_REPORTED_FIGURES.villagesAndGroups2018);
    for (const village of villages) {
      expect(village.households).toBeGreaterThan(0);
      expect(findUnit(kyAnhTown2018, village.parentId ?? '')?.parentId).toBe('tx-ky-anh');
    }
    expect(ofKind('village').every((v) => v.parentId?.startsWith('xa-'))).toBe(true);
    expect(ofKind('residential-group').every((v) => v.parentId?.startsWith('phuong-'))).toBe(true);
  });

  it('has exactly 8 small thôn in [78, 199], the others at least 400 households', () => {
    const small = households('village').filter((count) => count < 400);
    expect(small).toHaveLength(KY_ANH_REPORTED_FIGURES.smallVillages);
    expect(Math.min(...small)).toBe(78);
    expect(Math.max(...small)).toBe(199);
    expect(small.every((count) => count >= 78 && count < 200)).toBe(true);
  });

  it('has exactly 9 small tổ dân phố in [130, 249], the others at least 500 households', () => {
    const small = households('residential-group').filter((count) => count < 500);
    expect(small).toHaveLength(KY_ANH_REPORTED_FIGURES.smallResidentialGroups);
    expect(Math.min(...small)).toBe(130);
    expect(Math.max(...small)).toBe(249);
    expect(small.every((count) => count >= 130 && count < 250)).toBe(true);
  });

  it.each([
    // standard, thôn line, TDP line (50% of the household minimum), thôn below, TDP below
    ['TT 09/2017 plains (400 / 500)', 200, 250, 8, 9],
    ['TT 14/2018 Central (250 / 300)', 125, 150, 2, 1],
    ['TT 04/2012 plains (200 / 250)', 100, 125, 1, 0],
  ])('puts the right units under the 50%% line of %s', (_standard, villageLine, groupLine, villages, groups) => {
    expect(households('village').filter((count) => count < villageLine)).toHaveLength(villages);
    expect(households('residential-group').filter((count) => count < groupLine)).toHaveLength(groups);
  });

  it('has every other unit at or above the highest household minimum (400 per thôn, 500 per TDP)', () => {
    expect(households('village').filter((count) => count >= 200 && count < 400)).toEqual([]);
    expect(households('residential-group').filter((count) => count >= 250 && count < 500)).toEqual([]);
  });

  it('puts several of the small thôn in xã Kỳ Nam', () => {
    const smallInKyNam = ofKind('village').filter((v) => v.parentId === 'xa-ky-nam' && (v.households ?? 0) < 200);
    expect(smallInKyNam.length).toBeGreaterThanOrEqual(2);
    expect(smallInKyNam.map((v) => v.households)).toContain(78);
  });

  it('gives each commune households equal to the sum of its villages', () => {
    for (const commune of areas.filter((area) => area.parentId === 'tx-ky-anh')) {
      const villages = areas.filter((area) => area.parentId === commune.id);
      const sum = villages.reduce((total, village) => total + (village.households ?? 0), 0);
      expect(commune.households).toBe(sum);
      expect(commune.region).toBe('central');
      expect(commune.terrain).toBe('plains');
    }
  });

  it('has one party cell and one Front work committee per village, under the commune bodies', () => {
    const cells = organisations.filter((unit) => unit.kind === 'party-cell');
    const frontCommittees = organisations.filter((unit) => unit.kind === 'front-work-committee');
    expect(cells).toHaveLength(85);
    expect(frontCommittees).toHaveLength(85);
    const cell = findUnit(kyAnhTown2018, 'chi-bo-thon-ky-nam-2') as Organisation;
    expect(cell.areaId).toBe('thon-ky-nam-2');
    expect(cell.parentId).toBe('dang-uy-xa-ky-nam');
  });

  it('marks areas with invented figures as illustrative', () => {
    for (const area of areas.filter((a) => a.households !== undefined)) expect(area.illustrative).toBe(true);
  });
});

describe('kyAnhTown2018: validity', () => {
  it('passes validateStructure on 2018-10-01 with no issue at all', () => {
    const report = validateStructure(kyAnhTown2018, { asOf: ASOF });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('reports the town as a kind not in force on 2025-07-01 (no district level)', () => {
    const report = validateStructure(kyAnhTown2018, { asOf: isoDate('2025-07-01') });
    expect(report.ok).toBe(false);
    const townIssue = report.issues.find(
      (issue) => issue.code === 'kind_not_in_force' && issue.unitIds?.[0] === 'tx-ky-anh',
    );
    const townPosition = kyAnhTown2018.units.findIndex((unit) => unit.id === 'tx-ky-anh');
    expect(townIssue?.path).toEqual(['units', townPosition, 'kind']);
    expect(townIssue?.params?.unitId).toBe('tx-ky-anh');
    expect(townIssue?.message.en).toContain('2025-07-01');
  });

  it('survives a JSON round trip through parseStructure unchanged', () => {
    const parsed = parseStructure(JSON.parse(JSON.stringify(kyAnhTown2018)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toEqual(kyAnhTown2018);
  });

  it('has actual headcounts within quota and staffing on every commune committee', () => {
    const committees = organisations.filter((unit) => unit.kind === 'peoples-committee');
    expect(committees).toHaveLength(13);
    for (const committee of committees) {
      const { quota, actual } = committee.staffing ?? {};
      expect(quota).toBeDefined();
      for (const [category, count] of Object.entries(actual ?? {})) {
        expect(count).toBeLessThanOrEqual((quota as Record<string, number>)[category] ?? -1);
      }
    }
  });
});

describe('kyAnhTown2018: bodies', () => {
  it.each(['phuong-ky-long', 'xa-ky-nam'])('gives %s its party, state and front bodies', (communeId) => {
    const kinds = organisations.filter((unit) => unit.areaId === communeId).map((unit) => unit.kind);
    const required = ['party-committee', 'party-office', 'peoples-council', 'peoples-committee', 'government-office'];
    for (const kind of required) expect(kinds).toContain(kind);
    expect(kinds.filter((kind) => kind === 'mass-association')).toHaveLength(4);
    expect(kinds.includes('farmers-union')).toBe(communeId.startsWith('xa-'));
    expect((findUnit(kyAnhTown2018, `dang-uy-${communeId}`) as Organisation).parentId).toBe('thi-uy-tx-ky-anh');
  });

  it('has the named town bodies, with sectors and autonomy groups on the public service units', () => {
    const town = organisations.filter((unit) => unit.areaId === 'tx-ky-anh');
    const byKind = (kind: string) => town.filter((unit) => unit.kind === kind).map((unit) => unit.id);
    expect(byKind('party-committee')).toEqual(['thi-uy-tx-ky-anh']);
    expect(byKind('mass-association')).toHaveLength(5);
    expect(byKind('public-service-unit')).toHaveLength(7);
    expect(byKind('specialised-agency')).toEqual(expect.arrayContaining(['phong-noi-vu-tx-ky-anh']));
    const agencies = town.filter((unit) => unit.kind === 'specialised-agency');
    const sectors = Object.fromEntries(agencies.map((unit) => [unit.id, unit.sector]));
    expect(sectors).toMatchObject({
      'phong-noi-vu-tx-ky-anh': 'home-affairs',
      'phong-tai-chinh-ke-hoach-tx-ky-anh': 'finance-planning',
      'phong-van-hoa-thong-tin-tx-ky-anh': 'culture-information',
      'phong-lao-dong-tbxh-tx-ky-anh': 'labour-social-affairs',
    });
    for (const unit of town.filter((u) => u.kind === 'public-service-unit')) {
      expect(unit.sector).toBeDefined();
      expect(unit.kind === 'public-service-unit' && unit.autonomyGroup).toBeTruthy();
    }
    const centre = findUnit(kyAnhTown2018, 'tt-bdct-tx-ky-anh') as Organisation;
    expect([centre.sector, centre.parentId]).toEqual(['political-training', 'thi-uy-tx-ky-anh']);
  });

  it('uses readable ASCII ids', () => {
    for (const unit of kyAnhTown2018.units) expect(unit.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const person of kyAnhTown2018.people) expect(person.id).toMatch(/^p(-[a-z0-9]+)+$/);
  });
});

describe('kyAnhTown2018: levels', () => {
  it('derives district level for town bodies, commune for commune bodies, village for party cells', () => {
    for (const unit of organisations) {
      const inVillage = unit.kind === 'party-cell' || unit.kind === 'front-work-committee';
      const expected = unit.areaId === 'tx-ky-anh' ? 'district' : inVillage ? 'village' : 'commune';
      expect([unit.id, getLevel(kyAnhTown2018, unit)]).toEqual([unit.id, expected]);
    }
    expect(getLevel(kyAnhTown2018, findUnit(kyAnhTown2018, 'ubnd-tx-ky-anh')!)).toBe('district');
    expect(getLevel(kyAnhTown2018, findUnit(kyAnhTown2018, 'dang-uy-phuong-ky-long')!)).toBe('commune');
  });
});

describe('kyAnhTown2018: people', () => {
  it('has the propaganda head also directing the political training centre on 2018-10-01', () => {
    const posts = findAssignments(kyAnhTown2018, ASOF, { personId: 'p-truong-ban-tuyen-giao' });
    expect(posts.map((post) => [post.unitId, post.role])).toEqual([
      ['ban-tuyen-giao-thi-uy', 'head'],
      ['tt-bdct-tx-ky-anh', 'director'],
    ]);
  });

  it('has the town party secretary chairing the council, and a deputy secretary chairing the committee', () => {
    const secretary = holder('thi-uy-tx-ky-anh', 'secretary');
    expect(secretary).toBe('p-bi-thu-thi-uy');
    expect(holder('hdnd-tx-ky-anh', 'chair')).toBe(secretary);
    const committeeChair = holder('ubnd-tx-ky-anh', 'chair');
    expect(committeeChair).not.toBe(secretary);
    const committeeChairPosts = findAssignments(kyAnhTown2018, ASOF, { personId: committeeChair ?? '' });
    expect(committeeChairPosts.map((a) => a.role).sort()).toEqual(['chair', 'deputySecretary']);
    expect(holder('thi-uy-tx-ky-anh', 'standingDeputySecretary')).toBe('p-pho-bi-thu-thuong-truc-thi-uy');
    const committeePosts = findAssignments(kyAnhTown2018, ASOF, { unitId: 'ubnd-tx-ky-anh' });
    expect(committeePosts.filter((a) => a.role === 'viceChair')).toHaveLength(3);
  });

  it.each([
    ['ban-dan-van-thi-uy', 'head'],
    ['ban-to-chuc-thi-uy', 'head'],
    ['phong-noi-vu-tx-ky-anh', 'head'],
    ['thanh-tra-tx-ky-anh', 'head'],
    ['ubkt-thi-uy', 'head'],
    ['mttq-tx-ky-anh', 'chair'],
  ])('has someone holding %s as %s, and only that post', (unitId, role) => {
    const personId = holder(unitId, role);
    expect(personId).toBeDefined();
    expect(findAssignments(kyAnhTown2018, ASOF, { personId: personId ?? '' })).toHaveLength(1);
  });

  it('has the commune party secretary chairing the people’s council in exactly 6 communes', () => {
    const communes = areas.filter((area) => area.parentId === 'tx-ky-anh');
    const unified = communes.filter((commune) => {
      const secretary = holder(`dang-uy-${commune.id}`, 'secretary');
      const chair = holder(`hdnd-${commune.id}`, 'chair');
      expect(secretary).toBeDefined();
      expect(chair).toBeDefined();
      expect(holder(`ubnd-${commune.id}`, 'chair')).not.toBe(secretary);
      const viceChairs = findAssignments(kyAnhTown2018, ASOF, { unitId: `ubnd-${commune.id}` }).filter(
        (assignment) => assignment.role === 'viceChair',
      );
      expect(viceChairs.length).toBeGreaterThanOrEqual(1);
      expect(viceChairs.length).toBeLessThanOrEqual(2);
      return secretary === chair;
    });
    expect(unified.map((commune) => commune.id)).toContain('phuong-ky-long');
    expect(unified).toHaveLength(6);
  });

  it('has a cell secretary and a village head in every village, the same person in about half', () => {
    const villages = [...ofKind('village'), ...ofKind('residential-group')];
    let same = 0;
    for (const village of villages) {
      const secretary = holder(`chi-bo-${village.id}`, 'secretary');
      const head = holder(village.id, 'villageHead');
      expect(secretary && head).toBeTruthy();
      if (secretary === head) same += 1;
    }
    expect(same).toBe(43);
  });

  it('starts every assignment on or after its unit, and names every person', () => {
    const personIds = new Set(kyAnhTown2018.people.map((person) => person.id));
    expect(personIds.size).toBe(kyAnhTown2018.people.length);
    for (const assignment of kyAnhTown2018.assignments) {
      expect(personIds.has(assignment.personId)).toBe(true);
      expect(assignment.from >= (findUnit(kyAnhTown2018, assignment.unitId)?.from ?? '9999')).toBe(true);
    }
  });
});

describe('kyAnhTown2018: function tags', () => {
  it('makes exactly the report’s three overlap groups when units of one area sharing a tag are joined', () => {
    // Union–find over organisations of the same area sharing at least one function tag.
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      const up = parent.get(id) ?? id;
      return up === id ? id : find(up);
    };
    const owners = new Map<string, string>();
    for (const unit of organisations) {
      for (const tag of unit.functions ?? []) {
        const key = `${unit.areaId}|${tag}`;
        const first = owners.get(key);
        if (first === undefined) owners.set(key, unit.id);
        else parent.set(find(unit.id), find(first));
      }
    }
    const groups = new Map<string, string[]>();
    for (const unit of organisations) {
      if ((unit.functions ?? []).length === 0) continue;
      const root = find(unit.id);
      groups.set(root, [...(groups.get(root) ?? []), unit.id]);
    }
    const overlapping = [...groups.values()].filter((group) => group.length > 1).map((group) => [...group].sort());
    const expected = KY_ANH_FUNCTION_GROUPS.map((group) => [...group].sort());
    expect(overlapping.sort()).toEqual(expected.sort());
  });

  it('keeps the youth volunteers’ association out of the welfare group', () => {
    const volunteers = findUnit(kyAnhTown2018, 'hoi-tnxp-tx-ky-anh') as Organisation;
    expect(volunteers.functions).not.toContain('welfare-support');
    expect(KY_ANH_FUNCTION_GROUPS.flat()).not.toContain('hoi-tnxp-tx-ky-anh');
  });

  it('shares propaganda-media but not propaganda between the culture centre and the radio station', () => {
    const [culture, radio] = (KY_ANH_FUNCTION_GROUPS[1] ?? []).map((id) => findUnit(kyAnhTown2018, id) as Organisation);
    expect(culture?.functions).toContain('propaganda-media');
    expect(radio?.functions).toContain('propaganda-media');
    expect(culture?.functions).not.toContain('propaganda');
    expect(radio?.functions).not.toContain('propaganda');
  });
});

describe('KY_ANH_REPORTED_FIGURES', () => {
  it('records the report’s figures and its source', () => {
    expect(KY_ANH_REPORTED_FIGURES).toMatchObject({
      source: '001_cae5111245392743.txt',
      villagesAndGroups2018: 85,
      villagesAndGroupsAfter: 80,
      smallResidentialGroups: 9,
      smallVillages: 8,
      staffReductionBy2025: 92,
      nonProfessionalReductionBy2025: 450,
    });
    expect(
      KY_ANH_REPORTED_FIGURES.villagesAndGroups2018 -
        KY_ANH_REPORTED_FIGURES.villagesMergedInKyNam -
        KY_ANH_REPORTED_FIGURES.residentialGroupsToMergeIn2019,
    ).toBe(KY_ANH_REPORTED_FIGURES.villagesAndGroupsAfter);
  });
});
