import { assertIsoDate } from '../core/IsoDate.js';
import { getFamily, isAreaKind, type Family, type Level } from '../model/kinds.js';
import { DEPUTY_ROLES, STAFF_CATEGORY_LIST, type StaffCategory } from '../model/roles.js';
import type { AreaUnit, StaffCounts, Structure } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';

import type { Issue, IssueParamValue, Severity } from '../report/Issue.js';

import type { IssueCode } from '../report/catalogue.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import { findRule, rulesInForce, type RuleInForce } from '../rules/findRule.js';
import type { RuleParams, RuleType, Rulebook } from '../rules/Rule.js';
import { addYearsToIsoDate, isInForce } from '../core/index.js';
import {
  analysePlan,
  finalSuccessor,
  levelOf,
  operationLabel,
  type PlanAnalysis,
  type PlannedUnit,
  resolveUnit,
} from './analysePlan.js';
import type { Plan, PlanOperation, Share } from './Plan.js';
import { type Result, toResult } from '../report/Result.js';

/**
 * Options of {@link validatePlan} and `applyPlan`.
 *
 * @example
 * ```ts
 * const options: ValidatePlanOptions = { rulebook: extendRulebook(defaultRulebook, kyAnhLocalRules) };
 * ```
 * @category Plan
 */
export interface ValidatePlanOptions {
  /** The law to check against; `defaultRulebook` when left out. */
  readonly rulebook?: Rulebook;
}

type AreaFacts = { population?: number | undefined; areaKm2?: number | undefined; households?: number | undefined };
const FACT_FIELDS = ['population', 'households', 'areaKm2'] as const;
const MEASURE_VI: Record<string, string> = { population: 'dân số', households: 'số hộ', areaKm2: 'diện tích (km²)' };
type FactField = (typeof FACT_FIELDS)[number];

/** Checks a plan's rules with cached rule lookups. */
class Checker {
  readonly issues: Issue[] = [];
  private readonly rules = new Map<string, RuleInForce | undefined>();

  constructor(
    readonly analysis: PlanAnalysis,
    readonly rulebook: Rulebook,
  ) {}

  add(code: IssueCode, options: Parameters<typeof createIssue>[1] = {}): void {
    this.issues.push(createIssue(code, options));
  }

  /** The version of a rule in force on the plan's date; a missing one is reported once. */
  rule<T extends RuleType>(id: string, type: T, missingSeverity: Severity = 'warning'): RuleInForce<T> | undefined {
    if (this.rules.has(id)) return this.rules.get(id) as RuleInForce<T> | undefined;
    const found = findRule(this.rulebook, id, this.analysis.effectiveOn, { type });
    if (found.ok) {
      this.rules.set(id, found.inForce as unknown as RuleInForce);
      return found.inForce;
    }
    this.rules.set(id, undefined);
    this.issues.push({ ...found.issue, severity: missingSeverity });
    return undefined;
  }
}

function basisOf(inForce: RuleInForce) {
  return { ruleId: inForce.rule.id, citation: inForce.version.citation, verification: inForce.verification };
}

function label(checker: Checker, operationIndex: number): string {
  const operation = checker.analysis.plan.operations[operationIndex] as PlanOperation;
  return operationLabel(operation, operationIndex);
}

// ── references ──────────────────────────────────────────────────────────────────────────────────

function checkExisting(checker: Checker, id: string, operationIndex: number, path: (string | number)[]): boolean {
  const { analysis } = checker;
  const unit = analysis.index.unitsById.get(id);
  const operation = label(checker, operationIndex);
  if (unit === undefined) {
    checker.add('plan_unit_unknown', { path, unitIds: [id], params: { unitId: id, operation } });
    return false;
  }
  for (const asOf of [analysis.dayBefore, analysis.effectiveOn]) {
    if (!isInForce(unit, asOf)) {
      checker.add('plan_unit_not_in_force', { path, unitIds: [id], params: { unitId: id, operation, asOf } });
      return false;
    }
  }
  return true;
}

function checkExistingOrNew(checker: Checker, id: string, operationIndex: number, path: (string | number)[]): void {
  const { analysis } = checker;
  if (analysis.created.has(id)) return;
  checkExisting(checker, id, operationIndex, path);
}

function checkNewUnitLinks(checker: Checker, unit: PlannedUnit, operationIndex: number, path: (string | number)[]): void {
  if (unit.parentId !== undefined) checkExistingOrNew(checker, unit.parentId, operationIndex, [...path, 'parentId']);
  if (!isAreaKind(unit.kind)) checkExistingOrNew(checker, (unit as { areaId: string }).areaId, operationIndex, [...path, 'areaId']);
}

