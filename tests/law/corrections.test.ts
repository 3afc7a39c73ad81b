import { describe, expect, it } from 'vitest';
import type { Structure } from '../../src/model/index.js';
import { findMergeCandidates } from '../../src/plan/index.js';
import { defaultRulebook, findInstrument, type RuleParams } from '../../src/rules/index.js';
import { checkDeputies } from '../../src/staffing/index.js';
import { d, paramsOn, versionOn } from './fixtures.js';

/*
 * The errors audit-2026-12.md §1 found in the rulebook, each pinned on the day before the correct
 * date and on that date.
 */

describe('effective dates corrected from the consolidated texts (audit E1–E3)', () => {
  it.each([
    // instrument, issued, effective (audit-2026-12.md)
    ['14/2018/TT-BNV', '2018-12-03', '2019-01-20'], // E1: VBHN 08/VBHN-BNV
    ['04/2012/TT-BNV', '2012-08-31', '2012-10-15'], // E2: VBHN 08/VBHN-BNV
    ['27/2022/UBTVQH15', '2022-09-21', '2023-01-01'], // E3: VBHN 19/VBHN-VPQH
  ])('%s: issued %s, in force from %s, and no longer marked as dated from memory', (id, issued, effective) => {
    const instrument = findInstrument(defaultRulebook, id);
    expect([instrument?.issued, instrument?.effective]).toEqual([issued, effective]);
    expect(instrument?.dateVerification).toBeUndefined();
    expect(instrument?.sources?.some((source) => source.includes('VBHN'))).toBe(true);
  });
});

describe('the household standard flips on the circulars’ own dates', () => {
  type Standard = RuleParams<'village-household-standard'>;
  const centralThon = (params: Standard) =>
    params.village.find((line) => line.terrains === undefined && line.border === undefined && (line.regions === undefined || line.regions.includes('central')))
      ?.households;

  it.each([
    // date, instrument in force (undefined: none), Central plains thôn minimum
    ['2012-10-14', undefined, undefined],
    ['2012-10-15', '04/2012/TT-BNV', 200],
    ['2019-01-19', '09/2017/TT-BNV', 400],
    ['2019-01-20', '14/2018/TT-BNV', 250],
  ] as const)('on %s: %s (Central plains thôn %s)', (date, instrumentId, households) => {
    const inForce = versionOn('merge.village-household-standard', date);
    expect(inForce?.version.citation.instrumentId).toBe(instrumentId);
    expect(inForce === undefined ? undefined : centralThon(inForce.version.params as Standard)).toBe(households);
  });

  const centralCommune = (households: number): Structure => ({
    units: [
      { id: 'xa', kind: 'commune', name: { vi: 'Xã' }, from: d('2015-01-01'), region: 'central', terrain: 'plains' },
      { id: 'thon', kind: 'village', name: { vi: 'Thôn' }, parentId: 'xa', from: d('2015-01-01'), households },
    ],
    people: [],
    assignments: [],
  });

  it.each([
    // a 199-household thôn of a Central commune: 199/400 under TT 09/2017, 199/250 under TT 14/2018
    ['2019-01-19', 'required', 4975],
    ['2019-01-20', 'encouraged', 7960],
  ] as const)('a 199-household Central thôn on %s is %s to merge (%i bps of its minimum)', (date, strength, ratioBps) => {
    const result = findMergeCandidates(centralCommune(199), { asOf: d(date) });
    const candidate = (result.ok ? result.value.candidates : []).find((found) => found.unitIds[0] === 'thon');
    expect([candidate?.strength, candidate?.ratioBps]).toEqual([strength, ratioBps]);
  });

  it('ends TT 09/2017 where TT 14/2018 starts, and records the repeal on the instrument (audit E5)', () => {
    expect(versionOn('merge.village-household-standard', '2019-01-19')?.version.to).toBe('2019-01-20');
    expect(findInstrument(defaultRulebook, '09/2017/TT-BNV')).toMatchObject({ repealedBy: '14/2018/TT-BNV', repealedOn: '2019-01-20' });
    expect(findInstrument(defaultRulebook, '05/2022/TT-BNV')).toMatchObject({ effective: '2022-05-23', amends: ['04/2012/TT-BNV'] });
  });
});

describe('NQ 1211/2016 as amended by NQ 27/2022 from 2023-01-01 (audit E3)', () => {
  type Standard = RuleParams<'admin-unit-standard'>;
  it.each([
    // date, further citations, ward of an urban district (population)
    ['2022-12-31', ['1211/2016/UBTVQH13'], 15_000],
    ['2023-01-01', ['27/2022/UBTVQH15'], null],
  ] as const)('on %s the standard cites %j and an urban-district ward needs %s people', (date, alsoCites, population) => {
    const inForce = versionOn('merge.admin-unit-standard', date);
    expect(inForce?.version.alsoCites?.map((citation) => citation.instrumentId)).toEqual(alsoCites);
    const params = inForce?.version.params as Standard;
    expect(params.wardByParent?.find((line) => line.parentKinds.includes('urban-district'))?.population).toBe(population);
    // the commune line outside the mountains and highlands (the standard is written as lines selected by kind and terrain)
    const otherCommunes = params.lines.find((line) => line.kinds.includes('commune') && line.terrains === undefined);
    expect([otherCommunes?.population, otherCommunes?.areaKm2]).toEqual([8000, 30]);
  });
});

describe('the council/committee incompatibility cites no article it cannot confirm (audit E4)', () => {
  it.each(['2020-01-01', '2025-08-01'])('on %s', (date) => {
    const inForce = versionOn('roles.council-standing-not-committee-member', date);
    expect(inForce?.version.citation.article).toBeUndefined();
    expect(inForce?.version.alsoCites).toBeUndefined();
    expect(inForce?.verification).toBe('unverified');
  });
});

