/**
 * Benchmarks of src/roles: the concurrency check over all assignments, coverage of one combination
 * over all communes, and json-rules-engine evaluating the same combination rules as a peer.
 * Each is registered only when src/roles exports the function.
 */
import { Engine } from 'json-rules-engine';
import { findArea, getLevel, indexStructure, type Structure } from '../../src/model/index.js';
import { defaultRulebook, rulesInForce } from '../../src/rules/index.js';
import type { IsoDate } from '../../src/core/index.js';
import { isInForce } from '../../src/core/index.js';
import { ERA_AS_OF } from '../generateNationalStructure.js';
import type { BenchCase } from '../harness.js';

interface SeverityReport {
  readonly ok: boolean;
  readonly issues: readonly { readonly code: string; readonly severity: string }[];
}
type CheckFn = (
  structure: Structure,
  options: { readonly asOf: IsoDate; readonly minSeverity?: 'info' | 'warning' | 'error' },
) => SeverityReport;
type CoverageFn = (
  structure: Structure,
  options: { readonly rule: string; readonly level: 'commune'; readonly asOf: IsoDate },
) => { readonly ok: boolean; readonly total?: number; readonly covered?: number };

interface Selector {
  readonly roles: readonly string[];
  readonly unitKinds: readonly string[];
}
interface CombinationParams {
  readonly posts: readonly Selector[];
  readonly sameArea: boolean;
  readonly levels: readonly string[];
  readonly withinAreaIds?: readonly string[];
}

/** The facts of one pair of posts held by one person, as json-rules-engine sees them. */
interface PairFacts {
  readonly roleA: string;
  readonly kindA: string;
  readonly levelA: string;
  readonly roleB: string;
  readonly kindB: string;
  readonly levelB: string;
  readonly sameArea: boolean;
}

/** Every pair of posts (in different units) of every person holding more than one post on `asOf`. */
export function findPostPairs(structure: Structure, asOf: IsoDate): PairFacts[] {
  const index = indexStructure(structure);
  const pairs: PairFacts[] = [];
  for (const assignments of index.assignmentsByPersonId.values()) {
    if (assignments.length < 2) continue;
    const posts = [];
    for (const assignment of assignments) {
      if (!isInForce(assignment, asOf)) continue;
      const unit = index.unitsById.get(assignment.unitId);
      if (unit === undefined) continue;
      posts.push({ role: assignment.role, unit, level: getLevel(structure, unit) ?? '', areaId: findArea(structure, unit)?.id ?? '' });
    }
    for (let i = 0; i < posts.length; i += 1) {
      for (let j = i + 1; j < posts.length; j += 1) {
        const a = posts[i];
        const b = posts[j];
        if (a === undefined || b === undefined || a.unit.id === b.unit.id) continue;
        pairs.push({
          roleA: a.role,
          kindA: a.unit.kind,
          levelA: a.level,
          roleB: b.role,
          kindB: b.unit.kind,
          levelB: b.level,
          sameArea: a.areaId === b.areaId,
        });
      }
    }
  }
  return pairs;
}

/** The role-combination rules in force on `asOf`, as json-rules-engine rules (both orders of the pair). */
export function createCombinationEngine(asOf: IsoDate): { engine: Engine; rules: number } {
  const engine = new Engine([], { allowUndefinedFacts: true });
  let rules = 0;
  for (const inForce of rulesInForce(defaultRulebook, asOf, { topic: 'roles' })) {
    if (inForce.rule.type !== 'role-combination') continue;
    const params = inForce.version.params as unknown as CombinationParams;
    if (params.withinAreaIds !== undefined) continue;
    const [first, second] = params.posts;
    if (first === undefined || second === undefined) continue;
    const side = (x: Selector, y: Selector, a: 'A' | 'B', b: 'A' | 'B') => ({
      all: [
        { fact: `role${a}`, operator: 'in', value: [...x.roles] },
        { fact: `kind${a}`, operator: 'in', value: [...x.unitKinds] },
        { fact: `level${a}`, operator: 'in', value: [...params.levels] },
        { fact: `role${b}`, operator: 'in', value: [...y.roles] },
        { fact: `kind${b}`, operator: 'in', value: [...y.unitKinds] },
        { fact: `level${b}`, operator: 'in', value: [...params.levels] },
        ...(params.sameArea ? [{ fact: 'sameArea', operator: 'equal', value: true }] : []),
      ],
    });
    engine.addRule({
      name: inForce.rule.id,
      conditions: { any: [side(first, second, 'A', 'B'), side(first, second, 'B', 'A')] },
      event: { type: inForce.version.strength ?? 'permitted', params: { ruleId: inForce.rule.id } },
    });
    rules += 1;
  }
  return { engine, rules };
}

