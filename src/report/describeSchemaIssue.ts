import { assertArray } from '../core/assertOptions.js';
import type { Bilingual } from '../core/Bilingual.js';
import { formatNumber } from '../core/formatNumber.js';

/**
 * The plain data of a schema issue as zod 4 writes it (`code`, `path`, and per code `expected`,
 * `values`, `minimum`, …), read without loading zod.
 * @internal
 */
export interface SchemaProblem {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly input?: unknown;
  readonly [key: string]: unknown;
}

/**
 * Renders a problem in one language, for what the library's own templates do not cover (the zod
 * locales, in `parseWithSchema`): `undefined` when there is none.
 * @internal
 */
export type ProblemFallback = (problem: SchemaProblem) => Bilingual | undefined;

/** How many allowed values a message lists before it says how many more there are. */
export const LISTED_VALUES = 10;

const both = (text: string): Bilingual => ({ vi: text, en: text });
const number = (value: unknown, locale: 'vi' | 'en') =>
  typeof value === 'number' || typeof value === 'bigint' ? formatNumber(value, { locale }) : String(value);
const counted = (value: unknown, one: string, other: string) => `${number(value, 'en')} ${value === 1 ? one : other}`;

/** What a zod type name means, in each language. */
const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { vi: 'một chuỗi ký tự', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'an integer' },
  bigint: { vi: 'một số nguyên lớn (bigint)', en: 'a big integer (bigint)' },
  boolean: { vi: 'giá trị logic (đúng hoặc sai)', en: 'true or false' },
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một danh sách', en: 'an array' },
  tuple: { vi: 'một danh sách', en: 'an array' },
  record: { vi: 'một đối tượng', en: 'an object' },
  map: { vi: 'một bảng ánh xạ (Map)', en: 'a map' },
  set: { vi: 'một tập hợp (Set)', en: 'a set' },
  date: { vi: 'một ngày (Date)', en: 'a date' },
  nonoptional: { vi: 'một giá trị (trường bắt buộc)', en: 'a value (the field is required)' },
  undefined: { vi: 'không có giá trị', en: 'no value' },
  never: { vi: 'không có trường này', en: 'no such field' },
  null: { vi: 'null', en: 'null' },
  nan: { vi: 'giá trị NaN', en: 'NaN' },
  symbol: { vi: 'một ký hiệu (symbol)', en: 'a symbol' },
  function: { vi: 'một hàm', en: 'a function' },
};

/** What a zod string format means, in each language. */
const FORMAT_NAMES: Readonly<Record<string, Bilingual>> = {
  url: { vi: 'một địa chỉ URL', en: 'a URL' },
  email: { vi: 'một địa chỉ thư điện tử', en: 'an email address' },
  date: { vi: 'một ngày dạng YYYY-MM-DD (ISO 8601) có thật', en: 'an ISO date YYYY-MM-DD' },
  datetime: { vi: 'một thời điểm dạng ISO 8601', en: 'an ISO 8601 date-time' },
  uuid: { vi: 'một mã UUID', en: 'a UUID' },
};

/**
 * Writes a path into the input as the input names it: keys joined by dots, indexes in brackets
 * (`operations[3].type`); the input itself is `(root)`.
 *
 * @param path - Keys and indexes.
 * @returns The path as text.
 * @throws {TypeError} When `path` is not an array.
 * @example
 * ```ts
 * formatIssuePath(['operations', 3, 'type']); //=> 'operations[3].type'
 * formatIssuePath([]);                       //=> '(root)'
 * ```
 * @category Reports
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  assertArray(path, 'formatIssuePath: path');
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else {
      const name = String(key);
      text += /^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(name) ? (text === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return text === '' ? '(root)' : text;
}

/**
 * Lists allowed values, at most {@link LISTED_VALUES} of them, then how many more there are.
 * @internal
 */
export function listValues(values: readonly unknown[]): Bilingual {
  const shown = values.slice(0, LISTED_VALUES).map((value) => (typeof value === 'bigint' ? `${value}` : JSON.stringify(value))).join(', ');
  const rest = values.length - LISTED_VALUES;
  if (values.length === 1) return { vi: `đúng giá trị ${shown}`, en: `exactly ${shown}` };
  if (rest <= 0) return { vi: `một trong các giá trị ${shown}`, en: `one of ${shown}` };
  return {
    vi: `một trong các giá trị ${shown} và ${number(rest, 'vi')} giá trị khác`,
    en: `one of ${shown} and ${number(rest, 'en')} more`,
  };
}

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && typeof (value as Bilingual).vi === 'string' && typeof (value as Bilingual).en === 'string';
}

/** The values every branch of a plain union of literals would accept, or `undefined`. */
function unionValues(errors: unknown): unknown[] | undefined {
  if (!Array.isArray(errors)) return undefined;
  const values: unknown[] = [];
  for (const branch of errors as readonly (readonly SchemaProblem[])[]) {
    const only = branch[0];
    if (branch.length !== 1 || only === undefined || only.code !== 'invalid_value' || only.path.length > 0 || !Array.isArray(only.values)) return undefined;
    values.push(...(only.values as unknown[]));
  }
  return values.length > 0 ? values : undefined;
}

