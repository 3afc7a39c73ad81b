import type { AreaKind } from '../../model/kinds.js';
import { type Bilingual, joinBilingual } from '../../core/Bilingual.js';
import { STAFF_CATEGORIES, type StaffCategory } from '../../model/roles.js';
import type { Organisation } from '../../model/Structure.js';
import { kindLabel, ruleTitleParams } from '../labels.js';
import type { StructureCheck } from '../StructureCheckContext.js';
import { apparatusOf, basisOf, rulesInForce } from './apparatus.js';

const MEASURE = {
  quota: { vi: 'biên chế được giao', en: 'quota' },
  actual: { vi: 'có mặt', en: 'in post' },
} as const;

/** The categories counted, named in each language: `công chức, viên chức` / `civil servant, public employee`. */
function categoryLabel(categories: readonly StaffCategory[]): Bilingual {
  return joinBilingual(categories.map((category) => STAFF_CATEGORIES[category]));
}

/**
 * How many staff some bodies of a commune have (rules of type `commune-staff-range`, Hướng dẫn
 * 31-HD/BTCTW): for each commune-level area in force, the staff of the rule's `categories` in the
 * organisations in force of its `bodies` serving it are summed, the quota where any of them gives
 * one, else the headcount in post. Above `max` (or `maxWithPoliticalCentre` where a public service
 * unit of sector `political-training` serves the commune) is a finding: an error when the rule is
 * a cap, a warning when it says "about" (`approximate`); below `min` an info. A commune none of
 * whose counted bodies records staff is not judged.
 * @internal
 */
export const communeStaffRange: StructureCheck = {
  id: 'commune-staff-range',
  run(context) {
    const rules = rulesInForce(context, 'commune-staff-range');
    if (rules.length === 0) return;
    const { structure, issues } = context;
    const { units } = structure;
    const apparatus = apparatusOf(context);
    for (const [areaPosition, level] of apparatus.levelOf) {
      if (level !== 'commune') continue;
      const serving = (apparatus.servingArea.get(areaPosition) ?? []).map((position) => units[position] as Organisation);
      if (serving.length === 0) continue;
      const area = units[areaPosition] as (typeof units)[number];
      const politicalCentre = serving.some((unit) => unit.kind === 'public-service-unit' && unit.sector === 'political-training');
      for (const inForce of rules) {
        const { bodies, categories, min, max, maxWithPoliticalCentre, approximate } = inForce.version.params;
        const counted = serving.filter((unit) => (bodies as readonly string[]).includes(unit.kind));
        const measure = counted.some((unit) => categories.some((category) => unit.staffing?.quota?.[category] !== undefined)) ? 'quota' : 'actual';
        let total = 0;
        let recorded = false;
        for (const unit of counted) {
          for (const category of categories) {
            const value = unit.staffing?.[measure]?.[category];
            if (value === undefined) continue;
            total += value;
            recorded = true;
          }
        }
        if (!recorded) continue;
        const cap = politicalCentre && maxWithPoliticalCentre !== undefined ? maxWithPoliticalCentre : max;
        const params = {
          areaId: area.id,
          total,
          category: categoryLabel(categories),
          measure: MEASURE[measure],
          bodies: joinBilingual(bodies.map(kindLabel)),
          ...ruleTitleParams(inForce),
          kind: kindLabel(area.kind as AreaKind),
        };
        const common = { path: ['units', areaPosition], unitIds: [area.id, ...counted.map((unit) => unit.id)], ...basisOf(inForce) };
        if (total > cap) issues.add('structure_commune_staff_above_range', { ...common, severity: approximate ? 'warning' : 'error', params: { ...params, max: cap } });
        else if (min !== undefined && total < min) issues.add('structure_commune_staff_below_range', { ...common, params: { ...params, min } });
      }
    }
  },
};
