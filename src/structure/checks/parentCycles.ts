import type { StructureCheck } from '../StructureCheckContext.js';

/** Parent links form no cycle: one `parent_cycle` per cycle, naming its units in order. @internal */
export const parentCycles: StructureCheck = {
  id: 'parent-cycles',
  run({ structure, tree, issues }) {
    const { units } = structure;
    for (const cycle of tree.cycles) {
      const ids = cycle.map((position) => (units[position] as (typeof units)[number]).id);
      issues.add('parent_cycle', { unitIds: ids, params: { cycle: ids } });
    }
  },
};
