import type { AreaUnit } from '../model/index.js';
import type { IsoDate } from '../core/index.js';
import { assertOptions } from '../core/assertOptions.js';
import { editionOn } from './findVietnamUnit.js';
import { foldVietnamese } from './foldVietnamese.js';
import { type Edition, editionUnits, NAME_PREFIX } from './vietnamData.js';

/**
 * Options of {@link findVietnamUnitsByName}.
 *
 * @example
 * ```ts
 * const options: FindVietnamUnitsByNameOptions = { asOf: isoDate('2025-07-01') };
 * ```
 * @category Vietnam
 */
export interface FindVietnamUnitsByNameOptions {
  /** Only the units in force on this date (the list of that date); by default both lists. */
  readonly asOf?: IsoDate;
}

const indexes = new Map<Edition, ReadonlyMap<string, readonly AreaUnit[]>>();

function nameIndex(edition: Edition): ReadonlyMap<string, readonly AreaUnit[]> {
  const existing = indexes.get(edition);
  if (existing !== undefined) return existing;
  const index = new Map<string, AreaUnit[]>();
  // a unit is listed under its full name and its name without the word for its kind (two keys)
  const add = (key: string, unit: AreaUnit) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [unit]);
    else list.push(unit);
  };
  for (const unit of editionUnits(edition).units) {
    const full = foldVietnamese(unit.name.vi);
    add(full, unit);
    const prefix = NAME_PREFIX[unit.kind];
    if (prefix !== undefined) add(full.slice(foldVietnamese(prefix).length + 1), unit);
  }
  indexes.set(edition, index);
  return index;
}

/**
 * The units whose name is the one given, ignoring case, diacritics and `đ` against `d`, with or
 * without the word for their kind: `ky anh`, `Kỳ Anh` and `KỲ ANH` find Huyện Kỳ Anh and Thị xã Kỳ
 * Anh (2025-03-01) and Xã Kỳ Anh (2025-07-01); `thi xa ky anh` finds only the town.
 *
 * @param name - The name to look for (a whole name, not a part of one).
 * @param options - `asOf` to search only the list in force on that date.
 * @returns The units found, those of 2025-03-01 first, each list by level then code; empty when none.
 * @throws {TypeError} When `name` is not a string or `options` is not an object.
 * @throws {RangeError} When `options.asOf` is not an ISO date.
 * @example
 * ```ts
 * findVietnamUnitsByName('ky anh').map((unit) => unit.id); //=> ['vn-2025-03:d447', 'vn-2025-03:d449', 'vn-2025-07:c18775']
 * findVietnamUnitsByName('KỲ ANH', { asOf: isoDate('2025-07-01') })[0]?.name.vi; //=> 'Xã Kỳ Anh'
 * findVietnamUnitsByName('Tinh Dong Thap').map((unit) => unit.id); //=> ['vn-2025-03:p87', 'vn-2025-07:p82']
 * ```
 * @category Vietnam
 */
export function findVietnamUnitsByName(name: string, options: FindVietnamUnitsByNameOptions = {}): AreaUnit[] {
  if (typeof name !== 'string') throw new TypeError(`[tinh-gon] findVietnamUnitsByName: \`name\` is a string, not ${typeof name}`);
  assertOptions(options, 'findVietnamUnitsByName');
  const editions: readonly Edition[] =
    options.asOf === undefined ? ['2025-03-01', '2025-07-01'] : [editionOn(options.asOf, 'findVietnamUnitsByName')].filter((edition) => edition !== undefined);
  const key = foldVietnamese(name);
  return editions.flatMap((edition) => [...(nameIndex(edition).get(key) ?? [])]);
}
