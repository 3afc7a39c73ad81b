import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import { parseWithSchema } from '../report/parseWithSchema.js';
import { type Result, toResult } from '../report/Result.js';
import { structureSchema } from './schema.js';
import type { Structure } from './Structure.js';

/**
 * Reads unknown input (parsed JSON, say) into a typed {@link Structure}: the zod boundary.
 * Names are normalised to Unicode NFC, and so are ids, so that `Kỳ` typed with combining marks
 * matches `Kỳ` precomposed. Duplicate unit or person ids are errors. Never throws on bad input.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }` whose issues name the path and
 *   say what was expected, in Vietnamese and English.
 * @example
 * ```ts
 * parseStructure({ units: [{ id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-13-01' }] })
 *   .issues[0]?.message.en;
 * //=> 'Invalid input at units.0.from: expected an ISO date YYYY-MM-DD, received "2018-13-01"'
 * ```
 * @category Model
 */
export function parseStructure(input: unknown): Result<Structure> {
  const parsed = parseWithSchema(structureSchema, input);
  if (!parsed.ok) return parsed;
  const structure = parsed.value;
  const issues: Issue[] = [];
  const unitPaths = new Map<string, string>();
  structure.units.forEach((unit, index) => {
    const first = unitPaths.get(unit.id);
    if (first !== undefined) {
      issues.push(createIssue('duplicate_id', { path: ['units', index, 'id'], unitIds: [unit.id], params: { id: unit.id, firstPath: first } }));
    } else unitPaths.set(unit.id, `units.${index}`);
  });
  const personPaths = new Map<string, string>();
  structure.people.forEach((person, index) => {
    const first = personPaths.get(person.id);
    if (first !== undefined) {
      issues.push(createIssue('duplicate_id', { path: ['people', index, 'id'], personIds: [person.id], params: { id: person.id, firstPath: first } }));
    } else personPaths.set(person.id, `people.${index}`);
  });
  return toResult(issues, structure);
}
