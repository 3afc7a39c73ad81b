import type { z } from 'zod';
import type { Bilingual } from '../core/Bilingual.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { Citation, Verification } from '../core/Citation.js';
import { mergeRuleParams } from './params/mergeParams.js';
import { rolesRuleParams } from './params/rolesParams.js';
import { staffingRuleParams } from './params/staffingParams.js';
import { structureRuleParams } from './params/structureParams.js';

/**
 * The parameter schema of every rule type: a rule's `type` says how its `params` are shaped and
 * which module reads them.
 *
 * @example
 * ```ts
 * Object.keys(ruleParamSchemas).includes('area-hierarchy'); //=> true
 * ```
 * @category Rulebook
 */
export const ruleParamSchemas = {
  ...structureRuleParams,
  ...mergeRuleParams,
  ...rolesRuleParams,
  ...staffingRuleParams,
} as const;

/** A rule type. @category Rulebook @example `const type: RuleType = 'area-hierarchy';` */
export type RuleType = keyof typeof ruleParamSchemas;

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
export type Strength = 'required' | 'encouraged' | 'pilot' | 'permitted' | 'forbidden';

/**
 * The topics rules are grouped under (one guide page each).
 *
 * @example
 * ```ts
 * const topic: Topic = 'merge';
 * ```
 * @category Rulebook
 */
export type Topic = 'structure' | 'merge' | 'area-standards' | 'roles' | 'staffing' | 'norms' | 'benefits';

/**
 * One dated version of a rule: its params over `[from, to)`, how strongly it binds, and the
 * article it rests on.
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
export interface RuleVersion<P = unknown> {
  readonly from: IsoDate;
  readonly to?: IsoDate | undefined;
  readonly params: P;
  readonly strength?: Strength | undefined;
  /** The main legal basis. */
  readonly citation: Citation;
  /** Further instruments behind the same version (an amendment, a guiding circular). */
  readonly alsoCites?: readonly Citation[] | undefined;
  /** Overrides the instrument's verification when this rule's reading is less (or more) sure. */
  readonly verification?: Verification | undefined;
  /** Why the version reads as it does: doubts, conflicting sources, rounding assumptions. */
  readonly note?: string | undefined;
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
export interface RuleOf<T extends RuleType> {
  readonly id: string;
  readonly type: T;
  readonly topic: Topic;
  readonly title: Bilingual;
  readonly description?: Bilingual | undefined;
  readonly versions: readonly RuleVersion<RuleParams<T>>[];
}

/** Any rule, discriminated on `type`. @category Rulebook @example `const rules: Rule[] = defaultRulebook.rules.slice();` */
export type Rule = { [T in RuleType]: RuleOf<T> }[RuleType];

/**
 * Kinds of legal instrument.
 *
 * @example
 * ```ts
 * const kind: InstrumentKind = 'decree';
 * ```
 * @category Rulebook
 */
export type InstrumentKind =
  | 'constitution'
  | 'law'
  | 'resolution'
  | 'decree'
  | 'circular'
  | 'conclusion'
  | 'directive'
  | 'regulation'
  | 'decision'
  | 'notice'
  | 'official-letter'
  | 'guidance';

/**
 * A legal document: id, kind, issuer, dates, title, links to other instruments, and how well the
 * library knows its text.
 *
 * @example
 * ```ts
 * const resolution: Instrument = {
 *   id: '18-NQ/TW', kind: 'resolution', issuer: 'Ban Chấp hành Trung ương Đảng',
 *   issued: isoDate('2017-10-25'), effective: isoDate('2017-10-25'),
 *   title: { vi: 'Nghị quyết 18-NQ/TW …', en: 'Resolution 18-NQ/TW …' },
 *   verification: 'secondary',
 * };
 * ```
 * @category Rulebook
 */
export interface Instrument {
  readonly id: string;
  readonly kind: InstrumentKind;
  readonly issuer: string;
  readonly issued: IsoDate;
  readonly effective: IsoDate;
  readonly title: Bilingual;
  readonly verification: Verification;
  /** `national` (default) or `local` (a province's own instrument). */
  readonly scope?: 'national' | 'local' | undefined;
  readonly amends?: readonly string[] | undefined;
  readonly replaces?: readonly string[] | undefined;
  readonly repealedBy?: string | undefined;
  readonly repealedOn?: IsoDate | undefined;
  /** Where the text was read (URLs of the sources in `legal-facts.md`). */
  readonly sources?: readonly string[] | undefined;
  /** Doubts about dates or text, e.g. "effective date not found; the issue date is used". */
  readonly note?: string | undefined;
}

/**
 * The law as data: instruments and the rules that cite them.
 *
 * @example
 * ```ts
 * const empty: Rulebook = { instruments: [], rules: [] };
 * ```
 * @category Rulebook
 */
export interface Rulebook {
  readonly instruments: readonly Instrument[];
  readonly rules: readonly Rule[];
}
