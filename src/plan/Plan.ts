import { z } from 'zod';
import { areaUnitSchema, idSchema, isoDateSchema, nameSchema, organisationUnitSchema, publicServiceUnitSchema, staffingSchema } from '../model/schema.js';

/** zod schema of a citation inside a plan's basis. @internal */
const citationSchema = z.strictObject({
  instrumentId: z.string().min(1),
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
});

/**
 * zod schema of a unit created by a plan: a full unit record without `from`/`to` (it starts on the
 * plan's `effectiveOn`).
 *
 * @example
 * ```ts
 * newUnitSchema.parse({ id: 'tt-vhtt', kind: 'public-service-unit', name: { vi: 'Trung tâm Văn hóa - Truyền thông' }, areaId: 'tx' }).id;
 * //=> 'tt-vhtt'
 * ```
 * @category Schemas
 */
export const newUnitSchema = z.discriminatedUnion('kind', [
  areaUnitSchema.omit({ from: true, to: true }),
  organisationUnitSchema.omit({ from: true, to: true }),
  publicServiceUnitSchema.omit({ from: true, to: true }),
]);

/**
 * zod schema of a share of a unit: people, households and area moved, or a fraction in basis
 * points (10,000 = the whole). Integers except `areaKm2`, which is compared to the hundredth.
 *
 * @example
 * ```ts
 * shareSchema.parse({ population: 1200, areaKm2: 3.5 }).population; //=> 1200
 * ```
 * @category Schemas
 */
