import type { Bilingual } from '../../core/Bilingual.js';
import type { Citation } from '../../core/Citation.js';
import { assertCount, assertRounding, type Rounding } from '../../core/divideRounded.js';
import { addMonthsToIsoDate } from '../../core/Interval.js';
import { assertIsoDate, type IsoDate } from '../../core/IsoDate.js';
import { createIssue } from '../../report/createIssue.js';
import type { Issue } from '../../report/Issue.js';
import { defaultRulebook } from '../../rules/defaultRulebook.js';
import { findRule, type RuleLookup } from '../../rules/findRule.js';
import type { Rulebook } from '../../rules/Rule.js';
import { readOptions, requireOptions } from '../contract.js';
import type { Leaver, LeavingBenefitsOptions } from './Leaver.js';

type Reading = NonNullable<LeavingBenefitsOptions['alternative15YearsScope']>;

/**
 * Checked options and the memoised date checks and rule lookups shared by the leavers of one call.
 * @internal
 */
export interface BenefitsContext {
  readonly rulebook: Rulebook;
  readonly rounding: Rounding;
  readonly reading: Reading;
  readonly validDates: Set<string>;
  readonly yearAfter: Map<string, IsoDate>;
  readonly lookups: Map<string, RuleLookup>;
}

/**
 * Reads the options of a benefits call into a context.
 *
 * @param options - The caller's options.
 * @returns The context.
 * @throws {TypeError} When `options` is not an object or the rounding is not a string.
 * @throws {RangeError} When the rounding or the reading is unknown.
 * @example
 * ```ts
 * createBenefitsContext(undefined).rounding; //=> 'nearest'
 * ```
 * @internal
 */
export function createBenefitsContext(options: LeavingBenefitsOptions | undefined): BenefitsContext {
  const read = readOptions(options);
  const reading = read.alternative15YearsScope ?? 'fifteen-to-twenty';
  if (reading !== 'fifteen-to-twenty' && reading !== 'fifteen-or-more') {
    throw new RangeError(`[tinh-gon] options.alternative15YearsScope must be 'fifteen-to-twenty' or 'fifteen-or-more', received ${String(reading)}`);
  }
  return {
    rulebook: read.rulebook ?? defaultRulebook,
    rounding: assertRounding(read.rounding ?? 'nearest', 'options.rounding'),
    reading,
    validDates: new Set(),
    yearAfter: new Map(),
    lookups: new Map(),
  };
}

function checkDate(context: BenefitsContext, value: unknown, name: string): void {
  if (typeof value === 'string' && context.validDates.has(value)) return;
  assertIsoDate(value, name);
  context.validDates.add(value);
}

const GROUPS: readonly string[] = ['reorganisation', 'restructuring', 'not-reelected', 'streamlining'];

/**
 * Checks a leaver at the boundary: kinds, counts and dates.
 *
 * @param leaver - The leaver.
 * @param context - The call's context (memoised date checks).
 * @param name - The leaver's name in messages (`leaver`, `leavers[3]`).
 * @throws {TypeError} When the leaver is not an object, `kind` or `group` is unknown, a date is
 *   not an ISO date, or `monthsToRetirement` is missing for early retirement.
 * @throws {RangeError} When a salary or month count is not a non-negative safe integer.
 * @example
 * ```ts
 * checkLeaver(leaver, createBenefitsContext(undefined), 'leaver');
 * ```
 * @internal
 */
export function checkLeaver(leaver: Leaver, context: BenefitsContext, name: string): void {
  requireOptions(leaver, name);
  if (leaver.kind !== 'early-retirement' && leaver.kind !== 'resignation') {
    throw new TypeError(`[tinh-gon] ${name}.kind must be 'early-retirement' or 'resignation', received ${String(leaver.kind)}`);
  }
  if (leaver.group !== undefined && !GROUPS.includes(leaver.group)) throw new TypeError(`[tinh-gon] ${name}.group is unknown: ${String(leaver.group)}`);
  assertCount(leaver.monthlySalary, `${name}.monthlySalary`);
  assertCount(leaver.insuranceMonths, `${name}.insuranceMonths`);
  if (leaver.averageMonthlySalary !== undefined) assertCount(leaver.averageMonthlySalary, `${name}.averageMonthlySalary`);
  if (leaver.severanceMonths !== undefined) assertCount(leaver.severanceMonths, `${name}.severanceMonths`);
  if (leaver.monthsToRetirement !== undefined) assertCount(leaver.monthsToRetirement, `${name}.monthsToRetirement`);
  checkDate(context, leaver.leavingDate, `${name}.leavingDate`);
  if (leaver.decisionDate !== undefined) checkDate(context, leaver.decisionDate, `${name}.decisionDate`);
  if (leaver.kind === 'early-retirement' && leaver.monthsToRetirement === undefined) {
    throw new TypeError(`[tinh-gon] ${name}.monthsToRetirement is required for early retirement`);
  }
}

