/**
 * The foundation: parse and validate the national structure (each against its hand-written
 * baseline), build the index, find the units in force.
 */
import { defaultRulebook, type Structure } from '../../src/index.js';
import { type Answer, runFindUnitsInForce, runIndexStructure, runParseStructure, runValidateStructure } from '../adapters.js';
import { indexStructureByHand } from '../baselines/indexStructure.js';
import { type HandParseResult, parseStructureByHand } from '../baselines/parseStructure.js';
import { type HandIssue, readHierarchyLaw, validateStructureByHand } from '../baselines/validateStructure.js';
import {
  compareCounts,
  countBy,
  countCodes,
  damageForParse,
  damageForValidate,
  duplicateIdsForParse,
  findDifference,
  pathSet,
} from '../checks.js';
import { AS_OF, type Operation } from '../operation.js';

function compareParse(library: Answer & { readonly value?: unknown }, hand: HandParseResult, what: string): string[] {
  if (library.ok !== hand.ok) return [`${what}: library ok ${library.ok}, baseline ok ${hand.ok}`];
  if (library.ok) {
    const difference = findDifference(library.value, hand.value);
    return difference === undefined ? [] : [`${what}: parsed values differ at ${difference}`];
  }
  const ours = pathSet(library.issues.map((issue) => issue.path));
  const theirs = pathSet(hand.problems.map((problem) => problem.path));
  const missing = ours.filter((path) => !theirs.includes(path));
  const extra = theirs.filter((path) => !ours.includes(path));
  return [
    ...missing.map((path) => `${what}: the library reports ${path || '(root)'}, the baseline does not`),
    ...extra.map((path) => `${what}: the baseline reports ${path || '(root)'}, the library does not`),
  ];
}

/** `parseStructure` against a hand-written type check of every record. */
export const parseStructureOperation: Operation = {
  id: 'parse-structure',
  title: 'parseStructure of the whole structure (zod) vs a hand-written type check of every record',
  sizeUnit: 'records',
  sides: (world, scale) => {
    const structure = world.structure(scale);
    const size = world.records(scale);
    return [
      { role: 'library', name: 'library', label: 'parseStructure(structure)', size, run: () => runParseStructure(structure) },
      { role: 'baseline', name: 'baseline', label: 'parseStructureByHand(structure)', size, run: () => parseStructureByHand(structure) },
    ];
  },
  compare: (library, other) => ({ disagreements: compareParse(library as Answer, other as HandParseResult, 'parse of the national structure') }),
  fixtures: (world) => {
    const structure = world.structure(0.25);
    const damaged = damageForParse(structure);
    const duplicates = duplicateIdsForParse(structure);
    return [
      ...compareParse(runParseStructure(damaged), parseStructureByHand(damaged), 'parse of a damaged structure'),
      ...compareParse(runParseStructure(duplicates), parseStructureByHand(duplicates), 'parse with duplicate ids'),
      ...compareParse(runParseStructure('not a structure'), parseStructureByHand('not a structure'), 'parse of a string'),
    ];
  },
};

/** `validateStructure` (index built in the run: a fresh structure object each time) against the same checks by hand. */
export const validateStructureOperation: Operation = {
  id: 'validate-structure',
  title: 'validateStructure on 2025-07-01 incl. its index vs the same checks in plain loops',
  sizeUnit: 'records',
  sides: (world, scale) => {
    const structure = world.structure(scale);
    const size = world.records(scale);
    const law = readHierarchyLaw(defaultRulebook, AS_OF);
    return [
      // a shallow copy is a new structure object: the cached index is rebuilt in every run
      { role: 'library', name: 'library', label: 'validateStructure({ ...structure }, { asOf })', size, run: () => runValidateStructure({ ...structure }, AS_OF) },
      { role: 'baseline', name: 'baseline', label: 'validateStructureByHand(structure, asOf)', size, run: () => validateStructureByHand(structure, AS_OF, law) },
    ];
  },
  compare: (library, other) => ({
    disagreements: compareCounts('validate of the national structure', countCodes((library as Answer).issues), countBy(other as HandIssue[], (issue) => issue.code), 'baseline'),
  }),
  facts: (library) => ({ issues: (library as Answer).issues.length }),
  fixtures: (world) => {
    const damaged = damageForValidate(world.structure(0.25));
    const library = countCodes(runValidateStructure(damaged, AS_OF).issues);
    const hand = countBy(validateStructureByHand(damaged, AS_OF, readHierarchyLaw(defaultRulebook, AS_OF)), (issue) => issue.code);
    const expected = [
      'unknown_reference',
      'area_reference_not_area',
      'interval_reversed',
      'parent_cycle',
      'kind_not_in_force',
      'parent_kind_not_allowed',
      'organisation_outside_parent_area',
      'parent_not_in_force',
      'assignment_outside_unit',
      'staffing_actual_above_quota',
    ];
    const silent = expected.filter((code) => (library[code] ?? 0) === 0).map((code) => `validate fixture: the damaged structure raised no ${code} (fixture out of date?)`);
    return [...compareCounts('validate of a damaged structure', library, hand, 'baseline'), ...silent];
  },
};

/** Building the whole index (all six tables) of a fresh structure object, against the same six maps built by hand. */
export const indexStructureOperation: Operation = {
  id: 'index-structure',
  title: 'indexStructure with all six lazy tables built',
  sizeUnit: 'records',
  sides: (world, scale) => {
    const structure = world.structure(scale);
    const size = world.records(scale);
    return [
      { role: 'library', name: 'library', label: 'indexStructure({ ...structure }) + every table', size, run: () => runIndexStructure({ ...structure }) },
      { role: 'baseline', name: 'baseline', label: 'indexStructureByHand(structure)', size, run: () => indexStructureByHand(structure) },
    ];
  },
  compare: (library, other) => ({
    disagreements: library === other ? [] : [`index of the national structure: the library's six tables hold ${String(library)} entries, the baseline's ${String(other)}`],
  }),
};

/** The units in force on the date, against the same filter written as a plain loop (a reference for the machine). */
export const unitsInForceOperation: Operation = {
  id: 'units-in-force',
  title: 'findUnitsInForce on 2025-07-01 vs a plain loop collecting the same units',
  sizeUnit: 'units',
  sides: (world, scale) => {
    const structure = world.structure(scale);
    const size = structure.units.length;
    return [
      { role: 'library', name: 'library', label: 'findUnitsInForce(structure, asOf)', size, run: () => runFindUnitsInForce(structure, AS_OF) },
      { role: 'baseline', name: 'baseline', label: 'for (const unit of units) if (in force) out.push(unit)', size, run: () => findUnitsInForceByHand(structure.units, AS_OF) },
    ];
  },
  compare: (library, other) => ({
    disagreements: library === other ? [] : [`units in force: library ${String(library)}, baseline ${String(other)}`],
  }),
};

function findUnitsInForceByHand(units: Structure['units'], asOf: string): number {
  const found: Structure['units'][number][] = [];
  for (const unit of units) if (unit.from <= asOf && (unit.to === undefined || asOf < unit.to)) found.push(unit);
  return found.length;
}
