import type { RuleType } from './Rule.js';

/**
 * Every rule type, known without loading the params schemas (zod): `validateRulebook` names a
 * rule of any other type. `schema.ts` checks at compile time that this list and the params
 * schemas have the same types.
 * @internal
 */
export const RULE_TYPES = [
  'area-hierarchy',
  'body-count-limit',
  'required-bodies',
  'cross-family-consolidation',
  'village-household-standard',
  'admin-unit-standard',
  'admin-unit-merge-criteria',
  'merged-unit-directions',
  'quota-not-above-sources',
  'grace-period',
  'role-combination',
  'role-cap',
  'reduction-target',
  'commune-staff-norm',
  'commune-staff-average',
  'commune-staff-range',
  'staff-categories',
  'deputy-limit',
  'early-retirement-benefit',
  'resignation-benefit',
  'service-time-benefit',
] as const satisfies readonly RuleType[];