describe('Decrees 107/2020 and 108/2020 give way to Decree 45/2025 on 2025-02-28 (audit E6)', () => {
  it.each([
    // scope, date, citation of the version in force (undefined: none)
    ['department', '2025-02-27', '107/2020/NĐ-CP'],
    ['department', '2025-02-28', undefined],
    ['department', '2025-06-30', undefined],
    ['department', '2025-07-01', '150/2025/NĐ-CP'],
    ['district-division', '2025-02-27', '108/2020/NĐ-CP'],
    ['district-division', '2025-02-28', undefined],
    ['department-division', '2025-02-27', '107/2020/NĐ-CP'],
    ['department-division', '2025-02-28', undefined],
  ] as const)('deputies of a %s on %s: %s', (scope, date, instrumentId) => {
    const result = checkDeputies([], { scope, asOf: d(date), ...(scope === 'department-division' ? { variant: date < '2025-02-28' ? 'class-1' : 'all' } : {}) });
    expect(result.ok ? result.value.citation.instrumentId : undefined).toBe(instrumentId);
    if (!result.ok) expect(result.issues.map((issue) => issue.code)).toEqual(['rule_not_in_force']);
  });

  it('records the chain 107/2020, 108/2020 → 45/2025 → 150/2025, its dates unverified', () => {
    expect(findInstrument(defaultRulebook, '107/2020/NĐ-CP')).toMatchObject({ repealedBy: '45/2025/NĐ-CP', repealedOn: '2025-02-28' });
    expect(findInstrument(defaultRulebook, '108/2020/NĐ-CP')).toMatchObject({ repealedBy: '45/2025/NĐ-CP', repealedOn: '2025-02-28' });
    expect(findInstrument(defaultRulebook, '45/2025/NĐ-CP')).toMatchObject({
      issued: '2025-02-28',
      replaces: ['107/2020/NĐ-CP', '108/2020/NĐ-CP'],
      repealedBy: '150/2025/NĐ-CP',
      dateVerification: 'unverified',
    });
  });
});

describe('NQ 653/2019 is read in a secondary source (audit E7)', () => {
  it('cites Art. 1 with the words of its criterion, secondary', () => {
    const inForce = versionOn('merge.admin-unit-merge-criteria', '2019-03-12');
    expect(inForce?.version.citation).toEqual({ instrumentId: '653/2019/UBTVQH14', article: '1' });
    expect(inForce?.verification).toBe('secondary');
    expect(inForce?.version.quote?.text).toContain('chưa đạt 50%');
    expect(versionOn('merge.admin-unit-merge-criteria', '2019-03-11')?.version.citation.instrumentId).toBe('18-NQ/TW');
  });
});

describe('NĐ 67/2025’s 15-year alternative: both readings, the caller chooses (audit E8)', () => {
  type Early = RuleParams<'early-retirement-benefit'>;
  type Band = Early['insurance'][number];
  type Reading = 'fifteen-to-twenty' | 'fifteen-or-more';
  /**
   * The insurance-service allowance in hundredths of a month under a reading: the most favourable of
   * the bands that hold the years (a band with a reading applies only under that reading).
   */
  const allowance = (bands: readonly Band[], years: number, reading: Reading) => {
    const amounts = bands
      .filter((band) => band.reading === undefined || band.reading === reading)
      .filter((band) => band.minYears <= years && (band.belowYears === undefined || years < band.belowYears))
      .map((band) => band.baseMonths + (years - band.baseYears) * band.perYearAfter);
    return amounts.length === 0 ? undefined : Math.max(...amounts);
  };

  it.each([
    // rule, years of insurance, default reading, "15 years or more" reading (hundredths of a month)
    ['benefits.early-retirement.reorganisation', 14, undefined, undefined],
    ['benefits.early-retirement.reorganisation', 15, 400, 400],
    ['benefits.early-retirement.reorganisation', 19, 600, 600],
    ['benefits.early-retirement.reorganisation', 20, 500, 650],
    ['benefits.early-retirement.reorganisation', 25, 750, 900],
    ['benefits.early-retirement.restructuring', 25, 750, 900],
    ['benefits.early-retirement.not-reelected', 30, 1000, 1150],
  ] as const)('%s, %i years: %s by default, %s read as "15 years or more"', (ruleId, years, byDefault, fromFifteen) => {
    const params = paramsOn<Early>(ruleId, '2025-03-15');
    expect(allowance(params.insurance, years, 'fifteen-to-twenty')).toBe(byDefault);
    expect(allowance(params.insurance, years, 'fifteen-or-more')).toBe(fromFifteen);
  });

  it('has no 15-year band before Decree 67/2025 (2025-03-14) and quotes its words from 2025-03-15', () => {
    expect(paramsOn<Early>('benefits.early-retirement.reorganisation', '2025-03-14').insurance.some((band) => band.minYears === 15)).toBe(false);
    expect(versionOn('benefits.early-retirement.reorganisation', '2025-03-15')?.version.quote?.text).toContain('đủ 15 năm công tác trở lên');
  });
});

describe('start dates that are issue dates are marked (audit E9)', () => {
  it.each(['108/2014/NĐ-CP', '92/2009/NĐ-CP', '35/2023/UBTVQH15', '1211/2016/UBTVQH13', '120/2020/NĐ-CP', '150/2025/NĐ-CP', '45/2025/NĐ-CP', '370/2025/NĐ-CP'])(
    '%s: dateVerification unverified, with a note',
    (id) => {
      const instrument = findInstrument(defaultRulebook, id);
      expect(instrument?.dateVerification).toBe('unverified');
      expect(instrument?.note).toBeTruthy();
    },
  );
});
