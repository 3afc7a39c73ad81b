import { describe, expect, it } from 'vitest';
import { measureVi, terrainLabel, terrainVi } from '../../../src/plan/checks/areaWords.js';

describe('the words of the area-standard messages', () => {
  it.each([
    ['population', 'dân số'],
    ['households', 'số hộ'],
    ['areaKm2', 'diện tích (km²)'],
  ] as const)('measure %s is "%s" in Vietnamese', (measure, vi) => {
    expect(measureVi(measure)).toBe(vi);
  });

  it.each([
    ['plains', 'đồng bằng'],
    ['midland', 'trung du'],
    ['mountainous', 'miền núi'],
    ['highland', 'vùng cao'],
    ['island', 'hải đảo'],
  ])('terrain %s is "%s" in Vietnamese, and its id in English', (terrain, vi) => {
    expect(terrainVi(terrain)).toBe(vi);
    expect(terrainLabel(terrain)).toEqual({ vi, en: terrain });
  });

  it.each(['?', 'delta', '', 'toString', 'Plains'])('a value no terrain has (%j) is shown as it is in both languages', (value) => {
    expect(terrainVi(value)).toBeUndefined();
    expect(terrainLabel(value)).toEqual({ vi: value, en: value });
  });
});
