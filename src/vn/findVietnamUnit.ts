import { describeArgument } from '../core/assertOptions.js';
import type { AreaUnit } from '../model/index.js';
import { type IsoDate, isIsoDate } from '../core/index.js';
import { BEFORE_DATE, type Edition, editionUnits, REFORM_DATE } from './vietnamData.js';

/** The list in force on a date, or `undefined` before the first one. @internal */
export function editionOn(asOf: IsoDate, caller: string): Edition | undefined {
  if (!isIsoDate(asOf)) throw new RangeError(`[tinh-gon] ${caller}: \`asOf\` is an ISO date YYYY-MM-DD, not ${describeArgument(asOf)}`);
  if (asOf < BEFORE_DATE) return undefined;
  return asOf < REFORM_DATE ? '2025-03-01' : '2025-07-01';
}

/**
 * The province, district-level or commune-level unit that bore a statistics-office code on a date.
 * Codes are reused across the reform: `44` is Quảng Bình until 2025-06-30 and Quảng Trị (Quảng
 * Bình and Quảng Trị merged under Quảng Bình's code) from 2025-07-01. The 2025-03-01 list answers
 * from 2025-03-01 to 2025-06-30, the 2025-07-01 list from 2025-07-01 on (later changes, such as
 * Đồng Nai becoming a city in 2026, are not in it); earlier dates find nothing.
 *
 * @param code - The code: 2 digits for a province, 3 for a district-level unit (until 2025-06-30),
 *   5 for a commune-level unit.
 * @param asOf - The date the code is read on.
 * @returns The unit, or `undefined` when no unit bore the code on that date in the shipped lists.
 * @throws {RangeError} When `asOf` is not an ISO date.
 * @example
 * ```ts
 * findVietnamUnit('44', isoDate('2025-06-30'))?.name.vi; //=> 'Tỉnh Quảng Bình'
 * findVietnamUnit('44', isoDate('2025-07-01'))?.name.vi; //=> 'Tỉnh Quảng Trị'
 * findVietnamUnit('80', isoDate('2025-07-01'))?.id; //=> 'vn-2025-07:p80' (Tỉnh Tây Ninh)
 * findVietnamUnit('449', isoDate('2025-07-01')); //=> undefined (no district level)
 * ```
 * @category Vietnam
 */
export function findVietnamUnit(code: string, asOf: IsoDate): AreaUnit | undefined {
  const edition = editionOn(asOf, 'findVietnamUnit');
  if (edition === undefined) return undefined;
  return editionUnits(edition).byCode.get(code);
}
