import { assertIsoDate } from '../core/IsoDate.js';
import type { Rulebook } from '../rules/Rule.js';
import type { Plan } from './Plan.js';

/**
 * Throws a `[tinh-gon]` TypeError on a call the types forbid: a structure without its `units`,
 * `people` and `assignments` arrays, a plan without an `operations` array or with an `effectiveOn` that is not a real ISO date,
 * options that are not an object (`null`), or a rulebook without a `rules` array.
 * @internal
 */
export function assertPlanArguments(functionName: string, structure: unknown, plan: unknown, options: unknown): void {
  assertStructure(functionName, structure);
  const candidate = plan as Partial<Plan> | null;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray(candidate.operations)) {
    throw new TypeError(`[tinh-gon] ${functionName}: \`plan.operations\` must be an array (parse input with parsePlan)`);
  }
  assertIsoDate(candidate.effectiveOn, `${functionName}: \`plan.effectiveOn\``);
  assertOptionsObject(functionName, options);
}

/** Throws unless `structure` has `units`, `people` and `assignments` arrays. @internal */
export function assertStructure(functionName: string, structure: unknown): void {
  const candidate = structure as { units?: unknown; people?: unknown; assignments?: unknown } | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    !Array.isArray(candidate.units) ||
    !Array.isArray(candidate.people) ||
    !Array.isArray(candidate.assignments)
  ) {
    throw new TypeError(`[tinh-gon] ${functionName}: \`structure\` must have \`units\`, \`people\` and \`assignments\` arrays (parse input with parseStructure)`);
  }
}

/** Throws unless `options` is an object (or left out) whose `rulebook`, if given, has a `rules` array. @internal */
export function assertOptionsObject(functionName: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`[tinh-gon] ${functionName}: \`options\` must be an object, received ${options === null ? 'null' : typeof options}`);
  }
  const rulebook = (options as { rulebook?: Partial<Rulebook> | null }).rulebook;
  if (rulebook !== undefined && (rulebook === null || typeof rulebook !== 'object' || !Array.isArray(rulebook.rules))) {
    throw new TypeError(`[tinh-gon] ${functionName}: \`options.rulebook\` must be a rulebook (see defaultRulebook, extendRulebook)`);
  }
}
