import type { z } from 'zod';
import { createIssue, toReport } from '../report/createIssue.js';
import type { Issue, Report } from '../report/Issue.js';
import { structureSchema } from './schema.js';
import type { Structure } from './Structure.js';

/**
 * The answer of a `parse*` function: the typed value, or the report of everything wrong.
 * Never a partial value passed on as valid.
 *
 * @example
 * ```ts
 * const result: ParseResult<Structure> = parseStructure({ units: [] });
 * if (result.ok) result.value.people; //=> []
 * ```
 * @category Model
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly report: Report }
  | { readonly ok: false; readonly report: Report };

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return value.length > 40 ? `string "${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** @internal Turns zod issues into catalogue issues with `expected` and `received`. */
export function zodIssuesToIssues(input: unknown, zodIssues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return zodIssues.map((problem) => {
    const path = [...prefix, ...problem.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    let expected: string = problem.message;
    if (problem.code === 'invalid_type') expected = problem.expected;
    else if (problem.code === 'invalid_value') expected = `one of ${problem.values.map((value) => JSON.stringify(value)).join(', ')}`;
    else if (problem.code === 'unrecognized_keys') expected = `no key ${problem.keys.join(', ')}`;
    else if (problem.code === 'invalid_union') expected = 'a value matching one of the allowed shapes (check kind)';
    else if (problem.code === 'too_small') expected = `at least ${String(problem.minimum)}`;
    else if (problem.code === 'too_big') expected = `at most ${String(problem.maximum)}`;
    const received = problem.code === 'unrecognized_keys' ? 'extra keys' : describe(valueAt(input, problem.path));
    return createIssue('input_invalid', {
      path,
      params: { path: path.length > 0 ? path.join('.') : '(root)', expected, received },
    });
  });
}

/**
 * Runs a zod schema over unknown input at the boundary: the parsed value, or a report of every
 * problem (a throwing getter in hostile input included). Never throws.
 * @internal
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const issue = createIssue('input_invalid', { params: { path: '(root)', expected: 'plain JSON data', received: detail } });
    return { ok: false, report: toReport([issue]) };
  }
  if (!parsed.success) return { ok: false, report: toReport(zodIssuesToIssues(input, parsed.error.issues)) };
  return { ok: true, value: parsed.data as z.output<S>, report: toReport([]) };
}

/**
 * Reads unknown input (parsed JSON, say) into a typed {@link Structure}: the zod boundary.
 * Names are normalised to Unicode NFC, and so are ids, so that `Kỳ` typed with combining marks
 * matches `Kỳ` precomposed. Duplicate unit or person ids are errors. Never throws on bad input.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value, report }` or `{ ok: false, report }` whose issues name the path and
 *   say what was expected, in Vietnamese and English.
 * @example
 * ```ts
 * parseStructure({ units: [{ id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-13-01' }] })
 *   .report.issues[0]?.message.en;
 * //=> 'Invalid input at units.0.from: expected an ISO date YYYY-MM-DD, received "2018-13-01"'
 * ```
 * @category Model
 */
export function parseStructure(input: unknown): ParseResult<Structure> {
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
  const report = toReport(issues);
  return report.ok ? { ok: true, value: structure, report } : { ok: false, report };
}
