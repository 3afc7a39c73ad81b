/**
 * Hand-written baseline of `indexStructure` with all six tables built: units and people by id (first
 * id wins, as in the library), children by parent id, organisations by area id, posts by person and
 * by unit, each a plain `Map` filled in one loop. The library keeps an id → position table and reads
 * records through it; this writes the records into the maps directly. Both answer the sum of the six
 * sizes, which the bench compares.
 */
import { isAreaKind, type Organisation, type Structure } from '../../src/index.js';

function group<T>(into: Map<string, T[]>, key: string | undefined, item: T): void {
  if (key === undefined) return;
  const list = into.get(key);
  if (list === undefined) into.set(key, [item]);
  else list.push(item);
}

/**
 * The six tables of a structure, built by hand.
 *
 * @param structure - A parsed structure.
 * @returns The sum of the six tables' sizes.
 */
export function indexStructureByHand(structure: Structure): number {
  const unitsById = new Map<string, Structure['units'][number]>();
  const childrenById = new Map<string, Structure['units'][number][]>();
  const organisationsByAreaId = new Map<string, Structure['units'][number][]>();
  for (const unit of structure.units) {
    if (!unitsById.has(unit.id)) unitsById.set(unit.id, unit);
    group(childrenById, unit.parentId, unit);
    if (!isAreaKind(unit.kind)) group(organisationsByAreaId, (unit as Organisation).areaId, unit);
  }
  const peopleById = new Map<string, Structure['people'][number]>();
  for (const person of structure.people) if (!peopleById.has(person.id)) peopleById.set(person.id, person);
  const assignmentsByPersonId = new Map<string, Structure['assignments'][number][]>();
  const assignmentsByUnitId = new Map<string, Structure['assignments'][number][]>();
  for (const assignment of structure.assignments) {
    group(assignmentsByPersonId, assignment.personId, assignment);
    group(assignmentsByUnitId, assignment.unitId, assignment);
  }
  return unitsById.size + peopleById.size + childrenById.size + organisationsByAreaId.size + assignmentsByPersonId.size + assignmentsByUnitId.size;
}
