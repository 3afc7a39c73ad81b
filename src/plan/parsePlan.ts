import type { ParseResult } from '../model/parseStructure.js';
import { zodIssuesToIssues } from '../model/parseStructure.js';
import { createIssue, toReport } from '../report/createIssue.js';
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
  let parsed: ReturnType<typeof planSchema.safeParse>;
  try {
    parsed = planSchema.safeParse(input);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      report: toReport([createIssue('input_invalid', { params: { path: '(root)', expected: 'plain JSON data', received: detail } })]),
    };
  }
  if (!parsed.success) return { ok: false, report: toReport(zodIssuesToIssues(input, parsed.error.issues)) };
  return { ok: true, value: parsed.data, report: toReport([]) };
}
