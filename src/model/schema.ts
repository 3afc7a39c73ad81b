import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../core/IsoDate.js';
import { AREA_KINDS, ORGANISATION_KINDS, type AreaKind, type OrganisationKind } from './kinds.js';
import { ROLE_LIST, type Role } from './roles.js';

/** Whether a string is plain ASCII, which NFC leaves as it is (most ids): a loop, no regex, no copy. */
// Stryker disable next-line BlockStatement: a shortcut: a body that answers nothing sends every string through NFC, which gives the same text
function isAscii(value: string): boolean {
  // Stryker disable next-line ConditionalExpression: an always-true test answers "not ASCII" for every string, which only sends it through NFC (same text)
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) > 0x7f) return false;
  // Stryker disable next-line BooleanLiteral: "not ASCII" for every string only sends it through NFC, which gives the same text
  return true;
}

const nfc = (value: string) => (isAscii(value) ? value : value.normalize('NFC'));

/**
 * zod schema of an {@link IsoDate}: one check ({@link isIsoDate}: the form and a real day), whose
 * issue says what was expected in both languages. The pattern is metadata, for JSON Schema.
 * @category Schemas
 * @example `isoDateSchema.parse('2025-07-01')`
 */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, {
    message: 'an ISO date YYYY-MM-DD',
    params: { expected: { vi: 'một ngày dạng YYYY-MM-DD (ISO 8601) có thật', en: 'an ISO date YYYY-MM-DD' } },
  })
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) as unknown as z.ZodType<IsoDate, string>;
// A refinement, not a transform: the checked string is the IsoDate (a zod pipe would double the cost).

/** zod schema of an id: a non-empty string, normalised to Unicode NFC. @category Schemas @example `idSchema.parse('xa-ky-nam')` */
export const idSchema = z.string().min(1).max(200).overwrite(nfc);

/** zod schema of a bilingual name; `vi` is required, both are normalised to NFC. @category Schemas @example `nameSchema.parse({ vi: 'Phường Kỳ Long' })` */
export const nameSchema = z.object({
  vi: z.string().min(1).overwrite(nfc),
  en: z.string().min(1).overwrite(nfc).optional(),
});

const headcount = z.number().int().nonnegative();

/** zod schema of headcounts by staff category. @category Schemas @example `staffCountsSchema.parse({ civilServant: 20 })` */
export const staffCountsSchema = z.strictObject({
  cadre: headcount.optional(),
  civilServant: headcount.optional(),
  publicEmployee: headcount.optional(),
  nonProfessional: headcount.optional(),
  contract: headcount.optional(),
});

/** zod schema of a unit's staffing: quota (biên chế được giao) and actual headcount (có mặt). @category Schemas @example `staffingSchema.parse({ quota: { civilServant: 20 } })` */
export const staffingSchema = z.strictObject({
  quota: staffCountsSchema.optional(),
  actual: staffCountsSchema.optional(),
});

const common = {
  id: idSchema,
  name: nameSchema,
  parentId: idSchema.optional(),
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  /** GSO/NSO code, where the unit has one (codes are reused over time: identity is `id`). */
  code: z.string().optional(),
  /** Free text. */
  note: z.string().optional(),
  /** `true` when figures in the record are illustrative rather than reported. */
  illustrative: z.boolean().optional(),
};

/** zod schema of an area (địa bàn). @category Schemas @example `areaUnitSchema.parse({ id: 'v1', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-01-01', households: 180 })` */
export const areaUnitSchema = z.strictObject({
  ...common,
  kind: z.enum(AREA_KINDS as [AreaKind, ...AreaKind[]]),
  population: z.number().int().nonnegative().optional(),
  areaKm2: z.number().nonnegative().finite().optional(),
  households: z.number().int().nonnegative().optional(),
  terrain: z.enum(['plains', 'midland', 'mountainous', 'highland', 'island']).optional(),
  border: z.boolean().optional(),
  region: z
    .enum(['northern-midlands-mountains', 'red-river-delta', 'central', 'central-highlands', 'south'])
    .optional(),
  adminClass: z.union([z.literal('special'), z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /**
   * Figures of this record that its source marks as doubtful (e.g. a population that looks like
   * thousands): a plan's area-standard checks report them as doubtful input, not as shortfalls.
   */
  doubtful: z.array(z.enum(['population', 'areaKm2', 'households'])).optional(),
});

const organisationFields = {
  ...common,
  /** The area the organisation serves: gives its level. */
  areaId: idSchema,
  functions: z.array(z.string().min(1)).optional(),
  staffing: staffingSchema.optional(),
  /** Sector of a specialised agency or public service unit, e.g. `home-affairs`, `health`. */
  sector: z.string().min(1).optional(),
};

const plainOrganisationKinds = ORGANISATION_KINDS.filter((kind) => kind !== 'public-service-unit');

/** zod schema of a party, state or front organisation. @category Schemas @example `organisationUnitSchema.parse({ id: 'ubnd', kind: 'peoples-committee', name: { vi: 'UBND' }, areaId: 'town', from: '2015-01-01' })` */
export const organisationUnitSchema = z.strictObject({
  ...organisationFields,
  kind: z.enum(plainOrganisationKinds as [Exclude<OrganisationKind, 'public-service-unit'>, ...Exclude<OrganisationKind, 'public-service-unit'>[]]),
});

/** zod schema of a public service unit, with its financial-autonomy group 1–4 (NĐ 60/2021). @category Schemas @example `publicServiceUnitSchema.parse({ id: 'ttyt', kind: 'public-service-unit', name: { vi: 'Trung tâm Y tế' }, areaId: 'town', from: '2015-01-01', sector: 'health', autonomyGroup: 3 })` */
export const publicServiceUnitSchema = z.strictObject({
  ...organisationFields,
  kind: z.literal('public-service-unit'),
  autonomyGroup: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});

/** zod schema of any unit, discriminated on `kind`. @category Schemas @example `unitSchema.safeParse({ id: 'xa-ky-nam', kind: 'commune', name: { vi: 'Xã Kỳ Nam' }, from: '2015-01-01' }).success //=> true` */
export const unitSchema = z.discriminatedUnion('kind', [areaUnitSchema, organisationUnitSchema, publicServiceUnitSchema]);

/** zod schema of a person. @category Schemas @example `personSchema.parse({ id: 'p1', name: 'Nguyễn Văn A' })` */
export const personSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).overwrite(nfc),
  birthDate: isoDateSchema.optional(),
  sex: z.enum(['male', 'female']).optional(),
  /** The area the person comes from, for "non-local secretary" questions. */
  homeAreaId: idSchema.optional(),
});

/** zod schema of an assignment: a person holding a post in a unit over `[from, to)`. @category Schemas @example `assignmentSchema.parse({ personId: 'p1', unitId: 'ubnd', role: 'chair', from: '2021-07-01' })` */
export const assignmentSchema = z.strictObject({
  id: idSchema.optional(),
  personId: idSchema,
  unitId: idSchema,
  role: z.enum(ROLE_LIST as [Role, ...Role[]]),
  from: isoDateSchema,
  to: isoDateSchema.optional(),
});

/** zod schema of a whole structure. @category Schemas @example `structureSchema.parse({ units: [] }) //=> { units: [], people: [], assignments: [] }` */
export const structureSchema = z.strictObject({
  units: z.array(unitSchema),
  people: z.array(personSchema).default([]),
  assignments: z.array(assignmentSchema).default([]),
});
