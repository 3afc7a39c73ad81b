import { describe, expect, it } from 'vitest';
import { findMergeCandidates } from '../../src/plan/index.js';
import type { Structure } from '../../src/model/index.js';
import { isoDate } from '../../src/core/index.js';

const FROM = isoDate('2000-01-01');

/** A commune-free structure: one terrain-less province (region optional) holding three villages directly. */
function villagesOnly(regionOfProvince: 'central' | undefined): Structure {
  return {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: FROM },
      {
        id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, parentId: 'vn', from: FROM,
        ...(regionOfProvince === undefined ? {} : { region: regionOfProvince }),
      },
      { id: 'thon-a', kind: 'village', name: { vi: 'Thôn A' }, parentId: 'tinh', from: FROM, households: 60 },
      { id: 'thon-b', kind: 'village', name: { vi: 'Thôn B' }, parentId: 'tinh', from: FROM },
      { id: 'thon-c', kind: 'village', name: { vi: 'Thôn C' }, parentId: 'tinh', from: FROM, households: 500 },
    ],
    people: [],
    assignments: [],
  };
}

describe('findMergeCandidates — villages only', () => {
  it('fails when no rule it needs is in force (household standard, then the province\'s admin rules): no list stands for "not judged"', () => {
    // The first household standard (TT 04/2012/TT-BNV) took effect on 2012-10-15.
    const result = findMergeCandidates(villagesOnly('central'), { asOf: isoDate('2010-01-01') });
    const { issues } = result;
    expect(result.ok).toBe(false);
    expect('value' in result).toBe(false);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.params?.['ruleId'], issue.params?.['asOf']])).toEqual([
      ['rule_not_in_force', 'error', 'merge.village-household-standard', '2010-01-01'],
      ['rule_not_in_force', 'error', 'merge.admin-unit-standard', '2010-01-01'],
      ['rule_not_in_force', 'error', 'merge.admin-unit-merge-criteria', '2010-01-01'],
    ]);
  });

  it.each([
    // 2019 standard (TT 14/2018): Central region 250 households; thon-a 60 → 24% → required.
    ['central', [['thon-a', 'required', 2400]]],
    // No region nor terrain anywhere: no line of the 2019 standard applies, so no village is judged.
    [undefined, []],
  ] as const)('province region %s: judges only villages with households and a standard line', (region, expected) => {
    const result = findMergeCandidates(villagesOnly(region), { asOf: isoDate('2020-01-01') });
    const { issues } = result;
    const candidates = result.ok ? result.value.candidates : undefined;
    expect(candidates?.map((candidate) => [candidate.unitIds[0], candidate.strength, candidate.ratioBps])).toEqual(expected);
    // Every rule is in force in 2020, and the figure-less province is not judged.
    expect(issues).toEqual([]);
  });

  it('asks for no admin-unit rule when the structure holds no administrative unit', () => {
    const structure: Structure = {
      units: [{ id: 'thon-x', kind: 'village', name: { vi: 'Thôn X' }, from: FROM, households: 40 }],
      people: [],
      assignments: [],
    };
    // Before 2016-05-25 no admin-unit standard was in force; with admin units this would be an issue.
    const result = findMergeCandidates(structure, { asOf: isoDate('2014-01-01') });
    expect(result.issues).toEqual([]);
    // TT 04/2012 Art. 7: 200 households on the plains; 40 → 20% → required.
    expect(result.ok && result.value.candidates.map((candidate) => [candidate.unitIds[0], candidate.reason, candidate.strength, candidate.ratioBps])).toEqual([
      ['thon-x', 'village-below-standard', 'required', 2000],
    ]);
  });
});