/**
 * The rule a leaver's kind and group select.
 *
 * @param leaver - A checked leaver.
 * @returns The rule id.
 * @example
 * ```ts
 * ruleIdFor({ ...leaver, kind: 'resignation' }); //=> 'benefits.resignation.reorganisation'
 * ```
 * @internal
 */
export function ruleIdFor(leaver: Leaver): string {
  const group = leaver.group ?? 'reorganisation';
  if (leaver.kind === 'resignation') {
    return group === 'streamlining' ? 'benefits.resignation.streamlining' : 'benefits.resignation.reorganisation';
  }
  return `benefits.early-retirement.${group}`;
}

/**
 * Finds a benefit rule in force on a date, memoised per call.
 *
 * @param context - The call's context.
 * @param ruleId - The rule.
 * @param asOf - The leaving date.
 * @param type - The rule type expected.
 * @returns The lookup.
 * @example
 * ```ts
 * lookupBenefitRule(context, 'benefits.resignation.reorganisation', isoDate('2025-06-01'), 'resignation-benefit').ok; //=> true
 * ```
 * @internal
 */
export function lookupBenefitRule(
  context: BenefitsContext,
  ruleId: string,
  asOf: IsoDate,
  type: 'early-retirement-benefit' | 'resignation-benefit',
): RuleLookup {
  const key = `${ruleId}|${asOf}`;
  let lookup = context.lookups.get(key);
  if (lookup === undefined) {
    lookup = findRule(context.rulebook, ruleId, asOf, { type });
    context.lookups.set(key, lookup);
  }
  return lookup;
}

/**
 * Whether the leaving date falls in the 12 months from the window start (the decision, or a fixed
 * date); `undefined` when the window runs from a decision date the leaver lacks.
 *
 * @param leaver - The leaver.
 * @param windowStart - `decision` (default) or an ISO date.
 * @param context - The call's context.
 * @returns `true` inside the first 12 months.
 * @example
 * ```ts
 * isWithinFirstYear({ ...leaver, leavingDate: isoDate('2026-03-31'), decisionDate: isoDate('2025-04-01') }, 'decision', context); //=> true
 * ```
 * @internal
 */
export function isWithinFirstYear(leaver: Leaver, windowStart: string | undefined, context: BenefitsContext): boolean | undefined {
  const start = windowStart === undefined || windowStart === 'decision' ? leaver.decisionDate : (windowStart as IsoDate);
  if (start === undefined) return undefined;
  let end = context.yearAfter.get(start);
  if (end === undefined) {
    end = addMonthsToIsoDate(start, 12);
    context.yearAfter.set(start, end);
  }
  return leaver.leavingDate < end;
}

/**
 * The issues of one leaver, each naming the person and the rule.
 * @internal
 */
export interface LeaverNotes {
  readonly issues: Issue[];
  /** A benefit the person does not get, and why (a warning unless said). */
  notEligible(benefit: Bilingual, reason: Bilingual, citation: Citation, severity?: 'info' | 'error'): void;
  /** An input the regime needs (an error). */
  missing(input: string): void;
}

/**
 * Starts the issues of one leaver.
 *
 * @param leaver - The leaver.
 * @param ruleId - The rule applied.
 * @returns An empty collection.
 * @example
 * ```ts
 * createLeaverNotes(leaver, 'benefits.resignation.reorganisation').issues; //=> []
 * ```
 * @internal
 */
export function createLeaverNotes(leaver: Leaver, ruleId: string): LeaverNotes {
  const issues: Issue[] = [];
  const personId = leaver.personId ?? '?';
  const personIds = leaver.personId === undefined ? {} : { personIds: [leaver.personId] };
  return {
    issues,
    notEligible(benefit, reason, citation, severity) {
      issues.push(
        createIssue('benefit_not_eligible', {
          ...(severity === undefined ? {} : { severity }),
          params: { personId, benefitVi: benefit.vi, benefitEn: benefit.en, reasonVi: reason.vi, reasonEn: reason.en },
          ruleId,
          ...personIds,
          citation,
        }),
      );
    },
    missing(input) {
      issues.push(createIssue('benefit_missing_input', { params: { personId, input }, ruleId, ...personIds }));
    },
  };
}
