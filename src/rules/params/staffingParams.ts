import { z } from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../model/kinds.js';

const count = z.number().int().nonnegative();
/** Salary-months in hundredths of a month (0.8 month = 80), so that every coefficient is an integer. */
const hundredths = z.number().int().nonnegative();
const evenHundredths = hundredths.refine((value) => value % 2 === 0, { message: 'an even number of hundredths' });
const percent = z.string().regex(/^\d+(\.\d{1,2})?$/, { message: 'a percent with at most two decimals' });
const staffCategory = z.enum(['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract']);
const classTriple = z.tuple([count, count, count]);

/** A band of headcounts `[minStaff, …)` up to the next band, with the deputies allowed. */
const deputyBand = z.strictObject({ minStaff: count, maxDeputies: count });

const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const organisationKind = z.enum(ORGANISATION_KINDS as [OrganisationKind, ...OrganisationKind[]]);

/** Bands of the insurance-service allowance: the first whose `[minYears, belowYears)` holds the years applies. */
const insuranceBands = z
  .array(
    z.strictObject({
      minYears: count,
      /** Exclusive upper bound. */
      belowYears: count.optional(),
      baseYears: count,
      baseMonths: hundredths,
      perYearAfter: evenHundredths,
    }),
  )
  .min(1);

/**
 * Parameter schemas of the `staffing` rule types, one zod schema per rule `type`. A rule's params are
 * checked against its type's schema by `validateRulebook`.
 *
 * - `reduction-target`: cut at least `percent` of the `categories` (or of the number of units,
 *   `measure: 'units'`) against `baselineYear`, by `deadlineYear`, rounding the cut as stated.
 * - `commune-staff-norm`: maximum cadres and civil servants (or non-professional staff) of a commune
 *   by class I/II/III, per kind (ward, commune, township), and the extra posts for population and
 *   area above the standard (`populationStep`: one post per this fraction of the population
 *   standard; `areaStepPercent`: one post per this share of the area standard).
 * - `commune-staff-average`: an average number of staff per commune (not a per-commune cap).
 * - `deputy-limit`: deputies allowed by headcount band (per variant, e.g. province class) or as an
 *   average per unit.
 * - `early-retirement-benefit` / `resignation-benefit`: the coefficients of leaving benefits, in
 *   hundredths of a month's salary; `insuranceReadings` offers the caller the readings of an
 *   unsettled text.
 * - `service-time-benefit`: a one-time allowance by counted months (NQ 07/2025/NQ-CP).
 * - `commune-staff-range`: how many staff of some bodies a commune has (Hướng dẫn 31-HD/BTCTW).
 * - `staff-categories`: which staff categories exist at a level (Luật 80/2025/QH15).
 * @internal
 */
