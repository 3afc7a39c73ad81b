/**
 * The rulebook alone (`tinh-gon/rules`): the law as data. Each {@link Rule} has dated versions,
 * each with its params, its strength and a citation of an {@link Instrument} (a resolution, decree,
 * circular…); {@link defaultRulebook} ships the national rules, each rule documented on the
 * "Rules" pages. Everything here is also in the root entry; this entry is for an app that needs
 * only the law.
 *
 * The main functions:
 * - {@link findRule}: the version of a rule in force on a date, or the issue saying why there is
 *   none (`rule_not_in_force`, `rule_unknown`): never a silent fallback.
 * - {@link rulesInForce}: every rule of a topic or type in force on a date.
 * - {@link findRuleChanges}: what changed in the law between two dates.
 * - {@link extendRulebook} and {@link validateRulebook}: add a province's own instruments and rules,
 *   and check the result like code (see the guide
 *   [Adding a local instrument](../../docs/guides/adding-a-local-instrument.md)).
 * - {@link findInstrument} and {@link formatCitation}: the instrument behind a citation.
 *
 * @example
 * ```ts
 * import { isoDate } from 'tinh-gon';
 * import { defaultRulebook, findRule, formatCitation } from 'tinh-gon/rules';
 *
 * const found = findRule(defaultRulebook, 'merge.village-household-standard', isoDate('2025-07-01'));
 * if (found.ok) formatCitation(found.inForce.version.citation, 'en'); //=> '14/2018/TT-BNV'
 * findRule(defaultRulebook, 'structure.area-hierarchy', isoDate('1990-01-01')).ok; //=> false
 * ```
 *
 * @module
 */
export { type Citation, type Verification, formatCitation } from '../core/Citation.js';
export type {
  Rule,
  RuleOf,
  RuleType,
  RuleParams,
  RuleVersion,
  Rulebook,
  Instrument,
  MergeExemption,
  InstrumentKind,
  Quote,
  Strength,
  Topic,
} from './Rule.js';
export {
  findRule,
  rulesInForce,
  findInstrument,
  type RuleInForce,
  type RuleLookup,
  type CheckedRuleId,
  type FindRuleOptions,
  type RulesInForceOptions,
} from './findRule.js';
export {
  findRuleChanges,
  type RuleChange,
  type RuleChangeKind,
  type RuleDifference,
  type FindRuleChangesOptions,
} from './findRuleChanges.js';
export { validateRulebook, type ParamSchema, type ValidateRulebookOptions } from './validateRulebook.js';
export { extendRulebook, type RulebookAdditions } from './extendRulebook.js';
export { defaultRulebook, type DefaultRuleId, type RuleId } from './defaultRulebook.js';
export { defaultInstruments } from './data/instruments.js';
