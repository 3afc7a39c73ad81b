/**
 * The national lists of `tinh-gon/vn`, parsed from the generated text modules on first use and
 * kept (memoised): importing the entry parses nothing. Everything handed out is frozen.
 *
 * Ids: the country is `vn`; a unit of the 2025-03-01 list is `vn-2025-03:` followed by `p`, `d` or
 * `c` (province, district-level or commune-level unit) and its statistics-office code, e.g.
 * `vn-2025-03:p44` (Quảng Bình), `vn-2025-03:d449` (Thị xã Kỳ Anh); a unit of the 2025-07-01
 * list is `vn-2025-07:p…` or `vn-2025-07:c…`, e.g. `vn-2025-07:p44` (Quảng Trị). Codes are reused
 * across the reform for different units, so the code alone is no identity.
 *
 * @internal
 * @module
 */
import type { AreaKind, AreaUnit } from '../model/index.js';
import type { IsoDate } from '../core/index.js';
import { COMMUNE_MAPPING_2025 } from './data/communeMapping2025.js';
import { COMMUNES_2025_03_01 } from './data/communes20250301.js';
import { COMMUNES_2025_07_01 } from './data/communes20250701.js';
import { DISTRICTS_2025_03_01 } from './data/districts20250301.js';
import { PROVINCE_MERGER_2025 } from './data/provinceMerger2025.js';
import { PROVINCES_2025_03_01 } from './data/provinces20250301.js';
import { PROVINCES_2025_07_01 } from './data/provinces20250701.js';

/** The two lists shipped: the last three-tier one and the first two-tier one. @internal */
export type Edition = '2025-03-01' | '2025-07-01';

/** The first day of the two-tier list (the reform's effective date). @internal */
export const REFORM_DATE = '2025-07-01' as IsoDate;
/** The date of the three-tier list. @internal */
export const BEFORE_DATE = '2025-03-01' as IsoDate;

const ID_PREFIX: Readonly<Record<Edition, string>> = { '2025-03-01': 'vn-2025-03:', '2025-07-01': 'vn-2025-07:' };

/** The id of a unit of an edition from its level letter and code. @internal */
export function unitId(edition: Edition, level: 'p' | 'd' | 'c', code: string): string {
  return `${ID_PREFIX[edition]}${level}${code}`;
}

/** The country both lists hang from. @internal */
export const COUNTRY: AreaUnit = Object.freeze({
  id: 'vn',
  kind: 'country',
  name: Object.freeze({ vi: 'Việt Nam', en: 'Viet Nam' }),
  from: '1945-09-02' as IsoDate,
});

/** The word that opens a unit's full name, by kind (e.g. `Thị xã` Kỳ Anh). @internal */
export const NAME_PREFIX: Readonly<Partial<Record<AreaKind, string>>> = {
  province: 'Tỉnh',
  'centrally-run-city': 'Thành phố',
  district: 'Huyện',
  'urban-district': 'Quận',
  town: 'Thị xã',
  'provincial-city': 'Thành phố',
  'municipal-city': 'Thành phố',
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
  'special-zone': 'Đặc khu',
};

/** What a source flag says about a figure: which one is doubtful (flags not listed doubt nothing). */
const DOUBTED_BY_FLAG: Readonly<Record<string, 'population' | 'areaKm2'>> = {
  population_suspect_lt_1000: 'population',
  area_suspect_gt_province: 'areaKm2',
};

/** A table's rows as records of its header's columns; fails loudly on a malformed generated file. */
function rows<const Column extends string>(text: string, columns: readonly Column[]): Record<Column, string>[] {
  const lines = text.split('\n');
  /* v8 ignore next 3 -- the generated modules are checked against data/vn-admin in CI */
  if (lines[0] !== columns.join('\t') || lines.slice(1, -1).some((line) => line.split('\t').length !== columns.length)) {
    throw new Error(`[tinh-gon] the vn data module with the columns ${lines[0]} is malformed`);
  }
  return lines.slice(1, -1).map((line) => {
    const fields = line.split('\t');
    return Object.fromEntries(columns.map((column, index) => [column, fields[index]])) as Record<Column, string>;
  });
}

function figure(value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  return integer ? Math.round(number) : number;
}

interface UnitFields {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly parentId: string;
  readonly code: string;
  readonly from: IsoDate;
  readonly areaKm2?: string | undefined;
  readonly population?: string | undefined;
  readonly flags?: string | undefined;
}

function makeUnit(fields: UnitFields): AreaUnit {
  const kind = fields.kind as AreaKind;
  const prefix = NAME_PREFIX[kind];
  /* v8 ignore next -- the data script writes only the kinds of NAME_PREFIX */
  if (prefix === undefined) throw new Error(`[tinh-gon] unknown kind ${fields.kind} in the vn data (${fields.code})`);
  const areaKm2 = figure(fields.areaKm2, false);
  const population = figure(fields.population, true);
  const flags = fields.flags === undefined || fields.flags === '' ? [] : fields.flags.split(',');
  const doubtful = [...new Set(flags.flatMap((flag) => DOUBTED_BY_FLAG[flag] ?? []))].sort();
  const unit: AreaUnit = {
    id: fields.id,
    kind,
    name: Object.freeze({ vi: `${prefix} ${fields.name}` }),
    parentId: fields.parentId,
    code: fields.code,
    from: fields.from,
    ...(areaKm2 === undefined ? {} : { areaKm2 }),
    ...(population === undefined ? {} : { population }),
    ...(doubtful.length === 0 ? {} : { doubtful: Object.freeze(doubtful) as AreaUnit['doubtful'] & object }),
    ...(flags.length === 0 ? {} : { note: `Flags in data/vn-admin: ${flags.join(', ')}` }),
  };
  return Object.freeze(unit);
}

