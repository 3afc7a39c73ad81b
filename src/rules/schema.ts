import { z } from 'zod';
import { isoDateSchema } from '../model/schema.js';
import type { Citation } from '../core/Citation.js';
import type { RULE_TYPES } from './ruleTypes.js';
import { mergeRuleParams } from './params/mergeParams.js';
import { rolesRuleParams } from './params/rolesParams.js';
import { staffingRuleParams } from './params/staffingParams.js';
import { structureRuleParams } from './params/structureParams.js';

/*
 * The one source of the rulebook's shapes. `Rule.ts` derives the types from these schemas with
 * `import type` (so the rulebook's functions and data load no zod at run time); only this file,
 * the params schema files and `parseRulebookAdditions.ts` import zod as a value.
 */

/**
 * The parameter schema of every rule type: a rule's `type` says how its `params` are shaped and
 * which module reads them. Pass it to `validateRulebook(rulebook, { paramSchemas: ruleParamSchemas })`
 * to check the params of a rulebook built in code.
 *
 * @example
 * ```ts
 * Object.keys(ruleParamSchemas).includes('area-hierarchy'); //=> true
 * ```
 * @category Schemas
 */
export const ruleParamSchemas = {
  ...structureRuleParams,
  ...mergeRuleParams,
  ...rolesRuleParams,
  ...staffingRuleParams,
} as const;

type ParamSchemas = typeof ruleParamSchemas;
type RuleTypeName = keyof ParamSchemas;

const bilingual = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

/** zod schema of a `Verification`. @category Schemas @example `verificationSchema.parse('secondary')` */
export const verificationSchema = z.enum(['primary', 'secondary', 'unverified']);

/** zod schema of a {@link Citation}. @category Schemas @example `citationSchema.parse({ instrumentId: '40-KL/TW' })` */
export const citationSchema = z.strictObject({
  instrumentId: z.string().min(1),
  article: z.string().min(1).optional(),
  clause: z.string().min(1).optional(),
  point: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
});

/** Both directions of assignability: the schema and the `Citation` interface cannot drift apart. */
type SameShape<A, B> = [A, B] extends [B, A] ? true : false;
const _citationSchemaMatchesCitation: SameShape<z.output<typeof citationSchema>, Citation> = true;

/** zod schema of an `InstrumentKind`. @category Schemas @example `instrumentKindSchema.parse('decree')` */
export const instrumentKindSchema = z.enum([
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
]);

/** zod schema of an `Instrument`. @category Schemas @example `instrumentSchema.safeParse({ id: '178/2024/NĐ-CP' }).success //=> false (kind, issuer, dates, title… are required)` */
export const instrumentSchema = z.strictObject({
  /** The official number, e.g. `178/2024/NĐ-CP`; a local one names its province. */
  id: z.string().min(1),
  kind: instrumentKindSchema,
  /** Who issued it (cơ quan ban hành). */
  issuer: z.string().min(1),
  /** The date it was signed or adopted (ngày ban hành). */
  issued: isoDateSchema,
  /** The date it takes effect (ngày có hiệu lực). */
  effective: isoDateSchema,
  title: bilingual,
  /** How well the library knows its text. */
  verification: verificationSchema,
  /**
   * How well the library knows `issued` and `effective`, when less sure than the text: `unverified`
   * when the issue date stands in for an effective date not found, or a date is from memory.
   */
  dateVerification: verificationSchema.optional(),
  /** `national` (default) or `local` (a province's own instrument). */
  scope: z.enum(['national', 'local']).optional(),
  amends: z.array(z.string().min(1)).optional(),
  replaces: z.array(z.string().min(1)).optional(),
  repealedBy: z.string().min(1).optional(),
  repealedOn: isoDateSchema.optional(),
  /** A public copy of its text (an official portal, a legal database), where one is known. */
  url: z.url().optional(),
  /** Where the library read what it encodes: URLs, or a named consolidated text. */
  sources: z.array(z.string().min(1)).optional(),
  /** Doubts about dates or text, e.g. "effective date not found; the issue date is used". */
  note: z.string().optional(),
});

/** zod schema of a `Strength`. @category Schemas @example `strengthSchema.parse('pilot')` */
export const strengthSchema = z.enum(['required', 'encouraged', 'pilot', 'permitted', 'forbidden']);

/** zod schema of a `Topic`. @category Schemas @example `topicSchema.parse('merge')` */
export const topicSchema = z.enum(['structure', 'merge', 'area-standards', 'roles', 'staffing', 'norms', 'benefits']);

