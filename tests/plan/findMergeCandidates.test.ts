import { describe, expect, it } from 'vitest';
import { type FindMergeCandidatesOptions, findMergeCandidates } from '../../src/plan/index.js';
import { defaultRulebook } from '../../src/rules/index.js';
import type { Structure } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';
import { camPhaFixture } from './fixtures.js';

/** The candidates of a successful answer (a failure fails the test, naming its issues). */
function candidatesOf(structure: Structure, options: FindMergeCandidatesOptions) {
  const result = findMergeCandidates(structure, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.map((issue) => issue.code)));
  return result.value.candidates;
}

describe('findMergeCandidates', () => {
  const structure = camPhaFixture();

  it.each([
    ['2017-06-01', [['thon-1', 'required', 4500], ['thon-2', 'encouraged', 9000]]],
    ['2018-06-01', [['thon-1', 'required', 2250], ['thon-2', 'required', 4500], ['thon-3', 'encouraged', 12000 / 1]].slice(0, 2)],
    ['2019-06-01', [['thon-1', 'required', 3600], ['thon-2', 'encouraged', 7200]]],
  ])('villages on %s (the standard of the date)', (asOf, expected) => {
    const villages = candidatesOf(structure, { asOf: isoDate(asOf) }).filter((candidate) => candidate.reason === 'village-below-standard');
    expect(villages.map((candidate) => [candidate.unitIds[0], candidate.strength, candidate.ratioBps])).toEqual(expected);
  });

  it('cites the household standard of the date', () => {
    const [first] = candidatesOf(structure, { asOf: isoDate('2018-06-01') });
    expect(first).toMatchObject({ ruleId: 'merge.village-household-standard', citation: { instrumentId: '09/2017/TT-BNV' }, verification: 'secondary' });
    expect(first?.message.vi).toBe('Thôn 1 (thon-1, thôn) có 90 hộ, 22,5% mức chuẩn 400 hộ: bắt buộc sáp nhập');
  });

  it.each([
    ['2019-06-01', ['x-dh', 'x-ch']],
    ['2024-06-01', ['x-dh', 'x-ch']],
    ['2025-06-01', ['x-dh', 'x-ch', 'x-dk']],
  ])('communes under the criteria of %s', (asOf, expected) => {
    const communes = candidatesOf(structure, { asOf: isoDate(asOf) }).filter((candidate) => candidate.reason === 'admin-unit-below-criteria');
    expect(communes.map((candidate) => candidate.unitIds[0])).toEqual(expected);
  });

  it('reports a rule with no version on the date instead of guessing, and lists what the rules in force judge', () => {
    const found = findMergeCandidates(structure, { asOf: isoDate('2015-06-01') });
    expect(found.issues.map((issue) => [issue.code, issue.params?.['ruleId']])).toEqual([
      ['rule_not_in_force', 'merge.admin-unit-standard'],
      ['rule_not_in_force', 'merge.admin-unit-merge-criteria'],
    ]);
    // the villages could be judged, so the answer stands, and the gap is a warning
    expect(found.issues.map((issue) => issue.severity)).toEqual(['warning', 'warning']);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.candidates.some((candidate) => candidate.reason === 'admin-unit-below-criteria')).toBe(false);
    expect(found.value.candidates.some((candidate) => candidate.reason === 'village-below-standard')).toBe(true);
  });

  it('groups organisations of one area sharing at least two functions, ranked after legal duties', () => {
    const candidates = candidatesOf(structure, { asOf: isoDate('2019-06-01'), rulebook: defaultRulebook });
    const overlaps = candidates.filter((candidate) => candidate.reason === 'overlapping-functions');
    expect(overlaps.map((candidate) => [candidate.unitIds, candidate.sharedFunctions])).toEqual([[['tt-vh', 'dai-tt'], ['information', 'propaganda-media']]]);
    expect(candidates[candidates.length - 1]?.reason).toBe('overlapping-functions');
    expect(overlaps[0]).toMatchObject({ strength: 'suggested', citation: { instrumentId: '18-NQ/TW' }, verification: 'unverified' });
    const single = candidatesOf(structure, { asOf: isoDate('2019-06-01'), minSharedFunctions: 1 }).filter(
      (candidate) => candidate.reason === 'overlapping-functions',
    );
    expect(single.map((candidate) => candidate.unitIds)).toEqual(
      expect.arrayContaining([['tt-vh', 'dai-tt'], ['btc', 'phong-nv'], ['ubkt', 'thanh-tra']]),
    );
  });

  it('does not group organisations of different areas', () => {
    const moved: Structure = { ...structure, units: structure.units.map((unit) => (unit.id === 'dai-tt' ? { ...unit, areaId: 'x-ch' } : unit)) };
    const overlaps = candidatesOf(moved, { asOf: isoDate('2019-06-01') }).filter((candidate) => candidate.reason === 'overlapping-functions');
    expect(overlaps).toEqual([]);
  });

  it.each([0, 1.5, -1])('throws a RangeError for minSharedFunctions %s', (value) => {
    expect(() => findMergeCandidates(structure, { asOf: isoDate('2019-06-01'), minSharedFunctions: value })).toThrow(RangeError);
  });
});

