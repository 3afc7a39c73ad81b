import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Bilingual } from '../../src/core/index.js';
import { NOT_ACCEPTED, compileSchema } from '../../src/report/compileSchema.js';
import { parseWithSchema, zodIssuesToIssues } from '../../src/report/parseWithSchema.js';
import { importFresh } from '../support/importFresh.js';

// Schemas are built inside each test (the tables hold factories): a schema is compiled once and
// cached, so a schema shared between runs would never meet the compiler again.

type Factory = () => z.ZodType;
type Compiler = typeof import('../../src/report/compileSchema.js');

/** zod's own parse of one schema, watched: the compiled fast path answers without it. */
const zodRunsOf = (schema: z.ZodType) => vi.spyOn(schema._zod, 'run');

/** zod's own implementation of a schema's check, watched: the fast path decides the common case without it. */
const checkRunsOf = (schema: z.ZodType) => vi.spyOn(schema._zod.def.checks![0]!._zod, 'check');

/** What zod answers, as the compiled schema answers it. */
const zodAnswer = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? result.data : NOT_ACCEPTED;
};

/** The params of the first issue of a result. */
const paramsOf = (result: { issues: readonly { params?: unknown }[] }) => result.issues[0]?.params as { path: string; field: Bilingual; expected: Bilingual; received: Bilingual };

const modes = [
  ['objects generated as code', false],
  ['closures only', true],
] as const;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  z.config({ jitless: false });
});

describe('checks the fast path decides without zod', () => {
  it.each<[string, Factory, unknown]>([
    ['at most so many characters, at the bound', () => z.string().max(3), 'abc'],
    ['at least so many characters, at twice the bound in code units', () => z.string().min(2), 'abcd'],
    ['at least so many items, at the bound', () => z.array(z.number()).min(1), [1]],
    ['more than a bound', () => z.number().gt(0), 5],
    ['less than a bound', () => z.number().lt(10), 5],
    ['a safe integer', () => z.number().int(), 3],
    ['a pattern', () => z.string().regex(/^a+$/), 'aa'],
    ['a refinement answering true', () => z.string().refine(() => true), 'x'],
  ])('%s', (_name, factory, value) => {
    const schema = factory();
    const check = checkRunsOf(schema);
    expect(compileSchema(schema)(value)).toEqual(value);
    expect(check).not.toHaveBeenCalled();
  });

  it('calls a refinement once', () => {
    const refinement = vi.fn(() => true);
    expect(compileSchema(z.string().refine(refinement))('x')).toBe('x');
    expect(refinement).toHaveBeenCalledTimes(1);
  });
});

describe('checks the fast path answers as zod', () => {
  it.each<[string, Factory, unknown, unknown]>([
    ['a trimmed string', () => z.string().trim(), '  Kỳ Anh ', 'Kỳ Anh'],
    ['a string in lower case', () => z.string().toLowerCase(), 'ABC', 'abc'],
    ['a trim feeding a length check', () => z.string().trim().max(3), ' abc ', 'abc'],
    ['a check skipped where its condition does not hold', () => z.string().check(z.refine((value: string) => value.length >= 3, { when: (payload) => payload.value !== '' })), '', ''],
    ['a condition that sees no earlier issue', () => z.string().check(z.refine((value: string) => value === 'ok', { when: (payload) => payload.issues.length === 0 })), 'no', NOT_ACCEPTED],
    ['a string format without a pattern', () => z.string().check(z.url()), 'https://example.com', 'https://example.com'],
    ['a coerced string', () => z.coerce.string(), 12, '12'],
    ['a string format as a schema', () => z.email(), 'nope', NOT_ACCEPTED],
    ['a number that is not a number', () => z.number(), Number.NaN, NOT_ACCEPTED],
    ['an infinite number', () => z.number(), Number.POSITIVE_INFINITY, NOT_ACCEPTED],
  ])('%s', (_name, factory, input, expected) => {
    const schema = factory();
    expect(compileSchema(schema)(input)).toEqual(expected);
    expect(zodAnswer(schema, input)).toEqual(expected);
  });
});

