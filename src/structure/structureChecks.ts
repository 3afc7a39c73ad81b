import { areaHierarchy } from './checks/areaHierarchy.js';
import { assignmentIntervals } from './checks/assignmentIntervals.js';
import { assignmentReferences } from './checks/assignmentReferences.js';
import { bodyCountLimit } from './checks/bodyCountLimit.js';
import { communeStaffRange } from './checks/communeStaffRange.js';
import { organisationParents } from './checks/organisationParents.js';
import { parentCycles } from './checks/parentCycles.js';
import { parentsInForce } from './checks/parentsInForce.js';
import { requiredBodies } from './checks/requiredBodies.js';
import { staffCategories } from './checks/staffCategories.js';
import { staffingAboveQuota } from './checks/staffingAboveQuota.js';
import { unitIntervals } from './checks/unitIntervals.js';
import { unitReferences } from './checks/unitReferences.js';
import type { StructureCheck } from './StructureCheckContext.js';

/**
 * The checks of `validateStructure`, in the order their issues are reported (a report is capped
 * at `ISSUE_LIMIT` issues: what comes first is what a reader sees). Each is one file of
 * `checks/`; each reads the shared context (index, resolved parent tree, the date's hierarchy).
 * @internal
 */
export const STRUCTURE_CHECKS: readonly StructureCheck[] = [
  // the shape of the graph first: a report capped by thousands of later issues still shows these
  unitIntervals,
  unitReferences,
  parentCycles,
  parentsInForce,
  areaHierarchy,
  organisationParents,
  assignmentIntervals,
  assignmentReferences,
  staffingAboveQuota,
  // the apparatus of the date (from 2025-07-01): bodies, their number, commune staff, staff categories
  requiredBodies,
  bodyCountLimit,
  communeStaffRange,
  staffCategories,
];
