import { describe, expect, it } from 'vitest';
import type { Structure, Unit } from '../../src/model/index.js';
import { formatBasisPoints } from '../../src/core/index.js';
import { concurrencyCoverage } from '../../src/roles/index.js';
import { defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, FROM, fixture, hold, secretaryChairsCommitteeWithTarget, unitId } from './fixtures.js';

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
    const { value } = coverage;
    expect([value.covered, value.total, value.shareBasisPoints, value.share]).toEqual([8, 16, 5000, '50.00%']);
    expect(value.target).toEqual({
      comparison: 'more-than',
      basisPoints: 7500,
      requiredUnits: 13,
      shortfall: 5,
      met: false,
      attainable: true,
      source: 'option',
    });
    expect(value.coveredUnitIds).toHaveLength(8);
    expect(value.uncoveredUnitIds).toContain('c15');
    expect(value.holders.c00).toEqual(['c00.s']);
    expect(value.citation.instrumentId).toBe('18-NQ/TW');
    expect(value.verification).toBe('unverified');
  });

  it('counts every area of the level without `within`, and rounds the share down', () => {
    const coverage = concurrencyCoverage(district(2, 2), { rule: RULE, level: 'commune', asOf: d('2020-07-23') });
    expect(coverage.ok && [coverage.value.covered, coverage.value.total, coverage.value.share]).toEqual([2, 3, '66.66%']);
  });

  it('meets a target exactly at the line for at-least, not for more-than', () => {
    const atLeast = concurrencyCoverage(district(4, 3), { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd', target: { comparison: 'at-least', basisPoints: 7500 } });
    const moreThan = concurrencyCoverage(district(4, 3), { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd', target: { comparison: 'more-than', basisPoints: 7500 } });
    expect(atLeast.ok && atLeast.value.target?.met).toBe(true);
    expect(moreThan.ok && [moreThan.value.target?.met, moreThan.value.target?.shortfall]).toEqual([false, 1]);
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

  it('fails, with no value, on an unknown within (after the warning on a level the rule does not apply at)', () => {
    const coverage = concurrencyCoverage(district(1, 1), { rule: RULE, level: 'province', asOf: d('2020-01-01'), within: 'ghost' });
    expect(coverage.issues.map((issue) => issue.code)).toEqual(['coverage_level_outside_rule', 'unknown_reference']);
    expect(coverage.issues.map((issue) => issue.severity)).toEqual(['warning', 'error']);
    // levels by name in each language; the params keep their ids
    expect(coverage.issues[0]?.params).toMatchObject({ level: 'province', levels: ['district', 'commune'] });
    expect(coverage.issues[0]?.message).toEqual({
      vi: 'Quy định "Bí thư cấp ủy đồng thời là chủ tịch UBND (thí điểm)" không áp dụng ở cấp tỉnh (chỉ ở cấp huyện, xã); tỷ lệ vẫn được tính',
      en: 'Rule "Party secretary also chairs the people\'s committee (pilot)" does not apply at province level (only at district, commune); the share is computed anyway',
    });
    // no total 0, no null share: there is no value at all
    expect(coverage.ok).toBe(false);
    expect('value' in coverage).toBe(false);
  });

  it('fails with coverage_no_units when no area of the level is in force, instead of a 0 of 0', () => {
    const coverage = concurrencyCoverage(district(1, 1), { rule: RULE, level: 'province', asOf: d('2020-01-01'), within: 'd' });
    expect(coverage.ok).toBe(false);
    expect(coverage.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['coverage_level_outside_rule', 'warning'],
      ['coverage_no_units', 'error'],
    ]);
    expect(coverage.issues[1]?.message.en).toBe(
      'No province-level area within d is in force on 2020-01-01: there is no share to compute for "Party secretary also chairs the people\'s committee (pilot)"',
    );
    expect('value' in coverage).toBe(false);
  });

  it('answers 0 of 2 (0.00%) when the level has areas but no holder: zero is a count here, not a failure', () => {
    const coverage = concurrencyCoverage(district(3, 1), { rule: RULE, level: 'district', asOf: d('2020-01-01') });
    expect(coverage.ok && [coverage.value.covered, coverage.value.total, coverage.value.share]).toEqual([0, 2, '0.00%']);
    expect(coverage.issues.map((issue) => issue.code)).toEqual([]);
  });

  it('has no negative shortfall above the target: 16 of 16 is met with nothing missing', () => {
    const coverage = concurrencyCoverage(district(16, 16), { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd', target: { comparison: 'more-than', basisPoints: 7500 } });
    expect(coverage.ok && coverage.value.target).toEqual({
      comparison: 'more-than',
      basisPoints: 7500,
      requiredUnits: 13,
      shortfall: 0,
      met: true,
      attainable: true,
      source: 'option',
    });
  });

  it('leaves out a commune that has ended, and one not yet begun', () => {
    const base = district(4, 3);
    const structure: Structure = {
      ...base,
      units: base.units.map((unit) =>
        unit.id === 'c00' ? { ...unit, to: d('2019-01-01') } : unit.id === 'c03' ? { ...unit, from: d('2021-01-01') } : unit,
      ),
    };
    const coverage = concurrencyCoverage(structure, { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd' });
    expect(coverage.ok && [coverage.value.total, coverage.value.covered, coverage.value.coveredUnitIds, coverage.value.uncoveredUnitIds]).toEqual([
      2,
      2,
      ['c01', 'c02'],
      [],
    ]);
  });

  it('does not count a combination whose body has ended', () => {
    const base = district(2, 2);
    const structure: Structure = { ...base, units: base.units.map((unit) => (unit.id === 'c00.committee' ? { ...unit, to: d('2019-01-01') } : unit)) };
    const coverage = concurrencyCoverage(structure, { rule: RULE, level: 'commune', asOf: d('2020-07-23'), within: 'd' });
    expect(coverage.ok && [coverage.value.covered, coverage.value.uncoveredUnitIds]).toEqual([1, ['c00']]);
  });

  it('counts a combination one of whose posts is the area itself (the cell secretary heads the village)', () => {
    const structure = fixture([hold('x', unitId('v', 'party-cell'), 'secretary'), hold('x', 'v', 'villageHead')]);
    const coverage = concurrencyCoverage(structure, { rule: 'roles.cell-secretary-village-head', level: 'village', asOf: d('2020-01-01') });
    expect(coverage.ok && [coverage.value.covered, coverage.value.total, coverage.value.holders]).toEqual([1, 1, { v: ['x'] }]);
    const ended = concurrencyCoverage({ ...structure, units: structure.units.map((unit) => (unit.id === 'v.party-cell' ? { ...unit, to: d('2019-01-01') } : unit)) }, {
      rule: 'roles.cell-secretary-village-head',
      level: 'village',
      asOf: d('2020-01-01'),
    });
    expect(ended.ok && [ended.value.covered, ended.value.uncoveredUnitIds]).toEqual([0, ['v']]);
  });

  it('names the whole structure when no area of the level exists anywhere', () => {
    const coverage = concurrencyCoverage(district(1, 1), { rule: RULE, level: 'central', asOf: d('2020-01-01') });
    expect(coverage.ok).toBe(false);
    expect(coverage.issues.at(-1)?.code).toBe('coverage_no_units');
    expect(coverage.issues.at(-1)?.message.vi).toBe(
      'Không có địa bàn cấp trung ương nào trong cả cơ cấu có hiệu lực vào ngày 2020-01-01: không tính được tỷ lệ theo quy định "Bí thư cấp ủy đồng thời là chủ tịch UBND (thí điểm)"',
    );
  });

  it('marks an unattainable target', () => {
    const coverage = concurrencyCoverage(district(2, 2), { rule: RULE, level: 'commune', asOf: d('2020-01-01'), within: 'd', target: { comparison: 'more-than', basisPoints: 10_000 } });
    expect(coverage.ok && coverage.value.target).toMatchObject({ requiredUnits: 3, attainable: false, met: false, shortfall: 1 });
  });

  it('throws a TypeError for a bad date or level', () => {
    expect(() => concurrencyCoverage(district(1, 1), { rule: RULE, level: 'commune', asOf: 'x' as never })).toThrow(TypeError);
    expect(() => concurrencyCoverage(district(1, 1), { rule: RULE, level: 'hamlet' as never, asOf: d('2020-01-01') })).toThrow(/options\.level/);
  });
});

describe('concurrencyCoverage: a target share carried by the rule itself', () => {
  it.each([
    // who holds what in commune c; covered; met
    ['one person holds both posts', [hold('x', unitId('c', 'party-committee'), 'secretary'), hold('x', unitId('c', 'peoples-committee'), 'chair')], 1, true],
    ['two people hold them', [hold('x', unitId('c', 'party-committee'), 'secretary'), hold('y', unitId('c', 'peoples-committee'), 'chair')], 0, false],
  ] as const)('%s', (_name, assignments, covered, met) => {
    const rulebook = extendRulebook(defaultRulebook, { rules: [secretaryChairsCommitteeWithTarget('pilot')] });
    const coverage = concurrencyCoverage(fixture(assignments), {
      rule: 'local.secretary-chairs-committee-target',
      level: 'commune',
      asOf: d('2020-01-01'),
      rulebook,
    });
    expect(coverage.ok).toBe(true);
    if (!coverage.ok) return;
    expect([coverage.value.total, coverage.value.covered]).toEqual([1, covered]);
    // more than 50% of 1 commune: 1 commune (floor(0.5) + 1)
    expect(coverage.value.target).toEqual({
      comparison: 'more-than',
      basisPoints: 5000,
      requiredUnits: 1,
      shortfall: 1 - covered,
      met,
      attainable: true,
      source: 'rule',
    });
  });
});
