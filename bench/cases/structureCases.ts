/** Benchmarks of the foundation: parse and validate a national structure, units in force on a date. */
import { findUnitsInForce, indexStructure } from '../../src/model/index.js';
import { parseStructure } from '../../src/parse/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { ERA_AS_OF } from '../generateNationalStructure.js';
import type { BenchCase } from '../harness.js';

const NATIONAL = { maxMs: 1000, label: 'under 1 s at national scale (1×)' } as const;

/**
 * parseStructure, validateStructure (index included: a fresh structure object each run),
 * indexStructure alone, and findUnitsInForce. The other modules' benchmarks run on a structure
 * whose index is already built (as a dashboard would hold it); this is what building it costs.
 */
export function createStructureCases(): BenchCase[] {
  return [
    {
      id: 'parse-structure',
      uses: ['post2025'],
      title: 'parseStructure (zod boundary), post-2025',
      goal: NATIONAL,
      iterations: { 0.25: 3, 1: 3, 4: 1 },
      warmup: { 4: false },
      prepare: (context) => {
        const structure = context.structure('post2025');
        return {
          size: structure.units.length + structure.people.length + structure.assignments.length,
          sizeUnit: 'records',
          fn: () => {
            const result = parseStructure(structure);
            if (!result.ok) throw new Error('the generated structure does not parse');
          },
        };
      },
    },
    {
      id: 'validate-structure',
      uses: ['post2025'],
      title: 'validateStructure incl. indexing, post-2025',
      goal: NATIONAL,
      iterations: { 0.25: 3, 1: 3, 4: 1 },
      warmup: { 4: false },
      prepare: (context) => {
        const structure = context.structure('post2025');
        const asOf = ERA_AS_OF.post2025;
        const report = validateStructure({ ...structure }, { asOf });
        return {
          size: structure.units.length + structure.people.length + structure.assignments.length,
          sizeUnit: 'records',
          facts: { errors: report.issues.filter((issue) => issue.severity === 'error').length, issues: report.issues.length },
          // A shallow copy is a new structure object, so the cached index is rebuilt each run.
          fn: () => validateStructure({ ...structure }, { asOf }),
        };
      },
    },
    {
      id: 'index-structure',
      uses: ['post2025'],
      title: 'indexStructure with all six tables built (each is built on first use, then cached), post-2025',
      goal: NATIONAL,
      iterations: { 0.25: 5, 1: 3, 4: 2 },
      prepare: (context) => {
        const structure = context.structure('post2025');
        return {
          size: structure.units.length + structure.people.length + structure.assignments.length,
          sizeUnit: 'records',
          fn: () => {
            const index = indexStructure({ ...structure });
            // the tables are built lazily: touch every one so the whole index is measured
            return [
              index.unitsById.size,
              index.peopleById.size,
              index.childrenById.size,
              index.organisationsByAreaId.size,
              index.assignmentsByPersonId.size,
              index.assignmentsByUnitId.size,
            ];
          },
        };
      },
    },
    {
      id: 'units-in-force',
      uses: ['post2025'],
      title: 'findUnitsInForce on 2025-07-01, post-2025',
      goal: NATIONAL,
      iterations: { 0.25: 20, 1: 10, 4: 5 },
      prepare: (context) => {
        const structure = context.structure('post2025');
        const asOf = ERA_AS_OF.post2025;
        return {
          size: structure.units.length,
          sizeUnit: 'units',
          facts: { inForce: findUnitsInForce(structure, asOf).length },
          fn: () => findUnitsInForce(structure, asOf),
        };
      },
    },
  ];
}
