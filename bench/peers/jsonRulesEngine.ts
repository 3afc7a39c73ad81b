/**
 * Peer of `checkConcurrentRoles`: json-rules-engine evaluating the same role-combination rules
 * (generated from the rulebook in force on the date: roles, unit kinds, sectors, levels, same
 * area, second-under-first) over every pair of posts of every person. The grouping of posts per
 * person is done in the timed work too, with the baseline's code, so the peer does the same
 * essential work up to the rule matching. It does less than the library in one respect, stated
 * in the results: caps and required-but-missing combinations are not evaluated (json-rules-engine
 * has no natural way to count posts per person or look across an area).
 */
import { Engine } from 'json-rules-engine';
import type { IsoDate, Structure } from '../../src/index.js';
import { groupPostsByPerson, type HandPost, mapUnits, type RolesLaw } from '../baselines/checkConcurrentRoles.js';

/** The engine and what it could not express. */
export interface CombinationEngine {
  readonly engine: Engine;
  readonly rules: number;
  /** Rules left out (a local rule's reach needs a walk up the areas, which facts of a pair do not carry). */
  readonly unsupported: readonly string[];
}

/**
 * The combination rules in force as json-rules-engine rules: any ordered pair of distinct posts of
 * the rule, each side's role, kind, sector and level, same area and the parent link when asked.
 *
 * @param law - The role rules in force.
 * @returns The engine.
 */
export function createCombinationEngine(law: RolesLaw): CombinationEngine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const unsupported: string[] = [];
  let rules = 0;
  for (const inForce of law.combinations) {
    const { params, strength } = inForce.version;
    if (params.withinAreaIds !== undefined) {
      unsupported.push(inForce.rule.id);
      continue;
    }
    const side = (selector: (typeof params.posts)[number], name: 'A' | 'B') => [
      { fact: `role${name}`, operator: 'in', value: [...selector.roles] },
      { fact: `kind${name}`, operator: 'in', value: [...selector.unitKinds] },
      ...(selector.sectors === undefined ? [] : [{ fact: `sector${name}`, operator: 'in', value: [...selector.sectors] }]),
      { fact: `level${name}`, operator: 'in', value: [...params.levels] },
    ];
    const any = [];
    for (let i = 0; i < params.posts.length; i += 1) {
      for (let j = 0; j < params.posts.length; j += 1) {
        if (i === j) continue;
        const link =
          params.secondUnderFirst === true && i === 0 && j === 1
            ? [{ fact: 'bUnderA', operator: 'equal', value: true }]
            : params.secondUnderFirst === true && i === 1 && j === 0
              ? [{ fact: 'aUnderB', operator: 'equal', value: true }]
              : [];
        any.push({
          all: [
            ...side(params.posts[i] as (typeof params.posts)[number], 'A'),
            ...side(params.posts[j] as (typeof params.posts)[number], 'B'),
            ...(params.sameArea ? [{ fact: 'sameArea', operator: 'equal', value: true }] : []),
            ...link,
          ],
        });
      }
    }
    engine.addRule({ name: inForce.rule.id, conditions: { any }, event: { type: strength ?? 'permitted', params: { ruleId: inForce.rule.id } } });
    rules += 1;
  }
  return { engine, rules, unsupported };
}

function factsOf(a: HandPost, b: HandPost): Record<string, unknown> {
  return {
    roleA: a.role,
    kindA: a.unit.kind,
    sectorA: a.sector,
    levelA: a.level,
    roleB: b.role,
    kindB: b.unit.kind,
    sectorB: b.sector,
    levelB: b.level,
    sameArea: a.areaId === b.areaId,
    bUnderA: b.unit.parentId === a.unit.id,
    aUnderB: a.unit.parentId === b.unit.id,
  };
}

/**
 * Groups the posts held on the date per person and runs the engine on every pair of posts in
 * different units.
 *
 * @param structure - A parsed structure.
 * @param asOf - The date.
 * @param peer - The engine.
 * @returns Counts by issue code as the library would name them (`role_combination_<strength>`,
 *   `role_combination_unregulated` for a pair no rule fired on).
 */
export async function checkPairsWithEngine(structure: Structure, asOf: IsoDate, peer: CombinationEngine): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const count = (code: string) => {
    counts[code] = (counts[code] ?? 0) + 1;
  };
  for (const { posts } of groupPostsByPerson(structure, mapUnits(structure), asOf)) {
    for (let i = 0; i < posts.length; i += 1) {
      for (let j = i + 1; j < posts.length; j += 1) {
        const a = posts[i] as HandPost;
        const b = posts[j] as HandPost;
        if (a.unit.id === b.unit.id) continue;
        const { events } = await peer.engine.run(factsOf(a, b));
        if (events.length === 0) count('role_combination_unregulated');
        for (const event of events) count(`role_combination_${event.type}`);
      }
    }
  }
  return counts;
}
