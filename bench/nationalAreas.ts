/**
 * The area lists the national structure is built on: provinces, (before 2025) districts and
 * communes, in the shape and numbers of the real lists, generated with a seeded PRNG.
 *
 * This is the one seam where the real data plugs in. When the real lists land in the repository
 * (the `src/vn` entry), {@link loadNationalAreas} returns them instead (keep the ids: the country
 * `vn`, `p<code>`, `d<code>`, `c<code>` before the reform, `p<code>@2025`, `c<code>@2025` after),
 * or a caller passes them as `areas` to `generateNationalStructure`. Nothing else in `bench/` reads
 * area lists.
 */
import { type AreaKind, type AreaUnit, getAreaLevel, type IsoDate, isAreaKind, isoDate } from '../src/index.js';
import { getVietnam } from '../src/vn/index.js';

/**
 * The areas one era's structure is built on.
 *
 * @example
 * ```ts
 * const areas: NationalAreas = loadNationalAreas('post2025');
 * areas.provinces.length; //=> 34
 * ```
 * @category Benchmarks
 */
export interface NationalAreas {
  /** The country unit everything hangs from (`vn`). */
  readonly country: AreaUnit;
  /** Provinces and centrally-run cities, `parentId: 'vn'`, each with a statistics-office `code`. */
  readonly provinces: readonly AreaUnit[];
  /** District-level units (empty after 2025-07-01), `parentId` a province. */
  readonly districts: readonly AreaUnit[];
  /** Commune-level units, `parentId` a district (before the reform) or a province (after). */
  readonly communes: readonly AreaUnit[];
}

/** Which side of the 2025 reform (see `generateNationalStructure`). */
type AreasEra = 'post2025' | 'pre2025';

/** Start date of the units of the 2025-03-01 list (the real start dates are not in the lists). */
export const PRE_2025_FROM: IsoDate = isoDate('2025-03-01');
/** Start date of the units of the 2025-07-01 list. */
export const POST_2025_FROM: IsoDate = isoDate('2025-07-01');

/** The country unit both lists hang from. */
export const COUNTRY: AreaUnit = { id: 'vn', kind: 'country', name: { vi: 'Việt Nam', en: 'Viet Nam' }, from: isoDate('1945-09-02') };

/** The real numbers the generated lists reproduce (statistics office lists of 2025-03-01 and 2025-07-01). */
export const NATIONAL_COUNTS = {
  post2025: { provinces: 34, cities: 6, communes: { commune: 2621, ward: 687, 'special-zone': 13 } },
  pre2025: {
    provinces: 63,
    cities: 5,
    districts: { district: 509, 'urban-district': 49, town: 53, 'provincial-city': 84, 'municipal-city': 1 },
    communes: { commune: 7692, ward: 1726, township: 617 },
  },
} as const;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['Kỳ', 'Hưng', 'Phú', 'Long', 'Thạnh', 'Hòa', 'Bình', 'An', 'Tân', 'Đông', 'Sơn', 'Cẩm', 'Quảng', 'Trà', 'Nghĩa', 'Xuân', 'Thủy', 'Lộc', 'Vĩnh', 'Hải'];

function placeName(random: () => number, serial: number): string {
  const pick = () => SYLLABLES[Math.floor(random() * SYLLABLES.length)] as string;
  return `${pick()} ${pick()} ${serial}`;
}

function shuffle<T>(random: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

function repeatKinds(counts: Readonly<Record<string, number>>): AreaKind[] {
  return Object.entries(counts).flatMap(([kind, count]) => new Array<AreaKind>(count).fill(kind as AreaKind));
}

/** Spreads `count` children over `parents` parents, each at least `min`, by seeded weights. */
function spread(random: () => number, count: number, parents: number, min: number): number[] {
  const weights = Array.from({ length: parents }, () => 0.5 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => min + Math.floor(((count - min * parents) * weight) / sum));
  let left = count - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % parents, left -= 1) sizes[i] = (sizes[i] as number) + 1;
  return sizes;
}

