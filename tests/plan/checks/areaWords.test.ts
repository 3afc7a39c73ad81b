import { describe, expect, it } from 'vitest';
import { exemptionLabel, formedFromSourcesLabel, measureLabel, regionLabel, terrainLabel, terrainVi } from '../../../src/plan/checks/areaWords.js';

describe('the words of the area-standard messages', () => {
  it.each([
    ['population', 'dân số', 'population'],
    ['households', 'số hộ', 'households'],
    ['areaKm2', 'diện tích (km²)', 'area (km²)'],
  ] as const)('measure %s is "%s" in Vietnamese and "%s" in English', (measure, vi, en) => {
    expect(measureLabel(measure)).toEqual({ vi, en });
  });

  it.each([
    ['isolated-location', 'vị trí biệt lập', 'isolated location'],
    ['defence-security-sovereignty', 'vị trí quan trọng về quốc phòng, an ninh, chủ quyền', 'important to defence, security or sovereignty'],
    ['stable-historic-boundary', 'địa giới ổn định từ trước năm 1945', 'boundary stable since before 1945'],
    ['planned-urbanisation', 'đã có quy hoạch thành đơn vị hành chính đô thị', 'planned to become an urban unit'],
    ['merged-2019-2021', 'đã sắp xếp trong giai đoạn 2019–2021', 'already merged in 2019–2021'],
  ])('exemption %s reads "%s" / "%s"', (reason, vi, en) => {
    expect(exemptionLabel(reason)).toEqual({ vi, en });
  });

  it('a unit formed from many names the count of the rule (NQ 76/2025 Art. 5(2))', () => {
    expect(formedFromSourcesLabel(3)).toEqual({ vi: 'hình thành từ 3 đơn vị trở lên', en: 'formed from 3 units or more' });
    expect(formedFromSourcesLabel(4)).toEqual({ vi: 'hình thành từ 4 đơn vị trở lên', en: 'formed from 4 units or more' });
  });

  it.each(['', 'toString', 'Isolated-location', 'formed-from-sources', 'a reason of a local rulebook'])('a reason no criterion names (%j) is shown as it is', (reason) => {
    expect(exemptionLabel(reason)).toEqual({ vi: reason, en: reason });
  });

  it.each([
    ['northern-midlands-mountains', 'Trung du và miền núi phía Bắc', 'northern midlands and mountains'],
    ['red-river-delta', 'Đồng bằng sông Hồng', 'Red River Delta'],
    ['central', 'miền Trung', 'Central'],
    ['central-highlands', 'Tây Nguyên', 'Central Highlands'],
    ['south', 'miền Nam', 'South'],
  ])('region %s reads "%s" / "%s"', (region, vi, en) => {
    expect(regionLabel(region)).toEqual({ vi, en });
  });

  it.each(['?', '', 'toString', 'Central', 'north'])('a value no region has (%j) is shown as it is in both languages', (value) => {
    expect(regionLabel(value)).toEqual({ vi: value, en: value });
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