function checkReferences(checker: Checker): void {
  const { analysis } = checker;
  const dissolveSuccessors = new Set(
    analysis.plan.operations.flatMap((operation) => (operation.type === 'dissolve' ? [operation.successorId] : [])),
  );
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const at = ['operations', operationIndex];
    switch (operation.type) {
      case 'merge':
        operation.sourceIds.forEach((id, position) => {
          checkExisting(checker, id, operationIndex, [...at, 'sourceIds', position]);
        });
        checkExisting(checker, operation.targetId, operationIndex, [...at, 'targetId']);
        if (operation.sourceIds.includes(operation.targetId)) {
          checker.add('plan_target_among_sources', {
            path: [...at, 'targetId'],
            unitIds: [operation.targetId],
            params: { unitId: operation.targetId, operation: label(checker, operationIndex) },
          });
        }
        break;
      case 'consolidate':
        operation.sourceIds.forEach((id, position) => {
          checkExisting(checker, id, operationIndex, [...at, 'sourceIds', position]);
        });
        checkNewUnitLinks(checker, operation.newUnit, operationIndex, [...at, 'newUnit']);
        if (operation.sourceIds.length === 0 && !analysis.partialByTarget.has(operation.newUnit.id) && !dissolveSuccessors.has(operation.newUnit.id)) {
          checker.add('plan_no_sources', {
            path: [...at, 'sourceIds'],
            unitIds: [operation.newUnit.id],
            params: { unitId: operation.newUnit.id, operation: label(checker, operationIndex) },
          });
        }
        break;
      case 'split':
        checkExisting(checker, operation.sourceId, operationIndex, [...at, 'sourceId']);
        operation.parts.forEach((part, position) => {
          checkNewUnitLinks(checker, part.newUnit, operationIndex, [...at, 'parts', position, 'newUnit']);
        });
        break;
      case 'partial-transfer':
        checkExisting(checker, operation.sourceId, operationIndex, [...at, 'sourceId']);
        checkExistingOrNew(checker, operation.targetId, operationIndex, [...at, 'targetId']);
        break;
      case 'dissolve':
        checkExisting(checker, operation.sourceId, operationIndex, [...at, 'sourceId']);
        checkExistingOrNew(checker, operation.successorId, operationIndex, [...at, 'successorId']);
        break;
      case 'rename':
      case 'convert':
        checkExisting(checker, operation.unitId, operationIndex, [...at, 'unitId']);
        break;
      case 'transfer':
        checkExisting(checker, operation.unitId, operationIndex, [...at, 'unitId']);
        if (operation.newParentId !== undefined) checkExistingOrNew(checker, operation.newParentId, operationIndex, [...at, 'newParentId']);
        if (operation.newAreaId !== undefined) checkExistingOrNew(checker, operation.newAreaId, operationIndex, [...at, 'newAreaId']);
        break;
      default:
        operation satisfies never;
    }
  });
  for (const [id, { operationIndex }] of analysis.created) {
    if (analysis.index.unitsById.has(id)) {
      checker.add('plan_id_not_fresh', { path: ['operations', operationIndex], unitIds: [id], params: { unitId: id, operation: label(checker, operationIndex) } });
    }
  }
  for (const [id, operationIndexes] of analysis.createdTwice) {
    for (const operationIndex of operationIndexes) {
      checker.add('plan_id_not_fresh', { path: ['operations', operationIndex], unitIds: [id], params: { unitId: id, operation: label(checker, operationIndex) } });
    }
  }
  for (const [id, operationIndexes] of analysis.touchedBy) {
    if (operationIndexes.length < 2) continue;
    const onlyPartial = operationIndexes.every((operationIndex) => {
      const operation = analysis.plan.operations[operationIndex];
      return operation?.type === 'partial-transfer' && operation.sourceId === id;
    });
    if (!onlyPartial) {
      checker.add('plan_unit_consumed_twice', {
        unitIds: [id],
        params: { unitId: id, operations: operationIndexes.map((operationIndex) => label(checker, operationIndex)) },
      });
    }
  }
  // successors that end themselves
  analysis.plan.operations.forEach((operation, operationIndex) => {
    let successorId: string | undefined;
    if (operation.type === 'merge') successorId = operation.targetId;
    else if (operation.type === 'dissolve') successorId = operation.successorId;
    else if (operation.type === 'partial-transfer') successorId = operation.targetId;
    if (successorId !== undefined && analysis.endings.has(successorId)) {
      checker.add('plan_successor_ends', {
        path: ['operations', operationIndex],
        unitIds: [successorId],
        params: { unitId: successorId, operation: label(checker, operationIndex) },
      });
    }
  });
}

// ── shares ──────────────────────────────────────────────────────────────────────────────────────

const SHARE_FIELDS = ['population', 'households', 'areaKm2', 'basisPoints'] as const;

/** Sum of shares, exact: integers as they are, areas in hundredths of a km². */
function toExact(field: (typeof SHARE_FIELDS)[number], value: number): number {
  return field === 'areaKm2' ? Math.round(value * 100) : value;
}

function fromExact(field: (typeof SHARE_FIELDS)[number], value: number): number {
  return field === 'areaKm2' ? value / 100 : value;
}

function checkShareSums(
  checker: Checker,
  sourceId: string,
  shares: readonly (Share | undefined)[],
  mode: 'whole' | 'less',
  path: (string | number)[],
): void {
  const source = checker.analysis.index.unitsById.get(sourceId);
  for (const field of SHARE_FIELDS) {
    const present = shares.filter((share) => share?.[field] !== undefined).length;
    if (present === 0) continue;
    if (present < shares.length) {
      if (mode === 'whole') checker.add('plan_shares_incomplete', { path, unitIds: [sourceId], params: { unitId: sourceId, field } });
      continue;
    }
    const total = shares.reduce((sum, share) => sum + toExact(field, share?.[field] ?? 0), 0);
    let whole: number | undefined;
    if (field === 'basisPoints') whole = 10_000;
    else if (source !== undefined && isAreaKind(source.kind)) {
      const value = (source as AreaUnit)[field];
      whole = value === undefined ? undefined : toExact(field, value);
    }
    if (whole === undefined) continue;
    const wrong = mode === 'whole' ? total !== whole : total >= whole;
    if (wrong) {
      checker.add('plan_shares_mismatch', {
        path,
        unitIds: [sourceId],
        params: {
          unitId: sourceId,
          field,
          total: fromExact(field, total),
          expected: mode === 'whole' ? fromExact(field, whole) : `< ${fromExact(field, whole)}`,
        },
      });
    }
  }
}

function checkShares(checker: Checker): void {
  const { analysis } = checker;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type === 'split') {
      checkShareSums(checker, operation.sourceId, operation.parts.map((part) => part.share), 'whole', ['operations', operationIndex, 'parts']);
    }
  });
  for (const [sourceId, operationIndexes] of analysis.partialBySource) {
    const operations = operationIndexes.map((operationIndex) => analysis.plan.operations[operationIndex]);
    const transfers = operations.filter((operation) => operation?.type === 'partial-transfer');
    const ends = transfers.map((operation) => operation.sourceEnds === true);
    const path = ['operations', operationIndexes[0] as number];
    if (ends.some((value) => value) && ends.some((value) => !value)) {
      checker.add('plan_partial_transfer_inconsistent', { path, unitIds: [sourceId], params: { unitId: sourceId } });
      continue;
    }
    checkShareSums(checker, sourceId, transfers.map((operation) => operation.share), ends[0] === true ? 'whole' : 'less', path);
  }
}