describe.each(modes)('objects, %s', (_mode, jitless) => {
  it.each<[string, Factory, unknown, unknown]>([
    ['an unknown key, stripped', () => z.object({ a: z.string() }), { a: 'x', b: 1 }, { a: 'x' }],
    ['a key named undefined, stripped', () => z.object({ a: z.string() }), { a: 'x', undefined: 1 }, { a: 'x' }],
    ['a strict object', () => z.strictObject({ a: z.string() }), { a: 'x' }, { a: 'x' }],
    ['an unknown key of a strict object', () => z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, NOT_ACCEPTED],
    ['null', () => z.object({ a: z.string().optional() }), null, NOT_ACCEPTED],
    ['a list', () => z.object({ a: z.string().optional() }), [], NOT_ACCEPTED],
    ['an absent required field that takes anything', () => z.object({ a: z.unknown() }), {}, NOT_ACCEPTED],
    ['an absent optional field, left out', () => z.object({ a: z.string().optional() }), {}, {}],
    ['an absent default', () => z.object({ a: z.string().default('d') }), {}, { a: 'd' }],
    ['an absent optional over a default', () => z.object({ a: z.string().default('d').optional() }), {}, { a: 'd' }],
    ['an absent optional transformed to a value', () => z.object({ a: z.string().optional().transform((value) => value ?? 'none') }), {}, { a: 'none' }],
    ['an absent optional transformed to nothing, left out', () => z.object({ a: z.string().optional().transform((value) => value) }), {}, {}],
  ])('%s', (_name, factory, input, expected) => {
    z.config({ jitless });
    const schema = factory();
    expect(compileSchema(schema)(input)).toStrictEqual(expected);
    expect(zodAnswer(schema, input)).toStrictEqual(expected);
  });

  it('fills a default on the fast path', () => {
    z.config({ jitless });
    const schema = z.strictObject({ a: z.string().default('d') });
    const zodRuns = zodRunsOf(schema);
    expect(compileSchema(schema)({})).toStrictEqual({ a: 'd' });
    expect(zodRuns).not.toHaveBeenCalled();
  });
});

