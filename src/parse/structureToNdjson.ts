import { assertArray, describeType } from '../core/assertOptions.js';
import type { Structure, StructureInput } from '../model/Structure.js';

function* lines(structure: StructureInput): Generator<string, void, undefined> {
  for (const unit of structure.units) yield `{"unit":${JSON.stringify(unit)}}\n`;
  for (const person of structure.people ?? []) yield `{"person":${JSON.stringify(person)}}\n`;
  for (const assignment of structure.assignments ?? []) yield `{"assignment":${JSON.stringify(assignment)}}\n`;
}

/**
 * Writes a structure as NDJSON, one record a line, lazily: the inverse of
 * {@link parseStructureStream}, for structures too large for one JSON string. Units come first,
 * then people, then assignments, each line `{"unit": …}`, `{"person": …}` or `{"assignment": …}`
 * ended by `\n`. Only the line being written is held, never the whole text.
 *
 * @param structure - A structure (or a structure input with plain date strings).
 * @returns A generator of lines, each ending in `\n`: hand it to node's `Readable.from`, to
 *   `parseStructureStream`, or join a few thousand at a time into a web stream.
 * @throws {TypeError} When `structure` is not an object or `units` (or `people`, `assignments`
 *   when present) is not an array (at the call, before any line).
 * @example
 * ```ts
 * const structure = {
 *   units: [{ id: 'xa-1', kind: 'commune', name: { vi: 'Xã Một' }, from: '2025-07-01' }],
 *   people: [{ id: 'p1', name: 'Nguyễn Văn A' }],
 *   assignments: [],
 * };
 * [...structureToNdjson(structure)];
 * //=> ['{"unit":{"id":"xa-1","kind":"commune","name":{"vi":"Xã Một"},"from":"2025-07-01"}}\n', '{"person":{"id":"p1","name":"Nguyễn Văn A"}}\n']
 * ```
 * @category Parse
 */
export function structureToNdjson(structure: Structure | StructureInput): Generator<string, void, undefined> {
  if (typeof structure !== 'object' || structure === null || Array.isArray(structure)) {
    throw new TypeError(`[tinh-gon] structureToNdjson: structure must be an object, received ${describeType(structure)}`);
  }
  const input = structure as StructureInput;
  assertArray(input.units, 'structureToNdjson: structure.units');
  if (input.people !== undefined) assertArray(input.people, 'structureToNdjson: structure.people');
  if (input.assignments !== undefined) assertArray(input.assignments, 'structureToNdjson: structure.assignments');
  return lines(input);
}