// ── conservation ────────────────────────────────────────────────────────────────────────────────

function transferredAway(analysis: PlanAnalysis, unitId: string, field: 'newParentId' | 'newAreaId'): boolean {
  return (analysis.touchedBy.get(unitId) ?? []).some((operationIndex) => {
    const operation = analysis.plan.operations[operationIndex];
    return operation?.type === 'transfer' && operation[field] !== undefined;
  });
}

function checkConservation(checker: Checker, hierarchy: RuleInForce<'area-hierarchy'> | undefined): void {
  const { analysis } = checker;
  for (const [endingId, ending] of analysis.endings) {
    const firstOperation = ending.operationIndexes[0] as number;
    const operation = label(checker, firstOperation);
    const successorId = finalSuccessor(analysis, endingId);
    const successor = successorId === undefined ? undefined : resolveUnit(analysis, successorId);
    for (const child of analysis.index.childrenById.get(endingId) ?? []) {
      if (!isInForce(child, analysis.effectiveOn) || analysis.endings.has(child.id) || transferredAway(analysis, child.id, 'newParentId')) continue;
      if (successor === undefined) {
        checker.add('plan_orphaned_unit', { path: ['operations', firstOperation], unitIds: [child.id, endingId], params: { unitId: child.id, parentId: endingId, operation } });
      } else if (hierarchy !== undefined && isAreaKind(child.kind) && isAreaKind(successor.kind)) {
        const allowed = hierarchy.version.params.parents[child.kind];
        if (allowed !== undefined && !allowed.includes(successor.kind)) {
          checker.add('plan_parent_kind_not_allowed', {
            path: ['operations', firstOperation],
            unitIds: [child.id, successor.id],
            params: { unitId: child.id, kind: child.kind, parentId: successor.id, parentKind: successor.kind, asOf: analysis.effectiveOn },
            ...basisOf(hierarchy),
          });
        }
      }
    }
    for (const organisation of analysis.index.organisationsByAreaId.get(endingId) ?? []) {
      if (!isInForce(organisation, analysis.effectiveOn) || analysis.endings.has(organisation.id)) continue;
      if (transferredAway(analysis, organisation.id, 'newAreaId') || successor !== undefined) continue;
      checker.add('plan_orphaned_unit', {
        path: ['operations', firstOperation],
        unitIds: [organisation.id, endingId],
        params: { unitId: organisation.id, parentId: endingId, operation },
      });
    }
    const convertedAway = analysis.plan.operations[firstOperation]?.type === 'convert';
    if (successor === undefined && !convertedAway) {
      for (const assignment of analysis.index.assignmentsByUnitId.get(endingId) ?? []) {
        if (!isInForce(assignment, analysis.effectiveOn)) continue;
        checker.add('plan_orphaned_assignment', {
          path: ['operations', firstOperation],
          unitIds: [endingId],
          personIds: [assignment.personId],
          params: { personId: assignment.personId, role: assignment.role, unitId: endingId, operation },
        });
      }
    }
  }
}

// ── levels ──────────────────────────────────────────────────────────────────────────────────────

/** The units an operation combines and its result: sources (full and partial) and the result id. */
function combination(analysis: PlanAnalysis, operation: PlanOperation): { sourceIds: string[]; resultId: string } | undefined {
  switch (operation.type) {
    case 'merge':
      return {
        sourceIds: [...operation.sourceIds, ...partialSourcesInto(analysis, operation.targetId)],
        resultId: operation.targetId,
      };
    case 'consolidate':
      return {
        sourceIds: [...operation.sourceIds, ...partialSourcesInto(analysis, operation.newUnit.id)],
        resultId: operation.newUnit.id,
      };
    case 'split':
    case 'partial-transfer':
    case 'dissolve':
    case 'rename':
    case 'transfer':
    case 'convert':
      return undefined;
    default:
      return operation satisfies never;
  }
}

function partialSourcesInto(analysis: PlanAnalysis, targetId: string): string[] {
  return (analysis.partialByTarget.get(targetId) ?? []).map((operationIndex) => {
    const operation = analysis.plan.operations[operationIndex];
    return operation?.type === 'partial-transfer' ? operation.sourceId : '';
  });
}

function checkSameLevel(checker: Checker, operationIndex: number, unitId: string, otherId: string): void {
  const { analysis } = checker;
  const unit = resolveUnit(analysis, unitId);
  const other = resolveUnit(analysis, otherId);
  if (unit === undefined || other === undefined) return;
  const level = levelOf(analysis, unit);
  const otherLevel = levelOf(analysis, other);
  if (level === undefined || otherLevel === undefined || level === otherLevel) return;
  checker.add('plan_level_mismatch', {
    path: ['operations', operationIndex],
    unitIds: [unitId, otherId],
    params: { operation: label(checker, operationIndex), unitId, level, otherId, otherLevel },
  });
}

