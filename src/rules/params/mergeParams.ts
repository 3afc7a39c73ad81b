import type { z } from 'zod';

/**
 * Parameter schemas of the `merge` rule types, one zod schema per rule `type`. A rule's params are
 * checked against its type's schema by `validateRulebook`.
 * @internal
 */
export const mergeRuleParams = {} satisfies Record<string, z.ZodType>;
