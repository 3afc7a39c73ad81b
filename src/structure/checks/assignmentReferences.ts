import type { StructureCheck } from '../StructureCheckContext.js';

/** Every assignment names a person and a unit of the structure: `unknown_reference`. @internal */
export const assignmentReferences: StructureCheck = {
  id: 'assignment-references',
  run({ structure, index, assignmentUnitPositions, issues }) {
    const { assignments } = structure;
    const people = index.peopleById;
    for (let position = 0; position < assignments.length; position += 1) {
      const assignment = assignments[position] as (typeof assignments)[number];
      const unknownPerson = !people.has(assignment.personId);
      const unknownUnit = assignmentUnitPositions[position] === -1;
      if (!unknownPerson && !unknownUnit) continue;
      // the owner's name is built only for an issue
      const ownerId = assignment.id ?? `${assignment.personId}@${assignment.unitId}`;
      if (unknownPerson) {
        issues.add('unknown_reference', {
          path: ['assignments', position, 'personId'],
          params: { field: 'personId', ownerId, targetId: assignment.personId },
        });
      }
      if (unknownUnit) {
        issues.add('unknown_reference', {
          path: ['assignments', position, 'unitId'],
          params: { field: 'unitId', ownerId, targetId: assignment.unitId },
        });
      }
    }
  },
};
