import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findSchemaIssues } from '../../src/report/findSchemaIssues.js';

type AnySchema = z.core.$ZodType;

const CONTEXT = { reportInput: true, error: () => '' } as const;

/** What zod itself reports, with the same parse settings. */
function zodIssues(schema: AnySchema, input: unknown): readonly z.core.$ZodIssue[] {
  const result = z.safeParse(schema, input, CONTEXT);
  return result.success ? [] : result.error.issues;
}

/** The code, path and details of an issue, without the (possibly rewritten) input. */
const shapeOf = (issue: z.core.$ZodIssue) => {
  const { input: _input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  return rest;
};

function expectLikeZod(schema: AnySchema, input: unknown, limits: readonly number[] = [0, 1, 2, 3, 5, 100]): void {
  const all = zodIssues(schema, input);
  expect(all.length).toBeGreaterThan(0);
  for (const limit of limits) {
    const found = findSchemaIssues(schema, input, limit);
    expect(found.issues.map(shapeOf)).toEqual(all.slice(0, limit).map(shapeOf));
    expect(found.omitted).toBe(Math.max(0, all.length - limit));
  }
}

const range = (length: number, value: (index: number) => unknown) => Array.from({ length }, (_, index) => value(index));

const record = z.object({ id: z.number(), name: z.string() });

describe('findSchemaIssues: schemas without long arrays', () => {
  it('returns the first `limit` issues of zod and counts the rest', () => {
    const schema = z.array(z.number());
    const input = range(100, (index) => `x${index}`);
    const found = findSchemaIssues(schema, input, 3);
    expect(found.issues).toHaveLength(3);
    expect(found.issues.map((issue) => issue.path)).toEqual([[0], [1], [2]]);
    expect(found.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'number', input: 'x0', message: '' });
    expect(found.omitted).toBe(97);
    expect(findSchemaIssues(schema, input, 0)).toEqual({ issues: [], omitted: 100 });
    expect(findSchemaIssues(schema, input, 100).omitted).toBe(0);
    expect(findSchemaIssues(schema, input, 150)).toEqual({ issues: zodIssues(schema, input), omitted: 0 });
  });

  it('answers a non-object for an object schema with one invalid_type issue', () => {
    const schema = z.object({ items: z.array(record) });
    for (const input of [null, undefined, 5, 'text', [], [1, 2], () => 1]) {
      expect(findSchemaIssues(schema, input, 5)).toEqual({ issues: zodIssues(schema, input), omitted: 0 });
      expect(findSchemaIssues(schema, input, 0)).toEqual({ issues: [], omitted: 1 });
    }
  });

  it('does not look into an array or a function that carries a long array under a field name', () => {
    const schema = z.object({ items: z.array(z.number()) });
    const long = range(70, () => 'bad');
    const array = Object.assign([], { items: long });
    const fn = Object.assign(() => 1, { items: long });
    for (const input of [array, fn]) {
      const found = findSchemaIssues(schema, input, 5);
      expect(found).toEqual({ issues: zodIssues(schema, input), omitted: 0 });
      expect(found.issues).toHaveLength(1);
      expect(found.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'object', path: [] });
    }
  });

  it('agrees with zod for arrays of exactly 64 elements', () => {
    const schema = z.object({ name: z.string(), items: z.array(record) });
    const items = range(64, (index) => ({ id: index, name: `n${index}` }));
    items[0] = { id: 'x', name: 1 };
    items[63] = null;
    expectLikeZod(schema, { name: 3, items });
  });

  it('checks an array with checks of its own as a whole', () => {
    const schema = z.object({ items: z.array(z.number()).max(70) });
    const input = { items: range(71, (index) => index) };
    const found = findSchemaIssues(schema, input, 5);
    expect(found.issues.map(shapeOf)).toEqual([{ origin: 'array', code: 'too_big', maximum: 70, inclusive: true, path: ['items'], message: '' }]);
    expect(found.omitted).toBe(0);
    const min = z.object({ items: z.array(z.string()).min(100) });
    expectLikeZod(min, { items: range(70, () => 'a') });
  });
});

