import { z } from 'zod';
import type { Bilingual } from '../core/Bilingual.js';
import { ISSUE_LIMIT, createTruncationIssue } from './capIssues.js';
import { NOT_ACCEPTED, compileSchema } from './compileSchema.js';
import { findSchemaIssues } from './findSchemaIssues.js';
import { createIssue } from './createIssue.js';
import type { Issue } from './Issue.js';
import type { Result } from './Result.js';

type ZodIssue = z.core.$ZodIssue & { readonly input?: unknown; readonly params?: Readonly<Record<string, unknown>> };

const both = (text: string): Bilingual => ({ vi: text, en: text });
const plural = new Intl.PluralRules('en');
const count = (value: number | bigint, one: string, other: string) => `${value} ${plural.select(Number(value)) === 'one' ? one : other}`;

/** What a zod type name means, in each language. */
const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'an integer' },
  boolean: { vi: 'giá trị logic (đúng hoặc sai)', en: 'true or false' },
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một danh sách', en: 'an array' },
  nonoptional: { vi: 'một giá trị (trường bắt buộc)', en: 'a value (the field is required)' },
  null: { vi: 'null', en: 'null' },
};

const viLocale = z.locales.vi();
const enLocale = z.locales.en();

function fromLocales(problem: ZodIssue): Bilingual {
  // zod's locales answer every code with a string
  const render = (locale: { localeError: z.core.$ZodErrorMap }) => locale.localeError(problem as unknown as z.core.$ZodRawIssue) as string;
  return { vi: render(viLocale), en: render(enLocale) };
}

function listValues(values: readonly unknown[]): Bilingual {
  const list = values.map((value) => JSON.stringify(value)).join(', ');
  return values.length === 1 ? { vi: `đúng giá trị ${list}`, en: `exactly ${list}` } : { vi: `một trong các giá trị ${list}`, en: `one of ${list}` };
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && typeof (value as Bilingual).vi === 'string' && typeof (value as Bilingual).en === 'string';
}

/** The values every branch of a plain union of literals would accept, or `undefined`. */
function unionValues(problem: ZodIssue & { code: 'invalid_union' }): unknown[] | undefined {
  const values: unknown[] = [];
  for (const branch of problem.errors) {
    const only = branch[0] as z.core.$ZodIssue;
    if (branch.length !== 1 || only.code !== 'invalid_value' || only.path.length > 0) return undefined;
    values.push(...only.values);
  }
  return values.length > 0 ? values : undefined;
}

function expectedOf(problem: ZodIssue): Bilingual {
  switch (problem.code) {
    case 'invalid_type':
      return TYPE_NAMES[problem.expected] ?? fromLocales(problem);
    case 'invalid_value':
      return listValues(problem.values);
    case 'unrecognized_keys': {
      const keys = problem.keys.join(', ');
      return { vi: `chỉ các trường đã định nghĩa (trường lạ: ${keys})`, en: `only the known fields (unknown: ${keys})` };
    }
    case 'invalid_union': {
      const options = (problem as { options?: readonly unknown[] }).options;
      if (problem.discriminator !== undefined && options !== undefined && options.length > 0) return listValues(options);
      if (problem.discriminator !== undefined) {
        return { vi: `một giá trị hợp lệ của trường ${problem.discriminator}`, en: `a valid value of ${problem.discriminator}` };
      }
      const values = unionValues(problem);
      if (values !== undefined) return listValues(values);
      return { vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' };
    }
    case 'too_small': {
      const { minimum, inclusive } = problem;
      if (problem.origin === 'string') return { vi: `ít nhất ${minimum} ký tự`, en: `at least ${count(minimum, 'character', 'characters')}` };
      if (problem.origin === 'array') return { vi: `ít nhất ${minimum} phần tử`, en: `at least ${count(minimum, 'item', 'items')}` };
      return inclusive === false ? { vi: `lớn hơn ${minimum}`, en: `more than ${minimum}` } : { vi: `ít nhất ${minimum}`, en: `at least ${minimum}` };
    }
    case 'too_big': {
      const { maximum, inclusive } = problem;
      if (problem.origin === 'string') return { vi: `tối đa ${maximum} ký tự`, en: `at most ${count(maximum, 'character', 'characters')}` };
      if (problem.origin === 'array') return { vi: `tối đa ${maximum} phần tử`, en: `at most ${count(maximum, 'item', 'items')}` };
      return inclusive === false ? { vi: `nhỏ hơn ${maximum}`, en: `less than ${maximum}` } : { vi: `tối đa ${maximum}`, en: `at most ${maximum}` };
    }
    case 'not_multiple_of':
      return { vi: `một bội số của ${problem.divisor}`, en: `a multiple of ${problem.divisor}` };
    case 'custom':
    case 'invalid_format': {
      const expected = problem.params?.expected;
      if (isBilingual(expected)) return expected;
      if (problem.code === 'custom') return { vi: 'một giá trị hợp lệ', en: problem.message || 'a valid value' };
      return fromLocales(problem);
    }
    default:
      return fromLocales(problem);
  }
}

/** What was received, in each language: values are shown as they are, kinds are named. */
function describe(value: unknown): Bilingual {
  if (value === null) return both('null');
  if (value === undefined) return { vi: 'không có giá trị', en: 'undefined' };
  if (Array.isArray(value)) return { vi: 'một danh sách', en: 'array' };
  if (typeof value === 'string') {
    if (value.length <= 40) return both(JSON.stringify(value));
    const shown = JSON.stringify(value.slice(0, 40)).slice(1, -1);
    return { vi: `chuỗi "${shown}…"`, en: `string "${shown}…"` };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return both(String(value));
  if (typeof value === 'object') return { vi: 'một đối tượng', en: 'object' };
  return { vi: `giá trị kiểu ${typeof value}`, en: typeof value };
}

function receivedOf(problem: ZodIssue): Bilingual {
  if (problem.code === 'unrecognized_keys') return { vi: 'trường thừa', en: 'extra keys' };
  const { input } = problem;
  if (problem.code === 'invalid_union' && problem.discriminator !== undefined && typeof input === 'object' && input !== null) {
    return describe((input as Record<string, unknown>)[problem.discriminator]);
  }
  return describe(input);
}

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
    const problem = zodIssues[index] as ZodIssue;
    const path = [...prefix, ...problem.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    issues.push(
      createIssue('input_invalid', {
        path,
        params: { path: path.length > 0 ? path.join('.') : '(root)', expected: expectedOf(problem), received: receivedOf(problem) },
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