function checkLevels(checker: Checker, hierarchy: RuleInForce<'area-hierarchy'> | undefined): void {
  const { analysis } = checker;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = combination(analysis, operation);
    if (combined !== undefined) {
      for (const sourceId of combined.sourceIds) checkSameLevel(checker, operationIndex, sourceId, combined.resultId);
    } else if (operation.type === 'split') {
      for (const part of operation.parts) checkSameLevel(checker, operationIndex, operation.sourceId, part.newUnit.id);
    } else if (operation.type === 'partial-transfer') {
      checkSameLevel(checker, operationIndex, operation.sourceId, operation.targetId);
    }
  });
  if (hierarchy === undefined) return;
  const parents = hierarchy.version.params.parents;
  const checkPlacement = (unit: PlannedUnit, parentId: string | undefined, operationIndex: number) => {
    if (isAreaKind(unit.kind)) {
      const allowed = parents[unit.kind];
      if (allowed === undefined) {
        checker.add('plan_level_not_in_force', {
          path: ['operations', operationIndex],
          unitIds: [unit.id],
          params: { unitId: unit.id, kind: unit.kind, level: levelOf(analysis, unit) ?? '?', asOf: analysis.effectiveOn },
          ...basisOf(hierarchy),
        });
        return;
      }
      const parent = parentId === undefined ? undefined : resolveUnit(analysis, parentId);
      if (parent !== undefined && isAreaKind(parent.kind) && !allowed.includes(parent.kind)) {
        checker.add('plan_parent_kind_not_allowed', {
          path: ['operations', operationIndex],
          unitIds: [unit.id, parent.id],
          params: { unitId: unit.id, kind: unit.kind, parentId: parent.id, parentKind: parent.kind, asOf: analysis.effectiveOn },
          ...basisOf(hierarchy),
        });
      }
      return;
    }
    const area = resolveUnit(analysis, (unit as { areaId: string }).areaId);
    if (area !== undefined && isAreaKind(area.kind) && parents[area.kind] === undefined) {
      checker.add('plan_level_not_in_force', {
        path: ['operations', operationIndex],
        unitIds: [unit.id, area.id],
        params: { unitId: unit.id, kind: area.kind, level: levelOf(analysis, area) ?? '?', asOf: analysis.effectiveOn },
        ...basisOf(hierarchy),
      });
    }
  };
  for (const { unit, operationIndex } of analysis.created.values()) checkPlacement(unit, unit.parentId, operationIndex);
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type !== 'transfer') return;
    const unit = analysis.index.unitsById.get(operation.unitId);
    if (unit === undefined) return;
    if (operation.newParentId !== undefined && isAreaKind(unit.kind)) checkPlacement(unit, operation.newParentId, operationIndex);
    if (operation.newAreaId !== undefined && !isAreaKind(unit.kind)) checkPlacement({ ...unit, areaId: operation.newAreaId } as PlannedUnit, undefined, operationIndex);
  });
}

// ── families ────────────────────────────────────────────────────────────────────────────────────

function crossFamilyRuleApplies(
  checker: Checker,
  params: RuleParams<'cross-family-consolidation'>,
  units: readonly PlannedUnit[],
  level: Level | undefined,
  areaId: string | undefined,
): boolean {
  if (level === undefined || !params.levels.includes(level)) return false;
  for (const unit of units) {
    if (!(params.kinds as readonly string[]).includes(unit.kind)) return false;
    if (params.specialisedAgencySector !== undefined && unit.kind === 'specialised-agency') {
      if ((unit as { sector?: string }).sector !== params.specialisedAgencySector) return false;
    }
  }
  if (params.withinAreaIds !== undefined) {
    if (areaId === undefined) return false;
    const { analysis } = checker;
    const area = resolveUnit(analysis, areaId);
    if (area === undefined) return false;
    const chain = new Set([area.id, ...ancestorIds(analysis, area)]);
    if (!params.withinAreaIds.some((id) => chain.has(id))) return false;
  }
  return true;
}

function ancestorIds(analysis: PlanAnalysis, unit: PlannedUnit): string[] {
  const chain: string[] = [];
  const seen = new Set<string>([unit.id]);
  let parentId = unit.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    chain.push(parentId);
    seen.add(parentId);
    parentId = resolveUnit(analysis, parentId)?.parentId;
  }
  return chain;
}

function checkFamilies(checker: Checker): void {
  const { analysis } = checker;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = combination(analysis, operation);
    if (combined === undefined) return;
    const units = [...combined.sourceIds, combined.resultId]
      .map((id) => resolveUnit(analysis, id))
      .filter((unit): unit is PlannedUnit => unit !== undefined);
    const families = [...new Set<Family>(units.map((unit) => getFamily(unit.kind)))];
    if (families.length < 2) return;
    const result = resolveUnit(analysis, combined.resultId);
    const level = result === undefined ? undefined : levelOf(analysis, result);
    const areaId = result !== undefined && !isAreaKind(result.kind) ? (result as { areaId: string }).areaId : undefined;
    const kinds = [...new Set(units.map((unit) => unit.kind))];
    const common = {
      path: ['operations', operationIndex],
      unitIds: units.map((unit) => unit.id),
    };
    const applicable = families.includes('area')
      ? []
      : rulesInForce(checker.rulebook, analysis.effectiveOn, { type: 'cross-family-consolidation' }).filter((inForce) =>
          crossFamilyRuleApplies(checker, inForce.version.params, units, level, areaId),
        );
    const allowing = applicable.find((inForce) => inForce.version.strength !== 'forbidden');
    if (allowing !== undefined) {
      checker.add('plan_cross_family_permitted', {
        ...common,
        params: { operation: label(checker, operationIndex), kinds, strength: allowing.version.strength ?? 'permitted', ruleId: allowing.rule.id },
        ...basisOf(allowing),
      });
      return;
    }
    const forbidding = applicable.find((inForce) => inForce.version.strength === 'forbidden');
    if (forbidding !== undefined) {
      checker.add('plan_cross_family_forbidden', {
        ...common,
        params: { operation: label(checker, operationIndex), kinds, since: forbidding.version.from, ruleId: forbidding.rule.id },
        ...basisOf(forbidding),
      });
      return;
    }
    checker.add('plan_family_mismatch', {
      ...common,
      params: {
        operation: label(checker, operationIndex),
        unitIds: units.map((unit) => unit.id),
        families,
        kinds,
        level: level ?? '?',
        asOf: analysis.effectiveOn,
      },
    });
  });
}

// ── locality ────────────────────────────────────────────────────────────────────────────────────