describe('findSchemaIssues: long arrays element by element', () => {
  it('agrees with zod on bad records deep inside a long array and on other fields', () => {
    const schema = z.object({ name: z.string(), items: z.array(record), count: z.number() });
    const items: unknown[] = range(65, (index) => ({ id: index, name: `n${index}` }));
    items[0] = { id: 'x', name: 'ok' };
    items[30] = { id: 1, name: 2 };
    items[64] = { id: '64', name: null };
    const input = { name: 1, items, count: 'many' };
    expectLikeZod(schema, input, [0, 1, 2, 3, 4, 5, 6, 7, 100]);
    const found = findSchemaIssues(schema, input, 3);
    expect(found.issues.map((issue) => issue.path)).toEqual([['name'], ['items', 0, 'id'], ['items', 30, 'name']]);
    expect(found.omitted).toBe(3);
  });

  it('counts non-objects past the limit as one issue each, as zod does', () => {
    const schema = z.object({ items: z.array(record) });
    const items: unknown[] = range(200, (index) => ({ id: index, name: 'n' }));
    items[1] = null;
    items[2] = 7;
    items[3] = [];
    items[4] = { id: 'a', name: 1 };
    items[150] = 'text';
    items[199] = { id: 'b', name: 'c' };
    expectLikeZod(schema, { items }, [0, 1, 2, 3, 4, 5, 10]);
  });

  it('counts every issue of a non-object element past the limit', () => {
    const schema = z.object({ items: z.array(z.string().min(3).regex(/^x/)) });
    const input = { items: range(65, () => 'a') };
    expect(zodIssues(schema, input)).toHaveLength(130);
    expect(findSchemaIssues(schema, input, 1).omitted).toBe(129);
    expect(findSchemaIssues(schema, input, 0)).toEqual({ issues: [], omitted: 130 });
    expectLikeZod(schema, input, [1, 2, 3]);
  });

  it('agrees with zod for discriminated unions, optional, nullable and defaulted arrays', () => {
    const shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), n: z.number() }), z.object({ kind: z.literal('b'), s: z.string().optional() })]);
    const items: unknown[] = range(80, (index) => (index % 2 === 0 ? { kind: 'a', n: index } : { kind: 'b' }));
    items[5] = { kind: 'c' };
    items[10] = 'no';
    items[11] = { kind: 'b', s: 3 };
    items[79] = null;
    for (const field of [z.array(shape), z.array(shape).optional(), z.array(shape).default([]), z.array(shape).nullable()]) {
      expectLikeZod(z.object({ items: field, tag: z.string() }), { tag: 1, items }, [0, 1, 2, 3, 4, 5, 6]);
    }
  });

  it('puts issues of the object itself (unknown keys) after the fields', () => {
    const schema = z.strictObject({ items: z.array(z.number()), b: z.string() });
    const input = { zz: 1, b: 2, items: [...range(64, (index) => index), 'bad'] };
    const found = findSchemaIssues(schema, input, 5);
    expect(found.issues.map(shapeOf)).toEqual(zodIssues(schema, input).map(shapeOf));
    expect(found.issues.map((issue) => issue.code)).toEqual(['invalid_type', 'invalid_type', 'unrecognized_keys']);
    expect(found.issues[2]).toMatchObject({ keys: ['zz'], path: [] });
    expect(findSchemaIssues(schema, input, 2).omitted).toBe(1);
    expect(findSchemaIssues(schema, input, 1).issues.map((issue) => issue.path)).toEqual([['items', 64]]);
    const two = z.strictObject({ a: z.array(z.number()), b: z.array(z.string()) });
    const both = { a: [...range(70, (index) => index), 'x'], b: [...range(70, () => 'y'), 5], extra: true };
    expect(findSchemaIssues(two, both, 10).issues.map(shapeOf)).toEqual(zodIssues(two, both).map(shapeOf));
    expect(findSchemaIssues(two, both, 1)).toMatchObject({ omitted: 2 });
  });

  it('gives an object with a refinement of its own to zod whole: the refinement sees the long array, in zod\'s order', () => {
    const items = z.array(z.number());
    // the refinement fails on the whole input only (65 items): checked field by field it would see none
    const counted = z.object({ a: z.string(), items }).refine((value) => value.items.length < 10);
    const long = { a: 'x', items: range(65, (index) => index) };
    expect(findSchemaIssues(counted, long, 5)).toEqual({ issues: zodIssues(counted, long), omitted: 0 });
    expect(findSchemaIssues(counted, long, 5).issues.map((issue) => [issue.code, issue.path])).toEqual([['custom', []]]);
    // a refinement zod never reaches, because a field failed: no issue of it, as in zod
    const always = z.object({ a: z.string(), items }).superRefine((_, context) => context.addIssue({ code: 'custom', path: ['a'], message: 'm' }));
    const bad = { a: 'x', items: [...range(64, (index) => index), 'bad'] };
    expect(findSchemaIssues(always, bad, 5).issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', ['items', 64]]]);
    expect(findSchemaIssues(always, bad, 0)).toEqual({ issues: [], omitted: 1 });
  });

  it('leaves short arrays, missing fields and non-arrays to zod', () => {
    const schema = z.object({ items: z.array(z.number()), other: z.array(z.number()).optional() });
    expectLikeZod(schema, { items: 'x', other: range(66, () => 'y') });
    expectLikeZod(schema, { other: range(66, () => 'y') });
  });
});

