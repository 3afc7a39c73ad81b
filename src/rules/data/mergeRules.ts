import type { Rule } from '../Rule.js';

/** The merge-validation rules (filled by the plan module). @category Rulebook @example `mergeRules.length` */
export const mergeRules: readonly Rule[] = [];
