import { z } from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../model/kinds.js';

const count = z.number().int().nonnegative();
/** Salary-months in hundredths of a month (0.8 month = 80), so that every coefficient is an integer. */
const hundredths = z.number().int().nonnegative();
const evenHundredths = hundredths.refine((value) => value % 2 === 0, {
  message: 'an even number of hundredths',
  params: { expected: { vi: 'một số chẵn phần trăm (đơn vị 0,01)', en: 'an even number of hundredths' } },
});
const percent = z
  .string()
  .refine((value) => /^\d+(\.\d{1,2})?$/.test(value), {
  message: 'a percent with at most two decimals',
  params: { expected: { vi: 'một tỷ lệ phần trăm có tối đa hai chữ số thập phân', en: 'a percent with at most two decimals' } },
  })
  .meta({ pattern: '^\\d+(\\.\\d{1,2})?$' });
const staffCategory = z.enum(['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract']);
const classTriple = z.tuple([count, count, count]);
const oddMonths = z.number().int().min(0).max(11);
const clause = z.string().min(1);
/** A citation inside params (the same shape as a rule version's citation). */
const citation = z.strictObject({
  instrumentId: z.string().min(1),
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
});

/** A band of headcounts `[minStaff, …)` up to the next band, with the deputies allowed. */
const deputyBand = z.strictObject({ minStaff: count, maxDeputies: count });

const organisationKind = z.enum(ORGANISATION_KINDS as [OrganisationKind, ...OrganisationKind[]]);

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
 *   hundredths of a month's salary, with every threshold (months early, years of insurance, the
 *   months from retirement age) and the article, clause and point behind each line, so that a new
 *   decree is a new rule version.
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
    /** Odd months of insurance up to this many count as half a year, more as a full year (TT 01/2025 Art. 3: 6). */
    oddMonthsAsHalfYear: oddMonths,
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
        /** The article behind the line (default: the version's citation). */
        citation: citation.optional(),
      })
      .optional(),
    /** Bands of the allowance per full year early, by annex and months early. */
    perYearEarly: z
      .array(
        z.strictObject({
          annex: z.enum(['I', 'II']),
          minMonths: count,
          maxMonths: count,
          perYear: hundredths,
          /** The band needs the Annex II conditions (≥ 15 years of hazardous work or in very difficult areas). */
          requiresAnnexIIConditions: z.literal(true).optional(),
          /** The point behind the band (default: `perYearCitation`, else the version's citation). */
          citation: citation.optional(),
        }),
      )
      .min(1),
    /** The clause of the per-year and insurance allowances, cited when no band applies. */
    perYearCitation: citation.optional(),
    /**
     * Fewer than `belowMonths` early: the pension is not reduced, instead of the per-year and
     * insurance allowances (an info, citing the point of the person's annex). With
     * `annexIIRequiresConditions`, an Annex II leaver has it only with the conditions of the Annex II
     * per-year band (`annexIIConditionsMet`; NĐ 178 Art. 7(2)(đ): "with the conditions in (c)").
     */
    pensionWithoutReduction: z
      .strictObject({
        belowMonths: count,
        citationByAnnex: z.strictObject({ I: citation, II: citation }),
        annexIIRequiresConditions: z.boolean().optional(),
      })
      .optional(),
    /**
     * Bands of the insurance-service allowance: `baseMonths` for the first `baseYears` plus
     * `perYearAfter` a year after, for `minYears` to under `belowYears` years of insurance. When
     * several bands apply, the most favourable is paid. A band with a `reading` applies only under
     * that reading of an unsettled text (the caller's `alternative15YearsScope`, default
     * `fifteen-to-twenty`).
     */
    insurance: z
      .array(
        z.strictObject({
          minYears: count,
          /** Exclusive upper bound. */
          belowYears: count.optional(),
          baseYears: count,
          baseMonths: hundredths,
          perYearAfter: evenHundredths,
          reading: z.enum(['fifteen-to-twenty', 'fifteen-or-more']).optional(),
          citation: citation.optional(),
        }),
      )
      .min(1),
    /** The clause cited when no insurance band applies (default: the version's citation). */
    insuranceCitation: citation.optional(),
  }),
  'resignation-benefit': z.strictObject({
    /** Odd months of insurance up to this many count as half a year, more as a full year. */
    oddMonthsAsHalfYear: oddMonths,
    /** Resignation benefits only for people at least this many months from retirement age (else early retirement applies). */
    minMonthsToRetirement: count.optional(),
    /** The article by staff category (e.g. Art. 9 for cadres and civil servants, Art. 10 for public employees); default the version's citation. */
    citationByCategory: z.array(z.strictObject({ categories: z.array(staffCategory).min(1), citation })).optional(),
    severance: z
      .strictObject({ perMonth: hundredths, laterPerMonth: hundredths.optional(), maxMonths: count, clause: clause.optional() })
      .optional(),
    perInsuranceYear: evenHundredths,
    /** The clause of the per-insurance-year line, added to the category's article. */
    perInsuranceYearClause: clause.optional(),
    flat: z.array(z.strictObject({ months: hundredths, categories: z.array(staffCategory).min(1), clause: clause.optional() })),
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