describe('findSchemaIssues: which arrays are checked element by element', () => {
  /** An element schema whose refinement counts its calls: zod calls it once per element, the element-by-element pass more often for a rejected one. */
  function counted() {
    const state = { calls: 0 };
    const element = z.number().refine((value) => {
      state.calls += 1;
      return value >= 0;
    });
    return { state, element };
  }

  it('leaves an array of 64 elements to zod', () => {
    const { state, element } = counted();
    const input = { items: range(64, (index) => (index === 10 ? -1 : index)) };
    const found = findSchemaIssues(z.object({ items: z.array(element) }), input, 5);
    expect(found.issues.map((issue) => issue.path)).toEqual([['items', 10]]);
    expect(state.calls).toBe(64);
  });

  for (const [name, wrap] of [
    ['plain', (schema: z.ZodArray<z.ZodType>) => schema],
    ['optional', (schema: z.ZodArray<z.ZodType>) => schema.optional()],
    ['default', (schema: z.ZodArray<z.ZodType>) => schema.default([])],
    ['optional default', (schema: z.ZodArray<z.ZodType>) => schema.default([]).optional()],
  ] as const) {
    it(`checks a ${name} array of 65 elements element by element`, () => {
      const { state, element } = counted();
      const input = { items: range(65, (index) => (index === 10 ? -1 : index)) };
      const schema = z.object({ items: wrap(z.array(element)) });
      const found = findSchemaIssues(schema, input, 5);
      expect(found.issues.map((issue) => issue.path)).toEqual([['items', 10]]);
      expect(found.omitted).toBe(0);
      expect(state.calls).toBeGreaterThan(65);
    });
  }

  it('does not check element by element an array with checks, a nullable one, or one under a non-object schema', () => {
    for (const wrap of [(schema: z.ZodArray<z.ZodType>) => schema.min(1), (schema: z.ZodArray<z.ZodType>) => schema.nullable()]) {
      const { state, element } = counted();
      const input = { items: range(65, (index) => (index === 10 ? -1 : index)) };
      expect(findSchemaIssues(z.object({ items: wrap(z.array(element)) }), input, 5).issues).toHaveLength(1);
      expect(state.calls).toBe(65);
    }
    const { state, element } = counted();
    const input = range(65, (index) => (index === 10 ? -1 : index));
    expect(findSchemaIssues(z.array(element), input, 5).issues).toHaveLength(1);
    expect(state.calls).toBe(65);
  });
});
