import type { Rule } from '../Rule.js';

/** The concurrent-role rules (filled by the roles module). @category Rulebook @example `rolesRules.length` */
export const rolesRules: readonly Rule[] = [];
