import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Bilingual } from '../../src/core/index.js';
import type { Issue } from '../../src/report/index.js';
import { parseWithSchema, zodIssuesToIssues } from '../../src/report/parseWithSchema.js';
import { importFresh } from '../support/importFresh.js';

const paramsOf = (issue: Issue | undefined) => issue?.params as { path: string; expected: Bilingual; received: Bilingual } | undefined;
const firstIssue = (schema: z.ZodType, input: unknown) => {
  const result = parseWithSchema(schema, input);
  expect(result.ok).toBe(false);
  return paramsOf(result.issues[0]);
};

describe('the boundary says what was expected, in each language', () => {
  it.each<[string, z.ZodType, unknown, Bilingual]>([
    ['null', z.null(), 1, { vi: 'null', en: 'null' }],
    ['exactly one value', z.literal('x'), 'y', { vi: 'đúng giá trị "x"', en: 'exactly "x"' }],
    ['a value of one of several forms', z.union([z.string(), z.number()]), true, { vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' }],
    ['more than a bound', z.number().gt(0), 0, { vi: 'lớn hơn 0', en: 'more than 0' }],
    ['less than a bound', z.number().lt(10), 10, { vi: 'nhỏ hơn 10', en: 'less than 10' }],
    ['at most a number', z.number().max(10), 11, { vi: 'tối đa 10', en: 'at most 10' }],
    ['at most so many items', z.array(z.number()).max(1), [1, 2], { vi: 'tối đa 1 phần tử', en: 'at most 1 item' }],
    ['at least so many characters', z.string().min(3), 'ab', { vi: 'ít nhất 3 ký tự', en: 'at least 3 characters' }],
    ['a multiple', z.number().multipleOf(5), 7, { vi: 'một bội số của 5', en: 'a multiple of 5' }],
    ['a refinement with a message only', z.string().refine(() => false, { message: 'a palindrome' }), 'ab', { vi: 'một giá trị hợp lệ', en: 'a palindrome' }],
    ['a refinement with no message', z.string().refine(() => false), 'ab', { vi: 'một giá trị hợp lệ', en: 'a valid value' }],
  ])('%s', (_name, schema, input, expected) => {
    expect(firstIssue(schema, input)?.expected).toEqual(expected);
  });

  it.each<[string, z.ZodType, unknown]>([
    ['a type the library does not name', z.bigint(), 1],
    ['a format', z.string().email(), 'nope'],
  ])('%s: in zod’s words of each language', (_name, schema, input) => {
    const expected = firstIssue(schema, input)?.expected;
    expect(expected?.en.length).toBeGreaterThan(0);
    expect(expected?.vi.length).toBeGreaterThan(0);
    expect(expected?.vi).not.toBe(expected?.en);
  });

  it('names a discriminator whose values zod did not list, and other issues in zod’s words', () => {
    const [union, element, matches] = zodIssuesToIssues([
      { code: 'invalid_union', discriminator: 'kind', errors: [], path: ['units', 0, 'kind'], message: '', input: { kind: 'hamlet' } } as never,
      { code: 'invalid_element', origin: 'set', key: 1, issues: [], path: ['tags'], message: '', input: new Set([1]) } as never,
      { code: 'invalid_union', errors: [], inclusive: false, matches: [0, 1], path: ['x'], message: '', input: 1 } as never,
    ]);
    expect(paramsOf(matches)?.expected).toEqual({ vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' });
    expect(paramsOf(union)?.expected).toEqual({ vi: 'một giá trị hợp lệ của trường kind', en: 'a valid value of kind' });
    expect(paramsOf(union)?.received).toEqual({ vi: '"hamlet"', en: '"hamlet"' });
    expect(paramsOf(element)?.expected.en.length).toBeGreaterThan(0);
    expect(paramsOf(element)?.received).toEqual({ vi: 'một đối tượng', en: 'object' });
  });

  it('names what it received, whatever its type', () => {
    expect(firstIssue(z.string(), 10n)?.received).toEqual({ vi: 'giá trị kiểu bigint', en: 'bigint' });
    expect(firstIssue(z.string(), () => 1)?.received).toEqual({ vi: 'giá trị kiểu function', en: 'function' });
    expect(firstIssue(z.number(), 'x'.repeat(41))?.received).toEqual({ vi: `chuỗi "${'x'.repeat(40)}…"`, en: `string "${'x'.repeat(40)}…"` });
  });

  it('reports something thrown that is not an Error', () => {
    const hostile = {
      get units(): never {
        throw 'no';
      },
    };
    const result = parseWithSchema(z.strictObject({ units: z.array(z.string()) }), hostile);
    expect(paramsOf(result.issues[0])?.received).toEqual({ vi: 'lỗi khi đọc dữ liệu: no', en: 'no' });
  });

  it('counts zod issues past the limit', () => {
    const issues = zodIssuesToIssues(
      Array.from({ length: 5 }, (_, index) => ({ code: 'custom', path: [index], message: 'm', input: index }) as never),
      ['list'],
      10,
      2,
    );
    expect(issues.map((issue) => issue.params?.path)).toEqual(['list.0', 'list.1', undefined]);
    expect(issues[2]?.params).toMatchObject({ limit: 2, omitted: 13, errors: 13 });
  });
});

describe('the boundary answers with zod when the compiled schema cannot', () => {
  it.each([['throws', true], ['rejects everything', false]])('gives zod the last word when the fast path %s', async (name, throws) => {
    let calls = 0;
    vi.doMock('../../src/report/compileSchema.js', async (original) => {
      const actual = await original<typeof import('../../src/report/compileSchema.js')>();
      const fastPath = () => {
        calls += 1;
        if (throws) throw new Error('no fast path');
        return actual.NOT_ACCEPTED;
      };
      return { ...actual, compileSchema: () => fastPath };
    });
    const fresh = await importFresh<typeof import('../../src/report/parseWithSchema.js')>('src/report/parseWithSchema.js', `fast-path-${name}`);
    const schema = z.strictObject({ id: z.string() });
    expect(fresh.parseWithSchema(schema, { id: 'x' })).toEqual({ ok: true, value: { id: 'x' }, issues: [] });
    expect(fresh.parseWithSchema(schema, { id: 1 }).ok).toBe(false);
    expect(calls).toBe(2); // the fast path was asked each time, and zod answered
    vi.doUnmock('../../src/report/compileSchema.js');
  });
});
