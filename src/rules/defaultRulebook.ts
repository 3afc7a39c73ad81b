import { defaultInstruments } from './data/instruments.js';
import { mergeRules } from './data/mergeRules.js';
import { rolesRules } from './data/rolesRules.js';
import { staffingRules } from './data/staffingRules.js';
import { structureRules } from './data/structureRules.js';
import type { Rulebook } from './Rule.js';

/**
 * The rulebook the library ships: the instruments of `legal-facts.md` with their verification
 * level, and the structural, merge, concurrent-role and staffing rules that cite them. Pass your
 * own, or `extendRulebook(defaultRulebook, …)`, wherever a function takes `rulebook`.
 *
 * @example
 * ```ts
 * validateRulebook(defaultRulebook).ok; //=> true
 * ```
 * @category Rulebook
 */
export const defaultRulebook: Rulebook = {
  instruments: defaultInstruments,
  rules: [...structureRules, ...mergeRules, ...rolesRules, ...staffingRules],
};
