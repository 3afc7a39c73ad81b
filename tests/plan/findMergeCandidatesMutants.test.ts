import { describe, expect, it } from 'vitest';
import { type FindMergeCandidatesOptions, findMergeCandidates } from '../../src/plan/index.js';
import { defaultRulebook, type Rulebook } from '../../src/rules/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';
import { camPhaFixture, twoProvinces } from './fixtures.js';

/** The candidates of a successful answer (a failure fails the test, naming its issues). */
function candidatesOf(structure: Structure, options: FindMergeCandidatesOptions) {
  const result = findMergeCandidates(structure, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.map((issue) => issue.code)));
  return result.value.candidates;
}

/** The default rulebook without the rules named. */
function without(...ids: string[]): Rulebook {
  return { ...defaultRulebook, rules: defaultRulebook.rules.filter((rule) => !ids.includes(rule.id)) };
}

/** The default rulebook where rule `id` is replaced by rule `by` under `id` (a rule of another type). */
function retyped(id: string, by: string): Rulebook {
  const other = defaultRulebook.rules.find((rule) => rule.id === by);
  if (other === undefined) throw new Error(by);
  return { ...defaultRulebook, rules: defaultRulebook.rules.map((rule) => (rule.id === id ? { ...other, id } : rule)) };
}

/** Cẩm Phả with only the units `keep` accepts. */
function camPhaWith(keep: (unit: Unit) => boolean): Structure {
  const structure = camPhaFixture();
  return { ...structure, units: structure.units.filter(keep), assignments: [] };
}

const isOrganisation = (unit: Unit) => 'areaId' in unit;
const isVillage = (unit: Unit) => unit.kind === 'village';

describe('findMergeCandidates: messages', () => {
  const structure = camPhaFixture();

  it('gives the area and population shares of an admin unit (area × 10,000 ÷ standard)', () => {
    const admin = candidatesOf(structure, { asOf: isoDate('2019-06-01') }).filter((candidate) => candidate.reason === 'admin-unit-below-criteria');
    expect(admin.map((candidate) => [candidate.unitIds, candidate.strength, candidate.ratioBps, candidate.message])).toEqual([
      [['x-dh'], 'required', 3125, {
        vi: 'Xã Dương Huy (x-dh, xã): diện tích 40%, dân số 31,25% tiêu chuẩn; thuộc diện sắp xếp',
        en: 'Xã Dương Huy (x-dh, commune): area 40% and population 31.25% of the standard; falls to be merged',
      }],
      [['x-ch'], 'required', 3333, {
        vi: 'Xã Cộng Hòa (x-ch, xã): diện tích 33,33%, dân số 37,5% tiêu chuẩn; thuộc diện sắp xếp',
        en: 'Xã Cộng Hòa (x-ch, commune): area 33.33% and population 37.5% of the standard; falls to be merged',
      }],
    ]);
  });

  it('names an encouraged merger in Vietnamese as khuyến khích', () => {
    const village = candidatesOf(structure, { asOf: isoDate('2019-06-01') }).find((candidate) => candidate.unitIds[0] === 'thon-2');
    expect(village?.message).toEqual({
      vi: 'Thôn 2 (thon-2, thôn) có 180 hộ, 72% mức chuẩn 250 hộ: khuyến khích sáp nhập',
      en: 'Thôn 2 (thon-2, village) has 180 households, 72% of the 250-household minimum: merger encouraged',
    });
  });

  it('names the organisations, their area and the shared functions of an overlap', () => {
    const overlap = candidatesOf(structure, { asOf: isoDate('2019-06-01') }).find((candidate) => candidate.reason === 'overlapping-functions');
    expect(overlap?.message).toEqual({
      vi: 'Các tổ chức Trung tâm Văn hóa (tt-vh), Đài Truyền thanh - Truyền hình (dai-tt) cùng địa bàn Thành phố Cẩm Phả (tp-cp) có chức năng trùng nhau: information, propaganda-media',
      en: 'The organisations Trung tâm Văn hóa (tt-vh), Đài Truyền thanh - Truyền hình (dai-tt) in Thành phố Cẩm Phả (tp-cp) share functions: information, propaganda-media',
    });
  });

  it('says what minSharedFunctions was when it refuses it', () => {
    expect(() => findMergeCandidates(structure, { asOf: isoDate('2019-06-01'), minSharedFunctions: 0 })).toThrow(
      '[tinh-gon] findMergeCandidates: options.minSharedFunctions must be a positive integer, received 0',
    );
  });
});

