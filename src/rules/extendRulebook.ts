import type { Instrument, Rule, RuleVersion, Rulebook } from './Rule.js';

/**
 * What {@link extendRulebook} adds: instruments (a province's own, a newer decree) and rules.
 *
 * @example
 * ```ts
 * const additions: RulebookAdditions = { instruments: [], rules: [] };
 * ```
 * @category Rulebook
 */
export interface RulebookAdditions {
  readonly instruments?: readonly Instrument[];
  readonly rules?: readonly Rule[];
}

/**
 * A new rulebook with additions, the base untouched. An added instrument with an existing id
 * replaces it; an added rule with an existing id contributes its versions to that rule (so a
 * newer decree can add a version), other added rules are appended. Run `validateRulebook` on the
 * result: overlapping versions, for one, are reported there.
 *
 * @param base - The rulebook to extend, usually `defaultRulebook`.
 * @param additions - Instruments and rules to add.
 * @returns A new rulebook.
 * @example
 * ```ts
 * const local = extendRulebook(defaultRulebook, kyAnhLocalRules); // Hà Tĩnh's Kết luận 92-KL/TU
 * validateRulebook(local).ok; //=> true
 * ```
 * @category Rulebook
 */
export function extendRulebook(base: Rulebook, additions: RulebookAdditions): Rulebook {
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
    versions.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    return { ...rule, versions } as unknown as Rule;
  });
  for (const rule of additions.rules ?? []) {
    if (addedRules.has(rule.id)) rules.push(rule);
  }
  return { instruments, rules };
}
