/**
 * Loaders for the real unit lists of Viet Nam before and after the 2025 reform
 * (`../shared/data/vn-admin/`), as tinh-gon units. Used by tests, benchmarks and examples; not
 * shipped in the package. Set TINH_GON_VN_ADMIN to read the files from another folder.
 *
 * Ids: the country is `vn`; units of the 2025-03-01 list are `p<code>`, `d<code>`, `c<code>`;
 * units of the 2025-07-01 list are `p<code>@2025` and `c<code>@2025` (codes are reused across the
 * reform for different units, so the code alone is no identity).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AreaKind, AreaUnit } from '../src/model/index.js';
import { type IsoDate, isoDate } from '../src/core/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder holding the vn-admin files. */
export function vnAdminDirectory(): string {
  return process.env.TINH_GON_VN_ADMIN ?? resolve(here, '../../shared/data/vn-admin');
}

/** Whether the vn-admin files are present (they are beside the repository in CI). */
export function hasVnAdminData(): boolean {
  return existsSync(resolve(vnAdminDirectory(), 'admin_units_pre2025_20250301.json'));
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(vnAdminDirectory(), name), 'utf8')) as T;
}

const PROVINCE_KIND: Record<string, AreaKind> = {
  'tỉnh': 'province',
  'thành phố trực thuộc trung ương': 'centrally-run-city',
  'thành phố': 'centrally-run-city',
};
const DISTRICT_KIND: Record<string, AreaKind> = {
  huyện: 'district',
  quận: 'urban-district',
  'thị xã': 'town',
  'thành phố thuộc tỉnh': 'provincial-city',
  'thành phố thuộc thành phố trực thuộc trung ương': 'municipal-city',
};
const COMMUNE_KIND: Record<string, AreaKind> = {
  xã: 'commune',
  phường: 'ward',
  'thị trấn': 'township',
  'đặc khu': 'special-zone',
};

function kindOf(table: Record<string, AreaKind>, type: string, code: string): AreaKind {
  const kind = table[type.normalize('NFC')];
  if (kind === undefined) throw new Error(`unknown unit type ${JSON.stringify(type)} for code ${code}`);
  return kind;
}

interface RawUnit {
  readonly code: string;
  readonly name: string;
  readonly full_name: string;
  readonly name_en?: string;
  readonly type: string;
  readonly province_code?: string;
  readonly district_code?: string;
  readonly area_km2?: number | null;
  readonly population?: number | null;
  readonly flags?: readonly string[];
}

/** The country unit both lists hang from. */
export const COUNTRY: AreaUnit = {
  id: 'vn',
  kind: 'country',
  name: { vi: 'Việt Nam', en: 'Viet Nam' },
  from: isoDate('1945-09-02'),
};

/** Start date given to units of the 2025-03-01 list (their real start dates are not in the data). */
export const PRE_2025_FROM: IsoDate = isoDate('2025-03-01');
/** Start date of the units of the 2025-07-01 list. */
export const POST_2025_FROM: IsoDate = isoDate('2025-07-01');

/** The three-tier list of 2025-03-01: country, 63 provinces, 696 districts, 10,035 communes. */
export function loadPre2025Areas(): AreaUnit[] {
  const data = readJson<{ provinces: RawUnit[]; districts: RawUnit[]; communes: RawUnit[] }>(
    'admin_units_pre2025_20250301.json',
  );
  const units: AreaUnit[] = [COUNTRY];
  for (const p of data.provinces) {
    units.push({
      id: `p${p.code}`,
      kind: kindOf(PROVINCE_KIND, p.type, p.code),
      name: { vi: p.full_name.normalize('NFC'), ...(p.name_en ? { en: p.name_en } : {}) },
      parentId: 'vn',
      code: p.code,
      from: PRE_2025_FROM,
    });
  }
  for (const district of data.districts) {
    units.push({
      id: `d${district.code}`,
      kind: kindOf(DISTRICT_KIND, district.type, district.code),
      name: { vi: district.full_name.normalize('NFC') },
      parentId: `p${district.province_code}`,
      code: district.code,
      from: PRE_2025_FROM,
    });
  }
  for (const commune of data.communes) {
    units.push({
      id: `c${commune.code}`,
      kind: kindOf(COMMUNE_KIND, commune.type, commune.code),
      name: { vi: commune.full_name.normalize('NFC') },
      parentId: `d${commune.district_code}`,
      code: commune.code,
      from: PRE_2025_FROM,
    });
  }
  return units;
}

