import { z } from 'zod';
import { isoDateSchema } from '../model/schema.js';
import { ruleParamSchemas, type RuleType } from './Rule.js';

const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** zod schema of a `Citation`. @category Schemas @example `citationSchema.parse({ instrumentId: '40-KL/TW' })` */
export const citationSchema = z.strictObject({
  instrumentId: z.string().min(1),
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
});

const verificationSchema = z.enum(['primary', 'secondary', 'unverified']);

/** zod schema of an `Instrument`. @category Schemas @example `instrumentSchema.safeParse(json).success` */
export const instrumentSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum([
    'constitution',
    'law',
    'resolution',
    'decree',
    'circular',
    'conclusion',
    'directive',
    'regulation',
    'decision',
    'notice',
    'official-letter',
    'guidance',
  ]),
  issuer: z.string().min(1),
  issued: isoDateSchema,
  effective: isoDateSchema,
  title: bilingual,
  verification: verificationSchema,
  scope: z.enum(['national', 'local']).optional(),
  amends: z.array(z.string().min(1)).optional(),
  replaces: z.array(z.string().min(1)).optional(),
  repealedBy: z.string().min(1).optional(),
  repealedOn: isoDateSchema.optional(),
  sources: z.array(z.string()).optional(),
  note: z.string().optional(),
});

function ruleSchemaOf<T extends RuleType>(type: T) {
  return z.strictObject({
    id: z.string().min(1),
    type: z.literal(type),
    topic: z.enum(['structure', 'merge', 'area-standards', 'roles', 'staffing', 'norms', 'benefits']),
    title: bilingual,
    description: bilingual.optional(),
    versions: z.array(
      z.strictObject({
        from: isoDateSchema,
        to: isoDateSchema.optional(),
        params: ruleParamSchemas[type],
        strength: z.enum(['required', 'encouraged', 'pilot', 'permitted', 'forbidden']).optional(),
        citation: citationSchema,
        alsoCites: z.array(citationSchema).optional(),
        verification: verificationSchema.optional(),
        note: z.string().optional(),
      }),
    ),
  });
}

const ruleTypes = Object.keys(ruleParamSchemas) as RuleType[];

/**
 * zod schema of any rule, discriminated on `type`; each type checks its own params.
 * @category Schemas
 * @example
 * ```ts
 * ruleSchema.safeParse(json).success;
 * ```
 */
export const ruleSchema = z.discriminatedUnion(
  'type',
  ruleTypes.map((type) => ruleSchemaOf(type)) as unknown as [ReturnType<typeof ruleSchemaOf>, ...ReturnType<typeof ruleSchemaOf>[]],
);

/** zod schema of `RulebookAdditions`: what a province or app adds to a rulebook. @category Schemas @example `rulebookAdditionsSchema.safeParse(json)` */
export const rulebookAdditionsSchema = z.strictObject({
  instruments: z.array(instrumentSchema).optional(),
  rules: z.array(ruleSchema).optional(),
});
