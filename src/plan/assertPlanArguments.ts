import { assertOptions, describeType } from '../core/assertOptions.js';
import { assertIsoDate } from '../core/IsoDate.js';
import { assertStructure } from '../model/assertStructure.js';
import type { Rulebook } from '../rules/Rule.js';
import type { Plan } from './Plan.js';

/**
 * Throws a `[tinh-gon]` TypeError on a call the types forbid, at the boundary of `validatePlan`
 * and `applyPlan`: a structure without its `units`, `people` and `assignments` arrays, a plan
 * without an `operations` array or with an `effectiveOn` that is not a real ISO date, options that
 * are not an object (`null`), a rulebook that is not one, or exemptions that are not arrays of reasons by area id.
 * @internal
 */
export function assertPlanArguments(functionName: string, structure: unknown, plan: unknown, options: unknown): void {
  assertStructure(structure, functionName);
  const candidate = plan as Partial<Plan> | null;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray(candidate.operations)) {
    throw new TypeError(`[tinh-gon] ${functionName}: \`plan.operations\` must be an array, received ${describeType(candidate?.operations)} (parse input with parsePlan)`);
  }
  assertIsoDate(candidate.effectiveOn, `${functionName}: \`plan.effectiveOn\``);
  if (options !== undefined) assertPlanOptions(functionName, options);
}

/** Throws unless `options` is an object whose `rulebook`, if given, is a rulebook. @internal */
export function assertPlanOptions(functionName: string, options: unknown): void {
  assertOptions(options, functionName);
  const rulebook = (options as { rulebook?: Partial<Rulebook> | null }).rulebook;
  if (rulebook !== undefined && (rulebook === null || typeof rulebook !== 'object' || !Array.isArray(rulebook.rules) || !Array.isArray(rulebook.instruments))) {
    throw new TypeError(`[tinh-gon] ${functionName}: options.rulebook must be a rulebook ({ instruments, rules })`);
  }
  const exemptions = (options as { exemptions?: unknown }).exemptions;
  if (exemptions !== undefined && (exemptions === null || typeof exemptions !== 'object' || Object.values(exemptions).some((reasons) => !Array.isArray(reasons)))) {
    throw new TypeError(`[tinh-gon] ${functionName}: options.exemptions must map area ids to arrays of reasons, received ${describeType(exemptions)}`);
  }
}