export const staffingRuleParams = {
  'reduction-target': z.strictObject({
    measure: z.enum(['staff', 'units']),
    categories: z.array(staffCategory).min(1),
    percent,
    baselineYear: z.number().int().optional(),
    deadlineYear: z.number().int().optional(),
    rounding: z.enum(['up', 'down', 'nearest']),
  }),
  'commune-staff-norm': z.strictObject({
    staff: z.enum(['cadre-civil-servant', 'non-professional']),
    maxByClass: z.strictObject({ commune: classTriple, ward: classTriple, township: classTriple }),
    extraPosts: z
      .strictObject({
        /** One post per `1/denominator` of the population standard above it, for wards of urban districts. */
        urbanWardPopulationStepDenominator: z.number().int().positive(),
        /** The same for other units. */
        otherPopulationStepDenominator: z.number().int().positive(),
        /** One post per this percent of the area standard above it. */
        areaStepPercent: z.number().int().positive(),
      })
      .optional(),
  }),
  'commune-staff-average': z.strictObject({ average: count }),
  'deputy-limit': z.strictObject({
    scope: z.enum([
      'department',
      'department-division',
      'district-division',
      'commune-division',
      'public-service-unit',
      'public-service-unit-division',
    ]),
    /** Bands per variant (`all`, `hanoi-hcmc`, `class-1`, `class-2-3`, `group-2`, `group-3-4`), ascending by `minStaff`. */
    bands: z.record(z.string(), z.array(deputyBand).min(1)).optional(),
    /** Fewest staff to form the unit, per variant. */
    minimumStaff: z.record(z.string(), count).optional(),
    /** Average deputies per unit across the body that allocates them. */
    average: count.optional(),
  }),
  'early-retirement-benefit': z.strictObject({
    salaryBasis: z.enum(['current', 'average-60-months']),
    oneTime: z
      .strictObject({
        /** Bands of months early: `perMonth` × months, or a `flat` amount, for `annex` I/II or both. */
        bands: z
          .array(
            z.strictObject({
              minMonths: count,
              maxMonths: count,
              annex: z.enum(['I', 'II', 'any']),
              perMonth: hundredths.optional(),
              flat: hundredths.optional(),
            }),
          )
          .min(1),
        /** Percent of the amount paid when leaving after the first 12 months; absent: no split. */
        laterPercent: z.number().int().min(0).max(100).optional(),
        /** The 12 months run from the reorganisation decision, or from a fixed date. */
        windowStart: z.union([z.literal('decision'), z.iso.date()]).optional(),
        /** Below this many months early the first-12-months amount is paid whatever the date. */
        noSplitBelowMonths: count.optional(),
      })
      .optional(),
    perYearEarly: z
      .array(
        z.strictObject({
          annex: z.enum(['I', 'II']),
          minMonths: count,
          maxMonths: count,
          perYear: hundredths,
        }),
      )
      .min(1),
    insurance: insuranceBands,
    /**
     * Readings of an unsettled text the caller may choose between (NĐ 67/2025's 15-year
     * alternative): `default` names the reading `insurance` encodes; each reading has its bands.
     */
    insuranceReadings: z
      .strictObject({
        default: z.string().min(1),
        readings: z.record(z.string().min(1), z.strictObject({ description: bilingual, insurance: insuranceBands })),
      })
      .refine((value) => Object.hasOwn(value.readings, value.default), { message: 'the default reading is one of the readings' })
      .optional(),
  }),
  'resignation-benefit': z.strictObject({
    severance: z
      .strictObject({ perMonth: hundredths, laterPerMonth: hundredths.optional(), maxMonths: count })
      .optional(),
    perInsuranceYear: evenHundredths,
    flat: z.array(z.strictObject({ months: hundredths, categories: z.array(staffCategory).min(1) })),
  }),
  'service-time-benefit': z.strictObject({
    /** What the months count: the months left to the retirement age of NĐ 135/2020 Annex I. */
    counts: z.enum(['months-to-retirement-age']),
    /** `baseMonths` of salary up to `baseUpToMonths` counted months… */
    baseMonths: hundredths,
    baseUpToMonths: count,
    /** …plus `perMonthAfter` for each counted month beyond, up to `maxMonths` in all. */
    perMonthAfter: hundredths,
    maxMonths: hundredths,
  }),
  'commune-staff-range': z.strictObject({
    /** The bodies whose staff are counted together (e.g. the party's advisory bodies of a commune). */
    bodies: z.array(organisationKind).min(1),
    categories: z.array(staffCategory).min(1),
    min: count.optional(),
    max: count,
    /** The maximum where the commune also has a political training centre. */
    maxWithPoliticalCentre: count.optional(),
    /** `true` when the instrument says "about" (khoảng): a guide, not a cap. */
    approximate: z.boolean(),
  }),
  'staff-categories': z.strictObject({
    level: z.enum(['commune']),
    /** The staff categories that exist at the level (others are reported where a unit has them). */
    categories: z.array(staffCategory).min(1),
  }),
};