function sizeOf(problem: SchemaProblem, bound: 'minimum' | 'maximum'): Bilingual {
  const value = problem[bound];
  const vi = number(value, 'vi');
  const en = number(value, 'en');
  const least = bound === 'minimum';
  if (problem.origin === 'string') {
    return least ? { vi: `ít nhất ${vi} ký tự`, en: `at least ${counted(value, 'character', 'characters')}` } : { vi: `tối đa ${vi} ký tự`, en: `at most ${counted(value, 'character', 'characters')}` };
  }
  if (problem.origin === 'array' || problem.origin === 'set') {
    return least ? { vi: `ít nhất ${vi} phần tử`, en: `at least ${counted(value, 'item', 'items')}` } : { vi: `tối đa ${vi} phần tử`, en: `at most ${counted(value, 'item', 'items')}` };
  }
  if (problem.inclusive === false) return least ? { vi: `lớn hơn ${vi}`, en: `more than ${en}` } : { vi: `nhỏ hơn ${vi}`, en: `less than ${en}` };
  return least ? { vi: `ít nhất ${vi}`, en: `at least ${en}` } : { vi: `tối đa ${vi}`, en: `at most ${en}` };
}

const generic = (problem: SchemaProblem): Bilingual => ({ vi: 'một giá trị hợp lệ', en: problem.message || 'a valid value' });

/**
 * What a schema problem expected, in each language: the type, the allowed values (at most ten,
 * then how many more), the bounds, or what a refinement names in `params.expected`.
 *
 * @param problem - A zod issue (plain data).
 * @param fallback - For what the library does not describe itself.
 * @returns The expectation in Vietnamese and English.
 * @internal
 */
export function describeExpected(problem: SchemaProblem, fallback?: ProblemFallback): Bilingual {
  const params = problem.params as Readonly<Record<string, unknown>> | undefined;
  if (isBilingual(params?.expected)) return params.expected;
  switch (problem.code) {
    case 'invalid_type':
      return TYPE_NAMES[String(problem.expected)] ?? fallback?.(problem) ?? generic(problem);
    case 'invalid_value':
      return listValues((problem.values as readonly unknown[] | undefined) ?? []);
    case 'unrecognized_keys': {
      const keys = ((problem.keys as readonly string[] | undefined) ?? []).join(', ');
      return { vi: `chỉ các trường đã định nghĩa (trường lạ: ${keys})`, en: `only the known fields (unknown: ${keys})` };
    }
    case 'invalid_union': {
      const options = problem.options as readonly unknown[] | undefined;
      const discriminator = problem.discriminator as string | undefined;
      if (discriminator !== undefined && options !== undefined && options.length > 0) return listValues(options);
      if (discriminator !== undefined) return { vi: `một giá trị hợp lệ của trường ${discriminator}`, en: `a valid value of ${discriminator}` };
      const values = unionValues(problem.errors);
      if (values !== undefined) return listValues(values);
      return { vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' };
    }
    case 'too_small':
      return sizeOf(problem, 'minimum');
    case 'too_big':
      return sizeOf(problem, 'maximum');
    case 'not_multiple_of':
      return { vi: `một bội số của ${number(problem.divisor, 'vi')}`, en: `a multiple of ${number(problem.divisor, 'en')}` };
    case 'invalid_format': {
      const format = String(problem.format);
      if (format === 'regex') return { vi: `một chuỗi khớp mẫu ${String(problem.pattern)}`, en: `a string matching ${String(problem.pattern)}` };
      if (format === 'starts_with') return { vi: `một chuỗi bắt đầu bằng ${JSON.stringify(problem.prefix)}`, en: `a string starting with ${JSON.stringify(problem.prefix)}` };
      if (format === 'ends_with') return { vi: `một chuỗi kết thúc bằng ${JSON.stringify(problem.suffix)}`, en: `a string ending with ${JSON.stringify(problem.suffix)}` };
      if (format === 'includes') return { vi: `một chuỗi chứa ${JSON.stringify(problem.includes)}`, en: `a string containing ${JSON.stringify(problem.includes)}` };
      return FORMAT_NAMES[format] ?? fallback?.(problem) ?? { vi: `một chuỗi đúng định dạng ${format}`, en: `a string in the ${format} format` };
    }
    case 'custom':
      return generic(problem);
    case 'invalid_key':
      return { vi: 'các khóa hợp lệ', en: 'valid keys' };
    case 'invalid_element':
      return { vi: 'các phần tử hợp lệ', en: 'valid elements' };
    default:
      return fallback?.(problem) ?? generic(problem);
  }
}

/**
 * What was received, in each language: values are shown as they are (strings quoted, cut at 40
 * characters), kinds are named.
 * @internal
 */
export function describeValue(value: unknown): Bilingual {
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

/**
 * What a schema problem received, in each language (the discriminator's value for a union chosen
 * by one).
 * @internal
 */
export function describeReceived(problem: SchemaProblem): Bilingual {
  if (problem.code === 'unrecognized_keys') return { vi: 'trường thừa', en: 'extra keys' };
  const { input } = problem;
  const discriminator = problem.discriminator as string | undefined;
  if (problem.code === 'invalid_union' && discriminator !== undefined && typeof input === 'object' && input !== null) {
    return describeValue((input as Record<string, unknown>)[discriminator]);
  }
  return describeValue(input);
}
