/**
 * Hand-written baseline of `validateStructure`: the same checks in plain loops over the same
 * structure. Ids resolve through one `Map` (first id wins, as in the library); references
 * (parent, area, person, unit) resolve; intervals are not reversed; parent cycles are found with
 * one colouring walk over typed arrays; the `structure.area-hierarchy` rule in force says which
 * area kinds exist and under which parents; organisations sit under allowed parent kinds and inside
 * their parent's area; parents are in force; posts lie within their unit's validity; actual
 * headcounts above quota are warned about. Issues are plain `{ code, unitId }` records (messages
 * are rendered late), so the bench checks that both find the same number of each code.
 */
import {
  type AreaKind,
  type Assignment,
  findRule,
  isAreaKind,
  type IsoDate,
  ORGANISATION_PARENT_KINDS,
  type OrganisationKind,
  type Rulebook,
  STAFF_CATEGORY_LIST,
  type Structure,
  type Unit,
} from '../../src/index.js';

/** An issue found by a baseline: its code and the unit (or post) it is about. */
export interface HandIssue {
  readonly code: string;
  readonly id?: string;
}

/** The law the baseline applies: parents allowed per area kind on the date (`undefined`: rule not in force). */
export interface HierarchyLaw {
  readonly parents: Readonly<Partial<Record<AreaKind, readonly AreaKind[]>>> | undefined;
}

/**
 * The area-hierarchy rule in force on a date, read once (outside the timed work).
 *
 * @param rulebook - The rulebook.
 * @param asOf - The date.
 * @returns The parents table, or `undefined` when no version is in force.
 */
export function readHierarchyLaw(rulebook: Rulebook, asOf: IsoDate): HierarchyLaw {
  const found = findRule(rulebook, 'structure.area-hierarchy', asOf, { type: 'area-hierarchy' });
  return { parents: found.ok ? (found.inForce.version.params.parents as HierarchyLaw['parents']) : undefined };
}

function inForce(from: string, to: string | undefined, asOf: string): boolean {
  return from <= asOf && (to === undefined || asOf < to);
}

/**
 * Validates a structure by hand (the baseline of `validateStructure`).
 *
 * @param structure - A parsed structure.
 * @param asOf - The date.
 * @param law - The hierarchy rule in force (see {@link readHierarchyLaw}).
 * @returns Every issue, as `{ code, id }`.
 */