describe('unions', () => {
  const kinds = () => z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b'), n: z.number() })]);

  it.each<[string, Factory, unknown, unknown]>([
    ['not an object', kinds, null, NOT_ACCEPTED],
    ['an unknown discriminator', kinds, { type: 'c' }, NOT_ACCEPTED],
    ['a discriminator two options leave out', () => z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a').optional() }), z.strictObject({ type: z.literal('b').optional(), n: z.number().optional() })]), {}, NOT_ACCEPTED],
    ['a value only the fallback accepts', () => z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a').catch('a') }), z.strictObject({ type: z.literal('b') })], { unionFallback: true }), { type: 'c' }, { type: 'a' }],
  ])('%s', (_name, factory, input, expected) => {
    const schema = factory();
    expect(compileSchema(schema)(input)).toEqual(expected);
    expect(zodAnswer(schema, input)).toEqual(expected);
  });
});

describe('each kind of node takes the fast path on valid input', () => {
  it.each<[string, Factory, unknown]>([
    ['a string', () => z.string(), 'x'],
    ['a number', () => z.number(), 1.5],
    ['a boolean', () => z.boolean(), true],
    ['an enum', () => z.enum(['a', 'b']), 'a'],
    ['a literal', () => z.literal(1), 1],
    ['an optional', () => z.string().optional(), undefined],
    ['a default', () => z.string().default('d'), undefined],
    ['a list', () => z.array(z.string()), ['x']],
    ['a discriminated union', () => z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b') })]), { type: 'b' }],
  ])('%s', (_name, factory, input) => {
    const schema = factory();
    const zodRuns = zodRunsOf(schema);
    const answer = compileSchema(schema)(input);
    expect(zodRuns).not.toHaveBeenCalled();
    expect(answer).toEqual(zodAnswer(schema, input));
    expect(answer).not.toBe(NOT_ACCEPTED);
  });

  it('compiles a schema once', () => {
    const schema = z.strictObject({ a: z.string() });
    expect(compileSchema(schema)).toBe(compileSchema(schema));
  });
});

describe('code generation', () => {
  let instances = 0;

  /**
   * A fresh compiler (the environment probe is cached per module, so a new instance each time) under a
   * `Function` that records what it is asked to build: the probe, or an object parser (its first parameter is `NOT`).
   */
  async function recordingCompiler(refuse = false) {
    instances += 1;
    const fresh = await importFresh<Compiler>('src/report/compileSchema.js', `recording-${instances}-${Date.now()}`);
    const built: unknown[][] = [];
    vi.stubGlobal(
      'Function',
      new Proxy(Function, {
        construct(target, args) {
          built.push(args);
          if (refuse) throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
          return Reflect.construct(target, args);
        },
      }),
    );
    const parsers = () => built.filter((args) => args[0] === 'NOT').length;
    const probes = () => built.length - parsers();
    return { fresh, parsers, probes };
  }

  const nested = () => z.strictObject({ id: z.string(), place: z.object({ name: z.string() }) });
  const input = { id: 'x', place: { name: 'Kỳ Anh', extra: 1 } };
  const output = { id: 'x', place: { name: 'Kỳ Anh' } };

  it('generates one parser per object, after probing the environment once', async () => {
    const { fresh, parsers, probes } = await recordingCompiler();
    const schema = nested();
    expect(fresh.compileSchema(schema)(input)).toEqual(output);
    expect(fresh.compileSchema(z.strictObject({ a: z.number() }))({ a: 1 })).toEqual({ a: 1 });
    expect(fresh.compileSchema(schema)(input)).toEqual(output);
    expect(parsers()).toBe(3);
    expect(probes()).toBe(1);
  });

  it('generates nothing under z.config({ jitless: true })', async () => {
    const { fresh, parsers, probes } = await recordingCompiler();
    z.config({ jitless: true });
    expect(fresh.compileSchema(nested())(input)).toEqual(output);
    expect(parsers() + probes()).toBe(0);
  });

  it('probes once where code generation is refused', async () => {
    const { fresh, probes } = await recordingCompiler(true);
    expect(fresh.compileSchema(nested())(input)).toEqual(output);
    expect(fresh.compileSchema(z.strictObject({ a: z.number() }))({ a: 1 })).toEqual({ a: 1 });
    expect(probes()).toBe(1);
  });
});

describe('parseWithSchema', () => {
  it('answers valid input without zod, and runs zod once to say why input is not valid', () => {
    const schema = z.strictObject({ id: z.string() });
    const zodRuns = zodRunsOf(schema);
    expect(parseWithSchema(schema, { id: 'x' })).toEqual({ ok: true, value: { id: 'x' }, issues: [] });
    expect(zodRuns).not.toHaveBeenCalled();
    expect(parseWithSchema(schema, { id: 1 }).ok).toBe(false);
    expect(zodRuns).toHaveBeenCalledTimes(1);
  });

  it('names a field in both languages alike', () => {
    expect(paramsOf(parseWithSchema(z.strictObject({ id: z.string() }), { id: 1 })).field).toEqual({ vi: 'id', en: 'id' });
  });

  it('gives zod’s own words, without their lead, for a type the library does not name', () => {
    const { expected } = paramsOf(parseWithSchema(z.void(), 1));
    expect(expected.en).toMatch(/^void\b/u);
    expect(expected.vi).toMatch(/^void\b/u);
  });

  it('reads a path from the issue alone when given no prefix, a symbol key as its name', () => {
    const key = Symbol('key');
    const [issue] = zodIssuesToIssues([{ code: 'custom', path: ['list', 0, key], message: '', input: 1 } as never]);
    expect(issue?.path).toEqual(['list', 0, 'Symbol(key)']);
  });

  it('describes, without zod’s English, what zod alone found when the fast path threw', () => {
    let reads = 0;
    const flaky = {
      get id() {
        reads += 1;
        if (reads === 1) throw new Error('first read');
        return 'x';
      },
    };
    const result = parseWithSchema(z.strictObject({ id: z.string().refine(() => false) }), flaky);
    expect(result.issues[0]?.path).toEqual(['id']);
    expect(paramsOf(result).expected).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
  });

  const functionWithMessage = Object.assign(() => 0, { message: 'not an Error' });

  it.each<[string, unknown, string]>([
    ['an Error', new Error('boom'), 'boom'],
    ['a string', 'no', 'no'],
    ['null', null, 'null'],
    ['an object without a message', { code: 1 }, '[object Object]'],
    ['a function with a message', functionWithMessage, String(functionWithMessage)],
  ])('reports %s thrown while reading the input', (_name, thrown, detail) => {
    const hostile = {
      get id(): never {
        throw thrown;
      },
    };
    const result = parseWithSchema(z.strictObject({ id: z.string() }), hostile);
    expect(result.ok).toBe(false);
    expect(paramsOf(result)).toMatchObject({
      path: '(root)',
      field: { vi: '(gốc dữ liệu)', en: '(root)' },
      received: { vi: `lỗi khi đọc dữ liệu: ${detail}`, en: detail },
    });
  });
});

describe('where the compiled parser once parted from zod (fixed)', () => {
  // zod's optional over a default substitutes the default for undefined; the compiled optional node
  // answered undefined without asking its inner node (objects delegate such a field, lists and the root did not)
  it.each<[string, Factory, unknown, unknown]>([
    ['an optional over a default, at the root', () => z.string().default('d').optional(), undefined, 'd'],
    ['an optional over a default, in a list', () => z.array(z.string().default('d').optional()), [undefined, 'x'], ['d', 'x']],
    ['an optional over a string, absent, stays absent', () => z.array(z.string().optional()), [undefined], [undefined]],
  ])('%s', (_name, factory, input, expected) => {
    const schema = factory();
    expect(compileSchema(schema)(input)).toEqual(expected);
    expect(zodAnswer(schema, input)).toEqual(expected);
  });

  // zod's words for a type the library does not name kept their tail ("void, received number"), so the
  // message said what was received twice: "expected void, received number, received 1"
  it('a type the library does not name, in zod’s words, without what was received', () => {
    const params = paramsOf(parseWithSchema(z.void(), 1));
    expect(params.expected).toEqual({ vi: 'void', en: 'void' });
    expect(params.received).toMatchObject({ en: expect.stringContaining('1') });
  });

  // the compiler read a shape's keys with Object.keys: a symbol-keyed field was neither required nor kept
  it('a symbol-keyed field', () => {
    const key = Symbol('key');
    const schema = z.strictObject({ [key]: z.string() });
    expect(zodAnswer(schema, {})).toBe(NOT_ACCEPTED);
    expect(compileSchema(schema)({})).toBe(NOT_ACCEPTED);
    expect(compileSchema(schema)({ [key]: 'a' })).toEqual({ [key]: 'a' });
    expect(parseWithSchema(schema, {}).ok).toBe(false);
  });
});
