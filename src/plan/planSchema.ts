import { z } from 'zod';
import { areaUnitSchema, idSchema, isoDateSchema, nameSchema, organisationUnitSchema, publicServiceUnitSchema, staffingSchema } from '../model/schema.js';
import { citationSchema } from '../rules/schema.js';

/*
 * The zod boundary of plans: reached only from `tinh-gon/parse` (src/parse/index.ts) and
 * `parsePlan`, so the `tinh-gon/plan` entry loads no zod. Its output types are the named
 * interfaces of ./Plan.ts (a type test proves they agree both ways).
 */

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
  .refine((share) => Object.keys(share).length > 0, {
    message: 'a share with at least one of population, households, areaKm2, basisPoints',
    params: {
      expected: {
        vi: 'một phần chia có ít nhất một trong các trường `population`, `households`, `areaKm2`, `basisPoints`',
        en: 'a share with at least one of `population`, `households`, `areaKm2`, `basisPoints`',
      },
    },
  });

const common = {
  label: z.string().min(1).optional(),
  basis: z.array(citationSchema).optional(),
};

const mergeOperationSchema = z.strictObject({
  ...common,
  type: z.literal('merge'),
  sourceIds: z.array(idSchema).min(1),
  targetId: idSchema,
  name: nameSchema.optional(),
  staffing: staffingSchema.optional(),
});

const consolidateOperationSchema = z.strictObject({
  ...common,
  type: z.literal('consolidate'),
  sourceIds: z.array(idSchema),
  newUnit: newUnitSchema,
});

const splitOperationSchema = z.strictObject({
  ...common,
  type: z.literal('split'),
  sourceId: idSchema,
  parts: z.array(z.strictObject({ newUnit: newUnitSchema, share: shareSchema })).min(2),
});

const partialTransferOperationSchema = z.strictObject({
  ...common,
  type: z.literal('partial-transfer'),
  sourceId: idSchema,
  targetId: idSchema,
  share: shareSchema.optional(),
  sourceEnds: z.boolean().optional(),
});

const dissolveOperationSchema = z.strictObject({
  ...common,
  type: z.literal('dissolve'),
  sourceId: idSchema,
  successorId: idSchema,
});

const renameOperationSchema = z.strictObject({ ...common, type: z.literal('rename'), unitId: idSchema, name: nameSchema });

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
    params: { expected: { vi: 'trường `newParentId` hoặc `newAreaId`', en: 'a `newParentId` or a `newAreaId`' } },
  });

const convertOperationSchema = z
  .strictObject({
    ...common,
    type: z.literal('convert'),
    unitId: idSchema,
    autonomyGroup: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    leavesPublicSector: z.literal(true).optional(),
  })
  .refine((operation) => (operation.autonomyGroup === undefined) !== (operation.leavesPublicSector === undefined), {
    message: 'exactly one of autonomyGroup and leavesPublicSector',
    params: { expected: { vi: 'đúng một trong hai trường `autonomyGroup` và `leavesPublicSector`', en: 'exactly one of `autonomyGroup` and `leavesPublicSector`' } },
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
 * zod schema of a plan (đề án sắp xếp); its output is a `Plan` of `tinh-gon/plan`.
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
 * What `parsePlan` accepts before transforms (plain JSON).
 *
 * @example
 * ```ts
 * const input: PlanInput = { effectiveOn: '2019-01-01', operations: [] };
 * ```
 * @category Plan
 */
export type PlanInput = z.input<typeof planSchema>;
