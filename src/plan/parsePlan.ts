import { type ParseResult, parseWithSchema } from '../model/parseStructure.js';
import { type Plan, planSchema } from './Plan.js';

/**
 * Reads unknown input (parsed JSON, say) into a typed {@link Plan}: the zod boundary for plans.
 * Ids and names are normalised to Unicode NFC. Never throws on bad input.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, report }` or `{ ok: false, report }` naming each bad path.
 * @example
 * ```ts
 * parsePlan({ effectiveOn: '2019-02-30', operations: [] }).ok; //=> false
 * parsePlan({ effectiveOn: '2019-01-01', operations: [] }).ok; //=> true
 * ```
 * @category Plan
 */
export function parsePlan(input: unknown): ParseResult<Plan> {
  return parseWithSchema(planSchema, input);
}
