import { z } from 'zod';
import type { Bilingual } from '../core/Bilingual.js';
import { ISSUE_LIMIT, createTruncationIssue } from './capIssues.js';
import { NOT_ACCEPTED, compileSchema } from './compileSchema.js';
import { findSchemaIssues } from './findSchemaIssues.js';
import { type ProblemFallback, type SchemaProblem, describeExpected, describeReceived, formatIssuePath } from './describeSchemaIssue.js';
import { createIssue } from './createIssue.js';
import type { Issue } from './Issue.js';
import type { Result } from './Result.js';

const both = (text: string): Bilingual => ({ vi: text, en: text });

const viLocale = z.locales.vi();
const enLocale = z.locales.en();

/** The zod locales' message, without its "Invalid input:" lead (the catalogue template says that). */
function fromLocale(locale: { localeError: z.core.$ZodErrorMap }, problem: SchemaProblem): string {
  // zod's locales answer every code with a string
  const text = locale.localeError(problem as unknown as z.core.$ZodRawIssue) as string;
  // and without its ", received …": the template says what was received
  return text.replace(/^[^:]*:\s*(?:mong đợi |expected )?/u, '').replace(/, (?:received|nhận được) [^,]*$/u, '');
}

/** For what the library's own templates do not cover: zod's Vietnamese and English locales, per call. */
const fromLocales: ProblemFallback = (problem) => ({ vi: fromLocale(viLocale, problem), en: fromLocale(enLocale, problem) });

/**
 * Turns zod issues into catalogue issues whose `expected` and `received` are bilingual, at most
 * `limit` of them, then one `issues_truncated` issue counting the rest (every zod issue is an
 * error). Reads the offending value from each issue's `input` (parse with `reportInput: true`).
 *
 * @param zodIssues - Issues of a failed `safeParse`.
 * @param prefix - Path of the parsed value inside a larger input.
 * @param omitted - Further issues already counted but not described.
 * @param limit - How many to convert (default `ISSUE_LIMIT`).
 * @returns Catalogue issues (`input_invalid`).
 * @internal
 */
export function zodIssuesToIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
  omitted = 0,
  limit: number = ISSUE_LIMIT,
): Issue[] {
  const issues: Issue[] = [];
  const shown = Math.min(limit, zodIssues.length);
  for (let index = 0; index < shown; index += 1) {
    const problem = zodIssues[index] as unknown as SchemaProblem;
    const path = [...prefix, ...problem.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    const field = formatIssuePath(path);
    issues.push(
      createIssue('input_invalid', {
        path,
        params: {
          path: path.length > 0 ? path.join('.') : '(root)',
          field: path.length > 0 ? both(field) : { vi: '(gốc dữ liệu)', en: field },
          expected: describeExpected(problem, fromLocales),
          received: describeReceived(problem),
        },
      }),
    );
  }
  const left = omitted + zodIssues.length - shown;
  if (left > 0) issues.push(createTruncationIssue({ error: left, warning: 0, info: 0 }, limit));
  return issues;
}

/** zod's own English messages are not used (each issue is rendered in both languages here). */
const quiet = () => '';

function readFailure(error: unknown): Issue {
  const detail = typeof error === 'object' && error !== null && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
  return createIssue('input_invalid', {
    params: {
      path: '(root)',
      field: { vi: '(gốc dữ liệu)', en: '(root)' },
      expected: { vi: 'dữ liệu JSON thuần', en: 'plain JSON data' },
      received: { vi: `lỗi khi đọc dữ liệu: ${detail}`, en: detail },
    },
  });
}

/**
 * Runs a zod schema over unknown input at the boundary: the parsed value, or a bounded report of
 * the problems (a throwing getter in hostile input included). Valid input takes the compiled fast
 * path (see `compileSchema`); zod itself runs only to say why input is not valid, and describes at
 * most `ISSUE_LIMIT` problems (see `findSchemaIssues`). Never throws.
 *
 * @param schema - The schema.
 * @param input - Anything.
 * @returns The parsed value, or the issues.
 * @internal
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  try {
    const value = compileSchema(schema)(input);
    if (value !== NOT_ACCEPTED) return { ok: true, value: value as z.output<S>, issues: [] };
    const found = findSchemaIssues(schema, input, ISSUE_LIMIT);
    if (found.issues.length > 0) return { ok: false, issues: zodIssuesToIssues(found.issues, [], found.omitted) };
  } catch {
    // a throwing getter in hostile input, say: zod itself runs below and the throw is reported
  }
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    parsed = schema.safeParse(input, { reportInput: true, error: quiet }) as z.ZodSafeParseResult<z.output<S>>;
  } catch (error) {
    return { ok: false, issues: [readFailure(error)] };
  }
  if (!parsed.success) return { ok: false, issues: zodIssuesToIssues(parsed.error.issues) };
  return { ok: true, value: parsed.data, issues: [] };
}
