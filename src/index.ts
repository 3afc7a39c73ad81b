/**
 * tinh-gon: Vietnam's political system as data, and the law of each date as a cited rulebook.
 *
 * The root entry exports the model, the rulebook and reports; the three capabilities also have
 * their own entries (`tinh-gon/plan`, `tinh-gon/roles`, `tinh-gon/staffing`) and the sample
 * structures live in `tinh-gon/samples`.
 *
 * @packageDocumentation
 */
export * from './time/index.js';
export * from './report/index.js';
export * from './model/index.js';
export * from './rules/index.js';
export * from './plan/index.js';
export * from './roles/index.js';
export * from './staffing/index.js';
