import type { Citation } from '../core/Citation.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { AreaUnit, OrganisationUnit, PublicServiceUnit, Staffing, Unit } from '../model/Structure.js';

/*
 * The plan's types, written out as named interfaces so that editors and the API reference show
 * `Plan`, not the expanded output of a zod schema. The schema that reads untrusted JSON into these
 * types is `planSchema` (./planSchema.ts), reached only from the `tinh-gon/parse` entry; a type test
 * (tests/plan/plan.test-d.ts) proves the two agree both ways.
 */

/**
 * A unit created by a plan: a full unit record without its dates (it starts on the plan's
 * `effectiveOn`).
 *
 * @example
 * ```ts
 * const unit: NewUnit = { id: 'ban-tgdv', kind: 'propaganda-mass-mobilisation-board', name: { vi: 'Ban Tuyên giáo và Dân vận' }, areaId: 'tx' };
 * ```
 * @category Plan
 */
export type NewUnit = Omit<AreaUnit, 'from' | 'to'> | Omit<OrganisationUnit, 'from' | 'to'> | Omit<PublicServiceUnit, 'from' | 'to'>;

/**
 * A share of a unit moved by a split or a partial transfer: people, households and area moved, or
 * a fraction in basis points (10,000 = the whole). Integers except `areaKm2`, which is compared to
 * the hundredth. At least one field is given.
 *
 * @example
 * ```ts
 * const share: Share = { population: 2400, areaKm2: 12.5 };
 * ```
 * @category Plan
 */
export interface Share {
  readonly population?: number | undefined;
  readonly households?: number | undefined;
  readonly areaKm2?: number | undefined;
  /** The fraction of the whole, 0–10,000. */
  readonly basisPoints?: number | undefined;
}

/**
 * What every operation may carry: a label for messages and its own legal basis.
 *
 * @example
 * ```ts
 * const common: OperationCommon = { label: 'Thôn 1 + Thôn 2', basis: [{ instrumentId: '14/2018/TT-BNV' }] };
 * ```
 * @category Plan
 */
export interface OperationCommon {
  /** Used in messages instead of the operation's index (`#3 merge`). */
  readonly label?: string | undefined;
  /** The operation's own legal basis, after the plan's. */
  readonly basis?: Citation[] | undefined;
}

/**
 * A merger (sáp nhập): the sources end and a surviving target absorbs them, keeping its identity.
 *
 * @example
 * ```ts
 * const merge: MergeOperation = { type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-1', name: { vi: 'Thôn Tân Hà' } };
 * ```
 * @category Plan
 */
export interface MergeOperation extends OperationCommon {
  readonly type: 'merge';
  readonly sourceIds: string[];
  readonly targetId: string;
  /** A new name for the surviving unit. */
  readonly name?: Unit['name'] | undefined;
  /** The surviving organisation's staffing after the merger; by default the sum of all. */
  readonly staffing?: Staffing | undefined;
}

/**
 * A consolidation (hợp nhất): the sources end and a new unit starts.
 *
 * @example
 * ```ts
 * const consolidate: ConsolidateOperation = {
 *   type: 'consolidate', sourceIds: ['tt-vh', 'dai-tt'],
 *   newUnit: { id: 'tt-vh-tt', kind: 'public-service-unit', name: { vi: 'Trung tâm Văn hóa - Truyền thông' }, areaId: 'tx' },
 * };
 * ```
 * @category Plan
 */
export interface ConsolidateOperation extends OperationCommon {
  readonly type: 'consolidate';
  /** Units that end entirely into the new one (may be empty when only partial transfers feed it). */
  readonly sourceIds: string[];
  readonly newUnit: NewUnit;
}

/**
 * One part of a split: the new unit and the share of the source it takes.
 *
 * @example
 * ```ts
 * const part: SplitPart = { newUnit: { id: 'xa-a', kind: 'commune', name: { vi: 'Xã A' } }, share: { basisPoints: 4000 } };
 * ```
 * @category Plan
 */
export interface SplitPart {
  readonly newUnit: NewUnit;
  readonly share: Share;
}

/**
 * A split (chia tách): one source ends into two or more new units, each with its share.
 *
 * @example
 * ```ts
 * const split: SplitOperation = {
 *   type: 'split', sourceId: 'xa-ab',
 *   parts: [
 *     { newUnit: { id: 'xa-a', kind: 'commune', name: { vi: 'Xã A' } }, share: { basisPoints: 4000 } },
 *     { newUnit: { id: 'xa-b', kind: 'commune', name: { vi: 'Xã B' } }, share: { basisPoints: 6000 } },
 *   ],
 * };
 * ```
 * @category Plan
 */
