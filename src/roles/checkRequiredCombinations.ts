import { isInForce } from '../core/Interval.js';
import { isArea } from '../model/indexStructure.js';
import { type Level, getAreaLevel } from '../model/kinds.js';
import type { Unit } from '../model/Structure.js';
import { checkRequiredInArea } from './checkRequiredInArea.js';
import type { IssueSink } from './IssueSink.js';
import type { RolesContext } from './RolesContext.js';
import { compareText } from '../core/compareText.js';

/**
 * The area-by-area part of the concurrent-role check: for every area in force (in id order) and
 * every `required` combination rule of the date, a `role_combination_missing` warning where the
 * area has the units but nobody holds the posts together.
 * @internal
 */
export function checkRequiredCombinations(context: RolesContext, sink: IssueSink): void {
  if (!context.wants('warning')) return;
  const required = context.combinations.filter((inForce) => inForce.version.strength === 'required');
  if (required.length === 0) return;
  // only areas at a level some required rule speaks of (communes, not the 90,000 villages)
  const levels = new Set<Level>(required.flatMap((inForce) => inForce.version.params.levels));
  const areas: Unit[] = context.structure.units.filter(
    (unit) => isArea(unit) && levels.has(getAreaLevel(unit.kind)) && isInForce(unit, context.asOf),
  );
  areas.sort((a, b) => compareText(a.id, b.id));
  for (const area of areas) {
    for (const inForce of required) {
      const issue = checkRequiredInArea(context, inForce, area);
      if (issue !== undefined) sink.add(issue);
    }
  }
}
