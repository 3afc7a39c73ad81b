import type { IsoDate } from '../../core/IsoDate.js';
import type { Structure } from '../../model/Structure.js';
import { ISSUE_LIMIT } from '../../report/capIssues.js';
import type { IssueCode } from '../../report/catalogue.js';
import type { Issue, Severity } from '../../report/Issue.js';
import type { Rulebook } from '../../rules/Rule.js';
import { collectStructureIssues } from '../../structure/collectStructureIssues.js';
import type { PlanAnalysis } from '../analysePlan.js';
import type { PlanContext } from '../context.js';

/**
 * The structure checks a specific plan check already covers, in better words: an issue of the
 * result with the code on the left is left out when the plan already has an issue with one of the
 * codes on the right, of at least its severity, about one of the same units.
 */
const COVERED_BY: Partial<Record<IssueCode, readonly IssueCode[]>> = {
  unknown_reference: ['plan_unit_unknown', 'plan_orphaned_unit'],
  parent_kind_not_allowed: ['plan_parent_kind_not_allowed', 'plan_level_not_in_force', 'plan_level_mismatch', 'plan_family_mismatch', 'plan_area_outside_parent'],
  kind_not_in_force: ['plan_level_not_in_force'],
  area_reference_not_area: ['plan_family_mismatch', 'plan_level_mismatch'],
  organisation_outside_parent_area: ['plan_locality_mismatch', 'plan_level_mismatch'],
  parent_not_in_force: ['plan_successor_ends', 'plan_orphaned_unit', 'plan_unit_not_in_force'],
  assignment_outside_unit: ['plan_orphaned_assignment', 'plan_unit_not_in_force'],
  interval_reversed: ['plan_unit_not_in_force'],
  staffing_actual_above_quota: ['plan_staff_surplus'],
  rule_not_in_force: ['rule_not_in_force'],
  rule_unknown: ['rule_unknown'],
};

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/**
 * A stable key of an issue: its code, units, people and params (not its path, which moves). A
 * dangling reference is keyed by what it points to: a post the plan moves to a successor keeps
 * pointing to the same unknown person, and that is not a new problem.
 */
function keyOf(issue: Issue): string {
  if (issue.code === 'unknown_reference') return JSON.stringify([issue.code, issue.params?.['field'], issue.params?.['targetId']]);
  return JSON.stringify([issue.code, issue.unitIds ?? [], issue.personIds ?? [], issue.params ?? {}]);
}

/** The ids an issue is about: its units, then the ids among its params. */
function idsOf(issue: Issue): string[] {
  const ids = [...(issue.unitIds ?? [])];
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    if (typeof value === 'string' && (name === 'unitId' || name.endsWith('Id'))) ids.push(value);
  }
  return ids;
}

/** Issues of the input structure on a date, by key, computed once per structure, rulebook and date. */
const inputKeys = new WeakMap<Structure, WeakMap<Rulebook, Map<IsoDate, ReadonlySet<string>>>>();

function keysOfInput(structure: Structure, rulebook: Rulebook, asOf: IsoDate): ReadonlySet<string> {
  let byRulebook = inputKeys.get(structure);
  // Stryker disable ConditionalExpression: a cache; building its level again gives the same keys
  if (byRulebook === undefined) {
    byRulebook = new WeakMap();
    inputKeys.set(structure, byRulebook);
  }
  let byDate = byRulebook.get(rulebook);
  if (byDate === undefined) {
    byDate = new Map();
    byRulebook.set(rulebook, byDate);
  }
  let keys = byDate.get(asOf);
  if (keys === undefined) {
    keys = new Set(collectStructureIssues(structure, asOf, rulebook).map(keyOf));
    byDate.set(asOf, keys);
  }
  // Stryker restore ConditionalExpression
  return keys;
}

