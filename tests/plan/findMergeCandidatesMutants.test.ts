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
        vi: 'x-dh (commune): diện tích 40%, dân số 31,25% tiêu chuẩn; thuộc diện sắp xếp',
        en: 'x-dh (commune): area 40% and population 31.25% of the standard; falls to be merged',
      }],
      [['x-ch'], 'required', 3333, {
        vi: 'x-ch (commune): diện tích 33,33%, dân số 37,5% tiêu chuẩn; thuộc diện sắp xếp',
        en: 'x-ch (commune): area 33.33% and population 37.5% of the standard; falls to be merged',
      }],
    ]);
  });

  it('names an encouraged merger in Vietnamese as khuyến khích', () => {
    const village = candidatesOf(structure, { asOf: isoDate('2019-06-01') }).find((candidate) => candidate.unitIds[0] === 'thon-2');
    expect(village?.message).toEqual({
      vi: 'thon-2 (village) có 180 hộ, 72% mức chuẩn 250 hộ: khuyến khích sáp nhập',
      en: 'thon-2 (village) has 180 households, 72% of the 250-household minimum: merger encouraged',
    });
  });

  it('names the organisations, their area and the shared functions of an overlap', () => {
    const overlap = candidatesOf(structure, { asOf: isoDate('2019-06-01') }).find((candidate) => candidate.reason === 'overlapping-functions');
    expect(overlap?.message).toEqual({
      vi: 'Các tổ chức tt-vh, dai-tt cùng địa bàn tp-cp có chức năng trùng nhau: information, propaganda-media',
      en: 'The organisations tt-vh, dai-tt in tp-cp share functions: information, propaganda-media',
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
