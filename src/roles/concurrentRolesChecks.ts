import { checkHolders } from './checkHolders.js';
import { checkRequiredCombinations } from './checkRequiredCombinations.js';
import type { IssueSink } from './IssueSink.js';
import type { RolesContext } from './RolesContext.js';

/**
 * One check of the concurrent-role rules over a whole structure: reads the shared context, adds
 * its issues to the sink.
 * @internal
 */
export type ConcurrentRolesCheck = (context: RolesContext, sink: IssueSink) => void;

/**
 * The checks `checkConcurrentRoles` runs, in order: people holding several posts (pairs, then
 * caps), then areas missing a required combination.
 * @internal
 */
export const concurrentRolesChecks: readonly ConcurrentRolesCheck[] = [checkHolders, checkRequiredCombinations];
