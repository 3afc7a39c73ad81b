import type { Rule } from './Rule.js';

/**
 * Returns its argument, typed so that the literal ids of the rules stay in the type (the default
 * rulebook's {@link DefaultRuleId} is built from them).
 *
 * @param rules - Rules written in code.
 * @returns The same array.
 * @example
 * ```ts
 * const rules = defineRules([{ id: 'local.rule', type: 'grace-period', topic: 'merge', title, versions: [] }]);
 * // typeof rules[number]['id'] is 'local.rule'
 * ```
 * @internal
 */
export function defineRules<Id extends string>(rules: readonly Rule<Id>[]): readonly Rule<Id>[] {
  return rules;
}
