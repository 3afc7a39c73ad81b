import { ORGANISATION_PARENT_KINDS, type OrganisationKind } from '../../model/kinds.js';
import { kindLabel } from '../labels.js';
import type { StructureCheck } from '../StructureCheckContext.js';

/**
 * An organisation in force sits under a body of a kind it may belong to
 * (`parent_kind_not_allowed`), and serves an area within its parent's area
 * (`organisation_outside_parent_area`). The second question is answered by the structure's
 * resolved parent tree in constant time, however deep the areas or long a parent cycle.
 * @internal
 */
export const organisationParents: StructureCheck = {
  id: 'organisation-parents',
  run({ structure, asOf, tree, parentPositions, areaPositions, isArea, inForce, issues }) {
    const { units } = structure;
    for (let position = 0; position < units.length; position += 1) {
      const parentPosition = parentPositions[position] as number;
      if (inForce[position] === 0 || parentPosition < 0 || isArea[position] === 1) continue;
      const unit = units[position] as (typeof units)[number];
      const parent = units[parentPosition] as (typeof units)[number];
      const allowedParents = ORGANISATION_PARENT_KINDS[unit.kind as OrganisationKind];
      const parentIsAllowed =
        isArea[parentPosition] === 0 && (allowedParents === 'any-organisation' || allowedParents.includes(parent.kind as OrganisationKind));
      if (!parentIsAllowed) {
        issues.add('parent_kind_not_allowed', {
          path: ['units', position, 'parentId'],
          unitIds: [unit.id, parent.id],
          params: { unitId: unit.id, kind: kindLabel(unit.kind), parentId: parent.id, parentKind: kindLabel(parent.kind), asOf },
        });
        continue;
      }
      const areaPosition = areaPositions[position] as number;
      if (areaPosition < 0 || isArea[areaPosition] === 0) continue;
      const area = units[areaPosition] as (typeof units)[number];
      const parentAreaId = (parent as { areaId: string }).areaId;
      if (!tree.isWithin(area.id, parentAreaId)) {
        issues.add('organisation_outside_parent_area', {
          path: ['units', position, 'areaId'],
          unitIds: [unit.id, parent.id],
          params: { unitId: unit.id, areaId: area.id, parentAreaId, parentId: parent.id },
        });
      }
    }
  },
};
