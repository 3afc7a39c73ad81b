import { STAFF_CATEGORIES, STAFF_CATEGORY_LIST } from '../../model/roles.js';
import type { Organisation } from '../../model/Structure.js';
import type { StructureCheck } from '../StructureCheckContext.js';

/** An organisation in force has no more people than its quota, by category (a warning): `staffing_actual_above_quota`. @internal */
export const staffingAboveQuota: StructureCheck = {
  id: 'staffing-above-quota',
  run({ structure, isArea, inForce, issues }) {
    const { units } = structure;
    for (let position = 0; position < units.length; position += 1) {
      if (isArea[position] === 1 || inForce[position] === 0) continue;
      const unit = units[position] as (typeof units)[number];
      const { staffing } = unit as Organisation;
      if (staffing?.quota === undefined || staffing.actual === undefined) continue;
      for (const category of STAFF_CATEGORY_LIST) {
        const quota = staffing.quota[category];
        const actual = staffing.actual[category];
        if (quota !== undefined && actual !== undefined && actual > quota) {
          issues.add('staffing_actual_above_quota', {
            path: ['units', position, 'staffing', 'actual', category],
            unitIds: [unit.id],
            params: { unitId: unit.id, actual, quota, category },
            labels: { category: STAFF_CATEGORIES[category] },
          });
        }
      }
    }
  },
};
