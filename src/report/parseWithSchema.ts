import type { z } from 'zod';
import { createIssue } from './createIssue.js';
import type { Issue } from './Issue.js';
import type { Result } from './Result.js';

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
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const issue = createIssue('input_invalid', { params: { path: '(root)', expected: 'plain JSON data', received: detail } });
    return { ok: false, issues: [issue] };
  }
  if (!parsed.success) return { ok: false, issues: zodIssuesToIssues(input, parsed.error.issues) };
  return { ok: true, value: parsed.data as z.output<S>, issues: [] };
}

