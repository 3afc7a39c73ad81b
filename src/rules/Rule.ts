import type { z } from 'zod';
import type { Citation } from '../core/Citation.js';
import type {
  instrumentKindSchema,
  instrumentSchema,
  quoteSchema,
  ruleHeadSchema,
  ruleParamSchemas,
  ruleVersionSchema,
  strengthSchema,
  topicSchema,
} from './schema.js';

/*
 * The rulebook's types, each derived from its zod schema in `schema.ts` (one source): the imports
 * above are type-only, so nothing here loads zod at run time.
 */

/** A rule type. @category Rulebook @example `const type: RuleType = 'area-hierarchy';` */
// `& string` changes nothing but keeps the name: signatures show the alias, not its whole union.
export type RuleType = keyof typeof ruleParamSchemas & string;

/** The params of a rule type. @category Rulebook @example `type P = RuleParams<'area-hierarchy'>;` */
export type RuleParams<T extends RuleType> = z.output<(typeof ruleParamSchemas)[T]>;

/**
 * How strongly a rule binds: `required` (bắt buộc), `encouraged` (khuyến khích), `pilot`
 * (thí điểm), `permitted` (được phép), `forbidden` (không được).
 *
 * @example
 * ```ts
 * const strength: Strength = 'pilot';
 * ```
 * @category Rulebook
 */
export type Strength = z.output<typeof strengthSchema>;

/**
 * The topics rules are grouped under (one guide page each).
 *
 * @example
 * ```ts
 * const topic: Topic = 'merge';
 * ```
 * @category Rulebook
 */
export type Topic = z.output<typeof topicSchema>;

/**
 * The law's own operative words behind a rule version, in Vietnamese, and where they were read.
 *
 * @example
 * ```ts
 * const quote: Quote = {
 *   text: 'Nghị quyết này có hiệu lực thi hành từ ngày 15 tháng 4 năm 2025.',
 *   source: 'https://xaydungchinhsach.chinhphu.vn/nghi-quyet-so-76-2025-ubtvqh15-sap-xep-don-vi-hanh-chinh-nam-2025-119250415130519882.htm',
 * };
 * ```
 * @category Rulebook
 */
export interface Quote extends Readonly<z.output<typeof quoteSchema>> {}

type VersionShape = z.output<typeof ruleVersionSchema>;

/**
 * One dated version of a rule: its params over `[from, to)`, how strongly it binds, the article it
 * rests on and, where a stored source gives them, the law's own words.
 *
 * @example
 * ```ts
 * const version: RuleVersion<{ percent: string }> = {
 *   from: isoDate('2022-07-18'), params: { percent: '5' },
 *   citation: { instrumentId: '40-KL/TW' },
 * };
 * ```
 * @category Rulebook
 */
export interface RuleVersion<P = unknown> extends Readonly<Omit<VersionShape, 'params' | 'citation' | 'alsoCites' | 'sources' | 'quote'>> {
  readonly params: P;
  /** The main legal basis. */
  readonly citation: Citation;
  /** Further instruments behind the same version (an amendment, a guiding circular). */
  readonly alsoCites?: readonly Citation[] | undefined;
  /** Where this reading was checked, when it is not the instrument's own sources. */
  readonly sources?: readonly string[] | undefined;
  /** The law's operative words behind the version, where a stored source gives them. */
  readonly quote?: Quote | undefined;
}

/**
 * A rule of one type: id, topic, bilingual title and its dated versions.
 *
 * @example
 * ```ts
 * const rule: RuleOf<'area-hierarchy'> = {
 *   id: 'structure.area-hierarchy', type: 'area-hierarchy', topic: 'structure',
 *   title: { vi: 'Các cấp hành chính', en: 'Levels of administration' },
 *   versions: [],
 * };
 * ```
 * @category Rulebook
 */
export interface RuleOf<T extends RuleType, Id extends string = string> extends Readonly<Omit<z.output<typeof ruleHeadSchema>, 'id'>> {
  readonly id: Id;
  readonly type: T;
  readonly versions: readonly RuleVersion<RuleParams<T>>[];
}

/**
 * Any rule, discriminated on `type`; `Id` narrows the ids (the default rulebook's are {@link DefaultRuleId}).
 * @category Rulebook
 * @example `const rules: Rule[] = defaultRulebook.rules.slice();`
 */
export type Rule<Id extends string = string> = { [T in RuleType]: RuleOf<T, Id> }[RuleType];

/**
 * Kinds of legal instrument.
 *
 * @example
 * ```ts
 * const kind: InstrumentKind = 'decree';
 * ```
 * @category Rulebook
 */
export type InstrumentKind = z.output<typeof instrumentKindSchema>;

type InstrumentShape = z.output<typeof instrumentSchema>;

/**
 * A legal document: id, kind, issuer, dates, title, links to other instruments, how well the
 * library knows its text (and its dates), and where that text can be read.
 *
 * @example
 * ```ts
 * const resolution: Instrument = {
 *   id: '18-NQ/TW', kind: 'resolution', issuer: 'Ban Chấp hành Trung ương Đảng',
 *   issued: isoDate('2017-10-25'), effective: isoDate('2017-10-25'),
 *   title: { vi: 'Nghị quyết 18-NQ/TW …', en: 'Resolution 18-NQ/TW …' },
 *   verification: 'secondary', sources: ['https://…'],
 * };
 * ```
 * @category Rulebook
 */
export interface Instrument extends Readonly<Omit<InstrumentShape, 'amends' | 'replaces' | 'sources'>> {
  readonly amends?: readonly string[] | undefined;
  readonly replaces?: readonly string[] | undefined;
  /** Where the library read what it encodes: URLs, or a named consolidated text. */
  readonly sources?: readonly string[] | undefined;
}

/**
 * The law as data: instruments and the rules that cite them. `Id` is the rule ids the rulebook is
 * known to have (`defaultRulebook`: {@link DefaultRuleId}; an extended one: those and the added
 * ones), so that `findRule` refuses a misspelt id at compile time; a rulebook of unknown origin
 * has `string` ids and any id is accepted.
 *
 * @example
 * ```ts
 * const empty: Rulebook = { instruments: [], rules: [] };
 * ```
 * @category Rulebook
 */
export interface Rulebook<Id extends string = string> {
  readonly instruments: readonly Instrument[];
  readonly rules: readonly Rule[];
  /**
   * Type-level only, never present: carries `Id`. A method, so that rulebooks with different known
   * ids stay assignable to one another (an extended rulebook where the default is expected).
   * @internal
   */
  knownRuleIds?(id: Id): void;
}

/**
 * A reason the law names for a unit to stay out of a merger (NQ 35/2023, NQ 76/2025 Art. 3): an
 * isolated location, a place important to defence, security or sovereignty, a boundary stable
 * since before 1945, a unit planned to become urban, a unit already merged in 2019–2021. The model
 * records none of these facts: a caller names the units (`validatePlan`'s `exemptions`).
 *
 * @example
 * ```ts
 * const reason: MergeExemption = 'isolated-location';
 * ```
 * @category Rulebook
 */
export type MergeExemption = NonNullable<RuleParams<'admin-unit-merge-criteria'>['exemptions']>[number];
