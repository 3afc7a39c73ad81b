import { mergeRules } from '../rules/data/mergeRules.js';
import { planInstruments } from '../rules/data/planInstruments.js';
import { structureRules } from '../rules/data/structureRules.js';
import type { Rulebook } from '../rules/Rule.js';

/**
 * What the plan functions read of `defaultRulebook` when no rulebook is given: the structure and
 * merge rules, and the instruments they cite (for the verification of each citation) with those
 * these amend or replace. They look up no other rule and reach instruments only through these
 * rules' citations, so the answers are those of `defaultRulebook`; the roles and staffing rules
 * and their instruments are not loaded with the plan entry.
 * @internal
 */
export const planRulebook: Rulebook = { instruments: planInstruments, rules: [...structureRules, ...mergeRules] };