/** The operation that made the unit an issue is about what it is: the first that touches, creates or moves one of its units. */
function operationBehind(analysis: PlanAnalysis, ids: readonly string[]): number | undefined {
  for (const id of ids) {
    const candidates = [...(analysis.touchedBy.get(id) ?? [])];
    const created = analysis.created.get(id);
    if (created !== undefined) candidates.push(created.operationIndex);
    const unit = analysis.index.unitsById.get(id);
    for (const holderId of [unit?.parentId, unit === undefined ? undefined : (unit as { areaId?: string }).areaId]) {
      // Stryker disable next-line ConditionalExpression: no unit ends under the id undefined, so the lookup finds nothing either way
      const ending = holderId === undefined ? undefined : analysis.endings.get(holderId);
      if (ending !== undefined) candidates.push(ending.operationIndexes[0] as number);
    }
    if (candidates.length > 0) return Math.min(...candidates);
  }
  return undefined;
}

/**
 * The result's structure: the plan is applied (the same construction `applyPlan` returns) and
 * the checks of `validateStructure` run on the result on `effectiveOn` (all their issues, uncapped:
 * the comparison must see every one). Every issue the result has that the
 * input structure did not have on that date is a plan issue — `plan_result_invalid`, naming the
 * operation behind it, with the structure issue's code and message and its severity — unless a
 * specific plan check above already reports it (see `COVERED_BY`). So `validatePlan` is closed
 * under apply: when it answers ok, the structure `applyPlan` returns has no error on
 * `effectiveOn` that the input did not already have.
 * @internal
 */
export function checkResultStructure(context: PlanContext): void {
  const { analysis, rulebook } = context;
  const { structure } = context.appliedPlan();
  // the messages of the first issues name their units, as the structure after the plan names them
  const after = collectStructureIssues(structure, analysis.effectiveOn, rulebook, ISSUE_LIMIT);
  // Stryker disable next-line ConditionalExpression: a shortcut; with no issue after, the loop below finds none to report
  if (after.length === 0) return;
  const before = keysOfInput(analysis.structure, rulebook, analysis.effectiveOn);
  const planIssuesById = new Map<string, Issue[]>();
  for (const issue of context.issues) {
    for (const id of idsOf(issue)) {
      const list = planIssuesById.get(id);
      if (list === undefined) planIssuesById.set(id, [issue]);
      else if (list[list.length - 1] !== issue) list.push(issue);
    }
  }
  const covered = (issue: Issue): boolean => {
    const codes = COVERED_BY[issue.code];
    if (codes === undefined) return false;
    return idsOf(issue).some((id) =>
      (planIssuesById.get(id) ?? []).some((planIssue) => codes.includes(planIssue.code) && RANK[planIssue.severity] >= RANK[issue.severity]),
    );
  };
  for (const issue of after) {
    if (before.has(keyOf(issue)) || covered(issue)) continue;
    // the record the issue is at (a unit, or a post and its unit) tells the operation behind it too
    const [collection, position] = issue.path ?? [];
    const record =
      collection === 'units' ? structure.units[position as number]?.id : collection === 'assignments' ? structure.assignments[position as number]?.unitId : undefined;
    const operationIndex = operationBehind(analysis, record === undefined ? idsOf(issue) : [...idsOf(issue), record]);
    // Stryker disable ConditionalExpression: createIssue sets only the fields given a value, so a field passed as undefined is left out either way
    const common = {
      severity: issue.severity,
      ...(issue.unitIds === undefined ? {} : { unitIds: issue.unitIds }),
      ...(issue.personIds === undefined ? {} : { personIds: issue.personIds }),
      ...(issue.ruleId === undefined ? {} : { ruleId: issue.ruleId }),
      ...(issue.citation === undefined ? {} : { citation: issue.citation }),
      ...(issue.verification === undefined ? {} : { verification: issue.verification }),
    };
    // Stryker restore ConditionalExpression
    const inner = { structureCode: issue.code, structureMessage: issue.message, asOf: analysis.effectiveOn };
    if (operationIndex === undefined) {
      context.add('plan_result_invalid_untouched', { ...common, params: inner });
    } else {
      context.add('plan_result_invalid', {
        ...common,
        path: ['operations', operationIndex],
        params: { operation: context.label(operationIndex), operationIndex, ...inner },
      });
    }
  }
}
