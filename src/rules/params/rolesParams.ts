import { z } from 'zod';
import { LEVELS, UNIT_KIND_LIST, type Level, type UnitKind } from '../../model/kinds.js';
import { ROLE_LIST, type Role } from '../../model/roles.js';

const role = z.enum(ROLE_LIST as [Role, ...Role[]]);
const unitKind = z.enum(UNIT_KIND_LIST as [UnitKind, ...UnitKind[]]);
const level = z.enum(LEVELS as unknown as [Level, ...Level[]]);

/**
 * One post a rule speaks of: any of `roles` held in a unit of any of `unitKinds`; `sectors`
 * narrows to units whose `sector` is one of them (a sở/phòng nội vụ, a political training centre).
 */
const postSelector = z.strictObject({
  roles: z.array(role).min(1),
  unitKinds: z.array(unitKind).min(1),
  sectors: z.array(z.string().min(1)).min(1).optional(),
});

/**
 * A target share of units that should have a combination: `more-than` (strictly above) or
 * `at-least`, in integer basis points (7500 = 75%).
 */
const targetShare = z.strictObject({
  comparison: z.enum(['more-than', 'at-least']),
  basisPoints: z.number().int().min(0).max(10_000),
});

/**
 * Parameter schemas of the `roles` rule types, one zod schema per rule `type`. A rule's params are
 * checked against its type's schema by `validateRulebook`.
 *
 * - `role-combination`: one person holding two (or more) `posts` at once (kiêm nhiệm, nhất thể
 *   hóa). `sameArea`: the posts serve the same locality; `levels`: the levels of the units holding
 *   the posts; `target`: a share of units that should have the combination; `withinAreaIds`: a
 *   local instrument's reach (the rule applies only inside these areas); `secondUnderFirst`: the
 *   unit of the second post sits directly under (`parentId`) the unit of the first (a unit
 *   attached to a sở). How strongly the rule
 *   binds is the version's `strength`.
 * - `role-cap`: a person holding one of the `appliesTo` posts (e.g. the secretary or a deputy
 *   secretary of a provincial party committee) holds at most `maxPosts` of the `keyPosts`, counted
 *   at `levels`.
 * @internal
 */
export const rolesRuleParams = {
  'role-combination': z.strictObject({
    posts: z.array(postSelector).min(2),
    sameArea: z.boolean(),
    levels: z.array(level).min(1),
    target: targetShare.optional(),
    withinAreaIds: z.array(z.string().min(1)).min(1).optional(),
    secondUnderFirst: z.literal(true).optional(),
  }),
  'role-cap': z.strictObject({
    appliesTo: z.array(postSelector).min(1),
    keyPosts: z.array(postSelector).min(2),
    maxPosts: z.number().int().min(1),
    levels: z.array(level).min(1),
  }),
} satisfies Record<string, z.ZodType>;
