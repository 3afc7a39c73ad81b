/**
 * Every call the bench makes into the library, one small adapter per call, each returning only
 * what the bench reads. Other engineers are changing result shapes (soon
 * `{ ok: true, value, issues } | { ok: false, issues }`): when a signature or a shape changes, the
 * fix is one line here, and the cases, baselines and checks stay as they are.
 *
 * Imports only the public entry files.
 */
import {
  type Issue,
  type IsoDate,
  type Level,
  type Structure,
  findUnitsInForce,
  indexStructure,
  validateStructure,
  defaultRulebook,
} from '../src/index.js';
import { parseStructure } from '../src/parse/index.js';
import { applyPlan, findMergeCandidates, type Plan, validatePlan } from '../src/plan/index.js';
import { checkConcurrentRoles, concurrencyCoverage } from '../src/roles/index.js';
import { apportion, type Leaver, reductionSchedule, totalLeavingBenefits } from '../src/staffing/index.js';

/** What the bench reads of any answer that carries issues. */
export interface Answer {
  readonly ok: boolean;
  readonly issues: readonly Issue[];
}

/** `parseStructure`: the parsed structure when `ok`. */
export function runParseStructure(input: unknown): Answer & { readonly value?: Structure } {
  const result = parseStructure(input);
  return result.ok ? { ok: true, value: result.value, issues: result.issues } : { ok: false, issues: result.issues };
}

/** `validateStructure` on a date. */
export function runValidateStructure(structure: Structure, asOf: IsoDate): Answer {
  return validateStructure(structure, { asOf, issueLimit: Number.MAX_SAFE_INTEGER, rulebook: HIERARCHY_RULEBOOK });
}

/**
 * The rule types of the apparatus checks added for the two-tier commune (NĐ 150/2025, Hướng dẫn
 * 31-HD/BTCTW): required bodies, body-count limits, commune staff ranges, staff categories. The
 * hand baseline of `validateStructure` predates them and does not implement them, and the generated
 * national structure does not model a commune's offices, so the benchmark compares the two on the
 * checks both do: the library runs with the default rulebook less these rules. (Their own cost is
 * not in the ratio; `tests/structure/apparatus.test.ts` pins what they report.)
 */
const APPARATUS_RULE_TYPES: ReadonlySet<string> = new Set(['required-bodies', 'body-count-limit', 'commune-staff-range', 'staff-categories']);
const HIERARCHY_RULEBOOK: typeof defaultRulebook = {
  ...defaultRulebook,
  rules: defaultRulebook.rules.filter((rule) => !APPARATUS_RULE_TYPES.has(rule.type)),
};

/** `indexStructure` with every lazily built table touched, so the whole index is built. */
export function runIndexStructure(structure: Structure): number {
  const index = indexStructure(structure);
  return (
    index.unitsById.size +
    index.peopleById.size +
    index.childrenById.size +
    index.organisationsByAreaId.size +
    index.assignmentsByPersonId.size +
    index.assignmentsByUnitId.size
  );
}

/** `findUnitsInForce` on a date: how many. */
export function runFindUnitsInForce(structure: Structure, asOf: IsoDate): number {
  return findUnitsInForce(structure, asOf).length;
}

/**
 * `checkConcurrentRoles` on a date, every info included or (`problemsOnly`) warnings and errors
 * only. The full report, as the baselines compute it: no cap on the report (`issueLimit`) nor on
 * the issues of one code for one person (`perPersonLimit`, which the damaged fixture's placeholder
 * chair of ten communes passes).
 */
export function runCheckConcurrentRoles(structure: Structure, asOf: IsoDate, problemsOnly = false): Answer {
  const limits = { issueLimit: Number.MAX_SAFE_INTEGER, perPersonLimit: Number.MAX_SAFE_INTEGER };
  return checkConcurrentRoles(structure, problemsOnly ? { asOf, minSeverity: 'warning', ...limits } : { asOf, ...limits });
}

/** `concurrencyCoverage` of one combination rule over the areas of a level (optionally inside one area). */
export function runConcurrencyCoverage(
  structure: Structure,
  rule: string,
  level: Level,
  asOf: IsoDate,
  within?: string,
): { readonly ok: boolean; readonly covered: number; readonly total: number } {
  const result = concurrencyCoverage(structure, { rule, level, asOf, ...(within === undefined ? {} : { within }) });
  return result.ok ? { ok: true, covered: result.value.covered, total: result.value.total } : { ok: false, covered: 0, total: 0 };
}

/** `findMergeCandidates` on a date (no candidates when nothing could be judged). */
export function runFindMergeCandidates(
  structure: Structure,
  asOf: IsoDate,
): { readonly candidates: readonly { readonly reason: string; readonly strength: string; readonly unitIds: readonly string[] }[]; readonly issues: readonly Issue[] } {
  const result = findMergeCandidates(structure, { asOf });
  return { candidates: result.ok ? result.value.candidates : [], issues: result.issues };
}

/** `validatePlan`. */
export function runValidatePlan(structure: Structure, plan: Plan): Answer {
  return validatePlan(structure, plan);
}

/** `applyPlan`: the new structure's unit count when `ok`. */
export function runApplyPlan(structure: Structure, plan: Plan): Answer & { readonly units?: number; readonly events?: number } {
  const result = applyPlan(structure, plan);
  return result.ok
    ? { ok: true, issues: result.issues, units: result.value.structure.units.length, events: result.value.events.length }
    : { ok: false, issues: result.issues };
}

/** `apportion` by largest remainder (Hamilton), exact ties given by order: the shares. */
export function runApportion(total: number, weights: readonly number[]): readonly number[] {
  const result = apportion(total, weights, { method: 'hamilton', tiePolicy: 'by-order' });
  if (!result.ok) throw new Error(`apportion failed: ${result.issues.map((issue) => issue.code).join(', ')}`);
  return result.value.shares;
}

/** `reductionSchedule` over an inclusive range of years: the cuts per year. */
export function runReductionSchedule(target: number, firstYear: number, lastYear: number): number {
  const result = reductionSchedule(target, firstYear, lastYear);
  return result.value.years.length;
}

/** `totalLeavingBenefits` of a list of leavers. */
export function runTotalLeavingBenefits(leavers: readonly Leaver[]): { readonly ok: boolean; readonly total: number; readonly issues: readonly Issue[] } {
  const result = totalLeavingBenefits(leavers);
  return result.ok ? { ok: true, total: result.value.total, issues: result.issues } : { ok: false, total: -1, issues: result.issues };
}
