import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import { isInForce } from '../core/Interval.js';
import { type IsoDate, assertIsoDate } from '../core/IsoDate.js';
import { assertOptions, describeType } from '../core/assertOptions.js';
import type { Verification } from '../core/Citation.js';
import { type RulebookIndex, indexRulebook } from './indexRulebook.js';
import type { Instrument, Rule, RuleOf, RuleParams, RuleType, RuleVersion, Rulebook, Topic } from './Rule.js';

/**
 * A rule together with the version in force on the date asked, and the verification of its basis.
 *
 * @example
 * ```ts
 * const found = findRule(defaultRulebook, 'structure.area-hierarchy', isoDate('2025-07-01'));
 * if (found.ok) found.inForce.version.citation.instrumentId; //=> '203/2025/QH15'
 * ```
 * @category Rulebook
 */
export interface RuleInForce<T extends RuleType = RuleType> {
  readonly rule: RuleOf<T>;
  readonly version: RuleVersion<RuleParams<T>>;
  /** The instrument of the version's main citation, when the rulebook has it. */
  readonly instrument: Instrument | undefined;
  /** The version's own verification, else its instrument's, else `unverified`. */
  readonly verification: Verification;
}

/**
 * The answer of {@link findRule}: the rule in force, or the issue that says why there is none
 * (`rule_unknown`, `rule_not_in_force`). Never a silent default.
 *
 * @example
 * ```ts
 * const rulebook: Rulebook = defaultRulebook;
 * const found: RuleLookup = findRule(rulebook, 'nope', isoDate('2025-07-01'));
 * found.ok; //=> false
 * ```
 * @category Rulebook
 */
export type RuleLookup<T extends RuleType = RuleType> =
  | { readonly ok: true; readonly inForce: RuleInForce<T> }
  | { readonly ok: false; readonly issue: Issue };

/**
 * Options of {@link findRule}.
 * @example
 * ```ts
 * const options: FindRuleOptions<'area-hierarchy'> = { type: 'area-hierarchy' };
 * ```
 * @category Rulebook
 */
export interface FindRuleOptions<T extends RuleType> {
  /** Expect the rule to be of this type (typed params); another type gives `rule_unknown`. */
  readonly type?: T;
}

function resolve<T extends RuleType>(index: RulebookIndex, rule: RuleOf<T>, version: RuleVersion<RuleParams<T>>): RuleInForce<T> {
  const instrument = index.instrumentsById.get(version.citation.instrumentId);
  return { rule, version, instrument, verification: version.verification ?? instrument?.verification ?? 'unverified' };
}

/**
 * A rule id written in code, checked against the ids a rulebook is known to have: a literal that
 * is not one of them becomes `never` (a compile error); a `string` variable, or a rulebook of
 * unknown ids, passes unchecked.
 *
 * @example
 * ```ts
 * type Ok = CheckedRuleId<'merge.village-household-standard', DefaultRuleId>; // the id
 * type Typo = CheckedRuleId<'merge.village-household-standrad', DefaultRuleId>; // never
 * ```
 * @category Rulebook
 */
export type CheckedRuleId<Asked extends string, Known extends string> = string extends Known
  ? Asked
  : string extends Asked
    ? Asked
    : Asked extends Known
      ? Asked
      : never;

/**
 * Finds the version of a rule in force on a date.
 *
 * @param rulebook - The rulebook (e.g. `defaultRulebook`, or one from `extendRulebook`).
 * @param id - The rule id; with `defaultRulebook` itself, one of its ids ({@link DefaultRuleId}),
 *   so a typo does not compile.
 * @param asOf - The date the answer is for.
 * @param options - `type` to check the rule's type and get typed params.
 * @returns `{ ok: true, inForce }`, or `{ ok: false, issue }` with `rule_unknown` or `rule_not_in_force`.
 * @throws {TypeError} When `rulebook` is not a rulebook (`{ instruments, rules }`), `id` is not a
 *   string, `asOf` is not an ISO date or `options` is not an object.
 * @example
 * ```ts
 * findRule(defaultRulebook, 'structure.area-hierarchy', isoDate('1990-01-01')).ok; //=> false
 * findRule(defaultRulebook, 'structure.area-hierachy', isoDate('2025-07-01')); // does not compile: a typo
 * ```
 * @category Rulebook
 */
