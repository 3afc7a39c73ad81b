import { assertRulebook } from './assertRulebook.js';
import type { Instrument, Rule, Rulebook } from './Rule.js';

/** @internal Lookup tables of a rulebook, cached per rulebook object. */
export interface RulebookIndex {
  readonly instrumentsById: ReadonlyMap<string, Instrument>;
  readonly rulesById: ReadonlyMap<string, Rule>;
}

const cache = new WeakMap<Rulebook, RulebookIndex>();

/**
 * @internal Builds (or returns the cached) index of a rulebook; the first of a duplicated id wins.
 * A rulebook met for the first time is checked to be one, in a message naming `functionName`.
 */
export function indexRulebook(rulebook: Rulebook, functionName: string): RulebookIndex {
  const cached = cache.get(rulebook);
  if (cached !== undefined) return cached;
  assertRulebook(rulebook, `${functionName}: rulebook`);
  const instrumentsById = new Map<string, Instrument>();
  const rulesById = new Map<string, Rule>();
  for (const instrument of rulebook.instruments) {
    if (!instrumentsById.has(instrument.id)) instrumentsById.set(instrument.id, instrument);
  }
  for (const rule of rulebook.rules) if (!rulesById.has(rule.id)) rulesById.set(rule.id, rule);
  const index = { instrumentsById, rulesById };
  cache.set(rulebook, index);
  return index;
}
