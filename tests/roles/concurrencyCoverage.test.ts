import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { concurrencyCoverage, requiredUnitsForTarget } from '../../src/roles/index.js';
import { formatBasisPoints } from '../../src/staffing/index.js';
import { d, FROM } from './fixtures.js';

describe('requiredUnitsForTarget', () => {
  it.each([
    [16, 'more-than', 7500, 13],
    [16, 'at-least', 7500, 12],
    [4, 'more-than', 5000, 3],
    [4, 'at-least', 5000, 2],
    [3, 'at-least', 3333, 1],
    [3, 'at-least', 3334, 2],
    [10, 'more-than', 10_000, 11],
    [10, 'at-least', 0, 0],
    [0, 'at-least', 7500, 0],
  ] as const)('%i units, %s %i bps → %i', (total, comparison, basisPoints, expected) => {
    expect(requiredUnitsForTarget(total, { comparison, basisPoints })).toBe(expected);
  });

  it.each([
    [-1, 7500],
    [1.5, 7500],
    [16, 75.5],
    [16, 10_001],
  ])('throws a RangeError for total %s and %s bps', (total, basisPoints) => {
    expect(() => requiredUnitsForTarget(total, { comparison: 'at-least', basisPoints })).toThrow(RangeError);
  });
});

describe('formatBasisPoints', () => {
  it.each([
    [5000, '50.00%'],
    [8125, '81.25%'],
    [6666, '66.66%'],
    [5, '0.05%'],
    [10_000, '100.00%'],
  ])('%i → %s', (bps, text) => expect(formatBasisPoints(bps, { fixed: true, percentSign: true })).toBe(text));
});

/** A district with `n` communes; in the first `k` the secretary chairs the committee. */
function district(n: number, k: number): Structure {
  const units: Unit[] = [
    { id: 'p', kind: 'province', name: { vi: 'P' }, from: FROM },
    { id: 'd', kind: 'district', name: { vi: 'D' }, parentId: 'p', from: FROM },
    { id: 'd2', kind: 'district', name: { vi: 'D2' }, parentId: 'p', from: FROM },
    { id: 'elsewhere', kind: 'ward', name: { vi: 'W' }, parentId: 'd2', from: FROM },
  ];
  const assignments: Structure['assignments'] = [];
  for (let i = 0; i < n; i += 1) {
    const id = `c${String(i).padStart(2, '0')}`;
    units.push(
      { id, kind: 'commune', name: { vi: id }, parentId: 'd', from: FROM },
      { id: `${id}.party`, kind: 'party-committee', name: { vi: 'ĐU' }, areaId: id, from: FROM },
      { id: `${id}.committee`, kind: 'peoples-committee', name: { vi: 'UBND' }, areaId: id, from: FROM },
    );
    assignments.push({ personId: `${id}.s`, unitId: `${id}.party`, role: 'secretary', from: FROM });
    assignments.push({ personId: i < k ? `${id}.s` : `${id}.c`, unitId: `${id}.committee`, role: 'chair', from: FROM });
  }
  return { units, people: [], assignments };
}

const RULE = 'roles.secretary-chairs-committee';

describe('concurrencyCoverage', () => {
  it('counts the communes with the combination and the distance to a target', () => {
    const coverage = concurrencyCoverage(district(16, 8), {
      rule: RULE,
      level: 'commune',
      asOf: d('2020-07-23'),
      within: 'd',
      target: { comparison: 'more-than', basisPoints: 7500 },
    });
    expect(coverage.ok).toBe(true);
    if (!coverage.ok) return;
    expect([coverage.covered, coverage.total, coverage.shareBasisPoints, coverage.share]).toEqual([8, 16, 5000, '50.00%']);
    expect(coverage.target).toEqual({
      comparison: 'more-than',
      basisPoints: 7500,
      requiredUnits: 13,
      shortfall: 5,
      met: false,
      attainable: true,
      source: 'option',
    });
    expect(coverage.coveredUnitIds).toHaveLength(8);
    expect(coverage.uncoveredUnitIds).toContain('c15');
    expect(coverage.holders.c00).toEqual(['c00.s']);
    expect(coverage.citation.instrumentId).toBe('18-NQ/TW');
    expect(coverage.verification).toBe('unverified');
  });

  it('counts every area of the level without `within`, and rounds the share down', () => {
    const coverage = concurrencyCoverage(district(2, 2), { rule: RULE, level: 'commune', asOf: d('2020-07-23') });
    expect(coverage.ok && [coverage.covered, coverage.total, coverage.share]).toEqual([2, 3, '66.66%']);
  });

  it('meets a target exactly at the line for at-least, not for more-than', () => {
    const atLeast = concurrencyCoverage(district(4, 3), { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd', target: { comparison: 'at-least', basisPoints: 7500 } });
    const moreThan = concurrencyCoverage(district(4, 3), { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd', target: { comparison: 'more-than', basisPoints: 7500 } });
    expect(atLeast.ok && atLeast.target?.met).toBe(true);
    expect(moreThan.ok && [moreThan.target?.met, moreThan.target?.shortfall]).toEqual([false, 1]);
  });

  it('returns rule_not_in_force before the rule starts, never a default', () => {
    const coverage = concurrencyCoverage(district(4, 3), { rule: RULE, level: 'commune', asOf: d('2017-10-24') });
    expect(coverage.ok).toBe(false);
    expect(coverage.issues.map((issue) => issue.code)).toEqual(['rule_not_in_force']);
  });

  it('returns rule_unknown for a cap rule or an unknown id', () => {
    expect(concurrencyCoverage(district(1, 1), { rule: 'roles.provincial-standing-member-cap', level: 'commune', asOf: d('2025-08-01') }).issues[0]?.code).toBe('rule_unknown');
    expect(concurrencyCoverage(district(1, 1), { rule: 'nope', level: 'commune', asOf: d('2025-08-01') }).issues[0]?.code).toBe('rule_unknown');
  });

  it('warns on a level the rule does not apply at, and on an unknown within', () => {
    const coverage = concurrencyCoverage(district(1, 1), { rule: RULE, level: 'province', asOf: d('2020-01-01'), within: 'ghost' });
    expect(coverage.ok && coverage.issues.map((issue) => issue.code)).toEqual(['coverage_level_outside_rule', 'unknown_reference']);
    expect(coverage.ok && [coverage.total, coverage.share, coverage.shareBasisPoints]).toEqual([0, null, null]);
  });

  it('marks an unattainable target', () => {
    const coverage = concurrencyCoverage(district(2, 2), { rule: RULE, level: 'commune', asOf: d('2020-01-01'), within: 'd', target: { comparison: 'more-than', basisPoints: 10_000 } });
    expect(coverage.ok && coverage.target).toMatchObject({ requiredUnits: 3, attainable: false, met: false, shortfall: 1 });
  });

  it('throws a TypeError for a bad date or level', () => {
    expect(() => concurrencyCoverage(district(1, 1), { rule: RULE, level: 'commune', asOf: 'x' as never })).toThrow(TypeError);
    expect(() => concurrencyCoverage(district(1, 1), { rule: RULE, level: 'hamlet' as never, asOf: d('2020-01-01') })).toThrow(/options\.level/);
  });
});