/** The roles benchmarks that the current src/roles supports. */
export async function createRolesCases(): Promise<BenchCase[]> {
  const roles = (await import('../../src/roles/index.js')) as unknown as Record<string, unknown>;
  const cases: BenchCase[] = [];
  const asOf = ERA_AS_OF.post2025;
  if (typeof roles.checkConcurrentRoles === 'function') {
    const check = roles.checkConcurrentRoles as CheckFn;
    cases.push({
      id: 'concurrency-check',
      title: 'checkConcurrentRoles over all assignments, post-2025',
      uses: ['post2025'],
      goal: { maxMs: 1000, label: 'under 1 s at national scale (1×)' },
      iterations: { 0.25: 5, 1: 3, 4: 2 },
      prepare: (context) => {
        const structure = context.structure('post2025');
        const report = check(structure, { asOf });
        const bySeverity: Record<string, number> = {};
        for (const issue of report.issues) bySeverity[issue.severity] = (bySeverity[issue.severity] ?? 0) + 1;
        return {
          size: structure.assignments.length,
          sizeUnit: 'assignments',
          facts: { ...bySeverity, issues: report.issues.length },
          fn: () => check(structure, { asOf }),
        };
      },
    });
    cases.push({
      id: 'concurrency-check-problems',
      title: 'checkConcurrentRoles, warnings and errors only (minSeverity: warning), post-2025',
      uses: ['post2025'],
      goal: { maxMs: 1000, label: 'under 1 s at national scale (1×)' },
      iterations: { 0.25: 5, 1: 3, 4: 2 },
      prepare: (context) => {
        const structure = context.structure('post2025');
        const report = check(structure, { asOf, minSeverity: 'warning' });
        return {
          size: structure.assignments.length,
          sizeUnit: 'assignments',
          facts: { issues: report.issues.length },
          fn: () => check(structure, { asOf, minSeverity: 'warning' }),
        };
      },
    });
    cases.push({
      id: 'concurrency-json-rules-engine',
      title: 'peer: json-rules-engine, same combination rules over the same pairs of posts',
      peerOf: 'concurrency-check',
      uses: ['post2025'],
      // The peer takes ~15× our time: measured at ¼× only, and compared with ours at ¼×.
      iterations: { 0.25: 2 },
      warmup: { 0.25: false },
      prepare: (context) => {
        if (context.scale !== 0.25) return undefined;
        const structure = context.structure('post2025');
        const pairs = findPostPairs(structure, asOf);
        const { engine, rules } = createCombinationEngine(asOf);
        const events: Record<string, number> = {};
        return {
          size: structure.assignments.length,
          sizeUnit: 'assignments',
          facts: { pairs: pairs.length, rules, note: 'pairs prepared outside the timed loop; caps and missing-required not evaluated' },
          fn: async () => {
            for (const facts of pairs) {
              const { events: fired } = await engine.run(facts as unknown as Record<string, unknown>);
              for (const event of fired) events[event.type] = (events[event.type] ?? 0) + 1;
            }
          },
        };
      },
    });
  }
  if (typeof roles.concurrencyCoverage === 'function') {
    const coverage = roles.concurrencyCoverage as CoverageFn;
    const rule = 'roles.deputy-secretary-chairs-commune-committee';
    cases.push({
      id: 'concurrency-coverage',
      title: `concurrencyCoverage of ${rule} over all communes`,
      uses: ['post2025'],
      goal: { maxMs: 1000, label: 'under 1 s at national scale (1×)' },
      iterations: { 0.25: 5, 1: 5, 4: 3 },
      prepare: (context) => {
        const structure = context.structure('post2025');
        const result = coverage(structure, { rule, level: 'commune', asOf });
        return {
          size: structure.units.filter((unit) => unit.kind === 'commune' || unit.kind === 'ward' || unit.kind === 'special-zone').length,
          sizeUnit: 'communes',
          facts: { ok: result.ok, covered: result.covered ?? -1, total: result.total ?? -1 },
          fn: () => coverage(structure, { rule, level: 'commune', asOf }),
        };
      },
    });
  }
  return cases;
}
