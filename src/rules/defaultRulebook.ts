import { defaultInstruments } from './data/instruments.js';
import { mergeRules } from './data/mergeRules.js';
import { rolesRules } from './data/rolesRules.js';
import { staffingRules } from './data/staffingRules.js';
import { structureRules } from './data/structureRules.js';
import type { Rulebook } from './Rule.js';

const defaultRules = [...structureRules, ...mergeRules, ...rolesRules, ...staffingRules];

/**
 * The id of a rule of the default rulebook, e.g. `'roles.secretary-chairs-committee'`: a typo
 * where one is expected does not compile (`findRule(defaultRulebook, …)` is one such place).
 *
 * @example
 * ```ts
 * const id: DefaultRuleId = 'merge.village-household-standard';
 * ```
 * @category Rulebook
 */
export type DefaultRuleId =
  | 'structure.area-hierarchy'
  | 'structure.commune-offices'
  | 'structure.province-department-cap'
  | 'structure.commune-body-average'
  | 'merge.pilot-organisation-home-affairs'
  | 'merge.pilot-inspection-inspectorate'
  | 'merge.party-office-government-office'
  | 'merge.village-household-standard'
  | 'merge.admin-unit-standard'
  | 'merge.admin-unit-merge-criteria'
  | 'merge.merged-unit-directions'
  | 'merge.quota-not-above-sources'
  | 'merge.deputy-grace-period'
  | 'merge.surplus-absorption'
  | 'roles.party-leader-chairs-council'
  | 'roles.secretary-chairs-committee'
  | 'roles.deputy-secretary-chairs-commune-committee'
  | 'roles.cell-secretary-village-head'
  | 'roles.cell-secretary-front-committee-head'
  | 'roles.propaganda-head-training-centre'
  | 'roles.mass-mobilisation-head-chairs-front'
  | 'roles.organisation-head-home-affairs-head'
  | 'roles.inspection-head-chief-inspector'
  | 'roles.council-standing-not-committee-member'
  | 'roles.department-deputy-not-head-of-attached-unit'
  | 'roles.provincial-standing-member-cap'
  | 'roles.front-vice-chair.womens-union-chair'
  | 'roles.front-vice-chair.youth-union-secretary'
  | 'roles.front-vice-chair.farmers-union-chair'
  | 'roles.front-vice-chair.veterans-association-chair'
  | 'roles.front-vice-chair.trade-union-chair'
  | 'roles.commune-vice-chair-not-service-centre-director'
  | 'staffing.target.2015-2021'
  | 'staffing.target.2022-2026.civil-servants'
  | 'staffing.target.2022-2026.public-employees'
  | 'staffing.target.public-service.2015-2021'
  | 'staffing.target.public-service-units.2015-2021'
  | 'staffing.target.public-service.2021-2025'
  | 'staffing.target.public-service-units.2021-2025'
  | 'staffing.target.2025'
  | 'norms.commune-staff.cadre-civil-servant'
  | 'norms.commune-staff.non-professional'
  | 'norms.commune-staff.average-2025'
  | 'norms.deputies.department'
  | 'norms.deputies.department-division'
  | 'norms.deputies.district-division'
  | 'norms.deputies.commune-division'
  | 'norms.deputies.public-service-unit-division'
  | 'norms.deputies.public-service-unit'
  | 'norms.commune-staff.party-and-mass-organisations'
  | 'norms.commune-staff.party-advisory-bodies'
  | 'norms.commune-staff.front-agency'
  | 'norms.commune-staff-categories'
  | 'benefits.early-retirement.reorganisation'
  | 'benefits.early-retirement.restructuring'
  | 'benefits.early-retirement.not-reelected'
  | 'benefits.resignation.reorganisation'
  | 'benefits.early-retirement.streamlining'
  | 'benefits.resignation.streamlining'
  | 'benefits.service-time.reorganisation-2025';

/** Both directions: the list above and the ids of the rule data cannot drift apart. */
type SameIds<A, B> = [A, B] extends [B, A] ? true : false;
const _defaultRuleIdsMatchData: SameIds<DefaultRuleId, (typeof defaultRules)[number]['id']> = true;

/**
 * A rule id where a rulebook may have been extended: the default ids (offered by the editor) or
 * any local one, such as `'roles.quang-ninh.cell-secretary-village-head'`.
 *
 * @example
 * ```ts
 * const local: RuleId = 'ha-tinh.commune-office-consolidation';
 * ```
 * @category Rulebook
 */
export type RuleId = DefaultRuleId | (string & {});

/**
 * The rulebook the library ships: the instruments of `legal-facts.md` and `audit-2026-12.md` with
 * their verification level, and the structural, merge, concurrent-role and staffing rules that
 * cite them. Pass your own, or `extendRulebook(defaultRulebook, …)`, wherever a function takes
 * `rulebook`.
 *
 * @example
 * ```ts
 * validateRulebook(defaultRulebook).ok; //=> true
 * ```
 * @category Rulebook
 */
export const defaultRulebook: Rulebook<DefaultRuleId> = {
  instruments: defaultInstruments,
  rules: defaultRules,
};
