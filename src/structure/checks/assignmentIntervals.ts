import { postName } from '../../model/roles.js';
import type { StructureCheck } from '../StructureCheckContext.js';

/**
 * Every assignment ends after it starts (`interval_reversed`) and lies within its unit's
 * validity (`assignment_outside_unit`).
 * @internal
 */
export const assignmentIntervals: StructureCheck = {
  id: 'assignment-intervals',
  run({ structure, assignmentUnitPositions, issues }) {
    const { assignments, units } = structure;
    for (let position = 0; position < assignments.length; position += 1) {
      const assignment = assignments[position] as (typeof assignments)[number];
      const { from, to } = assignment;
      if (to !== undefined && to <= from) {
        const ownerId = assignment.id ?? `${assignment.personId}@${assignment.unitId}`;
        issues.add('interval_reversed', { path: ['assignments', position], params: { ownerId, from, to } });
      }
      const unitPosition = assignmentUnitPositions[position] as number;
      if (unitPosition < 0) continue;
      const unit = units[unitPosition] as (typeof units)[number];
      const within = from >= unit.from && (unit.to === undefined || (to !== undefined && to <= unit.to));
      if (within) continue;
      issues.add('assignment_outside_unit', {
        path: ['assignments', position],
        unitIds: [unit.id],
        personIds: [assignment.personId],
        params: { personId: assignment.personId, role: assignment.role, unitId: unit.id, from, to: to ?? '…', unitFrom: unit.from, unitTo: unit.to ?? '…' },
        // the post names the unit: its id alone follows it
        labels: { post: postName(assignment.role, unit.name), unitId: unit.id },
      });
    }
  },
};
