import type { Structure } from '../model/Structure.js';
import { type Result, toResult } from '../report/Result.js';
import type { Plan } from './Plan.js';
import type { AppliedPlan } from './PlanEvent.js';
import { runPlanChecks, type ValidatePlanOptions } from './validatePlan.js';

/**
 * Applies a reorganisation plan: the structure after it, and the change events. Pure: the input
 * structure and plan are untouched and the result shares unchanged records with the input. It
 * runs every check of {@link validatePlan} and refuses (`ok: false`, no value) a plan with any
 * error; so the structure it returns has no error on `effectiveOn` that the input did not have.
 *
 * What moves where: ending units get `to: effectiveOn`; units created by the plan start
 * `from: effectiveOn`. The children, organisations and posts of an ending unit that are in force
 * on `effectiveOn`, or start later, go to its successor (the merge target, the consolidated unit,
 * the dissolved unit's successor): a post in force ends on the day and a copy (id `<id>@<day>`)
 * starts at the successor; a post starting on the day or later just moves, with its id and dates;
 * what ended before the day stays where it was. A surviving area's population, households and
 * area become the sum of what it absorbed; partial transfers move their shares from a continuing
 * source to an existing target, exactly (people and households rounded down, km² to the
 * hundredth; a new unit keeps the figures its record gives). Changed units
 * keep their id and show their state from `effectiveOn`; the events keep the history, so plans
 * can be chained year after year. A source that ends by several partial transfers has one `ended`
 * event listing every part (`into`, and `shares` where given).
 *
 * @param structure - The structure before the plan.
 * @param plan - A parsed plan.
 * @param options - `rulebook` (default `defaultRulebook`).
 * @returns `{ ok: true, value: { structure, events }, issues }` with the warnings and infos, or
 * `{ ok: false, issues }`.
 * @throws {TypeError} As {@link validatePlan} does, on a call the types forbid.
 * @example
 * ```ts
 * const result = applyPlan(kyAnhTown2018, { effectiveOn: isoDate('2019-01-01'),
 *   operations: [{ type: 'merge', sourceIds: ['thon-ky-nam-2'], targetId: 'thon-ky-nam-3' }] });
 * result.ok && result.value.events.map((event) => `${event.change} ${event.unitId}`);
 * //=> ['ended thon-ky-nam-2', 'continued thon-ky-nam-3']
 * ```
 * @category Plan
 */
export function applyPlan(structure: Structure, plan: Plan, options?: ValidatePlanOptions): Result<AppliedPlan> {
  const { issues, applied } = runPlanChecks('applyPlan', structure, plan, options);
  return toResult(issues, applied);
}