export const shareSchema = z
  .strictObject({
    population: z.number().int().nonnegative().optional(),
    households: z.number().int().nonnegative().optional(),
    areaKm2: z.number().nonnegative().finite().optional(),
    basisPoints: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((share) => Object.keys(share).length > 0, { message: 'a share with at least one of population, households, areaKm2, basisPoints' });

const common = {
  /** Optional label of the operation, used in messages instead of its index. */
  label: z.string().min(1).optional(),
  basis: z.array(citationSchema).optional(),
};

/** zod schema of a merger (sáp nhập): sources absorbed into a surviving target. @internal */
const mergeOperationSchema = z.strictObject({
  ...common,
  type: z.literal('merge'),
  sourceIds: z.array(idSchema).min(1),
  targetId: idSchema,
  /** A new name for the surviving unit. */
  name: nameSchema.optional(),
  /** The surviving unit's staffing after the merger; by default the sum of all. */
  staffing: staffingSchema.optional(),
});

/** zod schema of a consolidation (hợp nhất): sources end and a new unit starts. @internal */
const consolidateOperationSchema = z.strictObject({
  ...common,
  type: z.literal('consolidate'),
  /** Units that end entirely into the new one (may be empty when only partial transfers feed it). */
  sourceIds: z.array(idSchema),
  newUnit: newUnitSchema,
});

/** zod schema of a split (chia tách): one source ends into several new units with shares. @internal */
const splitOperationSchema = z.strictObject({
  ...common,
  type: z.literal('split'),
  sourceId: idSchema,
  parts: z.array(z.strictObject({ newUnit: newUnitSchema, share: shareSchema })).min(2),
});

/**
 * zod schema of a partial transfer (điều chỉnh một phần): part of a unit into another or a new one.
 * A share left out means "an unspecified part" (the 2025 commune mapping says only that a transfer
 * was partial): when every transfer of an ending source leaves it out there is no sum to check,
 * and a new unit's figures come from its own record. @internal
 */
const partialTransferOperationSchema = z.strictObject({
  ...common,
  type: z.literal('partial-transfer'),
  sourceId: idSchema,
  targetId: idSchema,
  share: shareSchema.optional(),
  /** `true` when the source ends with this plan: all its partial transfers must then add up to the whole. */
  sourceEnds: z.boolean().optional(),
});

/** zod schema of a dissolution (giải thể) with the successor of its duties and people. @internal */
const dissolveOperationSchema = z.strictObject({
  ...common,
  type: z.literal('dissolve'),
  sourceId: idSchema,
  successorId: idSchema,
});

/** zod schema of a renaming (đổi tên). @internal */
const renameOperationSchema = z.strictObject({ ...common, type: z.literal('rename'), unitId: idSchema, name: nameSchema });

/** zod schema of a transfer to a new parent or area (chuyển trực thuộc). @internal */
const transferOperationSchema = z
  .strictObject({
    ...common,
    type: z.literal('transfer'),
    unitId: idSchema,
    newParentId: idSchema.optional(),
    newAreaId: idSchema.optional(),
  })
  .refine((operation) => operation.newParentId !== undefined || operation.newAreaId !== undefined, {
    message: 'a newParentId or a newAreaId',
  });

/** zod schema of a conversion (chuyển đổi) of a public service unit. @internal */
const convertOperationSchema = z
  .strictObject({
    ...common,
    type: z.literal('convert'),
    unitId: idSchema,
    autonomyGroup: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    /** `true` when the unit leaves the public sector (e.g. becomes a joint-stock company): it ends. */
    leavesPublicSector: z.literal(true).optional(),
  })
  .refine((operation) => (operation.autonomyGroup === undefined) !== (operation.leavesPublicSector === undefined), {
    message: 'exactly one of autonomyGroup and leavesPublicSector',
  });

/**
 * zod schema of one plan operation, discriminated on `type`.
 *
 * @example
 * ```ts
 * planOperationSchema.parse({ type: 'rename', unitId: 'x', name: { vi: 'Tên mới' } }).type; //=> 'rename'
 * ```
 * @category Schemas
 */
export const planOperationSchema = z.discriminatedUnion('type', [
  mergeOperationSchema,
  consolidateOperationSchema,
  splitOperationSchema,
  partialTransferOperationSchema,
  dissolveOperationSchema,
  renameOperationSchema,
  transferOperationSchema,
  convertOperationSchema,
]);

/**
 * zod schema of a plan (đề án sắp xếp).
 *
 * @example
 * ```ts
 * planSchema.parse({ effectiveOn: '2019-01-01', operations: [] }).operations.length; //=> 0
 * ```
 * @category Schemas
 */
export const planSchema = z.strictObject({
  id: z.string().min(1).optional(),
  effectiveOn: isoDateSchema,
  basis: z.array(citationSchema).optional(),
  operations: z.array(planOperationSchema),
});

/**
 * A unit created by a plan: a full unit record without its dates.
 *
 * @example
 * ```ts
 * const unit: NewUnit = { id: 'ban-tgdv', kind: 'propaganda-mass-mobilisation-board', name: { vi: 'Ban Tuyên giáo và Dân vận' }, areaId: 'tx' };
 * ```
 * @category Plan
 */
export type NewUnit = z.output<typeof newUnitSchema>;

/**
 * A share of a unit moved by a split or a partial transfer.
 *
 * @example
 * ```ts
 * const share: Share = { population: 2400, areaKm2: 12.5 };
 * ```
 * @category Plan
 */
export type Share = z.output<typeof shareSchema>;

/**
 * One operation of a plan: `merge` (sáp nhập), `consolidate` (hợp nhất), `split` (chia tách),
 * `partial-transfer` (điều chỉnh một phần), `dissolve` (giải thể), `rename` (đổi tên), `transfer`
 * (chuyển trực thuộc) or `convert` (chuyển đổi).
 *
 * @example
 * ```ts
 * const operation: PlanOperation = { type: 'merge', sourceIds: ['thon-2'], targetId: 'thon-1' };
 * ```
 * @category Plan
 */
export type PlanOperation = z.output<typeof planOperationSchema>;

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
export type Plan = z.output<typeof planSchema>;

/**
 * What `parsePlan` accepts before transforms (plain JSON).
 *
 * @example
 * ```ts
 * const input: PlanInput = { effectiveOn: '2019-01-01', operations: [] };
 * ```
 * @category Plan
 */
export type PlanInput = z.input<typeof planSchema>;
