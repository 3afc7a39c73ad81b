import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type IsoDate, isoDate } from '../../src/core/index.js';
import type { Structure } from '../../src/model/index.js';
import type { Issue } from '../../src/report/index.js';
import { defaultRulebook } from '../../src/rules/index.js';
import { collectStructureIssues } from '../../src/structure/collectStructureIssues.js';
import { STRUCTURE_CHECKS } from '../../src/structure/structureChecks.js';
import { validateStructure } from '../../src/structure/index.js';
import { bestCpuTime, messyStructure } from '../model/arbitraries.js';
import { referenceValidateStructure } from './referenceValidateStructure.js';

// A test of time ratios: under mutation (TINH_GON_MUTATION) it steps aside, since a mutant that only costs time
// shows as a survivor, listed in the report, and the other tests cover the same code faster.
const UNDER_MUTATION = process.env.TINH_GON_MUTATION === '1';

const d = isoDate;
/** The codes of the apparatus checks (bodies, their number, commune staff, staff categories), which the reference predates. */
const APPARATUS_CODES = new Set(['structure_body_missing', 'structure_bodies_above_limit', 'structure_body_average_above_limit', 'structure_limit_not_found', 'structure_commune_staff_above_range', 'structure_commune_staff_below_range', 'structure_staff_category_not_in_force']);
/** An issue as a sortable line: what it says and where, not the order it was found in. */
const line = (issue: Issue) => JSON.stringify([issue.code, issue.severity, issue.path, issue.unitIds, issue.personIds, issue.params, issue.ruleId, issue.citation, issue.message]);
/** The same, without the message: what two reports that word their units differently share. */
const lineWithoutWords = (issue: Issue) => JSON.stringify([issue.code, issue.severity, issue.path, issue.unitIds, issue.personIds, issue.params, issue.ruleId, issue.citation]);

describe('validateStructure as a list of checks', () => {
  it('registers each check once, under a name of its own', () => {
    const ids = STRUCTURE_CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(['unit-intervals', 'unit-references', 'parent-cycles']);
  });

  test.prop([messyStructure, fc.constantFrom('2013-06-01', '2018-06-01', '2025-06-30', '2025-07-01', '2031-01-01')], { numRuns: 600 })(
    'finds the same issues as the single loop it replaced, on messy structures of every date',
    (structure, asOf) => {
      const checks = validateStructure(structure, { asOf: d(asOf), issueLimit: Number.MAX_SAFE_INTEGER });
      // the checks without the units' names in the messages, which the single loop did not give
      const unnamed = collectStructureIssues(structure, d(asOf), defaultRulebook);
      expect(checks.issues.map(lineWithoutWords)).toEqual(unnamed.map(lineWithoutWords));
      const reference = referenceValidateStructure(structure, { asOf: d(asOf) });
      // the apparatus checks of the two-level model came after the single loop: compared without them
      const known = unnamed.filter((issue) => !APPARATUS_CODES.has(issue.code));
      expect(known.some((issue) => issue.severity === 'error')).toBe(!reference.ok);
      expect(known.map(line).sort()).toEqual(reference.issues.map(line).sort());
    },
    60_000,
  );

  it('finds issues on the messy structures (the comparison is not of empty lists)', () => {
    const found = fc.sample(messyStructure, { numRuns: 200, seed: 7 }).map((structure) => validateStructure(structure, { asOf: d('2018-06-01') }).issues.length);
    expect(found.filter((count) => count > 0).length).toBeGreaterThan(150);
  });
});

