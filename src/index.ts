/**
 * tinh-gon: Vietnam's political system as data, and the law of each date as a cited rulebook.
 *
 * The root entry holds the foundation: the model of units, people and posts, the rulebook, reports,
 * dates and exact arithmetic, and `validateStructure`. It loads no zod: the schemas and `parse*`
 * functions that read untrusted JSON are in `tinh-gon/parse`. The three capabilities have their own entries, so an app pays only for what it uses:
 * `tinh-gon/plan` (merge validation), `tinh-gon/roles` (concurrent roles) and
 * `tinh-gon/staffing` (staffing-reduction arithmetic); sample structures are in
 * `tinh-gon/samples`, and `tinh-gon/rules` is the rulebook alone.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './report/index.js';
export * from './model/index.js';
export * from './rules/index.js';
export * from './structure/index.js';
