import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/index.js';
import { communeStaffNorm } from '../../../src/staffing/index.js';
import { expectValue } from '../support/result.js';

const asOf = isoDate('2024-01-01');

describe('communeStaffNorm: a fact at or below its standard adds nothing (NĐ 33/2023, Art. 6)', () => {
  it.each([
    // population, standard: below by more than one step, by less, at it, and a standard of 0 (none)
    [1_000, 8_000],
    [5_000, 8_000],
    [8_000, 8_000],
    [100, 0],
    [0, 0],
  ] as const)('population %i against %i → +0, the class maximum unchanged', (population, populationStandard) => {
    const result = communeStaffNorm({ kind: 'commune', communeClass: 1, population, populationStandard }, { asOf });
    expect(result.issues).toEqual([]);
    const norm = expectValue(result);
    expect(norm.extraForPopulation).toBe(0);
    expect(norm.max).toBe(22);
  });

  it.each([
    [10, 30],
    [29.99, 30],
    [0, 30],
    [30, 30],
    [12.5, 0],
    [0, 0],
  ] as const)('area %d km² against %d → +0, the class maximum unchanged', (areaKm2, areaStandardKm2) => {
    const result = communeStaffNorm({ kind: 'commune', communeClass: 2, areaKm2, areaStandardKm2 }, { asOf });
    expect(result.issues).toEqual([]);
    const norm = expectValue(result);
    expect(norm.extraForArea).toBe(0);
    expect(norm.max).toBe(20);
  });

  it('counts population and area apart: one above its standard, the other below', () => {
    const norm = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 2, population: 1_000, populationStandard: 8_000, areaKm2: 60, areaStandardKm2: 30 }, { asOf }));
    expect([norm.extraForPopulation, norm.extraForArea, norm.max]).toEqual([0, 1, 21]);
    const other = expectValue(communeStaffNorm({ kind: 'commune', communeClass: 2, population: 16_000, populationStandard: 8_000, areaKm2: 10, areaStandardKm2: 30 }, { asOf }));
    expect([other.extraForPopulation, other.extraForArea, other.max]).toEqual([2, 0, 22]);
  });
});
