import { z } from 'zod';
import { AREA_KINDS, type AreaKind, LEVELS, ORGANISATION_KINDS, type Level, type OrganisationKind } from '../../model/kinds.js';

const organisationKind = z.enum(ORGANISATION_KINDS as [OrganisationKind, ...OrganisationKind[]]);
const areaKind = z.enum(AREA_KINDS as [AreaKind, ...AreaKind[]]);
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

/** A province's two-digit statistics (GSO) code: `01` Hà Nội and `79` Hồ Chí Minh City, before and after 2025-07-01. */
const provinceCode = z
  .string()
  .refine((value) => /^\d{2}$/.test(value), {
  message: 'a two-digit province code',
  params: { expected: { vi: 'mã tỉnh gồm hai chữ số', en: 'a two-digit province code' } },
  })
  .meta({ pattern: '^\\d{2}$' });

/**
 * A minimum that holds in named provinces whatever their region (TT 14/2018's 450 households for
 * residential groups of Hà Nội and Hồ Chí Minh City). Checked before the lines; a unit lies in the
 * province whose `code` is listed when that province is among its ancestors.
 */
const householdProvinceOverride = z.strictObject({
  provinceCodes: z.array(provinceCode).min(1),
  village: z.number().int().positive().nullable().optional(),
  residentialGroup: z.number().int().positive().nullable().optional(),
});

/**
 * What a line of a standard asks of an area before it applies: every condition given must hold,
 * and the first line whose conditions hold is the one used. Facts an area does not record are read
 * from its nearest ancestor that does.
 */
const areaConditions = {
  /** The area's kind. */
  kinds: z.array(areaKind).min(1).optional(),
  /** The area's terrain. */
  terrains: z.array(terrain).min(1).optional(),
  /** The area's region. */
  regions: z.array(region).min(1).optional(),
  /** The area is a border area. */
  border: z.literal(true).optional(),
  /** The terrain of the area it lies in (a ward "of a mountainous province"). */
  parentTerrains: z.array(terrain).min(1).optional(),
  /** The area it lies in is a border area. */
  parentBorder: z.literal(true).optional(),
  /** One of its ancestors is of these kinds (a ward "in a centrally-run city", also through an urban district). */
  withinKinds: z.array(areaKind).min(1).optional(),
};

/** A population and area line: the standard of the areas its conditions select (of these kinds). */
const populationAreaLine = z.strictObject({
  ...areaConditions,
  kinds: z.array(areaKind).min(1),
  population: z.number().int().positive(),
  areaKm2: z.number().positive(),
});

/** A line of the directions for merged units as a multiple of the admin-unit standard, in basis points. */
const relativeDirectionLine = z.strictObject({
  ...areaConditions,
  kinds: z.array(areaKind).min(1),
  populationBps: basisPoints,
  areaBps: basisPoints,
});

/**
 * The standard of a ward by the kind of area it lies in (before 2026 a ward of an urban district,
 * of a provincial city or a city within a centrally-run city, or of a district-level town);
 * `null` a value the sources do not give.
 */
const wardStandardByParent = z.strictObject({
  parentKinds: z.array(areaKind).min(1),
  population: z.number().int().positive().nullable(),
  areaKm2: z.number().positive().nullable(),
});

/**
 * A lower standard for areas with a special factor: at `levels`, in `regions` where given, the
 * population and area standards count at `populationBps` / `areaBps` of their value.
 */
const standardReduction = z.strictObject({
  levels: z.array(z.enum(['province', 'commune'])).min(1),
  regions: z.array(region).min(1).optional(),
  populationBps: basisPoints.optional(),
  areaBps: basisPoints.optional(),
});

/**
 * Units a merge criterion does not reach, by the reason the instrument names: an isolated location
 * (vị trí biệt lập), a place important to defence, security or sovereignty, a boundary stable since
 * before 1945, a unit planned to become urban, a unit already merged in 2019–2021. The model holds
 * none of these facts: the caller names the units (see the engine notes in docs/rulebook.md).
 */
const mergeExemption = z.enum([
  'isolated-location',
  'defence-security-sovereignty',
  'stable-historic-boundary',
  'planned-urbanisation',
  'merged-2019-2021',
]);

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
 *   dân phố), and the lines below which they must (or are encouraged to) merge, in basis points;
 *   `provinceOverrides` name provinces with their own minimum (checked before the lines).
 * - `admin-unit-standard`: population and area standards of communes, wards, provinces and
 *   centrally-run cities, as `lines` selected by kind and terrain (the first matching line applies;
 *   a kind no line selects has no standard on that date); wards by the kind of area they lie in
 *   (`wardByParent`, before 2026); lower standards for special factors (`reductions`).
 * - `admin-unit-merge-criteria`: when a commune, district or province falls to be merged, and the
 *   kinds of unit exempt (`exemptions`).
 * - `merged-unit-directions`: what a commune or ward formed by a merger should reach (NQ 76/2025),
 *   as `lines` selected by kind, terrain and the area it lies in: a multiple of the admin-unit
 *   standard (basis points) or absolute figures.
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
    provinceOverrides: z.array(householdProvinceOverride).min(1).optional(),
  }),
  'admin-unit-standard': z.strictObject({
    lines: z.array(populationAreaLine).min(1),
    /** Ward standards by the kind of area the ward lies in (NQ 1211/2016 Art. 8), before 2026. */
    wardByParent: z.array(wardStandardByParent).min(1).optional(),
    /** Lower standards for areas with a special factor (NQ 112/2025: the Red River Delta). */
    reductions: z.array(standardReduction).min(1).optional(),
  }),
  'admin-unit-merge-criteria': z.strictObject({
    triggers: z.array(mergeTrigger).min(1),
    exemptions: z.array(mergeExemption).min(1).optional(),
  }),
  'merged-unit-directions': z.strictObject({
    lines: z.array(z.union([relativeDirectionLine, populationAreaLine])).min(1),
    /** Merging this many units or more is exempt from the directions. */
    exemptFromSourceCount: z.number().int().min(2),
  }),
  'quota-not-above-sources': z.strictObject({}),
  'grace-period': z.strictObject({ years: z.number().int().positive() }),
};