describe('findMergeCandidates: errors or warnings when a rule is missing', () => {
  const severities = (structure: Structure, options: FindMergeCandidatesOptions) => {
    const result = findMergeCandidates(structure, options);
    return [result.ok, result.issues.map((issue) => [issue.code, issue.params?.['ruleId'], issue.severity])];
  };

  it.each([
    // no villages: the household standard is not asked for, so its absence is no issue
    ['no villages', '2019-06-01', camPhaWith((unit) => !isVillage(unit)), [true, []]],
    // villages, admin units and organisations: the admin units and overlaps are judged, so the gap is a warning
    ['everything', '2019-06-01', camPhaFixture(), [true, [['rule_unknown', 'merge.village-household-standard', 'warning']]]],
    // before the 2016 standard, without organisations: nothing can be judged, so every gap is an error
    ['no organisations', '2015-06-01', camPhaWith((unit) => !isOrganisation(unit)), [
      false,
      [
        ['rule_unknown', 'merge.village-household-standard', 'error'],
        ['rule_not_in_force', 'merge.admin-unit-standard', 'error'],
        ['rule_not_in_force', 'merge.admin-unit-merge-criteria', 'error'],
      ],
    ]],
  ] as const)('without the household standard: %s on %s', (_name, asOf, structure, expected) => {
    expect(severities(structure, { asOf: isoDate(asOf), rulebook: without('merge.village-household-standard') })).toEqual(expected);
  });

  it.each([
    // organisations are always compared, so the missing admin-unit rules of 2015 are warnings
    ['with organisations', camPhaWith((unit) => !isVillage(unit)), 'warning', true],
    ['without organisations', camPhaWith((unit) => !isVillage(unit) && !isOrganisation(unit)), 'error', false],
  ] as const)('admin units %s and no villages, before the 2016 standard', (_name, structure, severity, ok) => {
    expect(severities(structure, { asOf: isoDate('2015-06-01') })).toEqual([
      ok,
      [
        ['rule_not_in_force', 'merge.admin-unit-standard', severity],
        ['rule_not_in_force', 'merge.admin-unit-merge-criteria', severity],
      ],
    ]);
  });

  it('answers an empty structure with no candidates and no issues', () => {
    const empty: Structure = { units: [], people: [], assignments: [] };
    expect(findMergeCandidates(empty, { asOf: isoDate('2019-06-01') })).toEqual({ ok: true, value: { candidates: [] }, issues: [] });
  });
});