/** Whether an area lies within `parentId` as it stands after the plan (an ancestor or its successor is it). */
function liesWithin(analysis: PlanAnalysis, unit: PlannedUnit, parentId: string): boolean {
  for (const ancestorId of ancestorIds(analysis, unit)) {
    if (ancestorId === parentId || finalSuccessor(analysis, ancestorId) === parentId) return true;
  }
  return false;
}

function checkLocality(checker: Checker): void {
  const { analysis } = checker;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    let pairs: { sourceIds: string[]; resultId: string }[] = [];
    const combined = combination(analysis, operation);
    if (combined !== undefined) pairs = [combined];
    else if (operation.type === 'split') pairs = operation.parts.map((part) => ({ sourceIds: [operation.sourceId], resultId: part.newUnit.id }));
    for (const { sourceIds, resultId } of pairs) {
      const result = resolveUnit(analysis, resultId);
      if (result === undefined) continue;
      for (const sourceId of sourceIds) {
        const source = resolveUnit(analysis, sourceId);
        if (source === undefined || isAreaKind(source.kind) !== isAreaKind(result.kind)) continue;
        if (!isAreaKind(result.kind)) {
          const areaId = (result as { areaId: string }).areaId;
          const sourceAreaId = (source as { areaId: string }).areaId;
          if (sourceAreaId !== areaId && finalSuccessor(analysis, sourceAreaId) !== areaId) {
            checker.add('plan_locality_mismatch', {
              path: ['operations', operationIndex],
              unitIds: [sourceId, resultId],
              params: { operation: label(checker, operationIndex), unitId: sourceId, areaId: sourceAreaId, otherId: resultId, otherAreaId: areaId },
            });
          }
        } else if (result.parentId !== undefined && !liesWithin(analysis, source, result.parentId)) {
          checker.add('plan_area_outside_parent', {
            path: ['operations', operationIndex],
            unitIds: [sourceId, resultId],
            params: { operation: label(checker, operationIndex), unitId: sourceId, parentId: result.parentId, resultId },
          });
        }
      }
    }
  });
}

// ── area standards ──────────────────────────────────────────────────────────────────────────────

interface AreaResult {
  readonly unit: AreaUnit;
  readonly facts: AreaFacts;
  /** Number of units that went into it (the surviving target counts). */
  readonly contributors: number;
  readonly operationIndex: number;
}

function shareValue(share: Share | undefined, source: PlannedUnit | undefined, field: FactField): number | undefined {
  if (share?.[field] !== undefined) return share[field];
  if (share?.basisPoints !== undefined && source !== undefined && isAreaKind(source.kind)) {
    const whole = (source as AreaUnit)[field];
    if (whole === undefined) return undefined;
    return field === 'areaKm2' ? (whole * share.basisPoints) / 10_000 : Math.floor((whole * share.basisPoints) / 10_000);
  }
  return undefined;
}

function sumFacts(parts: readonly AreaFacts[]): AreaFacts {
  const facts: AreaFacts = {};
  for (const field of FACT_FIELDS) {
    let total: number | undefined = 0;
    for (const part of parts) {
      const value = part[field];
      if (value === undefined || total === undefined) total = undefined;
      else total += field === 'areaKm2' ? Math.round(value * 100) : value;
    }
    if (total !== undefined) facts[field] = field === 'areaKm2' ? total / 100 : total;
  }
  return facts;
}

function factsOf(unit: PlannedUnit | undefined): AreaFacts {
  if (unit === undefined || !isAreaKind(unit.kind)) return {};
  const area = unit as AreaUnit;
  return { population: area.population, areaKm2: area.areaKm2, households: area.households };
}

function partialFacts(analysis: PlanAnalysis, targetId: string): AreaFacts[] {
  return (analysis.partialByTarget.get(targetId) ?? []).map((operationIndex) => {
    const operation = analysis.plan.operations[operationIndex];
    if (operation?.type !== 'partial-transfer') return {};
    const source = resolveUnit(analysis, operation.sourceId);
    return {
      population: shareValue(operation.share, source, 'population'),
      areaKm2: shareValue(operation.share, source, 'areaKm2'),
      households: shareValue(operation.share, source, 'households'),
    };
  });
}

/** The areas a plan forms, with their facts after the plan. @internal */
export function findAreaResults(analysis: PlanAnalysis): AreaResult[] {
  const results: AreaResult[] = [];
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type === 'merge') {
      const target = analysis.index.unitsById.get(operation.targetId);
      if (target === undefined || !isAreaKind(target.kind)) return;
      const parts = [target, ...operation.sourceIds.map((id) => resolveUnit(analysis, id))].map(factsOf);
      const partial = partialFacts(analysis, operation.targetId);
      results.push({
        unit: target as AreaUnit,
        facts: sumFacts([...parts, ...partial]),
        contributors: parts.length + partial.length,
        operationIndex,
      });
    } else if (operation.type === 'consolidate' && isAreaKind(operation.newUnit.kind)) {
      const unit = operation.newUnit as AreaUnit;
      const partial = partialFacts(analysis, unit.id);
      const summed = sumFacts([...operation.sourceIds.map((id) => factsOf(resolveUnit(analysis, id))), ...partial]);
      const facts: AreaFacts = {
        population: unit.population ?? summed.population,
        areaKm2: unit.areaKm2 ?? summed.areaKm2,
        households: unit.households ?? summed.households,
      };
      results.push({ unit, facts, contributors: operation.sourceIds.length + partial.length, operationIndex });
    } else if (operation.type === 'split') {
      const source = resolveUnit(analysis, operation.sourceId);
      for (const part of operation.parts) {
        if (!isAreaKind(part.newUnit.kind)) continue;
        const unit = part.newUnit as AreaUnit;
        const facts: AreaFacts = {
          population: unit.population ?? shareValue(part.share, source, 'population'),
          areaKm2: unit.areaKm2 ?? shareValue(part.share, source, 'areaKm2'),
          households: unit.households ?? shareValue(part.share, source, 'households'),
        };
        results.push({ unit, facts, contributors: 1, operationIndex });
      }
    }
  });
  return results;
}

