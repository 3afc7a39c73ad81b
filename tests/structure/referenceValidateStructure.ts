/**
 * The reference: `validateStructure` as it was before it became a list of checks (one loop per
 * unit, the naive walk up the parents), kept as an oracle for the property test that the checks
 * find the same issues. Quadratic on deep chains and cycles: small inputs only.
 */
import { createIssue } from '../../src/report/createIssue.js';

import type { Issue } from '../../src/report/Issue.js';

import { defaultRulebook } from '../../src/rules/defaultRulebook.js';
import { findRule } from '../../src/rules/findRule.js';
import type { Rulebook } from '../../src/rules/Rule.js';
import { isInForce, within } from '../../src/core/Interval.js';
import type { IsoDate } from '../../src/core/IsoDate.js';
import { indexStructure, isArea } from '../../src/model/indexStructure.js';
import { type AreaKind, type Level, ORGANISATION_PARENT_KINDS, UNIT_KINDS, type UnitKind, getAreaLevel, type OrganisationKind } from '../../src/model/kinds.js';
import { ROLES, STAFF_CATEGORIES, STAFF_CATEGORY_LIST } from '../../src/model/roles.js';

/** The title said before a unit's name, written out here on its own (not the library's table). */
const TITLE_VI: Readonly<Record<string, string>> = {
  secretary: 'bí thư',
  standingDeputySecretary: 'phó bí thư thường trực',
  deputySecretary: 'phó bí thư',
  standingCommitteeMember: 'ủy viên ban thường vụ',
  committeeMember: 'ủy viên ban chấp hành',
  chair: 'chủ tịch',
  standingViceChair: 'phó chủ tịch thường trực',
  viceChair: 'phó chủ tịch',
  head: 'trưởng',
  deputyHead: 'phó trưởng',
  director: 'giám đốc',
  deputyDirector: 'phó giám đốc',
  villageHead: 'trưởng',
  frontCommitteeHead: 'trưởng',
  member: 'thành viên',
  staff: 'cán bộ',
};

function referencePostName(role: string, name: { readonly vi: string; readonly en?: string | undefined }): { vi: string; en: string } {
  const titleEn = Object.hasOwn(ROLES, role) ? ROLES[role as keyof typeof ROLES].en : role;
  return { vi: `${Object.hasOwn(TITLE_VI, role) ? TITLE_VI[role] : role} ${name.vi}`, en: `${titleEn} of ${name.en ?? name.vi}` };
}
import type { Organisation, Structure, Unit } from '../../src/model/Structure.js';
import { type Result, toResult } from '../../src/report/Result.js';

/**
 * Options of the reference.
 *
 * @example
 * ```ts
 * const options: ValidateStructureOptions = { asOf: isoDate('2018-06-01') };
 * ```
 * @category Model
 */
interface ValidateStructureOptions {
  /** The date whose law applies: which kinds exist, which parents are allowed. */
  readonly asOf: IsoDate;
  /** Defaults to `defaultRulebook`. */
  readonly rulebook?: Rulebook;
}

const HIERARCHY_RULE = 'structure.area-hierarchy';

const LEVEL_LABELS: Record<Level, { vi: string; en: string }> = {
  central: { vi: 'trung ương', en: 'central' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  village: { vi: 'thôn', en: 'village' },
};

const kindLabel = (kind: UnitKind) => UNIT_KINDS[kind].label;

function isWithinArea(structure: Structure, innerId: string, outerId: string): boolean {
  if (innerId === outerId) return true;
  const { unitsById } = indexStructure(structure);
  // walk up without allocating; a cycle cannot be longer than the number of units
  let steps = unitsById.size;
  let parentId = unitsById.get(innerId)?.parentId;
  while (parentId !== undefined && steps > 0) {
    if (parentId === outerId) return true;
    parentId = unitsById.get(parentId)?.parentId;
    steps -= 1;
  }
  return false;
}

function findCycles(structure: Structure): string[][] {
  const { units } = structure;
  const { unitsById } = indexStructure(structure);
  // positions of the first unit of each id, and of each unit's parent (-1 when none or unknown)
  const positionById = new Map<string, number>();
  units.forEach((unit, position) => {
    if (unitsById.get(unit.id) === unit) positionById.set(unit.id, position);
  });
  const parentOf = new Int32Array(units.length).fill(-1);
  units.forEach((unit, position) => {
    if (unit.parentId !== undefined) parentOf[position] = positionById.get(unit.parentId) ?? -1;
  });
  const state = new Uint8Array(units.length); // 0 = unseen, 1 = on the current walk, 2 = done
  const cycles: string[][] = [];
  const walk: number[] = [];
  for (const start of positionById.values()) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let current = start;
    while (current >= 0 && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = parentOf[current] ?? -1;
    }
    if (current >= 0 && state[current] === 1) {
      cycles.push(walk.slice(walk.indexOf(current)).map((position) => (units[position] as Unit).id));
    }
    for (const position of walk) state[position] = 2;
  }
  return cycles;
}

