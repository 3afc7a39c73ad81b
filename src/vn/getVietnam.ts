import { describeArgument } from '../core/assertOptions.js';
import type { Structure } from '../model/index.js';
import { type Edition, editionUnits } from './vietnamData.js';

/**
 * The two national lists shipped in `tinh-gon/vn`: `'2025-03-01'`, the last three-tier country
 * (63 provinces, 696 district-level units, 10,035 communes) and `'2025-07-01'`, the first two-tier
 * one (34 provinces, 3,321 commune-level units: 2,621 xã, 687 phường, 13 đặc khu).
 *
 * @example
 * ```ts
 * const edition: VietnamEdition = '2025-07-01';
 * getVietnam(edition).units.length; //=> 3356
 * ```
 * @category Vietnam
 */
export type VietnamEdition = '2025-03-01' | '2025-07-01';

const structures = new Map<Edition, Structure>();

/**
 * The country as a {@link Structure} on the date of one of the two lists: the country unit `vn`,
 * its provinces and centrally-run cities, (in 2025-03-01) its district-level units, and its
 * commune-level units, with their statistics-office codes, full Vietnamese names, kinds and
 * parents.
 *
 * Ids are `vn-2025-03:p44`, `vn-2025-03:d449`, `vn-2025-03:c18775` (province, district-level,
 * commune-level unit of the 2025-03-01 list) and `vn-2025-07:p44`, `vn-2025-07:c18775` (of the
 * 2025-07-01 list): codes are reused across the reform for other units, so identity is the id.
 * Every unit's `from` is the date of its list (not its founding date); no unit has a `to`, so the
 * 2025-03-01 structure is what the reform plan ({@link getReform2025Plan}) starts from.
 *
 * Figures: provinces of 2025-03-01 carry the statistics office's 2024 area and average
 * population; provinces of 2025-07-01 the figures of Nghị quyết 202/2025/QH15 (or of the
 * government's reorganisation map for the 11 unchanged ones); communes of 2025-07-01 the map
 * portal's area and population, where it gives them. Figures the data set doubts (a population
 * under 1,000 that looks like thousands, an area larger than the whole province) are listed in the
 * unit's `doubtful` and its `note` names the flags of data/vn-admin; communes of 2025-03-01 carry no
 * figures.
 *
 * The structure is parsed on the first call and then shared: it is frozen, so copy it to change it.
 *
 * @param edition - `'2025-03-01'` (before the reform) or `'2025-07-01'` (after it).
 * @returns The structure (no people, no assignments).
 * @throws {RangeError} When `edition` is not one of the two.
 * @example
 * ```ts
 * const after = getVietnam('2025-07-01');
 * after.units.filter((unit) => unit.kind === 'special-zone').length; //=> 13
 * after.units.find((unit) => unit.id === 'vn-2025-07:p44')?.name.vi; //=> 'Tỉnh Quảng Trị'
 * getVietnam('2025-03-01').units.find((unit) => unit.id === 'vn-2025-03:p44')?.name.vi; //=> 'Tỉnh Quảng Bình'
 * ```
 * @see Nghị quyết 202/2025/QH15 (provinces) and 1654–1687/NQ-UBTVQH15 (communes); sources and
 *   licences in data/vn-admin/README.md.
 * @category Vietnam
 */
export function getVietnam(edition: VietnamEdition): Structure {
  if (edition !== '2025-03-01' && edition !== '2025-07-01') {
    throw new RangeError(`[tinh-gon] getVietnam: the edition is '2025-03-01' or '2025-07-01', not ${describeArgument(edition)}`);
  }
  let structure = structures.get(edition);
  if (structure === undefined) {
    structure = Object.freeze({ units: editionUnits(edition).units as Structure['units'], people: Object.freeze([]) as unknown as Structure['people'], assignments: Object.freeze([]) as unknown as Structure['assignments'] });
    structures.set(edition, structure);
  }
  return structure;
}
