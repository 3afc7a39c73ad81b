import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planSchema, rulebookAdditionsSchema, structureSchema } from '../../src/parse/index.js';
import { NOT_ACCEPTED, compileSchema } from '../../src/report/compileSchema.js';
import { camPhaCity2020, kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018 } from '../../src/samples/index.js';
import { smallTown } from '../model/fixtures.js';

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
