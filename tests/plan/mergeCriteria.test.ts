import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { AreaUnit, Structure } from '../../src/model/index.js';
import { findMergeCandidates, validatePlan } from '../../src/plan/index.js';
import { allowedExemptions, isBelowShare, meetsMergeCriterion } from '../../src/plan/standards/mergeCriteria.js';
import type { MergeExemption, RuleParams } from '../../src/rules/index.js';
import { camPhaFixture, planOn } from './fixtures.js';

/*
 * The merge criteria `validatePlan` and `findMergeCandidates` share (src/plan/standards/mergeCriteria.ts):
 * the share of a standard compared as the decimals the figures are written in, the triggers, and the
 * reasons of exemption the criteria of the date allow, read only from the caller's own entries.
 */

describe('isBelowShare: value × 10,000 < standard × bps, in the decimals the figures are written in', () => {
  it.each([
    // exactly at the share is not below it, where a quotient (0.27 × 10,000 / 1.35 < 2,000) or a float product says it is
    [0.27, 1.35, 2000, false],
    [0.69, 3.45, 2000, false],
    [1.39, 6.95, 2000, false],
    [0.26, 1.35, 2000, true],
    [0.28, 1.35, 2000, false],
    // integers: people against a population standard
    [5599, 8000, 7000, true],
    [5600, 8000, 7000, false],
    [5601, 8000, 7000, false],
    [0, 8000, 1, true],
    [0, 0, 10_000, false],
    // the whole standard (NQ 76/2025: below 100%)
    [29.99, 30, 10_000, true],
    [30, 30, 10_000, false],
    // a value written with fewer decimals than its standard (the value is scaled up, not the standard down)
    [1, 0.5, 20_000, false],
    [0.9, 0.45, 20_000, false],
    [30, 29.99, 10_000, false],
    [29.9, 29.91, 10_000, true],
    // numbers String() writes with an exponent
    [1e-7, 1e-3, 2000, true],
    [2e-4, 1e-3, 2000, false],
    [1e21, 5e21, 2001, true],
    [1e21, 5e21, 2000, false],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 10_000, false],
    [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER, 10_000, true],
  ])('%s against %s at %s bps: %s', (value, standard, bps, expected) => {
    expect(isBelowShare(value, standard, bps)).toBe(expected);
  });

  it('agrees with the exact comparison of hundredths for any area and standard written to the hundredth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 30_000 }), (h, nh, bps) => {
        expect(isBelowShare(h / 100, nh / 100, bps)).toBe(BigInt(h) * 10_000n < BigInt(nh) * BigInt(bps));
      }),
    );
  });

  it('agrees with the exact comparison of integers up to 2^53', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.maxSafeNat(), fc.integer({ min: 1, max: 30_000 }), (value, standard, bps) => {
        expect(isBelowShare(value, standard, bps)).toBe(BigInt(value) * 10_000n < BigInt(standard) * BigInt(bps));
      }),
    );
  });
});

type Criteria = RuleParams<'admin-unit-merge-criteria'>;

describe('meetsMergeCriterion: a trigger of the date for the area’s level', () => {
  const standard = { population: 8000, areaKm2: 30 };
  const both: Criteria = { triggers: [{ levels: ['commune'], areaBelowBps: 7000, populationBelowBps: 7000, match: 'both' }] };
  const either: Criteria = { triggers: [{ levels: ['commune', 'province'], areaBelowBps: 10_000, populationBelowBps: 10_000, match: 'either' }] };
  const areaOnly: Criteria = { triggers: [{ levels: ['commune'], areaBelowBps: 2000, match: 'both' }] };
  const populationOnly: Criteria = { triggers: [{ levels: ['commune'], populationBelowBps: 30_000, match: 'either' }] };
  const twoLines: Criteria = {
    triggers: [
      { levels: ['district'], areaBelowBps: 2000, populationBelowBps: 20_000, match: 'both' },
      { levels: ['commune'], areaBelowBps: 2000, populationBelowBps: 30_000, match: 'both' },
    ],
  };
  it.each([
    ['both below 70%', both, 'commune', { population: 5000, areaKm2: 20 }, true],
    ['only the population below 70%', both, 'commune', { population: 5000, areaKm2: 21 }, false],
    ['only the area below 70%', both, 'commune', { population: 5600, areaKm2: 20 }, false],
    ['a level the trigger does not name', both, 'district', { population: 0, areaKm2: 0 }, false],
    ['no level', either, undefined, { population: 0, areaKm2: 0 }, false],
    ['either: the area alone', either, 'commune', { population: 8000, areaKm2: 29.99 }, true],
    ['either: the population alone', either, 'province', { population: 7999, areaKm2: 30 }, true],
    ['either: neither', either, 'commune', { population: 8000, areaKm2: 30 }, false],
    // a trigger without a measure never finds that measure below (with `both`, never fires)
    ['a trigger on the area alone, with both', areaOnly, 'commune', { population: 0, areaKm2: 1 }, false],
    ['a trigger on the population alone, with either', populationOnly, 'commune', { population: 23_999, areaKm2: 1000 }, true],
    ['a trigger on the population alone, at the share', populationOnly, 'commune', { population: 24_000, areaKm2: 0 }, false],
    ['the second line of the criteria', twoLines, 'commune', { population: 23_999, areaKm2: 5.99 }, true],
    ['the first line only, for a district', twoLines, 'district', { population: 15_999, areaKm2: 5.99 }, true],
    ['the first line, not met by a district on the commune figures', twoLines, 'district', { population: 16_000, areaKm2: 5.99 }, false],
  ] as const)('%s', (_, criteria, level, figures, expected) => {
    expect(meetsMergeCriterion(criteria as Criteria, level, figures, standard)).toBe(expected);
  });
});

