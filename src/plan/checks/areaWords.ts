import type { Bilingual } from '../../core/Bilingual.js';
import type { Terrain } from '../../model/Structure.js';

// The words of the area-standard messages (internal: not exported from the package): measures and
// terrains in Vietnamese; the English shows the ids, which are English words.

/** A measure of an area that a standard asks about. */
export type Measure = 'population' | 'households' | 'areaKm2';

// The words below are functions, not module-level tables, so that a mutation test can tell a
// wrong word (a table is built once, when the tests first load the module).

/** A measure in Vietnamese (the English shows its id). */
export function measureVi(measure: Measure): string {
  switch (measure) {
    case 'population':
      return 'dân số';
    case 'households':
      return 'số hộ';
    default:
      return 'diện tích (km²)';
  }
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
