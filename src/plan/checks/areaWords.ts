import type { Bilingual } from '../../core/Bilingual.js';
import type { Region, Terrain } from '../../model/Structure.js';

// The words of the area-standard messages (internal: not exported from the package): measures,
// regions, terrains and the reasons a unit is not measured. The words are functions, not module-level
// tables, so that a mutation test can tell a wrong word (a table is built once, when the tests
// first load the module).

/** A measure of an area that a standard asks about. */
export type Measure = 'population' | 'households' | 'areaKm2';

/** A measure as a message shows it, in both languages. */
export function measureLabel(measure: Measure): Bilingual {
  switch (measure) {
    case 'population':
      return { vi: 'dân số', en: 'population' };
    case 'households':
      return { vi: 'số hộ', en: 'households' };
    default:
      return { vi: 'diện tích (km²)', en: 'area (km²)' };
  }
}

/** Why a unit formed from `sourceCount` units or more is not measured (NQ 76/2025 Art. 5(2)), as a message shows it. */
export function formedFromSourcesLabel(sourceCount: number): Bilingual {
  return { vi: `hình thành từ ${sourceCount} đơn vị trở lên`, en: `formed from ${sourceCount} units or more` };
}

/**
 * An exemption of the merge criteria that the caller names for a unit, as a message shows it; a
 * reason no criterion names, as it is.
 */
export function exemptionLabel(reason: string): Bilingual {
  switch (reason) {
    case 'isolated-location':
      return { vi: 'vị trí biệt lập', en: 'isolated location' };
    case 'defence-security-sovereignty':
      return { vi: 'vị trí quan trọng về quốc phòng, an ninh, chủ quyền', en: 'important to defence, security or sovereignty' };
    case 'stable-historic-boundary':
      return { vi: 'địa giới ổn định từ trước năm 1945', en: 'boundary stable since before 1945' };
    case 'planned-urbanisation':
      return { vi: 'đã có quy hoạch thành đơn vị hành chính đô thị', en: 'planned to become an urban unit' };
    case 'merged-2019-2021':
      return { vi: 'đã sắp xếp trong giai đoạn 2019–2021', en: 'already merged in 2019–2021' };
  }
  return { vi: reason, en: reason };
}

/**
 * A region (vùng) of the household standards (TT 14/2018) as a message shows it, by its usual
 * name; a value no region has (`?` when the data give none) as it is.
 */
export function regionLabel(region: string): Bilingual {
  switch (region as Region) {
    case 'northern-midlands-mountains':
      return { vi: 'Trung du và miền núi phía Bắc', en: 'northern midlands and mountains' };
    case 'red-river-delta':
      return { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' };
    case 'central':
      return { vi: 'miền Trung', en: 'Central' };
    case 'central-highlands':
      return { vi: 'Tây Nguyên', en: 'Central Highlands' };
    case 'south':
      return { vi: 'miền Nam', en: 'South' };
  }
  return { vi: region, en: region };
}

/** A terrain in Vietnamese (the English shows its id, which is the English word); undefined for a value no terrain has. */
export function terrainVi(terrain: string): string | undefined {
  switch (terrain as Terrain) {
    case 'plains':
      return 'đồng bằng';
    case 'midland':
      return 'trung du';
    case 'mountainous':
      return 'miền núi';
    case 'highland':
      return 'vùng cao';
    case 'island':
      return 'hải đảo';
  }
  return undefined;
}

/** A terrain as a message shows it; a value no terrain has (`?` when the data give none) as it is. */
export function terrainLabel(terrain: string): Bilingual {
  return { vi: terrainVi(terrain) ?? terrain, en: terrain };
}