describe('allowedExemptions: the reasons given that the criteria of the date allow', () => {
  const nq35: Criteria = {
    triggers: [{ levels: ['commune'], areaBelowBps: 7000, populationBelowBps: 7000, match: 'both' }],
    exemptions: ['isolated-location', 'defence-security-sovereignty', 'merged-2019-2021'],
  };
  const none: Criteria = { triggers: nq35.triggers };
  it.each([
    ['the allowed reasons, in the order given', nq35, { a: ['merged-2019-2021', 'planned-urbanisation', 'isolated-location'] }, 'a', ['merged-2019-2021', 'isolated-location']],
    ['none for another unit', nq35, { b: ['isolated-location'] }, 'a', []],
    ['none without exemptions', nq35, undefined, 'a', []],
    ['none when the criteria allow none', none, { a: ['isolated-location'] }, 'a', []],
    // a unit id that names an inherited member of a plain object is no entry
    ['none for constructor', nq35, {}, 'constructor', []],
    ['none for toString', nq35, {}, 'toString', []],
    ['none for __proto__', nq35, {}, '__proto__', []],
    ['its own entry when the unit is called constructor', nq35, { constructor: ['isolated-location'] }, 'constructor', ['isolated-location']],
  ] as const)('%s', (_, criteria, exemptions, unitId, expected) => {
    expect(allowedExemptions(criteria, exemptions as Record<string, MergeExemption[]> | undefined, unitId)).toEqual(expected);
  });

  it('does not change what it is given', () => {
    const given = Object.freeze({ a: Object.freeze(['planned-urbanisation', 'isolated-location'] as MergeExemption[]) });
    expect(allowedExemptions(nq35, given, 'a')).toEqual(['isolated-location']);
    expect(given.a).toEqual(['planned-urbanisation', 'isolated-location']);
  });
});

describe('units whose id is an inherited member of a plain object', () => {
  // before, `exemptions[unit.id] ?? []` read Object for a unit called constructor and threw "filter is not a function"
  it.each(['constructor', 'toString', 'hasOwnProperty'])('findMergeCandidates lists a commune called %s', (id) => {
    const renamed = JSON.parse(JSON.stringify(camPhaFixture()).replaceAll('"x-dh"', JSON.stringify(id))) as Structure;
    const found = findMergeCandidates(renamed, { asOf: isoDate('2024-06-01'), exemptions: {} });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const communes = found.value.candidates.filter((candidate) => candidate.reason === 'admin-unit-below-criteria').map((candidate) => candidate.unitIds[0]);
    expect(communes).toEqual([id, 'x-ch']);
    const exempt = findMergeCandidates(renamed, { asOf: isoDate('2024-06-01'), exemptions: { [id]: ['isolated-location'] } });
    expect(exempt.issues.filter((issue) => issue.code === 'plan_area_exempt').map((issue) => issue.unitIds)).toEqual([[id]]);
  });

  it.each(['constructor', 'valueOf'])('validatePlan holds a commune called %s to the criteria', (id) => {
    const from = isoDate('2015-01-01');
    const units: AreaUnit[] = [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
      { id: 'tinh-a', kind: 'province', name: { vi: 'Tỉnh A' }, parentId: 'vn', from, code: '40', region: 'central' },
      { id: 'huyen-a', kind: 'district', name: { vi: 'Huyện A' }, parentId: 'tinh-a', from },
      { id: 'u-a', kind: 'commune', name: { vi: 'A' }, parentId: 'huyen-a', from, population: 3000, areaKm2: 10, terrain: 'plains' },
    ];
    const structure: Structure = { units, people: [], assignments: [] };
    const plan = planOn('2025-06-01', {
      type: 'consolidate',
      sourceIds: ['u-a'],
      newUnit: { id, kind: 'commune', name: { vi: 'Xã mới' }, parentId: 'huyen-a', population: 3000, areaKm2: 10, terrain: 'plains' } as AreaUnit,
    });
    const below = (exemptions: Record<string, MergeExemption[]>) =>
      validatePlan(structure, plan, { exemptions })
        .issues.filter((issue) => issue.code === 'plan_area_below_standard' || issue.code === 'plan_area_exempt')
        .map((issue) => [issue.code, issue.params?.['measure']]);
    expect(below({})).toEqual([
      ['plan_area_below_standard', 'population'],
      ['plan_area_below_standard', 'areaKm2'],
    ]);
    expect(below({ [id]: ['defence-security-sovereignty'] })).toEqual([['plan_area_exempt', undefined]]);
  });
});
