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
