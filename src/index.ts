/**
 * tinh-gon: Vietnam's political system as data, and the law of each date as a cited rulebook.
 *
 * The root entry holds the foundation: the model of units, people and posts, the rulebook, reports
 * and dates. The three capabilities have their own entries, so an app pays only for what it uses:
 * `tinh-gon/plan` (merge validation), `tinh-gon/roles` (concurrent roles) and
 * `tinh-gon/staffing` (staffing-reduction arithmetic); sample structures are in
 * `tinh-gon/samples`, and `tinh-gon/rules` is the rulebook alone.
 *
 * @packageDocumentation
 */
export * from './time/index.js';
export * from './report/index.js';
export * from './model/index.js';
export * from './rules/index.js';
