import type { StructureCheck } from '../StructureCheckContext.js';

/** Every unit ends after it starts (`to > from`): `interval_reversed`. @internal */
export const unitIntervals: StructureCheck = {
  id: 'unit-intervals',
  run({ structure, issues }) {
    const { units } = structure;
    for (let position = 0; position < units.length; position += 1) {
      const unit = units[position] as (typeof units)[number];
      if (unit.to !== undefined && unit.to <= unit.from) {
        issues.add('interval_reversed', { path: ['units', position], unitIds: [unit.id], params: { ownerId: unit.id, from: unit.from, to: unit.to } });
      }
    }
  },
};
