import type { Rule } from '../Rule.js';

/** The staffing, norm and benefit rules (filled by the staffing module). @category Rulebook @example `staffingRules.length` */
export const staffingRules: readonly Rule[] = [];