/**
 * Checks a structure against the law of a date: references (parents, areas, people, units),
 * parent cycles, reversed intervals, area kinds that do not exist on the date (no district level
 * on or after 2025-07-01) and parents of the wrong kind, organisations outside their parent's
 * area, parents not in force, posts held outside the unit's validity, and (as warnings) actual
 * headcounts above quota. Linear in the size of the structure.
 *
 * @param structure - A parsed structure.
 * @param options - `asOf` and the rulebook.
 * @returns A report collecting every issue.
 * @example
 * ```ts
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2018-10-01') }).ok; //=> true
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2025-07-01') }).issues
 *   .some((issue) => issue.code === 'kind_not_in_force'); //=> true
 * ```
 * @category Model
 */
export function referenceValidateStructure(structure: Structure, options: ValidateStructureOptions): Result<void> {
  const { asOf } = options;
  const rulebook = options.rulebook ?? defaultRulebook;
  const index = indexStructure(structure);
  const { unitsById } = index;
  const issues: Issue[] = [];

  const hierarchy = findRule(rulebook, HIERARCHY_RULE, asOf, { type: 'area-hierarchy' });
  if (!hierarchy.ok) issues.push(hierarchy.issue);
  const parents = hierarchy.ok ? hierarchy.inForce.version.params.parents : undefined;
  const ruleContext = hierarchy.ok
    ? { ruleId: HIERARCHY_RULE, citation: hierarchy.inForce.version.citation, verification: hierarchy.inForce.verification }
    : {};

  structure.units.forEach((unit, position) => {
    const path = ['units', position];
    if (unit.to !== undefined && unit.to <= unit.from) {
      issues.push(createIssue('interval_reversed', { path, unitIds: [unit.id], params: { ownerId: unit.id, from: unit.from, to: unit.to } }));
    }
    const parent = unit.parentId === undefined ? undefined : unitsById.get(unit.parentId);
    if (unit.parentId !== undefined && parent === undefined) {
      issues.push(
        createIssue('unknown_reference', {
          path: [...path, 'parentId'],
          unitIds: [unit.id],
          params: { field: 'parentId', ownerId: unit.id, targetId: unit.parentId },
        }),
      );
    }
    let area: Unit | undefined;
    if (!isArea(unit)) {
      area = unitsById.get(unit.areaId);
      if (area === undefined) {
        issues.push(
          createIssue('unknown_reference', {
            path: [...path, 'areaId'],
            unitIds: [unit.id],
            params: { field: 'areaId', ownerId: unit.id, targetId: unit.areaId },
          }),
        );
      } else if (!isArea(area)) {
        issues.push(
          createIssue('area_reference_not_area', {
            path: [...path, 'areaId'],
            unitIds: [unit.id, area.id],
            params: { unitId: unit.id, areaId: area.id, areaKind: area.kind },
            labels: { areaKind: kindLabel(area.kind) },
          }),
        );
        area = undefined;
      }
    }
    if (!isInForce(unit, asOf)) return;

    if (parent !== undefined && !isInForce(parent, asOf)) {
      issues.push(
        createIssue('parent_not_in_force', { path: [...path, 'parentId'], unitIds: [unit.id, parent.id], params: { unitId: unit.id, parentId: parent.id, asOf } }),
      );
    }
    if (isArea(unit)) {
      if (parents === undefined) return;
      const allowed = parents[unit.kind];
      if (allowed === undefined) {
        issues.push(
          createIssue('kind_not_in_force', {
            path: [...path, 'kind'],
            unitIds: [unit.id],
            params: { kind: kindLabel(unit.kind), level: LEVEL_LABELS[getAreaLevel(unit.kind)], asOf, unitId: unit.id },
            ...ruleContext,
          }),
        );
      } else if (parent !== undefined && !(isArea(parent) && allowed.includes(parent.kind as AreaKind))) {
        issues.push(
          createIssue('parent_kind_not_allowed', {
            path: [...path, 'parentId'],
            unitIds: [unit.id, parent.id],
            params: { unitId: unit.id, kind: kindLabel(unit.kind), parentId: parent.id, parentKind: kindLabel(parent.kind), asOf },
            ...ruleContext,
          }),
        );
      }
      return;
    }
    const organisation = unit as Organisation;
    if (area !== undefined && isArea(area) && parents !== undefined && parents[area.kind] === undefined) {
      issues.push(
        createIssue('kind_not_in_force', {
          path: [...path, 'areaId'],
          unitIds: [unit.id, area.id],
          params: { kind: kindLabel(area.kind), level: LEVEL_LABELS[getAreaLevel(area.kind)], asOf, unitId: unit.id },
          ...ruleContext,
        }),
      );
    }
    if (parent === undefined) return;
    const allowedParents = ORGANISATION_PARENT_KINDS[organisation.kind as OrganisationKind];
    const parentIsAllowed =
      !isArea(parent) && (allowedParents === 'any-organisation' || allowedParents.includes(parent.kind as OrganisationKind));
    if (!parentIsAllowed) {
      issues.push(
        createIssue('parent_kind_not_allowed', {
          path: [...path, 'parentId'],
          unitIds: [unit.id, parent.id],
          params: { unitId: unit.id, kind: kindLabel(unit.kind), parentId: parent.id, parentKind: kindLabel(parent.kind), asOf },
        }),
      );
    } else if (!isArea(parent) && area !== undefined && !isWithinArea(structure, area.id, (parent as Organisation).areaId)) {
      issues.push(
        createIssue('organisation_outside_parent_area', {
          path: [...path, 'areaId'],
          unitIds: [unit.id, parent.id],
          params: { unitId: unit.id, areaId: area.id, parentAreaId: (parent as Organisation).areaId, parentId: parent.id },
        }),
      );
    }
  });

  for (const cycle of findCycles(structure)) {
    issues.push(createIssue('parent_cycle', { unitIds: cycle, params: { cycle } }));
  }

  structure.assignments.forEach((assignment, position) => {
    const path = ['assignments', position];
    const owner = assignment.id ?? `${assignment.personId}@${assignment.unitId}`;
    if (assignment.to !== undefined && assignment.to <= assignment.from) {
      issues.push(createIssue('interval_reversed', { path, params: { ownerId: owner, from: assignment.from, to: assignment.to } }));
    }
    if (!index.peopleById.has(assignment.personId)) {
      issues.push(
        createIssue('unknown_reference', {
          path: [...path, 'personId'],
          params: { field: 'personId', ownerId: owner, targetId: assignment.personId },
        }),
      );
    }
    const unit = unitsById.get(assignment.unitId);
    if (unit === undefined) {
      issues.push(
        createIssue('unknown_reference', {
          path: [...path, 'unitId'],
          params: { field: 'unitId', ownerId: owner, targetId: assignment.unitId },
        }),
      );
    } else if (!within(unit, assignment)) {
      issues.push(
        createIssue('assignment_outside_unit', {
          path,
          unitIds: [unit.id],
          personIds: [assignment.personId],
          params: {
            personId: assignment.personId,
            role: assignment.role,
            unitId: unit.id,
            from: assignment.from,
            to: assignment.to ?? '…',
            unitFrom: unit.from,
            unitTo: unit.to ?? '…',
          },
          // the post by its title and the unit's name in each language (the role id itself when the catalogue has none)
          labels: { post: referencePostName(assignment.role, unit.name) },
        }),
      );
    }
  });

  structure.units.forEach((unit, position) => {
    if (isArea(unit) || !isInForce(unit, asOf)) return;
    const { staffing } = unit as Organisation;
    if (staffing?.quota === undefined || staffing.actual === undefined) return;
    for (const category of STAFF_CATEGORY_LIST) {
      const quota = staffing.quota[category];
      const actual = staffing.actual[category];
      if (quota !== undefined && actual !== undefined && actual > quota) {
        issues.push(
          createIssue('staffing_actual_above_quota', {
            path: ['units', position, 'staffing', 'actual', category],
            unitIds: [unit.id],
            params: { unitId: unit.id, actual, quota, category },
            labels: { category: STAFF_CATEGORIES[category] },
          }),
        );
      }
    }
  });
  return toResult(issues);
}
