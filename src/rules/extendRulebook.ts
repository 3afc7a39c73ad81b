import { assertArray, assertObject } from '../core/assertOptions.js';
import { assertRulebook } from './assertRulebook.js';
import type { Instrument, Rule, RuleVersion, Rulebook } from './Rule.js';
import { compareText } from '../core/compareText.js';

/**
 * What {@link extendRulebook} adds: instruments (a province's own, a newer decree) and rules.
 *
 * @example
 * ```ts
 * const additions: RulebookAdditions = { instruments: [], rules: [] };
 * ```
 * @category Rulebook
 */
export interface RulebookAdditions<Id extends string = string> {
  readonly instruments?: readonly Instrument[];
  readonly rules?: readonly Rule<Id>[];
}

/**
 * A new rulebook with additions, the base untouched. An added instrument with an existing id
 * replaces it; an added rule with an existing id contributes its versions to that rule (so a
 * newer decree can add a version), other added rules are appended. Run `validateRulebook` on the
 * result: overlapping versions, for one, are reported there.
 *
 * @param base - The rulebook to extend, usually `defaultRulebook`.
 * @param additions - Instruments and rules to add.
 * @returns A new rulebook, whose rule ids are the base's and the additions'.
 * @throws {TypeError} When `base` is not a rulebook (`{ instruments, rules }`), or `additions` is
 *   not an object or has `instruments` or `rules` that are not arrays.
 * @example
 * ```ts
 * const local = extendRulebook(defaultRulebook, kyAnhLocalRules); // Hà Tĩnh's Kết luận 92-KL/TU
 * validateRulebook(local).ok; //=> true
 * ```
 * @category Rulebook
 */
export function extendRulebook<Base extends string, Added extends string = string>(
  base: Rulebook<Base>,
  additions: RulebookAdditions<Added>,
): Rulebook<Base | Added> {
  assertRulebook(base, 'extendRulebook: base');
  assertObject(additions, 'extendRulebook: additions');
  if (additions.instruments !== undefined) assertArray(additions.instruments, 'extendRulebook: additions.instruments');
  if (additions.rules !== undefined) assertArray(additions.rules, 'extendRulebook: additions.rules');
  const addedInstruments = new Map((additions.instruments ?? []).map((instrument) => [instrument.id, instrument]));
  const instruments = base.instruments.map((instrument) => addedInstruments.get(instrument.id) ?? instrument);
  const baseInstrumentIds = new Set(base.instruments.map((instrument) => instrument.id));
  for (const instrument of additions.instruments ?? []) {
    if (!baseInstrumentIds.has(instrument.id)) instruments.push(instrument);
  }
  const addedRules = new Map<string, Rule[]>();
  for (const rule of additions.rules ?? []) addedRules.set(rule.id, [...(addedRules.get(rule.id) ?? []), rule]);
  const rules: Rule[] = base.rules.map((rule) => {
    const extra = addedRules.get(rule.id);
    if (extra === undefined) return rule;
    addedRules.delete(rule.id);
    const versions: RuleVersion[] = [
      ...(rule.versions as readonly RuleVersion[]),
      ...extra.flatMap((added) => added.versions as readonly RuleVersion[]),
    ];
    versions.sort((a, b) => compareText(a.from, b.from));
    // The added rule has the base rule's id; its versions are of the base rule's type by contract
    // (validateRulebook with paramSchemas checks them).
    return { ...rule, versions } as Rule;
  });
  for (const rule of additions.rules ?? []) {
    if (addedRules.has(rule.id)) rules.push(rule);
  }
  return { instruments, rules };
}
