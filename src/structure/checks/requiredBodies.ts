import type { AreaKind } from '../../model/kinds.js';
import type { Organisation } from '../../model/Structure.js';
import { kindLabel, ruleTitleParams } from '../labels.js';
import type { StructureCheck } from '../StructureCheckContext.js';
import { apparatusOf, basisOf, isBody, rulesInForce } from './apparatus.js';

/**
 * The bodies an area is organised with (rules of type `required-bodies`, the commune offices and
 * service centre of NĐ 150/2025): each area in force of a listed kind whose government the
 * structure models (a people's committee in force serves it) has, for each body, an organisation
 * in force of its kind and sector; a missing one is a warning naming the body
 * (`structure_body_missing`). Areas whose government is not modelled are not judged.
 * @internal
 */
export const requiredBodies: StructureCheck = {
  id: 'required-bodies',
  run(context) {
    const rules = rulesInForce(context, 'required-bodies');
    if (rules.length === 0) return;
    const { structure, asOf, issues } = context;
    const { units } = structure;
    const apparatus = apparatusOf(context);
    for (const [areaPosition] of apparatus.levelOf) {
      if (!apparatus.governed(areaPosition)) continue;
      const area = units[areaPosition] as (typeof units)[number];
      // Stryker disable next-line ArrayDeclaration: only a governed area gets here, and a governed area has a list (its committee serves it)
      const serving = (apparatus.servingArea.get(areaPosition) ?? []).map((position) => units[position] as Organisation);
      for (const inForce of rules) {
        for (const body of inForce.version.params.bodies) {
          if (!body.areaKinds.includes(area.kind as AreaKind)) continue;
          if (serving.some((unit) => isBody(unit, body.body))) continue;
          issues.add('structure_body_missing', {
            path: ['units', areaPosition],
            unitIds: [area.id],
            params: { areaId: area.id, kind: kindLabel(area.kind), body: body.name, ...ruleTitleParams(inForce), asOf },
            ...basisOf(inForce),
          });
        }
      }
    }
  },
};
