import type { Assignment, Structure, Unit } from '../../src/model/index.js';
import type { Rule, Rulebook } from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';

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

const FROM = isoDate('2015-01-01');

/**
 * Two small provinces with no figures of terrain or region other than those given, each with
 * one commune, for the province-level and commune-level standards.
 */
export function twoProvinces(terrain: 'mountainous' | 'plains' | 'island' | undefined): Structure {
  const facts = terrain === undefined ? {} : { terrain };
  return {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
      { id: 'tinh-a', kind: 'province', name: { vi: 'Tỉnh A' }, parentId: 'vn', from: FROM, population: 500_000, areaKm2: 3000, ...facts },
      { id: 'tinh-b', kind: 'province', name: { vi: 'Tỉnh B' }, parentId: 'vn', from: FROM, population: 300_000, areaKm2: 1000, ...facts },
      { id: 'xa-a', kind: 'commune', name: { vi: 'Xã A' }, parentId: 'tinh-a', from: FROM, population: 2000, areaKm2: 20 },
      { id: 'xa-b', kind: 'commune', name: { vi: 'Xã B' }, parentId: 'tinh-a', from: FROM, population: 1500, areaKm2: 15 },
    ],
    people: [],
    assignments: [],
  };
}
