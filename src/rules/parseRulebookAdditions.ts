import { type ParseResult, zodIssuesToIssues } from '../model/parseStructure.js';
import { createIssue, toReport } from '../report/createIssue.js';
import type { RulebookAdditions } from './extendRulebook.js';
import type { Rule } from './Rule.js';
import { rulebookAdditionsSchema } from './schema.js';

/**
 * Reads unknown input (a province's rules as JSON, say) into {@link RulebookAdditions} for
 * `extendRulebook`. Each rule's params are checked against its type. Never throws on bad input;
 * run `validateRulebook` on the extended rulebook for the cross-checks (citations, overlaps).
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, report }` or `{ ok: false, report }` naming every bad path.
 * @example
 * ```ts
 * parseRulebookAdditions({ instruments: [], rules: [] }).ok; //=> true
 * parseRulebookAdditions({ rules: [{ id: 'x', type: 'nope' }] }).ok; //=> false
 * ```
 * @category Rulebook
 */
export function parseRulebookAdditions(input: unknown): ParseResult<RulebookAdditions> {
  let parsed: ReturnType<typeof rulebookAdditionsSchema.safeParse>;
  try {
    parsed = rulebookAdditionsSchema.safeParse(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const issue = createIssue('input_invalid', { params: { path: '(root)', expected: 'plain JSON data', received: detail } });
    return { ok: false, report: toReport([issue]) };
  }
  if (!parsed.success) return { ok: false, report: toReport(zodIssuesToIssues(input, parsed.error.issues)) };
  const value: RulebookAdditions = {
    ...(parsed.data.instruments ? { instruments: parsed.data.instruments } : {}),
    ...(parsed.data.rules ? { rules: parsed.data.rules as unknown as Rule[] } : {}),
  };
  return { ok: true, value, report: toReport([]) };
}
