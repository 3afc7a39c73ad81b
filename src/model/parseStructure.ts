import { type IssueCollector, createIssueCollector } from '../report/createIssueCollector.js';
import { parseWithSchema } from '../report/parseWithSchema.js';
import type { Result } from '../report/Result.js';
import { findFirstPositions, seedStructureIndex } from './indexStructure.js';
import { structureSchema } from './schema.js';
import type { Structure } from './Structure.js';

/** Reports every record whose id an earlier record already has (the common case, no duplicate, costs one `Map` per list). */
function reportDuplicates(
  items: readonly { readonly id: string }[],
  firstPositions: ReadonlyMap<string, number>,
  list: 'units' | 'people',
  issues: IssueCollector,
): void {
  // Stryker disable next-line ConditionalExpression: a shortcut: with no duplicate the loop below finds every record at its first position and reports nothing
  if (firstPositions.size === items.length) return;
  for (let position = 0; position < items.length; position += 1) {
    const { id } = items[position] as { id: string };
    const first = firstPositions.get(id) as number;
    if (first === position) continue;
    const idsField = list === 'units' ? 'unitIds' : 'personIds';
    // the path of the first record is written only for a duplicate
    issues.add('duplicate_id', { path: [list, position, 'id'], [idsField]: [id], params: { id, firstPath: `${list}.${first}` } });
  }
}

/**
 * Reads unknown input (parsed JSON, say) into a typed {@link Structure}: the zod boundary.
 * Names are normalised to Unicode NFC, and so are ids, so that `Kỳ` typed with combining marks
 * matches `Kỳ` precomposed. Duplicate unit or person ids are errors. Never throws on bad input,
 * and its report is bounded: a million bad records give a thousand issues and a count of the rest.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }` whose issues name the path and
 *   say what was expected, in Vietnamese and English.
 * @example
 * ```ts
 * parseStructure({ units: [{ id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-13-01' }] })
 *   .issues[0]?.message.en;
 * //=> 'Invalid input at units[0].from: expected an ISO date YYYY-MM-DD, received "2018-13-01"'
 * ```
 * @category Model
 */
export function parseStructure(input: unknown): Result<Structure> {
  const parsed = parseWithSchema(structureSchema, input);
  if (!parsed.ok) return parsed;
  const structure: Structure = parsed.value;
  const unitPositions = findFirstPositions(structure.units);
  const personPositions = findFirstPositions(structure.people);
  const issues = createIssueCollector();
  reportDuplicates(structure.units, unitPositions, 'units', issues);
  reportDuplicates(structure.people, personPositions, 'people', issues);
  // the id tables are the index's: validating or querying the parsed structure starts from them
  // Stryker disable next-line BooleanLiteral,ConditionalExpression,ObjectLiteral: seeding only saves the index building these tables again: an index left unseeded, or seeded without them, builds equal ones on first use (a failure returns no structure to index)
  if (!issues.hasErrors()) seedStructureIndex(structure, { units: unitPositions, people: personPositions });
  return issues.toResult(structure);
}
