import { LEVEL_LABELS, ruleTitleParams } from '../labels.js';
import { STAFF_CATEGORIES, STAFF_CATEGORY_LIST } from '../../model/roles.js';
import type { Organisation } from '../../model/Structure.js';
import type { StructureCheck } from '../StructureCheckContext.js';
import { apparatusOf, basisOf, rulesInForce } from './apparatus.js';

const MEASURE = {
  quota: { vi: 'biên chế được giao', en: 'quota' },
  actual: { vi: 'có mặt', en: 'in post' },
} as const;

/**
 * Which staff categories exist at a level (rules of type `staff-categories`, Luật 80/2025/QH15):
 * an organisation in force serving an area of that level with a quota or a headcount in a
 * category the rule does not list is a warning (a commune's non-professional posts after
 * 2025-07-01), once per unit, category and measure.
 * @internal
 */
export const staffCategories: StructureCheck = {
  id: 'staff-categories',
  run(context) {
    const rules = rulesInForce(context, 'staff-categories');
    if (rules.length === 0) return;
    const { structure, asOf, issues } = context;
    const { units } = structure;
    const apparatus = apparatusOf(context);
    for (const inForce of rules) {
      const { level, categories } = inForce.version.params;
      const absent = STAFF_CATEGORY_LIST.filter((category) => !categories.includes(category));
      for (const [areaPosition, areaLevel] of apparatus.levelOf) {
        if (areaLevel !== level) continue;
        for (const position of apparatus.servingArea.get(areaPosition) ?? []) {
          const unit = units[position] as Organisation;
          for (const measure of ['quota', 'actual'] as const) {
            for (const category of absent) {
              const count = unit.staffing?.[measure]?.[category];
              if (count === undefined || count === 0) continue;
              issues.add('structure_staff_category_not_in_force', {
                path: ['units', position, 'staffing', measure, category],
                unitIds: [unit.id],
                params: { unitId: unit.id, count, category: STAFF_CATEGORIES[category], measure: MEASURE[measure], level: LEVEL_LABELS[level], ...ruleTitleParams(inForce), asOf },
                ...basisOf(inForce),
              });
            }
          }
        }
      }
    }
  },
};
