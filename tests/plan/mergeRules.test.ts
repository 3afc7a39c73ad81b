import { describe, expect, it } from 'vitest';
import { mergeRules } from '../../src/rules/data/mergeRules.js';
import { defaultRulebook, extendRulebook, findInstrument, findRule, validateRulebook } from '../../src/rules/index.js';
import { kyAnhLocalRules } from '../../src/samples/kyAnhLocalRules.js';
import { isoDate } from '../../src/core/index.js';

describe('merge rules as data', () => {
  it('keep the default rulebook free of errors, with and without the Kỳ Anh local rule', () => {
    expect(validateRulebook(defaultRulebook).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(validateRulebook(extendRulebook(defaultRulebook, kyAnhLocalRules)).ok).toBe(true);
  });

  it('cite an instrument of the rulebook in every version', () => {
    for (const rule of mergeRules) {
      for (const version of rule.versions) expect(findInstrument(defaultRulebook, version.citation.instrumentId), `${rule.id} ${version.from}`).toBeDefined();
    }
  });

  it.each([
    // TT 04/2012 takes effect on 2012-10-15 and TT 14/2018 on 2019-01-20 (VBHN 08/VBHN-BNV; audit-2026-12.md E1, E2).
    ['2012-10-15', '04/2012/TT-BNV', 200, 250],
    ['2018-02-28', '04/2012/TT-BNV', 200, 250],
    ['2018-03-01', '09/2017/TT-BNV', 400, 500],
    ['2019-01-19', '09/2017/TT-BNV', 400, 500],
    ['2019-01-20', '14/2018/TT-BNV', 250, 300],
  ])('household standard on %s: %s, Central plains thôn %d / tổ dân phố %d', (asOf, instrumentId, village, group) => {
    const found = findRule(defaultRulebook, 'merge.village-household-standard', isoDate(asOf), { type: 'village-household-standard' });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const { params, citation } = found.inForce.version;
    expect(citation.instrumentId).toBe(instrumentId);
    const central = (lines: typeof params.village) =>
      lines.find((line) => line.terrains === undefined && line.border === undefined && (line.regions === undefined || line.regions.includes('central')))?.households;
    expect([central(params.village), central(params.residentialGroup)]).toEqual([village, group]);
    expect([params.mustMergeBelowBps, params.encouragedBelowBps]).toEqual([5000, 10000]);
  });

  it('ties the TT 14/2018 switch to the instrument’s effective date', () => {
    const version = mergeRules.find((rule) => rule.id === 'merge.village-household-standard')?.versions[2];
    expect(version?.from).toBe(findInstrument(defaultRulebook, '14/2018/TT-BNV')?.effective);
  });

  it.each([
    ['2018-08-06', false],
    ['2018-08-07', 'pilot'],
    ['2022-07-06', 'pilot'],
    ['2022-07-07', 'forbidden'],
  ])('the Tổ chức–Nội vụ pilot on %s', (asOf, strength) => {
    const found = findRule(defaultRulebook, 'merge.pilot-organisation-home-affairs', isoDate(asOf));
    expect(found.ok ? found.inForce.version.strength : false).toBe(strength);
  });

  it.each([
    ['2019-06-01', 5000, 5000, 'both'],
    ['2024-06-01', 7000, 7000, 'both'],
    ['2025-06-01', 10000, 10000, 'either'],
  ])('commune merge criteria on %s: area < %d bps, population < %d bps (%s)', (asOf, area, population, match) => {
    const found = findRule(defaultRulebook, 'merge.admin-unit-merge-criteria', isoDate(asOf), { type: 'admin-unit-merge-criteria' });
    expect(found.ok && found.inForce.version.params.triggers[0]).toMatchObject({ areaBelowBps: area, populationBelowBps: population, match });
  });

  it('marks readings from memory as unverified', () => {
    const office = findRule(defaultRulebook, 'merge.party-office-government-office', isoDate('2019-01-01'));
    expect(office.ok && office.inForce.verification).toBe('unverified');
  });
});
