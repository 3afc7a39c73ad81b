import { z } from 'zod';
import { AREA_KINDS, type AreaKind, ORGANISATION_KINDS, type OrganisationKind } from '../../model/kinds.js';

const areaKind = z.enum(AREA_KINDS as [AreaKind, ...AreaKind[]]);
const organisationKind = z.enum(ORGANISATION_KINDS as [OrganisationKind, ...OrganisationKind[]]);
const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/**
 * The organisations a rule counts or requires: units of any of `unitKinds`, narrowed by `sectors`
 * (the unit's `sector`) where given: a commune's economy office is a `specialised-agency` with
 * sector `economy`, its public administration service centre one with sector
 * `public-administration-service`.
 */
const bodySelector = z.strictObject({
  unitKinds: z.array(organisationKind).min(1),
  sectors: z.array(z.string().min(1)).min(1).optional(),
});

/** A province's two-digit statistics (GSO) code: `01` Hà Nội and `79` Hồ Chí Minh City, before and after 2025-07-01. */
const provinceCode = z
  .string()
  .refine((value) => /^\d{2}$/.test(value), {
  message: 'a two-digit province code',
  params: { expected: { vi: 'mã tỉnh gồm hai chữ số', en: 'a two-digit province code' } },
  })
  .meta({ pattern: '^\\d{2}$' });

/**
 * Parameter schemas of the structural rule types.
 *
 * - `area-hierarchy`: which area kinds exist on a date, and which kinds each may sit under. A kind
 *   missing from `parents` does not exist in that period (no district level from 2025-07-01).
 * - `body-count-limit`: how many bodies (`counts`) the government of an area at `areaLevel` may
 *   have: at most `limit` in each area (`each-area`), or on average over the areas of one province
 *   (`average-per-province`). `limits` are lines, the first whose `provinceCodes` include the
 *   province (or that has none) applying; `hundredths` is the limit × 100 (14 → 1400, 4.5 → 450),
 *   `null` a value the sources do not give.
 * - `required-bodies`: the bodies each area of `areaKinds` is organised with (the commune offices
 *   of the two-level model).
 * @internal
 */
export const structureRuleParams = {
  'area-hierarchy': z.strictObject({
    parents: z.partialRecord(areaKind, z.array(areaKind)),
  }),
  'body-count-limit': z.strictObject({
    areaLevel: z.enum(['province', 'commune']),
    counts: z.array(bodySelector).min(1),
    measure: z.enum(['each-area', 'average-per-province']),
    limits: z
      .array(
        z.strictObject({
          provinceCodes: z.array(provinceCode).min(1).optional(),
          hundredths: z.number().int().positive().nullable(),
        }),
      )
      .min(1),
  }),
  'required-bodies': z.strictObject({
    bodies: z
      .array(
        z.strictObject({
          /** The body's name in the instrument. */
          name: bilingual,
          /** The areas that have it (a ward's economy office differs from a commune's). */
          areaKinds: z.array(areaKind).min(1),
          body: bodySelector,
        }),
      )
      .min(1),
  }),
};
