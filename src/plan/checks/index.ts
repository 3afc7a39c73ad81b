import type { PlanCheck } from '../context.js';
import { checkAreaStandards } from './areaStandards.js';
import { checkConservation } from './conservation.js';
import { checkConversions } from './conversions.js';
import { checkDeputies } from './deputies.js';
import { checkFamilies } from './families.js';
import { checkLevels } from './levels.js';
import { checkLocality } from './locality.js';
import { checkReferences } from './references.js';
import { checkResultStructure } from './resultStructure.js';
import { checkShares } from './shares.js';
import { checkStaffing } from './staffing.js';

/**
 * Every check of a plan, in the order they run (and report). The specific checks come first; the
 * last one applies the plan and runs the structure checks on the result, reporting what the
 * specific checks did not, so that `validatePlan` is closed under apply.
 * @internal
 */
export const planChecks: readonly PlanCheck[] = [
  checkReferences,
  checkShares,
  checkConservation,
  checkLevels,
  checkFamilies,
  checkLocality,
  checkAreaStandards,
  checkStaffing,
  checkDeputies,
  checkConversions,
  checkResultStructure,
];