/** A fact of an area or, when it has none, of its nearest ancestor that has it. @internal */
export function inheritedFact<K extends 'region' | 'terrain' | 'border'>(
  analysis: PlanAnalysis,
  unit: PlannedUnit,
  field: K,
): AreaUnit[K] | undefined {
  const own = (unit as AreaUnit)[field];
  if (own !== undefined) return own;
  for (const ancestorId of ancestorIds(analysis, unit)) {
    const ancestor = resolveUnit(analysis, ancestorId);
    const value = ancestor === undefined ? undefined : (ancestor as AreaUnit)[field];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The household minimum of a village or residential group under a standard version. @internal */
export function householdMinimum(
  analysis: PlanAnalysis,
  params: RuleParams<'village-household-standard'>,
  unit: PlannedUnit,
): { found: true; households: number } | { found: false; region: string; terrain: string } {
  const lines = unit.kind === 'residential-group' ? params.residentialGroup : params.village;
  const region = inheritedFact(analysis, unit, 'region');
  const terrain = inheritedFact(analysis, unit, 'terrain');
  const border = inheritedFact(analysis, unit, 'border');
  for (const line of lines) {
    if (line.terrains !== undefined && (terrain === undefined || !line.terrains.includes(terrain))) continue;
    if (line.regions !== undefined && (region === undefined || !line.regions.includes(region))) continue;
    if (line.border === true && border !== true) continue;
    if (line.households === null) break;
    return { found: true, households: line.households };
  }
  return { found: false, region: region ?? '?', terrain: terrain ?? '?' };
}

/** The population and area standard of a commune-level or provincial area. @internal */
export function adminStandard(
  analysis: PlanAnalysis,
  params: RuleParams<'admin-unit-standard'>,
  unit: PlannedUnit,
): { population: number; areaKm2: number } | undefined {
  const terrain = inheritedFact(analysis, unit, 'terrain');
  const mountainous = terrain === 'mountainous' || terrain === 'highland';
  switch (unit.kind) {
    case 'province':
      return mountainous ? params.province.mountainous : params.province.other;
    case 'centrally-run-city':
      // a city is not measured against the province line: its own, or none (reported)
      return params.centrallyRunCity;
    case 'commune':
    case 'township':
      if (mountainous) return params.commune.mountainous;
      if (terrain === 'island' && params.commune.island !== undefined) return params.commune.island;
      return params.commune.other;
    case 'ward':
      return params.ward;
    default:
      return undefined;
  }
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function checkAreaResult(checker: Checker, result: AreaResult): void {
  const { analysis } = checker;
  const { unit, facts, operationIndex } = result;
  const level = levelOf(analysis, unit);
  const path = ['operations', operationIndex];
  const missing = (measure: string) => checker.add('plan_area_data_missing', { path, unitIds: [unit.id], params: { unitId: unit.id, measure, measureVi: MEASURE_VI[measure] ?? measure } });
  // a figure the unit's own record marks as doubtful is reported as doubtful input, not as a shortfall
  const doubtful: readonly string[] = unit.doubtful ?? [];
  const short = (inForce: RuleInForce, measure: string, value: number, required: number, severity: Severity) =>
    checker.add(doubtful.includes(measure) ? 'plan_area_figure_doubtful' : 'plan_area_below_standard', {
      severity,
      path,
      unitIds: [unit.id],
      params: {
        unitId: unit.id,
        measure,
        measureVi: MEASURE_VI[measure] ?? measure,
        value,
        required,
        ruleId: inForce.rule.id,
        shortfall: roundTo(required - value, 2),
      },
      ...basisOf(inForce),
    });
  if (level === 'village') {
    const standard = checker.rule('merge.village-household-standard', 'village-household-standard');
    if (standard === undefined) return;
    if (facts.households === undefined) {
      missing('households');
      return;
    }
    const minimum = householdMinimum(analysis, standard.version.params, unit);
    if (!minimum.found) {
      checker.add('plan_standard_not_found', {
        path,
        unitIds: [unit.id],
        params: { unitId: unit.id, kind: unit.kind, region: minimum.region, terrain: minimum.terrain, asOf: analysis.effectiveOn },
        ...basisOf(standard),
      });
      return;
    }
    const { mustMergeBelowBps, encouragedBelowBps } = standard.version.params;
    if (facts.households * 10_000 < minimum.households * mustMergeBelowBps) short(standard, 'households', facts.households, minimum.households, 'warning');
    else if (facts.households * 10_000 < minimum.households * encouragedBelowBps) short(standard, 'households', facts.households, minimum.households, 'info');
    return;
  }
  if (level !== 'commune' && level !== 'province') return;
  if (unit.kind === 'special-zone') return;
  const standardRule = checker.rule('merge.admin-unit-standard', 'admin-unit-standard');
  if (standardRule === undefined) return;
  const standard = adminStandard(analysis, standardRule.version.params, unit);
  if (standard === undefined && unit.kind === 'centrally-run-city') {
    checker.add('plan_admin_standard_not_found', {
      path,
      unitIds: [unit.id],
      params: { unitId: unit.id, kind: unit.kind, asOf: analysis.effectiveOn },
      ...basisOf(standardRule),
    });
    return;
  }
  if (standard === undefined && unit.kind !== 'ward') return;
  if (facts.population === undefined) missing('population');
  if (facts.areaKm2 === undefined) missing('areaKm2');
  if (facts.population === undefined || facts.areaKm2 === undefined) return;
  const { population, areaKm2 } = facts;
  if (level === 'province' && standard !== undefined) {
    if (result.contributors < 2) return;
    if (population < standard.population) short(standardRule, 'population', population, standard.population, 'warning');
    if (areaKm2 < standard.areaKm2) short(standardRule, 'areaKm2', areaKm2, standard.areaKm2, 'warning');
    return;
  }
  const criteria = standard === undefined ? undefined : checker.rule('merge.admin-unit-merge-criteria', 'admin-unit-merge-criteria');
  if (criteria !== undefined && standard !== undefined) {
    const triggered = criteria.version.params.triggers.some((trigger) => {
      if (!trigger.levels.includes(level)) return false;
      const areaBelow = trigger.areaBelowBps !== undefined && areaKm2 * 10_000 < standard.areaKm2 * trigger.areaBelowBps;
      const populationBelow =
        trigger.populationBelowBps !== undefined && population * 10_000 < standard.population * trigger.populationBelowBps;
      return trigger.match === 'both' ? areaBelow && populationBelow : areaBelow || populationBelow;
    });
    if (triggered) {
      if (population < standard.population) short(criteria, 'population', population, standard.population, 'warning');
      if (areaKm2 < standard.areaKm2) short(criteria, 'areaKm2', areaKm2, standard.areaKm2, 'warning');
    }
  }
  if (result.contributors < 2) return;
  const directionsLookup = findRule(checker.rulebook, 'merge.merged-unit-directions', analysis.effectiveOn, { type: 'merged-unit-directions' });
  if (!directionsLookup.ok) return;
  const directions = directionsLookup.inForce;
  const params = directions.version.params;
  if (result.contributors >= params.exemptFromSourceCount) return;
  if (unit.kind === 'ward') {
    const parent = unit.parentId === undefined ? undefined : resolveUnit(analysis, unit.parentId);
    const parentTerrain = parent === undefined ? undefined : inheritedFact(analysis, parent, 'terrain');
    const parentBorder = parent === undefined ? undefined : inheritedFact(analysis, parent, 'border');
    // "a ward in a centrally-run city": the city may be the parent or, before 2025-07-01, the
    // grandparent (a ward of an urban district)
    const inCentrallyRunCity = ancestorIds(analysis, unit).some((id) => resolveUnit(analysis, id)?.kind === 'centrally-run-city');
    let requiredPopulation = params.ward.populationOther;
    if (inCentrallyRunCity) requiredPopulation = params.ward.populationInCentrallyRunCity;
    else if (parentTerrain === 'mountainous' || parentTerrain === 'highland' || parentBorder === true) {
      requiredPopulation = params.ward.populationInMountainousOrBorderProvince;
    }
    if (population < requiredPopulation) short(directions, 'population', population, requiredPopulation, 'warning');
    if (areaKm2 < params.ward.areaKm2) short(directions, 'areaKm2', areaKm2, params.ward.areaKm2, 'warning');
    return;
  }
  if (standard === undefined) return;
  const terrain = inheritedFact(analysis, unit, 'terrain');
  const direction = terrain === 'mountainous' || terrain === 'highland' ? params.commune.mountainous : params.commune.other;
  const requiredArea = roundTo((standard.areaKm2 * direction.areaBps) / 10_000, 2);
  const requiredPopulation = Math.ceil((standard.population * direction.populationBps) / 10_000);
  if (population < requiredPopulation) short(directions, 'population', population, requiredPopulation, 'warning');
  if (areaKm2 < requiredArea) short(directions, 'areaKm2', areaKm2, requiredArea, 'warning');
}

// ── staffing and deputies ───────────────────────────────────────────────────────────────────────

function staffingOf(unit: PlannedUnit | undefined): { quota?: StaffCounts | undefined; actual?: StaffCounts | undefined } | undefined {
  if (unit === undefined || isAreaKind(unit.kind)) return undefined;
  return (unit as { staffing?: { quota?: StaffCounts; actual?: StaffCounts } }).staffing;
}

function addCounts(counts: readonly (StaffCounts | undefined)[]): Partial<Record<StaffCategory, number>> {
  const total: Partial<Record<StaffCategory, number>> = {};
  for (const count of counts) {
    if (count === undefined) continue;
    for (const category of STAFF_CATEGORY_LIST) {
      const value = count[category];
      if (value !== undefined) total[category] = (total[category] ?? 0) + value;
    }
  }
  return total;
}

function checkStaffingAndDeputies(checker: Checker): void {
  const { analysis } = checker;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    const combined = combination(analysis, operation);
    if (combined === undefined) return;
    const result = resolveUnit(analysis, combined.resultId);
    if (result === undefined || isAreaKind(result.kind)) return;
    const path = ['operations', operationIndex];
    const contributorIds = operation.type === 'merge' ? [operation.targetId, ...combined.sourceIds] : combined.sourceIds;
    const contributors = contributorIds.map((id) => analysis.index.unitsById.get(id));
    const sourcesQuota = addCounts(contributors.map((unit) => staffingOf(unit)?.quota));
    const sourcesActual = addCounts(contributors.map((unit) => staffingOf(unit)?.actual));
    const given = operation.type === 'merge' ? operation.staffing : staffingOf(result);
    const quota = given?.quota === undefined ? sourcesQuota : addCounts([given.quota]);
    const actual = given?.actual === undefined ? sourcesActual : addCounts([given.actual]);
    if (given?.quota !== undefined && Object.keys(sourcesQuota).length > 0) {
      for (const category of STAFF_CATEGORY_LIST) {
        const value = quota[category] ?? 0;
        const before = sourcesQuota[category] ?? 0;
        if (value <= before) continue;
        const rule = checker.rule('merge.quota-not-above-sources', 'quota-not-above-sources');
        checker.add('plan_quota_above_sources', {
          path,
          unitIds: [result.id],
          params: { unitId: result.id, quota: value, category, sourcesQuota: before },
          ...(rule === undefined ? {} : basisOf(rule)),
        });
      }
    }
    for (const category of STAFF_CATEGORY_LIST) {
      const inPost = actual[category];
      const allowed = quota[category];
      if (inPost === undefined || allowed === undefined || inPost <= allowed) continue;
      const rule = checker.rule('merge.surplus-absorption', 'grace-period');
      const deadline: IssueParamValue = rule === undefined ? null : addYearsToIsoDate(analysis.effectiveOn, rule.version.params.years);
      checker.add('plan_staff_surplus', {
        path,
        unitIds: [result.id],
        params: { unitId: result.id, actual: inPost, quota: allowed, category, surplus: inPost - allowed, deadline },
        ...(rule === undefined ? {} : basisOf(rule)),
      });
    }
    const deputyCounts = contributorIds.map(
      (id) =>
        (analysis.index.assignmentsByUnitId.get(id) ?? []).filter(
          (assignment) => isInForce(assignment, analysis.effectiveOn) && DEPUTY_ROLES.includes(assignment.role),
        ).length,
    );
    const deputies = deputyCounts.reduce((sum, count) => sum + count, 0);
    const maxBefore = Math.max(0, ...deputyCounts);
    if (deputies > maxBefore && contributorIds.length >= 2) {
      const rule = checker.rule('merge.deputy-grace-period', 'grace-period');
      const deadline: IssueParamValue = rule === undefined ? null : addYearsToIsoDate(analysis.effectiveOn, rule.version.params.years);
      checker.add('plan_deputies_may_exceed', {
        path,
        unitIds: [result.id],
        params: { unitId: result.id, deputies, maxBefore, deadline },
        ...(rule === undefined ? {} : basisOf(rule)),
      });
    }
  });
}

// ── conversions ─────────────────────────────────────────────────────────────────────────────────

function checkConversions(checker: Checker): void {
  const { analysis } = checker;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type !== 'convert') return;
    const unit = analysis.index.unitsById.get(operation.unitId);
    if (unit === undefined) return;
    const path = ['operations', operationIndex];
    if (unit.kind !== 'public-service-unit') {
      checker.add('plan_convert_not_public_service', { path, unitIds: [unit.id], params: { unitId: unit.id, kind: unit.kind } });
    } else if (operation.autonomyGroup !== undefined && unit.autonomyGroup === operation.autonomyGroup) {
      checker.add('plan_convert_no_change', { path, unitIds: [unit.id], params: { unitId: unit.id, autonomyGroup: operation.autonomyGroup } });
    }
  });
}

