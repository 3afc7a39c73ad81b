import { parseWithSchema } from '../report/parseWithSchema.js';
import type { Result } from '../report/Result.js';
import type { RulebookAdditions } from './extendRulebook.js';
import { rulebookAdditionsSchema } from './schema.js';

/**
 * Reads unknown input (a province's rules as JSON, say) into {@link RulebookAdditions} for
 * `extendRulebook`. Each rule's params are checked against its type. Never throws on bad input;
 * run `validateRulebook` on the extended rulebook for the cross-checks (citations, overlaps).
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, issues }` or `{ ok: false, issues }` naming every bad path.
 * @example
 * ```ts
 * parseRulebookAdditions({ instruments: [], rules: [] }).ok; //=> true
 * parseRulebookAdditions({ rules: [{ id: 'x', type: 'nope' }] }).ok; //=> false
 * ```
 * @category Rulebook
 */
export function parseRulebookAdditions(input: unknown): Result<RulebookAdditions> {
  const parsed = parseWithSchema(rulebookAdditionsSchema, input);
  if (!parsed.ok) return parsed;
  const value: RulebookAdditions = {
    ...(parsed.value.instruments ? { instruments: parsed.value.instruments } : {}),
    ...(parsed.value.rules ? { rules: parsed.value.rules } : {}),
  };
  return { ok: true, value, issues: parsed.issues };
}