export interface SplitOperation extends OperationCommon {
  readonly type: 'split';
  readonly sourceId: string;
  /** At least two parts. */
  readonly parts: SplitPart[];
}

/**
 * A partial transfer (điều chỉnh một phần): part of a unit into another or a new one. A share left
 * out means "an unspecified part" (the 2025 commune mapping says only that a transfer was
 * partial): when every transfer of an ending source leaves it out there is no sum to check, and a
 * new unit's figures come from its own record.
 *
 * @example
 * ```ts
 * const transfer: PartialTransferOperation = { type: 'partial-transfer', sourceId: 'xa-a', targetId: 'xa-b', share: { population: 1200 } };
 * ```
 * @category Plan
 */
export interface PartialTransferOperation extends OperationCommon {
  readonly type: 'partial-transfer';
  readonly sourceId: string;
  readonly targetId: string;
  readonly share?: Share | undefined;
  /** `true` when the source ends with this plan: all its partial transfers must then add up to the whole. */
  readonly sourceEnds?: boolean | undefined;
}

/**
 * A dissolution (giải thể): the source ends and its successor takes over its duties, children and
 * people.
 *
 * @example
 * ```ts
 * const dissolve: DissolveOperation = { type: 'dissolve', sourceId: 'huyen-x', successorId: 'tinh-y' };
 * ```
 * @category Plan
 */
export interface DissolveOperation extends OperationCommon {
  readonly type: 'dissolve';
  readonly sourceId: string;
  readonly successorId: string;
}

/**
 * A renaming (đổi tên).
 *
 * @example
 * ```ts
 * const rename: RenameOperation = { type: 'rename', unitId: 'thon-3', name: { vi: 'Thôn Đoàn Kết' } };
 * ```
 * @category Plan
 */
export interface RenameOperation extends OperationCommon {
  readonly type: 'rename';
  readonly unitId: string;
  readonly name: Unit['name'];
}

/**
 * A transfer (chuyển trực thuộc): a unit under a new parent, or an organisation serving a new
 * area. At least one of `newParentId` and `newAreaId` is given.
 *
 * @example
 * ```ts
 * const transfer: TransferOperation = { type: 'transfer', unitId: 'thon-4', newParentId: 'xa-b' };
 * ```
 * @category Plan
 */
export interface TransferOperation extends OperationCommon {
  readonly type: 'transfer';
  readonly unitId: string;
  readonly newParentId?: string | undefined;
  readonly newAreaId?: string | undefined;
}

/**
 * A conversion (chuyển đổi) of a public service unit: to another financial-autonomy group, or out
 * of the public sector (a joint-stock company, say), when it ends. Exactly one of `autonomyGroup`
 * and `leavesPublicSector` is given.
 *
 * @example
 * ```ts
 * const convert: ConvertOperation = { type: 'convert', unitId: 'tt-dv', autonomyGroup: 2 };
 * ```
 * @category Plan
 */
export interface ConvertOperation extends OperationCommon {
  readonly type: 'convert';
  readonly unitId: string;
  readonly autonomyGroup?: 1 | 2 | 3 | 4 | undefined;
  /** `true` when the unit leaves the public sector: it ends. */
  readonly leavesPublicSector?: true | undefined;
}

/**
 * One operation of a plan, discriminated on `type`: `merge` (sáp nhập), `consolidate` (hợp nhất),
 * `split` (chia tách), `partial-transfer` (điều chỉnh một phần), `dissolve` (giải thể), `rename`
 * (đổi tên), `transfer` (chuyển trực thuộc) or `convert` (chuyển đổi).
 *
 * @example
 * ```ts
 * const operation: PlanOperation = { type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-1' };
 * ```
 * @category Plan
 */
export type PlanOperation =
  | MergeOperation
  | ConsolidateOperation
  | SplitOperation
  | PartialTransferOperation
  | DissolveOperation
  | RenameOperation
  | TransferOperation
  | ConvertOperation;

/**
 * A reorganisation plan (đề án sắp xếp): the date it takes effect, its legal basis and its
 * operations.
 *
 * @example
 * ```ts
 * const plan: Plan = { effectiveOn: isoDate('2019-01-01'), operations: [{ type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-1' }] };
 * ```
 * @category Plan
 */
export interface Plan {
  readonly id?: string | undefined;
  readonly effectiveOn: IsoDate;
  /** The legal basis of the whole plan. */
  readonly basis?: Citation[] | undefined;
  readonly operations: PlanOperation[];
}
