import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { planSchema, rulebookAdditionsSchema, structureSchema } from '../../src/parse/index.js';
import { NOT_ACCEPTED, compileSchema } from '../../src/report/compileSchema.js';
import { camPhaCity2020, kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018 } from '../../src/samples/index.js';
import { smallTown } from '../model/fixtures.js';
import { importFresh } from '../support/importFresh.js';

/** What zod answers, and what the compiled schema answers, written so that key order counts. */
function bothAnswers(schema: z.ZodType, input: unknown): [string, string] {
  const zod = schema.safeParse(input);
  const fast = compileSchema(schema)(input);
  return [zod.success ? JSON.stringify(zod.data) : 'rejected', fast === NOT_ACCEPTED ? 'rejected' : JSON.stringify(fast)];
}

const text = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom('x', 'Kỳ Anh', 'Ky\u0300 Anh', 'xã-Kỳ', 'a'.repeat(200), '𝒳', '𝒳'.repeat(150), '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.constantFrom('', 'a'.repeat(201), '𝒳'.repeat(201)) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
);
const goodDate = fc.constantFrom('2020-01-01', '2024-02-29', '2025-07-01');
const badValue = fc.constantFrom<unknown>(undefined, null, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '', 'x', '3', '2019-02-30', '2025-7-01', 20200101, true, [], {}, { vi: 1 });
const count = fc.nat(1000);
const counts = fc.record({ cadre: count, civilServant: count, publicEmployee: count, nonProfessional: count, contract: count }, { requiredKeys: [] });
const name = fc.record({ vi: text, en: text }, { requiredKeys: ['vi'] });
const common = { id: text, name, parentId: text, from: goodDate, to: goodDate, code: text, note: text, illustrative: fc.boolean() };
const area = fc.record(
  {
    ...common,
    kind: fc.constantFrom('village', 'commune', 'province', 'special-zone'),
    population: count,
    areaKm2: fc.constantFrom(0, 1.25, 1203.5),
    households: count,
    terrain: fc.constantFrom('plains', 'island', 'highland'),
    border: fc.boolean(),
    region: fc.constantFrom('central', 'south'),
    adminClass: fc.constantFrom('special', 1, 2, 3),
  },
  { requiredKeys: ['id', 'kind', 'name', 'from'] },
);
const organisationFields = { ...common, areaId: text, functions: fc.array(text, { maxLength: 3 }), staffing: fc.record({ quota: counts, actual: counts }, { requiredKeys: [] }), sector: text };
const organisation = fc.record(
  { ...organisationFields, kind: fc.constantFrom('peoples-committee', 'party-cell', 'fatherland-front') },
  { requiredKeys: ['id', 'kind', 'name', 'areaId', 'from'] },
);
const publicService = fc.record(
  { ...organisationFields, kind: fc.constant('public-service-unit'), autonomyGroup: fc.constantFrom(1, 2, 3, 4) },
  { requiredKeys: ['id', 'kind', 'name', 'areaId', 'from'] },
);
const person = fc.record({ id: text, name: text, birthDate: goodDate, sex: fc.constantFrom('male', 'female'), homeAreaId: text }, { requiredKeys: ['id', 'name'] });
const assignment = fc.record(
  { id: text, personId: text, unitId: text, role: fc.constantFrom('chair', 'secretary', 'villageHead'), from: goodDate, to: goodDate },
  { requiredKeys: ['personId', 'unitId', 'role', 'from'] },
);

/** Spoils a record now and then: a field of the wrong value, an unknown key, a required key gone. */
function spoiled<T extends Record<string, unknown>>(record: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const keys = ['id', 'kind', 'name', 'from', 'to', 'areaId', 'households', 'staffing', 'role', 'personId', 'hamlets', 'vi'];
  return fc.tuple(record, fc.nat(19), fc.constantFrom(...keys), badValue).map(([value, dice, key, bad]) => {
    if (dice >= 2) return value;
    const copy: Record<string, unknown> = { ...value };
    if (dice === 0) copy[key] = bad;
    else if (key === 'vi') copy.name = { vi: 'x', en: bad };
    else delete copy[key];
    return copy;
  });
}

