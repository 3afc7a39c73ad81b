import { z } from 'zod';
import { AREA_KINDS, type AreaKind } from '../../model/kinds.js';

const areaKind = z.enum(AREA_KINDS as [AreaKind, ...AreaKind[]]);

/**
 * Parameter schemas of the structural rule types.
 *
 * - `area-hierarchy`: which area kinds exist on a date, and which kinds each may sit under. A kind
 *   missing from `parents` does not exist in that period (no district level from 2025-07-01).
 * @internal
 */
export const structureRuleParams = {
  'area-hierarchy': z.strictObject({
    parents: z.partialRecord(areaKind, z.array(areaKind)),
  }),
};
