/**
 * Concurrent roles: the check with every info and with problems only (each against its
 * hand-written baseline), json-rules-engine on the same combination rules (a peer), and the
 * coverage of one combination over all communes (against its hand-written baseline).
 */
import { defaultRulebook, findRule } from '../../src/index.js';
import { type Answer, runCheckConcurrentRoles, runConcurrencyCoverage } from '../adapters.js';
import { concurrencyCoverageByHand } from '../baselines/concurrencyCoverage.js';
import { checkConcurrentRolesByHand, type RoleIssue, readRolesLaw } from '../baselines/checkConcurrentRoles.js';
import { compareCounts, compareKeys, countBy, countCodes, damageForRoles, roleIssueKeys } from '../checks.js';
import { AS_OF, type Operation, type World } from '../operation.js';
import { checkPairsWithEngine, createCombinationEngine } from '../peers/jsonRulesEngine.js';

function compareRoles(library: Answer, hand: readonly RoleIssue[], what: string): string[] {
  return [
    ...compareCounts(what, countCodes(library.issues), countBy(hand, (issue) => issue.code), 'baseline'),
    ...compareKeys(`${what} (issue by issue)`, roleIssueKeys(library.issues), roleIssueKeys(hand), 'baseline'),
  ];
}

function concurrencyOperation(problemsOnly: boolean): Operation {
  return {
    id: problemsOnly ? 'concurrency-problems' : 'concurrency-check',
    title: problemsOnly
      ? "checkConcurrentRoles, warnings and errors only (minSeverity: 'warning') vs the hand loop without infos"
      : 'checkConcurrentRoles with every info, incl. its index, vs posts grouped per person and a pair → rule map',
    sizeUnit: 'assignments',
    sides: (world, scale) => {
      const structure = world.structure(scale);
      const law = readRolesLaw(defaultRulebook, AS_OF);
      const size = structure.assignments.length;
      return [
        {
          role: 'library',
          name: 'library',
          label: `checkConcurrentRoles({ ...structure }, { asOf${problemsOnly ? ", minSeverity: 'warning'" : ''} })`,
          size,
          run: () => runCheckConcurrentRoles({ ...structure }, AS_OF, problemsOnly),
        },
        {
          role: 'baseline',
          name: 'baseline',
          label: `checkConcurrentRolesByHand(structure, asOf, law, ${!problemsOnly})`,
          size,
          run: () => checkConcurrentRolesByHand(structure, AS_OF, law, !problemsOnly),
        },
      ];
    },
    compare: (library, other) => ({ disagreements: compareRoles(library as Answer, other as RoleIssue[], 'concurrency of the national structure') }),
    facts: (library) => ({ issues: (library as Answer).issues.length, ...countBy((library as Answer).issues, (issue) => issue.severity) }),
    ...(problemsOnly
      ? {}
      : {
          fixtures: (world: World) => {
          const damaged = damageForRoles(world.structure(0.25));
          const library = runCheckConcurrentRoles(damaged, AS_OF);
          const codes = countCodes(library.issues);
          const silent = ['role_combination_forbidden', 'role_cap_exceeded', 'role_combination_missing']
            .filter((code) => (codes[code] ?? 0) === 0)
            .map((code) => `concurrency fixture: the damaged structure raised no ${code} (fixture out of date?)`);
          return [...compareRoles(library, checkConcurrentRolesByHand(damaged, AS_OF, readRolesLaw(defaultRulebook, AS_OF), true), 'concurrency of a damaged structure'), ...silent];
          },
        }),
  };
}

/** `checkConcurrentRoles` with every info. */
export const concurrencyCheckOperation: Operation = concurrencyOperation(false);
/** `checkConcurrentRoles` with warnings and errors only. */
export const concurrencyProblemsOperation: Operation = concurrencyOperation(true);

/** The codes json-rules-engine can answer (pairs only: no caps, no missing combinations). */
const PAIR_CODES = new Set([
  'role_combination_forbidden',
  'role_combination_required',
  'role_combination_encouraged',
  'role_combination_pilot',
  'role_combination_permitted',
  'role_combination_unregulated',
]);

/** json-rules-engine against `checkConcurrentRoles` (every info), at ¼× (1/16× in a quick run) only: the peer takes seconds there. */
export const jsonRulesEngineOperation: Operation = {
  id: 'concurrency-json-rules-engine',
  title: 'json-rules-engine on the same combination rules over every pair of posts vs checkConcurrentRoles (every info)',
  sizeUnit: 'assignments',
  atPeerScale: true,
  scalingRoles: [],
  sides: (world, scale) => {
    const structure = world.structure(scale);
    const law = readRolesLaw(defaultRulebook, AS_OF);
    const peer = createCombinationEngine(law);
    const size = structure.assignments.length;
    return [
      { role: 'library', name: 'library', label: 'checkConcurrentRoles({ ...structure }, { asOf })', size, run: () => runCheckConcurrentRoles({ ...structure }, AS_OF) },
      { role: 'peer', name: 'json-rules-engine', label: `engine.run(pair) for every pair (${peer.rules} rules)`, size, run: () => checkPairsWithEngine(structure, AS_OF, peer) },
    ];
  },
  compare: (library, other) => {
    const ours = countCodes((library as Answer).issues.filter((issue) => PAIR_CODES.has(issue.code)));
    return {
      disagreements: compareCounts('json-rules-engine on the national structure', ours, other as Record<string, number>, 'json-rules-engine'),
      facts: { pairsJudged: Object.values(other as Record<string, number>).reduce((a, b) => a + b, 0), note: 'the peer does not evaluate caps or missing required combinations' },
    };
  },
};

/** Coverage of the required commune-committee combination over all communes. */
export const concurrencyCoverageOperation: Operation = {
  id: 'concurrency-coverage',
  title: 'concurrencyCoverage of roles.deputy-secretary-chairs-commune-committee over all communes',
  sizeUnit: 'communes',
  sides: (world, scale) => {
    const structure = world.structure(scale);
    const communes = world.counts.get(scale)?.communes ?? 0;
    const rule = 'roles.deputy-secretary-chairs-commune-committee';
    const found = findRule(defaultRulebook, rule, AS_OF, { type: 'role-combination' });
    if (!found.ok) throw new Error(`${rule} is not in force on ${AS_OF}`);
    const { posts } = found.inForce.version.params;
    return [
      { role: 'library', name: 'library', label: `concurrencyCoverage(structure, { rule, level: 'commune', asOf })`, size: communes, run: () => runConcurrencyCoverage(structure, rule, 'commune', AS_OF) },
      { role: 'baseline', name: 'baseline', label: 'concurrencyCoverageByHand(structure, posts, level, asOf)', size: communes, run: () => concurrencyCoverageByHand(structure, posts, 'commune', AS_OF) },
    ];
  },
  compare: (library, other) => {
    const ours = library as { covered: number; total: number };
    const hand = other as { covered: number; total: number };
    return {
      disagreements:
        ours.covered === hand.covered && ours.total === hand.total
          ? []
          : [`coverage of the national structure: the library counts ${ours.covered} of ${ours.total}, the baseline ${hand.covered} of ${hand.total}`],
    };
  },
  facts: (library) => library as { covered: number; total: number },
};
