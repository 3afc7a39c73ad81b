import type { IsoDate } from '../core/IsoDate.js';
import { type StructureIndex, indexStructure } from '../model/indexStructure.js';
import type { Structure } from '../model/Structure.js';
import type { Severity } from '../report/Issue.js';
import { type RuleInForce, rulesInForce } from '../rules/findRule.js';
import type { Rulebook } from '../rules/Rule.js';
import { type AreaScope, createAreaScope } from './areaScope.js';
import { type AreaCombinationFinder, type InForceTables, buildInForceTables, createAreaCombinationFinder } from './findAreaCombination.js';
import { type CombinationParams, type SignatureTable, createSignatureTable } from './postSignature.js';

/**
 * How many issues of one code one person gets before the rest are only counted (in one
 * `role_combinations_left_out` issue): enough for anyone holding a handful of posts, and a bound
 * for a placeholder person holding thousands.
 * @internal
 */
export const DEFAULT_PER_PERSON_LIMIT = 20;

/**
 * Options of {@link createRolesContext}.
 * @internal
 */
export interface RolesContextOptions {
  /** The least severity to build issues of (default `info`: every issue). */
  readonly minSeverity?: Severity;
  /** Issues of one code per person before the rest are counted (default {@link DEFAULT_PER_PERSON_LIMIT}). */
  readonly perPersonLimit?: number;
}

/**
 * Everything the role checks need for one structure, rulebook and date, built once and shared by
 * every check: the structure's index, the role rules in force, the severities wanted, the
 * signature table of posts and the memoised reach of each local rule.
 * @internal
 */
export interface RolesContext {
  readonly structure: Structure;
  readonly index: StructureIndex;
  readonly asOf: IsoDate;
  readonly combinations: readonly RuleInForce<'role-combination'>[];
  readonly caps: readonly RuleInForce<'role-cap'>[];
  readonly signatures: SignatureTable;
  readonly perPersonLimit: number;
  /** Whether issues of a severity are built at all (they are filtered before they are made). */
  wants(severity: Severity): boolean;
  /** The reach of a rule's `withinAreaIds` (memoised per list), or `undefined` when it has none. */
  scopeOf(withinAreaIds: readonly string[] | undefined): AreaScope | undefined;
  /** Who holds a rule's posts together in any area (read in one pass on first use, per params). */
  areaCombinationsOf(params: CombinationParams): AreaCombinationFinder;
  /** The organisations and posts in force, grouped once for every rule's finder (built on first use). */
  inForce(): InForceTables;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Builds the {@link RolesContext}: the structure's index and the role rules in force on `asOf`.
 * @internal
 */
export function createRolesContext(
  structure: Structure,
  rulebook: Rulebook,
  asOf: IsoDate,
  options: RolesContextOptions = {},
): RolesContext {
  const combinations = rulesInForce(rulebook, asOf, { type: 'role-combination' });
  const caps = rulesInForce(rulebook, asOf, { type: 'role-cap' });
  const index = indexStructure(structure);
  const least = SEVERITY_RANK[options.minSeverity ?? 'info'];
  const scopes = new Map<readonly string[], AreaScope>();
  const finders = new Map<CombinationParams, AreaCombinationFinder>();
  let tables: InForceTables | undefined;
  const context: RolesContext = {
    structure,
    index,
    asOf,
    combinations,
    caps,
    signatures: createSignatureTable(combinations, caps),
    perPersonLimit: options.perPersonLimit ?? DEFAULT_PER_PERSON_LIMIT,
    wants: (severity) => SEVERITY_RANK[severity] <= least,
    scopeOf(withinAreaIds) {
      if (withinAreaIds === undefined) return undefined;
      let scope = scopes.get(withinAreaIds);
      if (scope === undefined) {
        scope = createAreaScope(index, withinAreaIds);
        scopes.set(withinAreaIds, scope);
      }
      return scope;
    },
    areaCombinationsOf(params) {
      let finder = finders.get(params);
      if (finder === undefined) {
        finder = createAreaCombinationFinder(context, params);
        finders.set(params, finder);
      }
      return finder;
    },
    inForce() {
      tables ??= buildInForceTables(structure, asOf);
      return tables;
    },
  };
  return context;
}