describe('findMergeCandidates: units the caller names as exempt', () => {
  const structure = camPhaFixture();
  const admin = (options: FindMergeCandidatesOptions) =>
    candidatesOf(structure, options)
      .filter((candidate) => candidate.reason === 'admin-unit-below-criteria')
      .map((candidate) => candidate.unitIds[0]);
  const exemptIssues = (options: FindMergeCandidatesOptions) => findMergeCandidates(structure, options).issues.filter((issue) => issue.code === 'plan_area_exempt');

  it('leaves out a unit exempt for a reason the criteria of the date allow, and lists it once per reason (NQ 35/2023)', () => {
    const options = { asOf: isoDate('2024-06-01'), exemptions: { 'x-dh': ['isolated-location'], 'x-ch': ['isolated-location'] } } as const;
    expect(admin(options)).toEqual([]);
    const [issue, ...more] = exemptIssues(options);
    expect(more).toEqual([]);
    expect(issue).toMatchObject({
      severity: 'info',
      unitIds: ['x-ch', 'x-dh'], // in the structure's order
      params: { unitIds: ['x-ch', 'x-dh'], count: 2, rule: { vi: 'Tiêu chí đơn vị hành chính thuộc diện sắp xếp', en: 'Criteria for administrative units to be merged' }, ruleId: 'merge.admin-unit-merge-criteria', reason: 'isolated-location' },
      ruleId: 'merge.admin-unit-merge-criteria',
      citation: { instrumentId: '35/2023/UBTVQH15', article: '1' },
    });
    expect(issue?.message).toEqual({
      vi: '2 đơn vị không phải đối chiếu quy định "Tiêu chí đơn vị hành chính thuộc diện sắp xếp" (vị trí biệt lập): x-ch, x-dh',
      en: '2 units are not measured against "Criteria for administrative units to be merged" (isolated location): x-ch, x-dh',
    });
    // the villages and the overlaps are still judged
    expect(candidatesOf(structure, options).some((candidate) => candidate.reason === 'village-below-standard')).toBe(true);
  });

  it('ignores a reason the criteria of the date do not allow (NQ 76/2025 allows only isolation and defence)', () => {
    const options = { asOf: isoDate('2025-06-01'), exemptions: { 'x-dh': ['planned-urbanisation'], 'x-ch': ['defence-security-sovereignty'] } } as const;
    expect(admin(options)).toEqual(['x-dh', 'x-dk']);
    expect(exemptIssues(options).map((issue) => [issue.unitIds, issue.params?.['reason'], issue.citation?.instrumentId])).toEqual([
      [['x-ch'], 'defence-security-sovereignty', '76/2025/UBTVQH15'],
    ]);
    expect(exemptIssues(options)[0]?.message).toEqual({
      vi: '1 đơn vị không phải đối chiếu quy định "Tiêu chí đơn vị hành chính thuộc diện sắp xếp" (vị trí quan trọng về quốc phòng, an ninh, chủ quyền): x-ch',
      en: '1 unit is not measured against "Criteria for administrative units to be merged" (important to defence, security or sovereignty): x-ch',
    });
  });

  it('changes nothing under criteria that name no exemption (NQ 653/2019), and nothing without exemptions', () => {
    const asOf = isoDate('2019-06-01');
    expect(admin({ asOf, exemptions: { 'x-dh': ['isolated-location'] } })).toEqual(['x-dh', 'x-ch']);
    expect(exemptIssues({ asOf, exemptions: { 'x-dh': ['isolated-location'] } })).toEqual([]);
    expect(findMergeCandidates(structure, { asOf, exemptions: {} })).toEqual(findMergeCandidates(structure, { asOf }));
  });

  it('refuses exemptions that are not arrays of reasons by unit id', () => {
    expect(() => findMergeCandidates(structure, { asOf: isoDate('2024-06-01'), exemptions: { 'x-dh': 'isolated-location' } as never })).toThrow(
      '[tinh-gon] findMergeCandidates: options.exemptions must map area ids to arrays of reasons',
    );
  });
});