const structureArbitrary = fc.record(
  {
    units: fc.oneof({ weight: 12, arbitrary: fc.array(spoiled(fc.oneof(area, organisation, publicService)), { maxLength: 4 }) }, { weight: 1, arbitrary: badValue }),
    people: fc.oneof({ weight: 6, arbitrary: fc.array(spoiled(person), { maxLength: 3 }) }, { weight: 1, arbitrary: badValue }),
    assignments: fc.oneof({ weight: 6, arbitrary: fc.array(spoiled(assignment), { maxLength: 3 }) }, { weight: 1, arbitrary: badValue }),
    extra: fc.constant(true),
  },
  { requiredKeys: ['units'] },
).map((value) => (Math.abs(JSON.stringify(value ?? null).length % 17) === 0 ? { ...value, extra: 1 } : (({ extra: _extra, ...rest }) => rest)(value)));

describe('the compiled boundary answers exactly as zod', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it.each([
    ['the small town', smallTown()],
    ['Kỳ Anh 2018', JSON.parse(JSON.stringify(kyAnhTown2018))],
    ['Cẩm Phả 2020', JSON.parse(JSON.stringify(camPhaCity2020))],
    ['prototype-named keys', JSON.parse('{"units":[],"__proto__":{"x":1}}')],
    ['an inherited extra key', Object.assign(Object.create({ extra: 1 }), { units: [] })],
  ])('on %s', (_name, input) => {
    const [zod, fast] = bothAnswers(structureSchema, input);
    expect(fast).toBe(zod);
    z.config({ jitless: true });
    expect(bothAnswers(structureSchema, input)[1]).toBe(zod);
  });

  it('on a plan and rulebook additions', () => {
    for (const [schema, input] of [
      [planSchema, JSON.parse(JSON.stringify(kyAnhPlan2019))],
      [rulebookAdditionsSchema, JSON.parse(JSON.stringify(kyAnhLocalRules))],
    ] as const) {
      const [zod, fast] = bothAnswers(schema, input);
      expect(zod).not.toBe('rejected');
      expect(fast).toBe(zod);
    }
  });

  test.prop([structureArbitrary], { numRuns: 1000 })('on structure-shaped noise, objects generated as code', (input) => {
    const [zod, fast] = bothAnswers(structureSchema, input);
    expect(fast).toBe(zod);
  }, 60_000);

  test.prop([structureArbitrary], { numRuns: 500 })('on structure-shaped noise, closures only (z.config({ jitless: true }))', (input) => {
    z.config({ jitless: true });
    const [zod, fast] = bothAnswers(structureSchema, input);
    expect(fast).toBe(zod);
  }, 60_000);

  test.prop([fc.jsonValue()], { numRuns: 300 })('on arbitrary JSON', (input) => {
    const [zod, fast] = bothAnswers(structureSchema, input);
    expect(fast).toBe(zod);
  }, 60_000);

  it('accepts some of the noise (the comparison is not all rejections)', () => {
    const accepted = fc
      .sample(structureArbitrary, { numRuns: 1000, seed: 11 })
      .filter((input) => structureSchema.safeParse(input).success).length;
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(900);
  });

  it('falls back to zod for a schema it does not know, and for a refinement that is not `true`', () => {
    const schema = z.strictObject({
      at: z.date(),
      tags: z.set(z.string()),
      code: z.string().refine((value) => (value === 'ok' ? 1 : 0)),
    });
    const input = { at: new Date(0), tags: new Set(['a']), code: 'ok' };
    expect(compileSchema(schema)(input)).toEqual(schema.parse(input));
    expect(compileSchema(schema)({ ...input, code: 'no' })).toBe(NOT_ACCEPTED);
  });
});

