import type { Citation, Verification } from '../core/Citation.js';
import type { IsoDate } from '../core/IsoDate.js';
import { type StructureIndex, indexStructure } from '../model/indexStructure.js';
import { type AreaKind, isAreaKind } from '../model/kinds.js';
import type { Structure } from '../model/Structure.js';
import { type UnitTree, getUnitTree } from '../model/unitTree.js';
import type { IssueCollector } from '../report/createIssueCollector.js';
import type { Rulebook } from '../rules/Rule.js';

/**
 * The area hierarchy in force on the date asked: which area kinds exist and what each may sit
 * under, with the basis to cite.
 * @internal
 */
export interface HierarchyInForce {
  /** Allowed parent kinds of each area kind; a kind missing does not exist on the date. */
  readonly parents: Readonly<Partial<Record<AreaKind, readonly AreaKind[]>>>;
  /** What an issue raised under the rule cites. */
  readonly basis: { readonly ruleId: string; readonly citation: Citation; readonly verification: Verification };
}

/**
 * What every structure check reads and writes: the structure and its index, the date and the
 * law of that date, tables shared by several checks (each built once, on first use), and the
 * collector of issues.
 * @internal
 */
export interface StructureCheckContext {
  readonly structure: Structure;
  readonly index: StructureIndex;
  readonly asOf: IsoDate;
  readonly rulebook: Rulebook;
  /** `undefined` when no version of the hierarchy rule is in force (`rule_not_in_force` was reported). */
  readonly hierarchy: HierarchyInForce | undefined;
  readonly issues: IssueCollector;
  /** Parent links resolved over positions, their cycles and the ancestry test. */
  readonly tree: UnitTree;
  /** Per unit position: the position of the unit named by `parentId`, -1 when none or unknown. */
  readonly parentPositions: Int32Array;
  /** Per unit position: 1 when the unit is an area. */
  readonly isArea: Uint8Array;
  /** Per unit position: 1 when the unit is in force on `asOf`. */
  readonly inForce: Uint8Array;
  /** Per unit position: the position of the unit named by `areaId`, -1 for an area or an unknown id. */
  readonly areaPositions: Int32Array;
  /** Per assignment position: the position of its unit, -1 when unknown. */
  readonly assignmentUnitPositions: Int32Array;
}

/**
 * Starts the context of one validation. The shared tables are computed lazily, so a rulebook
 * whose checks need only some of them pays for those.
 * @internal
 */
export function createStructureCheckContext(
  structure: Structure,
  asOf: IsoDate,
  rulebook: Rulebook,
  hierarchy: HierarchyInForce | undefined,
  issues: IssueCollector,
): StructureCheckContext {
  const index = indexStructure(structure);
  let tree: UnitTree | undefined;
  let parentPositions: Int32Array | undefined;
  let isArea: Uint8Array | undefined;
  let inForce: Uint8Array | undefined;
  let areaPositions: Int32Array | undefined;
  let assignmentUnitPositions: Int32Array | undefined;
  return {
    structure,
    index,
    asOf,
    rulebook,
    hierarchy,
    issues,
    get tree() {
      tree ??= getUnitTree(structure, index.unitPositionById);
      return tree;
    },
    get parentPositions() {
      if (parentPositions === undefined) {
        // the tree's links, and those of units shadowed by an earlier unit of their id
        const { parentOf } = this.tree;
        parentPositions = parentOf.slice();
        for (let position = 0; position < parentPositions.length; position += 1) {
          if (parentPositions[position] !== -2) continue;
          const { parentId } = structure.units[position] as Structure['units'][number];
          parentPositions[position] = parentId === undefined ? -1 : (index.unitPositionById.get(parentId) ?? -1);
        }
      }
      return parentPositions;
    },
    get isArea() {
      if (isArea === undefined) {
        const { units } = structure;
        isArea = new Uint8Array(units.length);
        for (let position = 0; position < units.length; position += 1) {
          if (isAreaKind((units[position] as Structure['units'][number]).kind)) isArea[position] = 1;
        }
      }
      return isArea;
    },
    get inForce() {
      if (inForce === undefined) {
        const { units } = structure;
        inForce = new Uint8Array(units.length);
        for (let position = 0; position < units.length; position += 1) {
          const unit = units[position] as Structure['units'][number];
          if (unit.from <= asOf && (unit.to === undefined || asOf < unit.to)) inForce[position] = 1;
        }
      }
      return inForce;
    },
    get areaPositions() {
      if (areaPositions === undefined) {
        const { units } = structure;
        const positions = index.unitPositionById;
        areaPositions = new Int32Array(units.length).fill(-1);
        for (let position = 0; position < units.length; position += 1) {
          const areaId = (units[position] as { areaId?: string }).areaId;
          if (areaId !== undefined) areaPositions[position] = positions.get(areaId) ?? -1;
        }
      }
      return areaPositions;
    },
    get assignmentUnitPositions() {
      if (assignmentUnitPositions === undefined) {
        const { assignments } = structure;
        const positions = index.unitPositionById;
        assignmentUnitPositions = new Int32Array(assignments.length);
        for (let position = 0; position < assignments.length; position += 1) {
          assignmentUnitPositions[position] = positions.get((assignments[position] as Structure['assignments'][number]).unitId) ?? -1;
        }
      }
      return assignmentUnitPositions;
    },
  };
}

/**
 * One rule of `validateStructure`: it reads the context and adds issues to it.
 * @internal
 */
export interface StructureCheck {
  /** A stable name, for people reading the list. */
  readonly id: string;
  readonly run: (context: StructureCheckContext) => void;
}
