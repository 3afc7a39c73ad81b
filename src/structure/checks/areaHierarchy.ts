import { type AreaKind, getAreaLevel } from '../../model/kinds.js';
import { LEVEL_LABELS, kindLabel } from '../labels.js';
import type { StructureCheck } from '../StructureCheckContext.js';

/**
 * The area hierarchy of the date (rule `structure.area-hierarchy`): every area in force is of a
 * kind that exists on the date (`kind_not_in_force`: no district level from 2025-07-01) and sits
 * under a kind it may sit under (`parent_kind_not_allowed`); an organisation in force does not
 * serve an area of a kind that no longer exists (`kind_not_in_force`).
 * @internal
 */
export const areaHierarchy: StructureCheck = {
  id: 'area-hierarchy',
  run({ structure, asOf, hierarchy, parentPositions, areaPositions, isArea, inForce, issues }) {
    if (hierarchy === undefined) return;
    const { parents, basis } = hierarchy;
    const { units } = structure;
    for (let position = 0; position < units.length; position += 1) {
      if (inForce[position] === 0) continue;
      const unit = units[position] as (typeof units)[number];
      if (isArea[position] === 1) {
        const kind = unit.kind as AreaKind;
        const allowed = parents[kind];
        const parentPosition = parentPositions[position] as number;
        if (allowed === undefined) {
          issues.add('kind_not_in_force', {
            path: ['units', position, 'kind'],
            unitIds: [unit.id],
            params: { kind: kindLabel(kind), level: LEVEL_LABELS[getAreaLevel(kind)], asOf, unitId: unit.id },
            ...basis,
          });
        } else if (parentPosition >= 0) {
          const parent = units[parentPosition] as (typeof units)[number];
          if (!(isArea[parentPosition] === 1 && allowed.includes(parent.kind as AreaKind))) {
            issues.add('parent_kind_not_allowed', {
              path: ['units', position, 'parentId'],
              unitIds: [unit.id, parent.id],
              params: { unitId: unit.id, kind: kindLabel(unit.kind), parentId: parent.id, parentKind: kindLabel(parent.kind), asOf },
              ...basis,
            });
          }
        }
        continue;
      }
      const areaPosition = areaPositions[position] as number;
      if (areaPosition < 0) continue;
      if (isArea[areaPosition] === 0) continue;
      const area = units[areaPosition] as (typeof units)[number] & { kind: AreaKind };
      if (parents[area.kind] === undefined) {
        issues.add('kind_not_in_force', {
          path: ['units', position, 'areaId'],
          unitIds: [unit.id, area.id],
          params: { kind: kindLabel(area.kind), level: LEVEL_LABELS[getAreaLevel(area.kind)], asOf, unitId: unit.id },
          ...basis,
        });
      }
    }
  },
};