/** Runs every check over an analysed plan. @internal */
export function validateAnalysedPlan(analysis: PlanAnalysis, rulebook: Rulebook): Result<void> {
  const checker = new Checker(analysis, rulebook);
  const hierarchy = checker.rule('structure.area-hierarchy', 'area-hierarchy', 'error');
  checkReferences(checker);
  checkShares(checker);
  checkConservation(checker, hierarchy);
  checkLevels(checker, hierarchy);
  checkFamilies(checker);
  checkLocality(checker);
  for (const result of findAreaResults(analysis)) checkAreaResult(checker, result);
  checkStaffingAndDeputies(checker);
  checkConversions(checker);
  return toResult(checker.issues);
}

/**
 * Checks a reorganisation plan (đề án sắp xếp) against a structure and the law of the plan's
 * date: references (every unit exists and is in force the day before and on `effectiveOn`, new
 * ids are fresh, nothing is ended twice, shares add up), conservation (no orphaned child unit,
 * organisation or post), levels (one level per operation; nothing created at a level that does not
 * exist on the date), families (party with party …, except the cross-family consolidations a rule
 * in force permits), locality (organisations within one area; areas within the area holding the
 * result, as it stands after the plan), area standards of the date (households of villages,
 * population and area of communes and provinces, the 2025 directions), staffing (quota not above
 * the sources', surplus with its deadline) and deputies (may exceed at a merger, with the deadline).
 * A dissolved unit's successor may stand at another level (a district's duties go to the province),
 * and a unit formed only as such a successor counts as formed from the dissolved unit.
 *
 * Rules behind a check are looked up on `effectiveOn`; when the rulebook has no version for the
 * date, `rule_not_in_force` is reported (as an error for the area hierarchy, as a warning for the
 * others, whose check is then skipped). Each issue carries the rule id, citation and verification.
 *
 * @param structure - The structure the plan applies to (treated as immutable).
 * @param plan - A parsed plan (see `parsePlan`).
 * @param options - `rulebook` (default `defaultRulebook`).
 * @returns A report; `ok` when no issue is an error.
 * @throws {TypeError} When `plan` has no `operations` array or `effectiveOn` is not an ISO date string.
 * @example
 * ```ts
 * const report = validatePlan(kyAnhTown2018, {
 *   effectiveOn: isoDate('2019-01-01'),
 *   operations: [{ type: 'consolidate', sourceIds: ['vp-dang-uy-xa-ky-nam', 'vp-ubnd-xa-ky-nam'],
 *     newUnit: { id: 'vp-xa-ky-nam', kind: 'party-office', name: { vi: 'Văn phòng xã Kỳ Nam' }, areaId: 'xa-ky-nam' } }],
 * });
 * report.issues.map((issue) => issue.code); //=> ['plan_family_mismatch']
 * ```
 * @see Nghị quyết 76/2025/UBTVQH15, Kết luận 34-KL/TW, Thông báo 16-TB/TW, Thông tư 04/2012/TT-BNV as amended
 * @category Plan
 */
export function validatePlan(structure: Structure, plan: Plan, options: ValidatePlanOptions = {}): Result<void> {
  assertPlan(plan);
  return validateAnalysedPlan(analysePlan(structure, plan), options.rulebook ?? defaultRulebook);
}

/** Throws on a plan that is not even shaped like one (a caller's contract breach). @internal */
export function assertPlan(plan: Plan): void {
  if (plan === null || typeof plan !== 'object' || !Array.isArray(plan.operations)) {
    throw new TypeError('[tinh-gon] validatePlan: `plan.operations` must be an array (parse input with parsePlan)');
  }
  assertIsoDate(plan.effectiveOn, 'validatePlan: `plan.effectiveOn`');
}