/** zod schema of a `Quote`. @category Schemas @example `quoteSchema.parse({ text: '…', source: 'https://…' })` */
export const quoteSchema = z.strictObject({
  /** The law's own operative words, in Vietnamese, as read in `source` (never a paraphrase). */
  text: z.string().min(1),
  /** Where the words were read: a URL, or a named consolidated text. */
  source: z.string().min(1),
});

/**
 * zod schema of a rule version with params of any shape (`ruleSchema` checks each type's params).
 * @category Schemas
 * @example
 * ```ts
 * ruleVersionSchema.safeParse({ from: '2022-07-18', params: {}, citation: { instrumentId: '40-KL/TW' } }).success; //=> true
 * ```
 */
export const ruleVersionSchema = z.strictObject({
  /** First day in force. */
  from: isoDateSchema,
  /** First day no longer in force (half-open); absent while in force. */
  to: isoDateSchema.optional(),
  params: z.unknown(),
  strength: strengthSchema.optional(),
  /** The main legal basis. */
  citation: citationSchema,
  /** Further instruments behind the same version (an amendment, a guiding circular). */
  alsoCites: z.array(citationSchema).optional(),
  /** Overrides the instrument's verification when this rule's reading is less (or more) sure. */
  verification: verificationSchema.optional(),
  /** Where this reading was checked, when it is not the instrument's own sources. */
  sources: z.array(z.string().min(1)).optional(),
  /** The law's operative words behind the version, where a stored source gives them. */
  quote: quoteSchema.optional(),
  /** Why the version reads as it does: doubts, conflicting sources, rounding assumptions. */
  note: z.string().optional(),
});

/**
 * zod schema of what every rule has whatever its type: id, topic, title and description.
 * @category Schemas
 * @example
 * ```ts
 * ruleHeadSchema.shape.topic.options.includes('roles'); //=> true
 * ```
 */
export const ruleHeadSchema = z.strictObject({
  id: z.string().min(1),
  topic: topicSchema,
  title: bilingual,
  description: bilingual.optional(),
});

function ruleSchemaOf<T extends RuleTypeName>(type: T) {
  return ruleHeadSchema.extend({
    type: z.literal(type),
    versions: z.array(ruleVersionSchema.extend({ params: ruleParamSchemas[type] as ParamSchemas[T] })),
  });
}

/**
 * zod schema of any rule, discriminated on `type`; each type checks its own params.
 * @category Schemas
 * @example
 * ```ts
 * ruleSchema.safeParse({ id: 'local.x', topic: 'merge', versions: [] }).success; //=> false (no title, no type)
 * ```
 */
export const ruleSchema = z.discriminatedUnion('type', [
  ruleSchemaOf('area-hierarchy'),
  ruleSchemaOf('body-count-limit'),
  ruleSchemaOf('required-bodies'),
  ruleSchemaOf('cross-family-consolidation'),
  ruleSchemaOf('village-household-standard'),
  ruleSchemaOf('admin-unit-standard'),
  ruleSchemaOf('admin-unit-merge-criteria'),
  ruleSchemaOf('merged-unit-directions'),
  ruleSchemaOf('quota-not-above-sources'),
  ruleSchemaOf('grace-period'),
  ruleSchemaOf('role-combination'),
  ruleSchemaOf('role-cap'),
  ruleSchemaOf('reduction-target'),
  ruleSchemaOf('commune-staff-norm'),
  ruleSchemaOf('commune-staff-average'),
  ruleSchemaOf('commune-staff-range'),
  ruleSchemaOf('staff-categories'),
  ruleSchemaOf('deputy-limit'),
  ruleSchemaOf('early-retirement-benefit'),
  ruleSchemaOf('resignation-benefit'),
  ruleSchemaOf('service-time-benefit'),
]);

/** Every rule type has its member in `ruleSchema` and in `RULE_TYPES` (a type added to the params only fails to compile). */
const _ruleSchemaCoversEveryType: SameShape<z.output<typeof ruleSchema>['type'], RuleTypeName> = true;
const _ruleTypesListEveryType: SameShape<(typeof RULE_TYPES)[number], RuleTypeName> = true;

/** zod schema of `RulebookAdditions`: what a province or app adds to a rulebook. @category Schemas @example `rulebookAdditionsSchema.safeParse({ instruments: [], rules: [] }).success //=> true` */
export const rulebookAdditionsSchema = z.strictObject({
  instruments: z.array(instrumentSchema).optional(),
  rules: z.array(ruleSchema).optional(),
});
