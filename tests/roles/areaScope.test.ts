import { fc, test } from '@fast-check/vitest';
import { bestCpuTime } from '../model/arbitraries.js';
import { describe, expect, it } from 'vitest';
import { indexStructure, isWithinArea, type Structure, type StructureIndex, type Unit } from '../../src/model/index.js';
import { createAreaScope } from '../../src/roles/areaScope.js';
import { checkConcurrentRoles, concurrencyCoverage } from '../../src/roles/index.js';
import { defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { d, FROM, hold, secretaryChairsCommitteeWithTarget } from './fixtures.js';

// A test of time ratios: under mutation (TINH_GON_MUTATION) it steps aside, since a mutant that only costs time
// shows as a survivor, listed in the report, and the other tests cover the same code faster.
const UNDER_MUTATION = process.env.TINH_GON_MUTATION === '1';

/** Units `u0…u(n-1)` with the given parents (an index, `-1` for none, `-2` for a dangling id). */
function graph(parents: readonly number[]): Structure {
  const units: Unit[] = parents.map((parent, i) => ({
    id: `u${i}`,
    kind: 'commune',
    name: { vi: `Xã ${i}` },
    from: FROM,
    ...(parent === -1 ? {} : { parentId: parent === -2 ? 'ghost' : `u${parent}` }),
  }));
  return { units, people: [], assignments: [] };
}

const graphArb = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    parents: fc.array(fc.integer({ min: -2, max: n - 1 }), { minLength: n, maxLength: n }),
    outer: fc.array(fc.oneof(fc.integer({ min: 0, max: n - 1 }).map((i) => `u${i}`), fc.constant('ghost')), { minLength: 1, maxLength: 3 }),
    order: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 * n }),
  }),
);

describe('createAreaScope', () => {
  test.prop([graphArb])('answers like isWithinArea for every area, in any order of questions (cycles and dangling parents too)', ({ parents, outer, order }) => {
    const structure = graph(parents);
    const scope = createAreaScope(indexStructure(structure), outer);
    for (const i of [...order, ...parents.keys()]) {
      expect(scope(`u${i}`)).toBe(outer.some((id) => isWithinArea(structure, `u${i}`, id)));
    }
    expect(scope('not-a-unit')).toBe(outer.includes('not-a-unit'));
  });

  it('reads each parent link once, however deep the chain (20,000 areas)', () => {
    const n = 20_000;
    const structure = graph(Array.from({ length: n }, (_, i) => i - 1));
    const index = indexStructure(structure);
    let reads = 0;
    const counting: StructureIndex = {
      ...index,
      unitsById: {
        get: (id: string) => {
          reads += 1;
          return index.unitsById.get(id);
        },
      } as StructureIndex['unitsById'],
    };
    const ids = Array.from({ length: n }, (_, i) => `u${i}`);
    const scope = createAreaScope(counting, ['u0']);
    // deepest first: one walk to the top, then every other answer from the memo
    expect([...ids].reverse().every(scope)).toBe(true);
    expect(reads).toBe(n - 1);
    const outside = createAreaScope(counting, ['elsewhere']);
    reads = 0;
    expect(ids.some(outside)).toBe(false);
    expect(reads).toBe(n);
  });
});

describe('a deep chain of areas (#13: 20,000 deep once took 49 s)', () => {
  // a province on top of n communes, each inside the one before, each with a party committee and a
  // people's committee whose secretary chairs the committee in every other commune
  const chainOf = (n: number): Structure => {
    const units: Unit[] = [{ id: 'p', kind: 'province', name: { vi: 'P' }, from: FROM }];
    const assignments = [];
    for (let i = 0; i < n; i += 1) {
      const id = `c${i}`;
      units.push(
        { id, kind: 'commune', name: { vi: id }, parentId: i === 0 ? 'p' : `c${i - 1}`, from: FROM },
        { id: `${id}.party`, kind: 'party-committee', name: { vi: 'ĐU' }, areaId: id, from: FROM },
        { id: `${id}.committee`, kind: 'peoples-committee', name: { vi: 'UBND' }, areaId: id, from: FROM },
      );
      assignments.push(hold(`${id}.s`, `${id}.party`, 'secretary'), hold(i % 2 === 0 ? `${id}.s` : `${id}.c`, `${id}.committee`, 'chair'));
    }
    return { units, people: [], assignments };
  };
  const small = chainOf(5_000);
  const large = chainOf(20_000);
  const coverageOf = (chain: Structure) =>
    concurrencyCoverage(chain, { rule: 'roles.secretary-chairs-committee', level: 'commune', asOf: d('2020-01-01'), within: 'p' });
  const local = secretaryChairsCommitteeWithTarget('required');
  const version = local.versions[0] as (typeof local.versions)[number];
  const reaching = { ...local, versions: [{ ...version, params: { ...version.params, withinAreaIds: ['p'] } }] };
  const rulebook = extendRulebook(defaultRulebook, { rules: [reaching as typeof local] });
  const checkOf = (chain: Structure) => checkConcurrentRoles(chain, { asOf: d('2020-01-01'), rulebook, minSeverity: 'warning' });

  it.skipIf(UNDER_MUTATION)('concurrencyCoverage within the province counts every commune; 4× the depth takes under 8× the time', { timeout: 120_000, retry: 2 }, () => {
    const coverage = coverageOf(large);
    expect(coverage.ok && [coverage.value.total, coverage.value.covered, coverage.value.share]).toEqual([20_000, 10_000, '50.00%']);
    expect(bestCpuTime(() => coverageOf(large)) / Math.max(1, bestCpuTime(() => coverageOf(small)))).toBeLessThan(8);
  });

  it.skipIf(UNDER_MUTATION)('checkConcurrentRoles with a local rule reaching the whole chain: a bounded report, 4× the depth under 8× the time', { timeout: 120_000, retry: 2 }, () => {
    const report = checkOf(large);
    // 10,000 communes miss the combination: the first 1,000 are listed, the rest counted
    expect(report.issues.filter((issue) => issue.code === 'role_combination_missing')).toHaveLength(1_000);
    expect(report.issues.at(-1)).toMatchObject({ code: 'issues_truncated', params: { omitted: 9_000 } });
    // a caller who wants every issue raises the cap
    const everything = checkConcurrentRoles(large, { asOf: d('2020-01-01'), rulebook, minSeverity: 'warning', issueLimit: 20_000 });
    expect(everything.issues.filter((issue) => issue.code === 'role_combination_missing')).toHaveLength(10_000);
    expect(everything.issues.some((issue) => issue.code === 'issues_truncated')).toBe(false);
    expect(bestCpuTime(() => checkOf(large)) / Math.max(1, bestCpuTime(() => checkOf(small)))).toBeLessThan(8);
  });
});