export function findRule<T extends RuleType = RuleType, Id extends string = string, Asked extends string = string>(
  rulebook: Rulebook<Id>,
  id: Asked & CheckedRuleId<Asked, NoInfer<Id>>,
  asOf: IsoDate,
  options: FindRuleOptions<T> = {},
): RuleLookup<T> {
  const index = indexRulebook(rulebook, 'findRule');
  if (typeof id !== 'string') throw new TypeError(`[tinh-gon] findRule: id must be a string, received ${describeType(id)}`);
  assertIsoDate(asOf, 'findRule: asOf');
  assertOptions(options, 'findRule');
  const rule = index.rulesById.get(id);
  if (rule === undefined || (options.type !== undefined && rule.type !== options.type)) {
    return { ok: false, issue: createIssue('rule_unknown', { params: { ruleId: id }, ruleId: id }) };
  }
  const typed = rule as unknown as RuleOf<T>;
  const version = typed.versions.find((candidate) => isInForce(candidate, asOf));
  if (version === undefined) {
    return {
      ok: false,
      issue: createIssue('rule_not_in_force', { params: { ruleId: id, asOf }, ruleId: id }),
    };
  }
  return { ok: true, inForce: resolve(index, typed, version) };
}

/**
 * Options of {@link rulesInForce}.
 * @example
 * ```ts
 * const options: RulesInForceOptions<'area-hierarchy'> = { type: 'area-hierarchy' };
 * ```
 * @category Rulebook
 */
export interface RulesInForceOptions<T extends RuleType> {
  readonly type?: T;
  readonly topic?: Topic;
}

/**
 * Every rule with a version in force on a date, optionally of one type or topic.
 *
 * @param rulebook - The rulebook.
 * @param asOf - The date.
 * @param options - Narrow to a `type` (typed result) or a `topic`.
 * @returns Rules in force with their versions, in rulebook order.
 * @throws {TypeError} When `rulebook` is not a rulebook (`{ instruments, rules }`), `asOf` is not
 *   an ISO date or `options` is not an object.
 * @example
 * ```ts
 * rulesInForce(defaultRulebook, isoDate('2025-07-01'), { topic: 'structure' }).length; //=> 3
 * ```
 * @category Rulebook
 */
export function rulesInForce<T extends RuleType = RuleType>(
  rulebook: Rulebook,
  asOf: IsoDate,
  options: RulesInForceOptions<T> = {},
): RuleInForce<T>[] {
  const index = indexRulebook(rulebook, 'rulesInForce');
  assertIsoDate(asOf, 'rulesInForce: asOf');
  assertOptions(options, 'rulesInForce');
  const result: RuleInForce<T>[] = [];
  for (const rule of rulebook.rules as readonly Rule[]) {
    if (options.type !== undefined && rule.type !== options.type) continue;
    if (options.topic !== undefined && rule.topic !== options.topic) continue;
    const typed = rule as unknown as RuleOf<T>;
    const version = typed.versions.find((candidate) => isInForce(candidate, asOf));
    if (version !== undefined) result.push(resolve(index, typed, version));
  }
  return result;
}

/**
 * Finds an instrument by id.
 *
 * @param rulebook - The rulebook.
 * @param id - The instrument id, e.g. `178/2024/NĐ-CP`.
 * @returns The instrument, or `undefined`.
 * @throws {TypeError} When `rulebook` is not a rulebook (`{ instruments, rules }`) or `id` is not a string.
 * @example
 * ```ts
 * findInstrument(defaultRulebook, '178/2024/NĐ-CP')?.effective; //=> '2025-01-01'
 * ```
 * @category Rulebook
 */
export function findInstrument(rulebook: Rulebook, id: string): Instrument | undefined {
  const index = indexRulebook(rulebook, 'findInstrument');
  if (typeof id !== 'string') throw new TypeError(`[tinh-gon] findInstrument: id must be a string, received ${describeType(id)}`);
  return index.instrumentsById.get(id);
}
