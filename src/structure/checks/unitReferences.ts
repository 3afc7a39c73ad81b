import { kindLabel } from '../labels.js';
import type { StructureCheck } from '../StructureCheckContext.js';

/**
 * Every `parentId` and `areaId` names a unit of the structure (`unknown_reference`), and every
 * `areaId` names an area (`area_reference_not_area`).
 * @internal
 */
export const unitReferences: StructureCheck = {
  id: 'unit-references',
  run({ structure, parentPositions, areaPositions, isArea, issues }) {
    const { units } = structure;
    for (let position = 0; position < units.length; position += 1) {
      const unit = units[position] as (typeof units)[number];
      if (unit.parentId !== undefined && parentPositions[position] === -1) {
        issues.add('unknown_reference', {
          path: ['units', position, 'parentId'],
          unitIds: [unit.id],
          params: { field: 'parentId', ownerId: unit.id, targetId: unit.parentId },
        });
      }
      if (isArea[position] === 1) continue;
      const areaId = (unit as { areaId: string }).areaId;
      const areaPosition = areaPositions[position] as number;
      if (areaPosition < 0) {
        issues.add('unknown_reference', {
          path: ['units', position, 'areaId'],
          unitIds: [unit.id],
          params: { field: 'areaId', ownerId: unit.id, targetId: areaId },
        });
        continue;
      }
      if (isArea[areaPosition] === 0) {
        const area = units[areaPosition] as (typeof units)[number];
        issues.add('area_reference_not_area', {
          path: ['units', position, 'areaId'],
          unitIds: [unit.id, area.id],
          params: { unitId: unit.id, areaId: area.id, areaKind: area.kind },
          labels: { areaKind: kindLabel(area.kind) },
        });
      }
    }
  },
};
