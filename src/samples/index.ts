/**
 * Sample data (`tinh-gon/samples`): two real localities, modelled from public reports, to try the
 * library on and to copy from.
 *
 * - {@link kyAnhTown2018}: Kỳ Anh town (Hà Tĩnh) in 2018, with its villages, communes, party,
 *   state and front bodies, people and posts; {@link kyAnhPlan2019} is its 2019 reorganisation
 *   (merging villages, communes' offices, centres), and {@link kyAnhLocalRules} the provincial
 *   instrument that permits its commune office mergers.
 * - {@link camPhaCity2020}: the communes and wards of Cẩm Phả city (Quảng Ninh) in 2020, with the
 *   posts their secretaries hold, for the concurrent-roles functions; {@link quangNinhRolesRules}
 *   is the province's own directive.
 *
 * Units marked `illustrative` stand in for bodies the sources name without details. Large values
 * kept out of the root entry so that an app that does not use them does not carry them.
 *
 * @example
 * ```ts
 * import { extendRulebook, defaultRulebook } from 'tinh-gon';
 * import { validatePlan } from 'tinh-gon/plan';
 * import { kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018 } from 'tinh-gon/samples';
 *
 * validatePlan(kyAnhTown2018, kyAnhPlan2019).ok; //=> false (the office mergers need the local rule)
 * const rulebook = extendRulebook(defaultRulebook, kyAnhLocalRules);
 * validatePlan(kyAnhTown2018, kyAnhPlan2019, { rulebook }).ok; //=> true
 * ```
 *
 * @module
 */
export * from './kyAnhTown2018.js';
export * from './kyAnhLocalRules.js';
export * from './camPhaCity2020.js';
export * from './kyAnhPlan2019.js';
export * from './quangNinhRolesRules.js';