describe('each kind of schema and check compiles to zod’s answer', () => {
  const cases: [string, z.ZodType, unknown[]][] = [
    ['numbers above and below, inclusive or not', z.number().gt(0).lt(10), [0, 0.5, 9.99, 10, -1, Number.NaN, '5']],
    ['numbers within inclusive bounds', z.number().gte(0).lte(10), [0, 10, 10.01, -0.01]],
    ['whole numbers, safe or not', z.number().int(), [3, 3.5, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER]],
    ['multiples', z.number().multipleOf(5), [10, 11, 0]],
    ['integers as a format', z.int(), [1, 1.5]],
    ['coerced numbers', z.coerce.number(), ['12', 'x', 3]],
    ['coerced strings and booleans', z.strictObject({ s: z.coerce.string(), b: z.coerce.boolean() }), [{ s: 1, b: 0 }, { s: 'x', b: 'yes' }]],
    ['string patterns and prefixes', z.string().regex(/^a+$/g).startsWith('a'), ['aaa', 'ab', '', 5]],
    ['string formats', z.string().email(), ['a@b.co', 'nope']],
    ['string lengths in code points', z.string().min(2).max(3), ['ab', '𝒳𝒳', '𝒳', '𝒳𝒳𝒳', '𝒳𝒳𝒳𝒳', 'abcd', 'a']],
    ['a condition on a check', z.string().check(z.refine((value: string) => value !== 'x', { when: (payload) => typeof payload.value === 'string' && payload.value.length > 0 })), ['x', 'y', '']],
    ['a refinement answering something other than true', z.string().refine((value) => (value === 'ok' ? 'yes' : '')), ['ok', 'no']],
    ['booleans and literals', z.strictObject({ flag: z.boolean(), one: z.literal(1), kind: z.enum(['a', 'b']) }), [{ flag: true, one: 1, kind: 'a' }, { flag: 1, one: 1, kind: 'a' }, { flag: false, one: 2, kind: 'b' }, { flag: false, one: 1, kind: 'c' }]],
    ['lists with bounds', z.array(z.string()).min(1).max(2), [[], ['a'], ['a', 'b', 'c'], 'a', [1]]],
    ['optional and defaulted fields', z.strictObject({ a: z.string().optional(), b: z.array(z.number()).default([]), c: z.number().default(7) }), [{}, { a: undefined }, { a: 'x', b: [1], c: 2 }, { b: undefined, c: undefined }, { a: 1 }]],
    ['stripped and loose objects', z.strictObject({ inner: z.object({ a: z.string() }), loose: z.looseObject({ a: z.string() }) }), [{ inner: { a: 'x', b: 1 }, loose: { a: 'x', b: 1 } }, { inner: {}, loose: { a: 'x' } }]],
    ['a key named like the prototype', z.object({ ['__proto__']: z.string().optional(), a: z.string() }), [{ a: 'x' }, JSON.parse('{"a":"x","__proto__":"y"}')]],
    ['unknown keys of a strict object', z.strictObject({ a: z.number() }), [{ a: 1 }, { a: 1, b: 2 }, Object.assign(Object.create({ inherited: 1 }), { a: 1 })]],
    ['an empty strict object', z.strictObject({}), [{}, { a: 1 }, []]],
    ['a plain union', z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.number() })]), [{ a: 'x' }, { b: 1 }, { c: 1 }]],
    ['a discriminated union', z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a'), a: z.string() }), z.strictObject({ type: z.literal('b') })]), [{ type: 'a', a: 'x' }, { type: 'b' }, { type: 'c' }, 'a', { type: 'a' }]],
    ['a nullable field and a transform', z.strictObject({ a: z.string().nullable(), b: z.string().transform((value) => value.length) }), [{ a: null, b: 'xyz' }, { a: 1, b: 'x' }]],
    ['a default after an optional, and a default over a transform to nothing', z.strictObject({ a: z.string().optional().default('d'), b: z.string().transform(() => undefined).default('e' as never) }), [{}, { a: 'x', b: 'y' }, { a: undefined }]],
    ['a discriminated union falling back to a plain one', z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b'), n: z.number() })], { unionFallback: true }), [{ type: 'a' }, { type: 'b', n: 1 }, { type: 'c' }]],
    ['a number format check other than safe integers', z.number().check(z.int32()), [1, 2 ** 40, 1.5]],
    ['a refined object', z.strictObject({ a: z.number().optional(), b: z.number().optional() }).refine((value) => Object.keys(value).length > 0), [{}, { a: 1 }]],
  ];

  it.each(cases)('%s', (_name, schema, values) => {
    for (const value of values) {
      const zod = schema.safeParse(value);
      const fast = compileSchema(schema)(value);
      if (zod.success) expect(fast, JSON.stringify(value)).toEqual(zod.data);
      else expect(fast, JSON.stringify(value)).toBe(NOT_ACCEPTED);
    }
  });
});

describe('where code generation is forbidden (a Content Security Policy)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('compiles objects to closures, with the same answers', async () => {
    vi.stubGlobal(
      'Function',
      class {
        constructor() {
          throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
        }
      },
    );
    const fresh = await importFresh<typeof import('../../src/report/compileSchema.js')>('src/report/compileSchema.js', 'csp');
    const schema = z.strictObject({ id: z.string(), count: z.number().optional() });
    expect(fresh.compileSchema(schema)({ id: 'x', count: 2 })).toEqual({ id: 'x', count: 2 });
    expect(fresh.compileSchema(schema)({ id: 'x', extra: 1 })).toBe(fresh.NOT_ACCEPTED);
  });
});