export function validateStructureByHand(structure: Structure, asOf: IsoDate, law: HierarchyLaw): HandIssue[] {
  const { units, people, assignments } = structure;
  const issues: HandIssue[] = [];
  const parents = law.parents;
  if (parents === undefined) issues.push({ code: 'rule_not_in_force' });

  // one map from id to position (the first unit of an id wins)
  const positionOf = new Map<string, number>();
  for (let i = 0; i < units.length; i += 1) {
    const id = (units[i] as Unit).id;
    if (!positionOf.has(id)) positionOf.set(id, i);
  }
  const unitOf = (id: string): Unit | undefined => {
    const position = positionOf.get(id);
    return position === undefined ? undefined : units[position];
  };
  const parentOf = new Int32Array(units.length).fill(-1);

  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i] as Unit;
    if (unit.to !== undefined && unit.to <= unit.from) issues.push({ code: 'interval_reversed', id: unit.id });
    let parent: Unit | undefined;
    if (unit.parentId !== undefined) {
      const position = positionOf.get(unit.parentId);
      if (position === undefined) issues.push({ code: 'unknown_reference', id: unit.id });
      else {
        parent = units[position];
        if (positionOf.get(unit.id) === i) parentOf[i] = position;
      }
    }
    const unitIsArea = isAreaKind(unit.kind);
    let area: Unit | undefined;
    if (!unitIsArea) {
      const areaId = (unit as { areaId: string }).areaId;
      area = unitOf(areaId);
      if (area === undefined) issues.push({ code: 'unknown_reference', id: unit.id });
      else if (!isAreaKind(area.kind)) {
        issues.push({ code: 'area_reference_not_area', id: unit.id });
        area = undefined;
      }
    }
    if (!inForce(unit.from, unit.to, asOf)) continue;
    if (parent !== undefined && !inForce(parent.from, parent.to, asOf)) issues.push({ code: 'parent_not_in_force', id: unit.id });
    if (unitIsArea) {
      if (parents === undefined) continue;
      const allowed = parents[unit.kind as AreaKind];
      if (allowed === undefined) issues.push({ code: 'kind_not_in_force', id: unit.id });
      else if (parent !== undefined && !(isAreaKind(parent.kind) && allowed.includes(parent.kind as AreaKind))) {
        issues.push({ code: 'parent_kind_not_allowed', id: unit.id });
      }
      continue;
    }
    if (area !== undefined && parents !== undefined && parents[area.kind as AreaKind] === undefined) {
      issues.push({ code: 'kind_not_in_force', id: unit.id });
    }
    if (parent === undefined) continue;
    const allowedParents = ORGANISATION_PARENT_KINDS[unit.kind as OrganisationKind];
    const parentIsOrganisation = !isAreaKind(parent.kind);
    if (!parentIsOrganisation || (allowedParents !== 'any-organisation' && !allowedParents.includes(parent.kind as OrganisationKind))) {
      issues.push({ code: 'parent_kind_not_allowed', id: unit.id });
    } else if (area !== undefined) {
      // the organisation's area must lie within its parent's area: walk up from the area
      const outer = (parent as { areaId: string }).areaId;
      let current: string | undefined = area.id;
      let steps = positionOf.size + 1;
      while (current !== undefined && current !== outer && steps > 0) {
        const position = positionOf.get(current);
        current = position === undefined ? undefined : (units[position] as Unit).parentId;
        steps -= 1;
      }
      if (current !== outer) issues.push({ code: 'organisation_outside_parent_area', id: unit.id });
    }
  }

  // parent cycles: colour each walk (0 unseen, 1 on this walk, 2 done)
  const state = new Uint8Array(units.length);
  for (const start of positionOf.values()) {
    if (state[start] !== 0) continue;
    let current = start;
    while (current >= 0 && state[current] === 0) {
      state[current] = 1;
      current = parentOf[current] as number;
    }
    if (current >= 0 && state[current] === 1) issues.push({ code: 'parent_cycle', id: (units[current] as Unit).id });
    for (let walk = start; walk >= 0 && state[walk] === 1; walk = parentOf[walk] as number) state[walk] = 2;
  }

  const personIds = new Set<string>();
  for (const person of people) personIds.add(person.id);
  for (let i = 0; i < assignments.length; i += 1) {
    const assignment = assignments[i] as Assignment;
    if (assignment.to !== undefined && assignment.to <= assignment.from) issues.push({ code: 'interval_reversed', id: assignment.unitId });
    if (!personIds.has(assignment.personId)) issues.push({ code: 'unknown_reference', id: assignment.unitId });
    const unit = unitOf(assignment.unitId);
    if (unit === undefined) issues.push({ code: 'unknown_reference', id: assignment.unitId });
    else if (
      assignment.from < unit.from ||
      (unit.to !== undefined && (assignment.to === undefined || assignment.to > unit.to))
    ) {
      issues.push({ code: 'assignment_outside_unit', id: unit.id });
    }
  }

  for (const unit of units) {
    if (isAreaKind(unit.kind) || !inForce(unit.from, unit.to, asOf)) continue;
    const staffing = (unit as { staffing?: { quota?: Record<string, number | undefined>; actual?: Record<string, number | undefined> } }).staffing;
    if (staffing?.quota === undefined || staffing.actual === undefined) continue;
    for (const category of STAFF_CATEGORY_LIST) {
      const quota = staffing.quota[category];
      const actual = staffing.actual[category];
      if (quota !== undefined && actual !== undefined && actual > quota) issues.push({ code: 'staffing_actual_above_quota', id: unit.id });
    }
  }
  return issues;
}