/** Province codes spread over 01–96 like the statistics office's, so regions come out varied. */
function provinceCode(position: number, count: number): string {
  return String(1 + Math.round((position * 95) / (count - 1))).padStart(2, '0');
}

function post2025Areas(): NationalAreas {
  const random = mulberry32(20250701);
  const { provinces: provinceCount, cities, communes: communeKinds } = NATIONAL_COUNTS.post2025;
  const provinces: AreaUnit[] = [];
  for (let p = 0; p < provinceCount; p += 1) {
    const city = p % Math.floor(provinceCount / cities) === 0 && provinces.filter((unit) => unit.kind === 'centrally-run-city').length < cities;
    const code = provinceCode(p, provinceCount);
    provinces.push({
      id: `p${code}@2025`,
      kind: city ? 'centrally-run-city' : 'province',
      name: { vi: `${city ? 'Thành phố' : 'Tỉnh'} ${placeName(random, p + 1)}` },
      parentId: 'vn',
      code,
      from: POST_2025_FROM,
      areaKm2: Math.round(3000 + random() * 14000),
      population: Math.round(1_000_000 + random() * 4_000_000),
    });
  }
  const kinds = shuffle(random, repeatKinds(communeKinds));
  const sizes = spread(random, kinds.length, provinceCount, 20);
  const communes: AreaUnit[] = [];
  let serial = 0;
  provinces.forEach((province, p) => {
    for (let k = 0; k < (sizes[p] as number); k += 1) {
      const kind = kinds[serial] as AreaKind;
      serial += 1;
      const code = String(serial * 3).padStart(5, '0');
      const label = kind === 'commune' ? 'Xã' : kind === 'ward' ? 'Phường' : 'Đặc khu';
      communes.push({
        id: `c${code}@2025`,
        kind,
        name: { vi: `${label} ${placeName(random, serial)}` },
        parentId: province.id,
        code,
        from: POST_2025_FROM,
        areaKm2: Math.round((kind === 'ward' ? 5 + random() * 40 : 30 + random() * 300) * 100) / 100,
        population: Math.round(kind === 'ward' ? 20_000 + random() * 60_000 : 8_000 + random() * 40_000),
      });
    }
  });
  return { country: COUNTRY, provinces, districts: [], communes };
}