/** A post-2025 commune with the flags the data set puts on doubtful figures. */
export interface Post2025Commune extends AreaUnit {
  readonly flags: readonly string[];
  readonly formedFromText?: string;
}

/** The two-tier list of 2025-07-01: 34 provinces and 3,321 communes (with area and population). */
export function loadPost2025Areas(): { provinces: AreaUnit[]; communes: Post2025Commune[] } {
  const data = readJson<{ provinces: RawUnit[]; communes: (RawUnit & { formed_from_text?: string })[] }>(
    'admin_units_post2025_20250701.json',
  );
  const merger = readJson<{ new_provinces: (RawUnit & { area_km2: number; population: number })[] }>(
    'province_merger_2025.json',
  );
  const provinceFacts = new Map(merger.new_provinces.map((p) => [p.code, p]));
  const provinces: AreaUnit[] = data.provinces.map((p) => {
    const facts = provinceFacts.get(p.code);
    return {
      id: `p${p.code}@2025`,
      kind: kindOf(PROVINCE_KIND, p.type, p.code),
      name: { vi: p.full_name.normalize('NFC') },
      parentId: 'vn',
      code: p.code,
      from: POST_2025_FROM,
      ...(facts ? { areaKm2: facts.area_km2, population: facts.population } : {}),
    };
  });
  const communes: Post2025Commune[] = data.communes.map((c) => ({
    id: `c${c.code}@2025`,
    kind: kindOf(COMMUNE_KIND, c.type, c.code),
    name: { vi: c.full_name.normalize('NFC') },
    parentId: `p${c.province_code}@2025`,
    code: c.code,
    from: POST_2025_FROM,
    ...(typeof c.area_km2 === 'number' ? { areaKm2: c.area_km2 } : {}),
    ...(typeof c.population === 'number' ? { population: c.population } : {}),
    flags: c.flags ?? [],
    ...(c.formed_from_text ? { formedFromText: c.formed_from_text } : {}),
  }));
  return { provinces, communes };
}

/** One row of the province merger: which old provinces (2025-03-01 codes) form a new one. */
export interface ProvinceMerger {
  readonly newCode: string;
  readonly newName: string;
  readonly mergedFromCodes: readonly string[];
  readonly merged: boolean;
}

/** The 34 rows of the province merger (Nghị quyết 202/2025/QH15). */
export function loadProvinceMergers(): ProvinceMerger[] {
  const data = readJson<{ new_provinces: (RawUnit & { merged_from_codes: string[]; merged: boolean })[] }>(
    'province_merger_2025.json',
  );
  return data.new_provinces.map((p) => ({
    newCode: p.code,
    newName: p.full_name.normalize('NFC'),
    mergedFromCodes: p.merged_from_codes,
    merged: p.merged,
  }));
}

/** One row of the commune mapping: an old commune (or part of it) going into a new one. */
export interface CommuneMapping {
  readonly oldCode: string;
  readonly newCode: string;
  readonly transfer: 'full' | 'partial';
  readonly targets: number;
  readonly confidence: string;
}

function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The 10,571 rows of the commune mapping (old 2025-03-01 code → new 2025-07-01 code). */
export function loadCommuneMappings(): CommuneMapping[] {
  const text = readFileSync(resolve(vnAdminDirectory(), 'commune_mapping_2025.csv'), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0);
  const columns = parseCsvLine(header ?? '');
  const at = (name: string) => {
    const position = columns.indexOf(name);
    if (position < 0) throw new Error(`commune_mapping_2025.csv has no column ${name}`);
    return position;
  };
  const oldCode = at('old_code');
  const newCode = at('new_code');
  const transfer = at('transfer');
  const targets = at('n_targets');
  const confidence = at('confidence');
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    return {
      oldCode: fields[oldCode] ?? '',
      newCode: fields[newCode] ?? '',
      transfer: fields[transfer] === 'partial' ? 'partial' : 'full',
      targets: Number(fields[targets] ?? '1'),
      confidence: fields[confidence] ?? '',
    };
  });
}
