/** Copies of structures and rulebooks with a few things changed, for tests. */
import type { Assignment, Structure, Unit } from '../../../src/model/index.js';
import type { Rule, Rulebook } from '../../../src/rules/index.js';

/** The structure with more units appended (a new object; the input is untouched). */
export function withUnits(structure: Structure, units: readonly Unit[]): Structure {
  return { ...structure, units: [...structure.units, ...units] };
}

/** The structure with more assignments appended (a new object; the input is untouched). */
export function withAssignments(structure: Structure, assignments: readonly Assignment[]): Structure {
  return { ...structure, assignments: [...structure.assignments, ...assignments] };
}

/** The structure with some units' fields replaced. */
export function patchUnits(structure: Structure, patches: Readonly<Record<string, Record<string, unknown>>>): Structure {
  return {
    ...structure,
    units: structure.units.map((unit) => (patches[unit.id] === undefined ? unit : ({ ...unit, ...patches[unit.id] } as Unit))),
  };
}

/** A rulebook without the rules of the given ids. */
export function withoutRules(rulebook: Rulebook, ...ids: string[]): Rulebook {
  return { ...rulebook, rules: rulebook.rules.filter((rule) => !ids.includes(rule.id)) };
}

/** A rulebook with the given rules replacing (or adding to) those of the same id. */
export function withRules(rulebook: Rulebook, ...rules: Rule[]): Rulebook {
  const ids = new Set(rules.map((rule) => rule.id));
  return { ...rulebook, rules: [...rulebook.rules.filter((rule) => !ids.has(rule.id)), ...rules] };
}
