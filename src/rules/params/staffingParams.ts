import { z } from 'zod';

const count = z.number().int().nonnegative();
/** Salary-months in hundredths of a month (0.8 month = 80), so that every coefficient is an integer. */
const hundredths = z.number().int().nonnegative();
const evenHundredths = hundredths.refine((value) => value % 2 === 0, { message: 'an even number of hundredths' });
const percent = z.string().regex(/^\d+(\.\d{1,2})?$/, { message: 'a percent with at most two decimals' });
const staffCategory = z.enum(['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract']);
const classTriple = z.tuple([count, count, count]);

/** A band of headcounts `[minStaff, …)` up to the next band, with the deputies allowed. */
const deputyBand = z.strictObject({ minStaff: count, maxDeputies: count });

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
 *   hundredths of a month's salary.
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
    insurance: z
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
      .min(1),
  }),
  'resignation-benefit': z.strictObject({
    severance: z
      .strictObject({ perMonth: hundredths, laterPerMonth: hundredths.optional(), maxMonths: count })
      .optional(),
    perInsuranceYear: evenHundredths,
    flat: z.array(z.strictObject({ months: hundredths, categories: z.array(staffCategory).min(1) })),
  }),
};