/** One edition's units (country first, then provinces, districts, communes, each by code) and its code index. @internal */
export interface EditionUnits {
  readonly edition: Edition;
  readonly units: readonly AreaUnit[];
  readonly byCode: ReadonlyMap<string, AreaUnit>;
  readonly byId: ReadonlyMap<string, AreaUnit>;
}

function indexed(edition: Edition, units: readonly AreaUnit[]): EditionUnits {
  const byCode = new Map<string, AreaUnit>();
  const byId = new Map<string, AreaUnit>();
  for (const unit of units) {
    byId.set(unit.id, unit);
    if (unit.code !== undefined) byCode.set(unit.code, unit);
  }
  return { edition, units: Object.freeze([...units]), byCode, byId };
}

let before: EditionUnits | undefined;
let after: EditionUnits | undefined;

function loadBefore(): EditionUnits {
  const from = BEFORE_DATE;
  const edition = '2025-03-01';
  const units: AreaUnit[] = [COUNTRY];
  for (const row of rows(PROVINCES_2025_03_01, ['code', 'kind', 'name', 'area_km2', 'population'])) {
    units.push(makeUnit({ id: unitId(edition, 'p', row.code), kind: row.kind, name: row.name, parentId: COUNTRY.id, code: row.code, from, areaKm2: row.area_km2, population: row.population }));
  }
  for (const row of rows(DISTRICTS_2025_03_01, ['code', 'kind', 'province', 'name'])) {
    units.push(makeUnit({ id: unitId(edition, 'd', row.code), kind: row.kind, name: row.name, parentId: unitId(edition, 'p', row.province), code: row.code, from }));
  }
  for (const row of rows(COMMUNES_2025_03_01, ['code', 'kind', 'district', 'name'])) {
    units.push(makeUnit({ id: unitId(edition, 'c', row.code), kind: row.kind, name: row.name, parentId: unitId(edition, 'd', row.district), code: row.code, from }));
  }
  return indexed(edition, units);
}

function loadAfter(): EditionUnits {
  const from = REFORM_DATE;
  const edition = '2025-07-01';
  const units: AreaUnit[] = [COUNTRY];
  for (const row of rows(PROVINCES_2025_07_01, ['code', 'kind', 'name', 'area_km2', 'population'])) {
    units.push(makeUnit({ id: unitId(edition, 'p', row.code), kind: row.kind, name: row.name, parentId: COUNTRY.id, code: row.code, from, areaKm2: row.area_km2, population: row.population }));
  }
  for (const row of rows(COMMUNES_2025_07_01, ['code', 'kind', 'province', 'name', 'area_km2', 'population', 'flags'])) {
    units.push(
      makeUnit({
        id: unitId(edition, 'c', row.code),
        kind: row.kind,
        name: row.name,
        parentId: unitId(edition, 'p', row.province),
        code: row.code,
        from,
        areaKm2: row.area_km2,
        population: row.population,
        flags: row.flags,
      }),
    );
  }
  return indexed(edition, units);
}

/** The units of an edition, parsed on first use. @internal */
export function editionUnits(edition: Edition): EditionUnits {
  if (edition === '2025-03-01') {
    before ??= loadBefore();
    return before;
  }
  after ??= loadAfter();
  return after;
}

/** One pair of the reform's territorial mapping: an old unit (or part of it) into a new one. @internal */
export interface MappingRow {
  readonly beforeId: string;
  readonly afterId: string;
  readonly transfer: 'full' | 'partial';
}

let mapping: readonly MappingRow[] | undefined;

/**
 * Every pair of the reform: the 63 provinces into the 34 (whole), and the 10,571 rows of the
 * commune mapping (old commune, or island district without communes, into a new commune-level unit).
 * @internal
 */
export function reformMapping(): readonly MappingRow[] {
  if (mapping !== undefined) return mapping;
  const pairs: MappingRow[] = [];
  for (const row of rows(PROVINCE_MERGER_2025, ['old_code', 'new_code'])) {
    pairs.push({ beforeId: unitId('2025-03-01', 'p', row.old_code), afterId: unitId('2025-07-01', 'p', row.new_code), transfer: 'full' });
  }
  for (const row of rows(COMMUNE_MAPPING_2025, ['old_code', 'new_code', 'transfer'])) {
    const old = row.old_code;
    pairs.push({
      beforeId: unitId('2025-03-01', old.length === 3 ? 'd' : 'c', old),
      afterId: unitId('2025-07-01', 'c', row.new_code),
      transfer: row.transfer === 'partial' ? 'partial' : 'full',
    });
  }
  mapping = Object.freeze(pairs.map((pair) => Object.freeze(pair)));
  return mapping;
}
