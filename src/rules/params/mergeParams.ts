import { z } from 'zod';
import { LEVELS, ORGANISATION_KINDS, type Level, type OrganisationKind } from '../../model/kinds.js';

const organisationKind = z.enum(ORGANISATION_KINDS as [OrganisationKind, ...OrganisationKind[]]);
const level = z.enum(LEVELS as unknown as [Level, ...Level[]]);
const basisPoints = z.number().int().min(0).max(1_000_000);
const terrain = z.enum(['plains', 'midland', 'mountainous', 'highland', 'island']);
const region = z.enum(['northern-midlands-mountains', 'red-river-delta', 'central', 'central-highlands', 'south']);

/**
 * One line of a household-standard table: the first line whose conditions all match a village
 * gives its minimum; `households: null` records a value the sources do not give (not found).
 */
const householdStandardLine = z.strictObject({
  terrains: z.array(terrain).min(1).optional(),
  regions: z.array(region).min(1).optional(),
  border: z.literal(true).optional(),
  households: z.number().int().positive().nullable(),
});

const populationArea = z.strictObject({ population: z.number().int().positive(), areaKm2: z.number().positive() });

const mergeTrigger = z.strictObject({
  levels: z.array(level).min(1),
  /** Below this share of the area standard (basis points). */
  areaBelowBps: basisPoints.optional(),
  /** Below this share of the population standard (basis points). */
  populationBelowBps: basisPoints.optional(),
  /** `both`: area and population below; `either`: one is enough. */
  match: z.enum(['both', 'either']),
});

/**
 * Parameter schemas of the `merge` rule types (read by `src/plan`).
 *
 * - `cross-family-consolidation`: units of these kinds (at least two families among them) at these
 *   levels may be merged into one body, optionally only for a specialised agency of one sector and
 *   only within some areas (a local instrument's reach).
 * - `village-household-standard`: household minimums of villages (thôn) and residential groups (tổ
 *   dân phố), and the lines below which they must (or are encouraged to) merge, in basis points.
 * - `admin-unit-standard`: population and area standards of communes, wards and provinces.
 * - `admin-unit-merge-criteria`: when a commune, district or province falls to be merged.
 * - `merged-unit-directions`: what a commune or ward formed by a merger should reach (NQ 76/2025).
 * - `quota-not-above-sources`: the merged unit's quota may not exceed its sources' total.
 * - `grace-period`: a number of whole years after the effective date (deputies, surplus staff).
 * @internal
 */
export const mergeRuleParams = {
  'cross-family-consolidation': z.strictObject({
    kinds: z.array(organisationKind).min(2),
    levels: z.array(level).min(1),
    specialisedAgencySector: z.string().min(1).optional(),
    withinAreaIds: z.array(z.string().min(1)).min(1).optional(),
  }),
  'village-household-standard': z.strictObject({
    village: z.array(householdStandardLine).min(1),
    residentialGroup: z.array(householdStandardLine).min(1),
    mustMergeBelowBps: basisPoints,
    encouragedBelowBps: basisPoints,
  }),
  'admin-unit-standard': z.strictObject({
    commune: z.strictObject({ mountainous: populationArea, island: populationArea.optional(), other: populationArea }),
    ward: populationArea.optional(),
    province: z.strictObject({ mountainous: populationArea, other: populationArea }),
    /** A centrally-run city's own standard, where the instrument gives one (NQ 112/2025). */
    centrallyRunCity: populationArea.optional(),
  }),
  'admin-unit-merge-criteria': z.strictObject({ triggers: z.array(mergeTrigger).min(1) }),
  'merged-unit-directions': z.strictObject({
    commune: z.strictObject({
      mountainous: z.strictObject({ areaBps: basisPoints, populationBps: basisPoints }),
      other: z.strictObject({ areaBps: basisPoints, populationBps: basisPoints }),
    }),
    ward: z.strictObject({
      areaKm2: z.number().positive(),
      populationInCentrallyRunCity: z.number().int().positive(),
      populationInMountainousOrBorderProvince: z.number().int().positive(),
      populationOther: z.number().int().positive(),
    }),
    exemptFromSourceCount: z.number().int().min(2),
  }),
  'quota-not-above-sources': z.strictObject({}),
  'grace-period': z.strictObject({ years: z.number().int().positive() }),
};
