import { parseWithSchema } from '../report/parseWithSchema.js';
import type { Result } from '../report/Result.js';
import type { Plan } from './Plan.js';
import { planSchema } from './planSchema.js';

/**
 * Reads unknown input (parsed JSON, say) into a typed {@link Plan}: the zod boundary for plans.
 * Ids and names are normalised to Unicode NFC. Never throws on bad input.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }` naming each bad path.
 * @example
 * ```ts
 * parsePlan({ effectiveOn: '2019-02-30', operations: [] }).ok; //=> false
 * parsePlan({ effectiveOn: '2019-01-01', operations: [] }).ok; //=> true
 * ```
 * @category Plan
 */
export function parsePlan(input: unknown): Result<Plan> {
  return parseWithSchema(planSchema, input);
}