describe('findMergeCandidates: what is judged', () => {
  const reasonOf = (reason: string) => (candidate: { readonly reason: string }) => candidate.reason === reason;

  it('leaves out units not in force on the date', () => {
    const structure = camPhaFixture();
    const later = isoDate('2020-01-01');
    const units: Unit[] = [
      ...structure.units,
      { id: 'thon-5', kind: 'village', name: { vi: 'Thôn 5' }, parentId: 'x-ch', from: later, households: 10 },
      { id: 'x-moi', kind: 'commune', name: { vi: 'Xã Mới' }, parentId: 'tp-cp', from: later, population: 1000, areaKm2: 5 },
      {
        id: 'tt-moi', kind: 'public-service-unit', name: { vi: 'Trung tâm mới' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: later,
        functions: ['information', 'propaganda-media'],
      },
    ];
    const candidates = candidatesOf({ ...structure, units }, { asOf: isoDate('2019-06-01') });
    expect(candidates.map((candidate) => candidate.unitIds)).toEqual([['x-dh'], ['x-ch'], ['thon-1'], ['thon-2'], ['tt-vh', 'dai-tt']]);
  });

  it('judges provinces against the 2025 criteria (NQ 76/2025: communes and provinces)', () => {
    const admin = candidatesOf(twoProvinces('plains'), { asOf: isoDate('2025-06-01') }).filter(reasonOf('admin-unit-below-criteria'));
    expect(admin.map((candidate) => [candidate.unitIds[0], candidate.ratioBps])).toEqual([
      ['xa-b', 1875],
      ['tinh-b', 2000],
      ['xa-a', 2500],
      ['tinh-a', 3571],
    ]);
  });

  it('leaves out an admin unit without a population or an area figure, even where one share alone would do (2025)', () => {
    const structure = camPhaFixture();
    // x-ch without its population, x-dh without its area
    const dropped: Readonly<Record<string, string>> = { 'x-ch': 'population', 'x-dh': 'areaKm2' };
    const units = structure.units.map((unit) => Object.fromEntries(Object.entries(unit).filter(([key]) => key !== dropped[unit.id])) as Unit);
    const admin = candidatesOf({ ...structure, units }, { asOf: isoDate('2025-06-01') }).filter(reasonOf('admin-unit-below-criteria'));
    expect(admin.map((candidate) => candidate.unitIds[0])).toEqual(['x-dk']);
  });

  // a rule id whose rule is of another type is not the rule asked for
  it.each([
    ['merge.village-household-standard', 'merge.admin-unit-standard', 'village-below-standard'],
    ['merge.admin-unit-standard', 'merge.admin-unit-merge-criteria', 'admin-unit-below-criteria'],
    ['merge.admin-unit-merge-criteria', 'merge.admin-unit-standard', 'admin-unit-below-criteria'],
  ])('does not take a rule of another type under %s', (id, by, reason) => {
    const result = findMergeCandidates(camPhaFixture(), { asOf: isoDate('2019-06-01'), rulebook: retyped(id, by) });
    expect(result.issues.map((issue) => [issue.code, issue.params?.['ruleId'], issue.severity])).toEqual([['rule_unknown', id, 'warning']]);
    expect(result.ok && result.value.candidates.some(reasonOf(reason))).toBe(false);
  });
});

describe('findMergeCandidates: ranking', () => {
  /** Cẩm Phả with the functions of some organisations replaced, and the overlaps found on 2019-06-01. */
  const overlaps = (functions: Readonly<Record<string, readonly string[]>>) => {
    const structure = camPhaFixture();
    const units = structure.units.map((unit): Unit => (Object.hasOwn(functions, unit.id) ? { ...unit, functions: functions[unit.id] } as Unit : unit));
    return candidatesOf({ ...structure, units }, { asOf: isoDate('2019-06-01') })
      .filter((candidate) => candidate.reason === 'overlapping-functions')
      .map((candidate) => [candidate.unitIds, candidate.sharedFunctions]);
  };

  it('puts the group sharing more functions first, even when it has fewer units', () => {
    const two = ['inspection', 'personnel'];
    const three = ['culture', 'information', 'propaganda-media'];
    expect(overlaps({ btc: two, 'phong-nv': two, 'thanh-tra': two, 'tt-vh': three, 'dai-tt': three })).toEqual([
      [['tt-vh', 'dai-tt'], three],
      [['btc', 'phong-nv', 'thanh-tra'], two],
    ]);
  });

  it('puts the group of more units first when they share as many functions', () => {
    const first = ['inspection', 'personnel'];
    const second = ['culture', 'information'];
    // thanh-uy, the first organisation of tp-cp, opens the smaller group
    expect(overlaps({ 'thanh-uy': first, ubkt: first, 'phong-nv': second, 'thanh-tra': second, 'tt-vh': second })).toEqual([
      [['phong-nv', 'thanh-tra', 'tt-vh'], second],
      [['thanh-uy', 'ubkt'], first],
    ]);
  });

  it('puts three shared functions before two even when the two are shared by more than a thousand organisations', () => {
    const structure = camPhaFixture();
    const two = ['inspection', 'personnel'];
    const three = ['culture', 'information', 'propaganda-media'];
    const template = structure.units.find((unit) => unit.id === 'thanh-tra') as Unit;
    // 1,100 inspection offices in tp-cp (a rank once made of −1,000 × shared − units put them first)
    const many = Array.from({ length: 1100 }, (_, index): Unit => ({ ...template, id: `tt-${index}`, functions: two }) as Unit);
    const units = [...structure.units.map((unit): Unit => (['tt-vh', 'dai-tt'].includes(unit.id) ? ({ ...unit, functions: three } as Unit) : unit)), ...many];
    const found = candidatesOf({ ...structure, units }, { asOf: isoDate('2019-06-01') }).filter((candidate) => candidate.reason === 'overlapping-functions');
    expect(found.map((candidate) => [candidate.unitIds.length, candidate.sharedFunctions])).toEqual([
      [2, three],
      [1100, two],
    ]);
  });

  it('names the organisations and their area by name and id; an area the structure lacks by its id', () => {
    const structure = camPhaFixture();
    const three = ['culture', 'information', 'propaganda-media'];
    const units = structure.units.map((unit): Unit => (['tt-vh', 'dai-tt'].includes(unit.id) ? ({ ...unit, functions: three } as Unit) : unit));
    const messageOf = (list: Unit[]) =>
      candidatesOf({ ...structure, units: list }, { asOf: isoDate('2019-06-01') }).find((candidate) => candidate.reason === 'overlapping-functions')?.message;
    expect(messageOf(units)).toEqual({
      vi: 'Các tổ chức Trung tâm Văn hóa (tt-vh), Đài Truyền thanh - Truyền hình (dai-tt) cùng địa bàn Thành phố Cẩm Phả (tp-cp) có chức năng trùng nhau: culture, information, propaganda-media',
      en: 'The organisations Trung tâm Văn hóa (tt-vh), Đài Truyền thanh - Truyền hình (dai-tt) in Thành phố Cẩm Phả (tp-cp) share functions: culture, information, propaganda-media',
    });
    // the two serve an area that is not in the structure: it stays an id
    const ghost = units.map((unit): Unit => (['tt-vh', 'dai-tt'].includes(unit.id) ? ({ ...unit, areaId: 'ghost' } as Unit) : unit));
    expect(messageOf(ghost)?.en).toBe(
      'The organisations Trung tâm Văn hóa (tt-vh), Đài Truyền thanh - Truyền hình (dai-tt) in ghost share functions: culture, information, propaganda-media',
    );
  });

  it('ranks required before encouraged before suggested, then the smallest share first (2025)', () => {
    const candidates = candidatesOf(camPhaFixture(), { asOf: isoDate('2025-06-01') });
    expect(candidates.map((candidate) => [candidate.unitIds[0], candidate.strength])).toEqual([
      ['x-dh', 'required'],
      ['x-ch', 'required'],
      ['thon-1', 'required'],
      ['x-dk', 'required'],
      ['thon-2', 'encouraged'],
      ['tt-vh', 'suggested'],
    ]);
  });
});