describe('validateStructure refuses what its types forbid, at its boundary', () => {
  const structure: Structure = { units: [], people: [], assignments: [] };
  it.each<[string, () => unknown, RegExp]>([
    ['no options', () => validateStructure(structure, undefined as never), /^\[tinh-gon\] validateStructure: options must be an object, received undefined$/],
    ['null options', () => validateStructure(structure, null as never), /options must be an object, received null/],
    ['options without a date', () => validateStructure(structure, {} as never), /validateStructure: options\.asOf must be an ISO date YYYY-MM-DD, received undefined/],
    ['a date missing its zero', () => validateStructure(structure, { asOf: '2025-6-30' as IsoDate }), /options\.asOf must be an ISO date YYYY-MM-DD, received "2025-6-30"/],
    ['a day that does not exist', () => validateStructure(structure, { asOf: '2019-02-30' as IsoDate }), /received "2019-02-30"/],
    ['a Date object', () => validateStructure(structure, { asOf: new Date() as never }), /options\.asOf must be an ISO date/],
    ['input that was not parsed', () => validateStructure({ units: [] } as never, { asOf: d('2020-01-01') }), /validateStructure: structure\.people must be an array/],
    ['no structure', () => validateStructure(null as never, { asOf: d('2020-01-01') }), /validateStructure: structure must be an object, received null/],
    ['a rulebook that is not one', () => validateStructure(structure, { asOf: d('2020-01-01'), rulebook: { rules: 'x' } as never }), /options\.rulebook must be a rulebook/],
  ])('%s: a TypeError', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});

describe('validateStructure is linear on deep chains and cycles', () => {
  /** A chain of areas `depth` deep, and party cells at its bottom under a committee at its top. */
  const deepChain = (depth: number, cells: number): Structure => {
    const units: Record<string, unknown>[] = [{ id: 'a0', kind: 'commune', name: { vi: 'x' }, from: d('2020-01-01') }];
    for (let index = 1; index < depth; index += 1) units.push({ id: `a${index}`, kind: 'commune', name: { vi: 'x' }, parentId: `a${index - 1}`, from: d('2020-01-01') });
    units.push({ id: 'pc', kind: 'party-committee', name: { vi: 'x' }, areaId: 'a0', from: d('2020-01-01') });
    for (let index = 0; index < cells; index += 1) {
      units.push({ id: `c${index}`, kind: 'party-cell', name: { vi: 'x' }, parentId: 'pc', areaId: `a${depth - 1}`, from: d('2020-01-01') });
    }
    return { units, people: [], assignments: [] } as unknown as Structure;
  };
  /** Villages in one parent cycle, each with its party cell under the commune's committee. */
  const villageCycle = (villages: number): Structure => {
    const units: Record<string, unknown>[] = [
      { id: 'xa', kind: 'commune', name: { vi: 'x' }, from: d('2020-01-01') },
      { id: 'pc', kind: 'party-committee', name: { vi: 'x' }, areaId: 'xa', from: d('2020-01-01') },
    ];
    for (let index = 0; index < villages; index += 1) {
      units.push({ id: `v${index}`, kind: 'village', name: { vi: 'x' }, parentId: `v${(index + 1) % villages}`, from: d('2020-01-01') });
      units.push({ id: `c${index}`, kind: 'party-cell', name: { vi: 'x' }, parentId: 'pc', areaId: `v${index}`, from: d('2020-01-01') });
    }
    return { units, people: [], assignments: [] } as unknown as Structure;
  };
  const asOf = d('2021-01-01');

  it('reports what it should on both shapes, bounded', () => {
    const chain = validateStructure(deepChain(2_000, 50), { asOf });
    expect(chain.issues.filter((issue) => issue.code === 'parent_kind_not_allowed')).toHaveLength(1_000);
    // 1,999 communes under communes; the cells at the bottom do lie within the committee's area
    expect(chain.issues.at(-1)?.params).toMatchObject({ omitted: 999, errors: 999 });
    const everything = validateStructure(deepChain(2_000, 50), { asOf, issueLimit: 5_000 });
    expect(everything.issues.filter((issue) => issue.code === 'parent_kind_not_allowed')).toHaveLength(1_999);
    expect(everything.issues.some((issue) => issue.code === 'issues_truncated')).toBe(false);
    const cycle = validateStructure(villageCycle(300), { asOf });
    expect(cycle.issues[0]?.code).toBe('parent_cycle');
    expect(cycle.issues[0]?.unitIds).toHaveLength(300);
    expect(cycle.issues.filter((issue) => issue.code === 'organisation_outside_parent_area')).toHaveLength(300);
  });

  it.skipIf(UNDER_MUTATION)('4× the depth of the chain (with 2,000 cells at its bottom): under 8× the time', { timeout: 120_000, retry: 2 }, () => {
    const small = deepChain(25_000, 2_000);
    const large = deepChain(100_000, 2_000);
    const ratio = bestCpuTime(() => validateStructure({ ...large }, { asOf })) / Math.max(1, bestCpuTime(() => validateStructure({ ...small }, { asOf })));
    expect(ratio).toBeLessThan(8);
  });

  it.skipIf(UNDER_MUTATION)('4× the villages in a cycle: under 8× the time', { timeout: 120_000, retry: 2 }, () => {
    const small = villageCycle(5_000);
    const large = villageCycle(20_000);
    const ratio = bestCpuTime(() => validateStructure({ ...large }, { asOf })) / Math.max(1, bestCpuTime(() => validateStructure({ ...small }, { asOf })));
    expect(ratio).toBeLessThan(8);
  });
});

describe('one rulebook identity', () => {
  it('answers alike with a copy of the default rulebook (as the CommonJS and ESM builds each hold one)', async () => {
    const { defaultRulebook } = await import('../../src/rules/index.js');
    const { kyAnhTown2018 } = await import('../../src/samples/index.js');
    const copy = structuredClone(defaultRulebook);
    expect(copy).not.toBe(defaultRulebook);
    for (const asOf of ['2018-10-01', '2025-07-01', '2010-01-01']) {
      expect(validateStructure(kyAnhTown2018, { asOf: d(asOf), rulebook: copy })).toEqual(validateStructure(kyAnhTown2018, { asOf: d(asOf) }));
    }
  });
});