function pre2025Areas(): NationalAreas {
  const random = mulberry32(20250301);
  const { provinces: provinceCount, cities, districts: districtKinds, communes: communeKinds } = NATIONAL_COUNTS.pre2025;
  const provinces: AreaUnit[] = [];
  for (let p = 0; p < provinceCount; p += 1) {
    const city = p % Math.floor(provinceCount / cities) === 0 && provinces.filter((unit) => unit.kind === 'centrally-run-city').length < cities;
    const code = provinceCode(p, provinceCount);
    provinces.push({
      id: `p${code}`,
      kind: city ? 'centrally-run-city' : 'province',
      name: { vi: `${city ? 'Thành phố' : 'Tỉnh'} ${placeName(random, p + 1)}` },
      parentId: 'vn',
      code,
      from: PRE_2025_FROM,
    });
  }
  const cityIds = provinces.filter((unit) => unit.kind === 'centrally-run-city').map((unit) => unit.id);
  // urban districts and the municipal city lie in centrally-run cities, the rest anywhere
  const cityOnly = new Set<AreaKind>(['urban-district', 'municipal-city']);
  const anywhere = shuffle(random, repeatKinds(districtKinds).filter((kind) => !cityOnly.has(kind)));
  const inCities = repeatKinds(districtKinds).filter((kind) => cityOnly.has(kind));
  const districtParent: { kind: AreaKind; parentId: string }[] = [];
  inCities.forEach((kind, position) => {
    districtParent.push({ kind, parentId: cityIds[position % cityIds.length] as string });
  });
  const sizes = spread(random, anywhere.length, provinceCount, 3);
  let position = 0;
  provinces.forEach((province, p) => {
    for (let k = 0; k < (sizes[p] as number); k += 1) {
      districtParent.push({ kind: anywhere[position] as AreaKind, parentId: province.id });
      position += 1;
    }
  });
  districtParent.sort((a, b) => (a.parentId < b.parentId ? -1 : a.parentId > b.parentId ? 1 : 0));
  const districts: AreaUnit[] = districtParent.map(({ kind, parentId }, d) => {
    const code = String((d + 1) * 10).padStart(3, '0');
    const label = { district: 'Huyện', 'urban-district': 'Quận', town: 'Thị xã', 'provincial-city': 'Thành phố', 'municipal-city': 'Thành phố' }[
      kind as 'district'
    ];
    return { id: `d${code}`, kind, name: { vi: `${label} ${placeName(random, d + 1)}` }, parentId, code, from: PRE_2025_FROM };
  });
  // townships only in rural districts (huyện); wards only in urban kinds and towns; communes anywhere but urban districts
  const rural = districts.filter((unit) => unit.kind === 'district');
  const urban = districts.filter((unit) => unit.kind !== 'district');
  const communeParents: { kind: AreaKind; parentId: string }[] = [];
  const townships = communeKinds.township;
  for (let t = 0; t < townships; t += 1) communeParents.push({ kind: 'township', parentId: (rural[t % rural.length] as AreaUnit).id });
  for (let w = 0; w < communeKinds.ward; w += 1) communeParents.push({ kind: 'ward', parentId: (urban[w % urban.length] as AreaUnit).id });
  const communeHosts = districts.filter((unit) => unit.kind !== 'urban-district');
  const communeSizes = spread(random, communeKinds.commune, communeHosts.length, 1);
  communeHosts.forEach((district, d) => {
    for (let k = 0; k < (communeSizes[d] as number); k += 1) communeParents.push({ kind: 'commune', parentId: district.id });
  });
  communeParents.sort((a, b) => (a.parentId < b.parentId ? -1 : a.parentId > b.parentId ? 1 : 0));
  const communes: AreaUnit[] = communeParents.map(({ kind, parentId }, c) => {
    const code = String((c + 1) * 3).padStart(5, '0');
    const label = kind === 'commune' ? 'Xã' : kind === 'ward' ? 'Phường' : 'Thị trấn';
    return { id: `c${code}`, kind, name: { vi: `${label} ${placeName(random, c + 1)}` }, parentId, code, from: PRE_2025_FROM };
  });
  return { country: COUNTRY, provinces, districts, communes };
}

const cache = new Map<AreasEra, NationalAreas>();

/** The real lists shipped in `tinh-gon/vn`, sorted by level. */
function realAreas(era: AreasEra): NationalAreas {
  const [country, ...units] = getVietnam(era === 'post2025' ? '2025-07-01' : '2025-03-01').units as AreaUnit[];
  if (country?.kind !== 'country') throw new Error(`the ${era} list does not start with the country`);
  const at = (level: string) => units.filter((unit) => isAreaKind(unit.kind) && getAreaLevel(unit.kind) === level);
  return { country, provinces: at('province'), districts: at('district'), communes: at('commune') };
}

/** The generated lists (seeded, the real counts and kinds), for a run that wants no real data. */
export function generateNationalAreas(era: AreasEra): NationalAreas {
  return era === 'post2025' ? post2025Areas() : pre2025Areas();
}

/**
 * The area lists of an era: **the seam for the real data**, the real lists shipped in
 * `tinh-gon/vn` (34 provinces and 3,321 communes after the reform; 63 provinces, 696 districts and
 * 10,035 communes before). {@link generateNationalAreas} generates lists of the same shape.
 *
 * @param era - `post2025` (valid from 2025-07-01) or `pre2025` (valid on 2025-03-01).
 * @returns The country, provinces, districts and communes of the era.
 * @example
 * ```ts
 * loadNationalAreas('pre2025').districts.length; //=> 696
 * ```
 * @category Benchmarks
 */
export function loadNationalAreas(era: AreasEra): NationalAreas {
  let areas = cache.get(era);
  if (areas === undefined) {
    areas = realAreas(era);
    cache.set(era, areas);
  }
  return areas;
}
