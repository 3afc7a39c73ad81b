import type { StructureCheck } from '../StructureCheckContext.js';

/** A unit in force on the date has its parent in force too: `parent_not_in_force`. @internal */
export const parentsInForce: StructureCheck = {
  id: 'parents-in-force',
  run({ structure, asOf, parentPositions, inForce, issues }) {
    const { units } = structure;
    for (let position = 0; position < units.length; position += 1) {
      const parent = parentPositions[position] as number;
      if (inForce[position] === 0 || parent < 0 || inForce[parent] === 1) continue;
      const unit = units[position] as (typeof units)[number];
      const parentId = (units[parent] as (typeof units)[number]).id;
      issues.add('parent_not_in_force', { path: ['units', position, 'parentId'], unitIds: [unit.id, parentId], params: { unitId: unit.id, parentId, asOf } });
    }
  },
};
