export {
  type Rule,
  type RuleOf,
  type RuleType,
  type RuleParams,
  type RuleVersion,
  type Rulebook,
  type Instrument,
  type InstrumentKind,
  type Strength,
  type Topic,
  ruleParamSchemas,
} from './Rule.js';
export {
  findRule,
  rulesInForce,
  findInstrument,
  type RuleInForce,
  type RuleLookup,
  type FindRuleOptions,
  type RulesInForceOptions,
} from './findRule.js';
export { validateRulebook } from './validateRulebook.js';
export { extendRulebook, type RulebookAdditions } from './extendRulebook.js';
export { defaultRulebook } from './defaultRulebook.js';
export { defaultInstruments } from './data/instruments.js';
