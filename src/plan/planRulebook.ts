import { defaultInstruments } from '../rules/data/instruments.js';
import { mergeRules } from '../rules/data/mergeRules.js';
import { structureRules } from '../rules/data/structureRules.js';
import type { Rulebook } from '../rules/Rule.js';

/**
 * What the plan functions read of `defaultRulebook` when no rulebook is given: every instrument
 * (for the verification of each citation), the structure rules and the merge rules. They look up
 * no other rule, so the answers are those of `defaultRulebook`; the roles and staffing rules are
 * not loaded with the plan entry.
 * @internal
 */
export const planRulebook: Rulebook = { instruments: defaultInstruments, rules: [...structureRules, ...mergeRules] };
