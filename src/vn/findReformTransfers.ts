import type { AreaUnit } from '../model/index.js';
import { editionUnits, reformMapping } from './vietnamData.js';

/**
 * One pair of the 2025 reform's territorial mapping: a unit of 2025-03-01 (`before`) went into a
 * unit of 2025-07-01 (`after`) whole (`full`) or in part (`partial`, when its territory was divided
 * among several new units; how much went where is not in the data).
 *
 * @example
 * ```ts
 * const [transfer] = findReformSuccessors('vn-2025-03:c00001');
 * transfer?.after.name.vi; //=> 'Phường Hồng Hà'
 * transfer?.transfer; //=> 'full'
 * ```
 * @category Vietnam
 */
export interface ReformTransfer {
  /** The unit of the 2025-03-01 list. */
  readonly before: AreaUnit;
  /** The unit of the 2025-07-01 list. */
  readonly after: AreaUnit;
  /** `full`: the whole of `before` went into `after`; `partial`: only a part of it did. */
  readonly transfer: 'full' | 'partial';
}

interface TransferIndex {
  readonly byBefore: ReadonlyMap<string, readonly ReformTransfer[]>;
  readonly byAfter: ReadonlyMap<string, readonly ReformTransfer[]>;
}

let index: TransferIndex | undefined;

function transfers(): TransferIndex {
  if (index !== undefined) return index;
  const before = editionUnits('2025-03-01').byId;
  const after = editionUnits('2025-07-01').byId;
  const byBefore = new Map<string, ReformTransfer[]>();
  const byAfter = new Map<string, ReformTransfer[]>();
  for (const row of reformMapping()) {
    const old = before.get(row.beforeId);
    const now = after.get(row.afterId);
    /* v8 ignore next -- the data script checks that both sides of every row exist */
    if (old === undefined || now === undefined) throw new Error(`[tinh-gon] the vn mapping names ${row.beforeId} → ${row.afterId}, which the lists lack`);
    const transfer: ReformTransfer = Object.freeze({ before: old, after: now, transfer: row.transfer });
    byBefore.set(old.id, [...(byBefore.get(old.id) ?? []), transfer]);
    byAfter.set(now.id, [...(byAfter.get(now.id) ?? []), transfer]);
  }
  // the mapping is sorted by old code, then new code: each list is in code order already
  index = { byBefore, byAfter };
  return index;
}

/**
 * Where a unit of 2025-03-01 went in the 2025 reform: the province it was merged into, or the new
 * commune-level unit(s) its territory went into, with `full` or `partial`. A commune divided among
 * several new units has one `partial` transfer to each; the five island districts without communes
 * (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) went whole into special zones. Other district-level
 * units were dissolved, their territory being that of their communes: they have no transfer.
 *
 * @param id - The id of a unit of the 2025-03-01 list, e.g. `vn-2025-03:c00634` (see {@link getVietnam}).
 * @returns The transfers, by the new unit's code; empty for a district-level unit with communes or an id not in the list.
 * @example
 * ```ts
 * findReformSuccessors('vn-2025-03:p44').map((t) => t.after.name.vi); //=> ['Tỉnh Quảng Trị']
 * findReformSuccessors('vn-2025-03:c00634').map((t) => `${t.after.name.vi} (${t.transfer})`);
 * //=> ['Phường Xuân Phương (partial)', 'Phường Tây Mỗ (partial)', 'Phường Đại Mỗ (partial)', 'Phường Hà Đông (partial)', 'Phường Dương Nội (partial)']
 * ```
 * @category Vietnam
 */
export function findReformSuccessors(id: string): ReformTransfer[] {
  return [...(transfers().byBefore.get(id) ?? [])];
}

/**
 * What a unit of 2025-07-01 was formed from in the 2025 reform: the provinces merged into it, or
 * the old communes (and island districts) whose territory went into it, whole (`full`) or in part
 * (`partial`).
 *
 * @param id - The id of a unit of the 2025-07-01 list, e.g. `vn-2025-07:c18775` (see {@link getVietnam}).
 * @returns The transfers, by the old unit's code; empty for an id not in the list.
 * @example
 * ```ts
 * findReformPredecessors('vn-2025-07:p80').map((t) => t.before.name.vi); //=> ['Tỉnh Tây Ninh', 'Tỉnh Long An']
 * findReformPredecessors('vn-2025-07:c18775').map((t) => t.before.name.vi); //=> ['Xã Kỳ Phú', 'Xã Kỳ Tiến', 'Xã Kỳ Giang', 'Thị trấn Kỳ Đồng']
 * findReformPredecessors('vn-2025-07:c00634').map((t) => t.transfer); //=> ['partial', 'partial', 'partial', 'partial']
 * ```
 * @category Vietnam
 */
export function findReformPredecessors(id: string): ReformTransfer[] {
  return [...(transfers().byAfter.get(id) ?? [])];
}
