/**
 * `tinh-gon/vn`: the real country. Vietnam's provinces, district-level and commune-level units on
 * 2025-03-01 (the last three-tier list) and on 2025-07-01 (the first two-tier one) as
 * `Structure`s, the 2025 reform between them as a `Plan` of `tinh-gon/plan`, and lookups: a unit by code
 * on a date, units by name (ignoring case and diacritics), and where each old unit went and what
 * each new one came from.
 *
 * The lists ship inside the package (about 180 kB gzip) and are parsed on first use; no other
 * entry of `tinh-gon` carries them. Sources (the vietnamese-provinces-database and dvhcvn projects,
 * both MIT, built from the statistics office's unit list, the commune-merger resolutions and the
 * government's reorganisation map) and their licences are in `data/vn-admin/README.md`.
 *
 * The main functions:
 * - {@link getVietnam}: the country of an edition (`'2025-03-01'` or `'2025-07-01'`) as a
 *   `Structure` of areas (country, provinces, district- and commune-level units).
 * - {@link getReform2025Plan}: the 2025 reform as one `Plan`, which `validatePlan` accepts and
 *   `applyPlan` turns into the 2025-07-01 country.
 * - {@link findVietnamUnit} (by code on a date) and {@link findVietnamUnitsByName} (ignoring case
 *   and diacritics).
 * - {@link findReformSuccessors} and {@link findReformPredecessors}: where an old unit went and
 *   what a new one came from.
 *
 * The guide [Your province from the national data](../../docs/guides/your-province.md) builds one
 * province's structure and its part of the reform.
 *
 * @example
 * ```ts
 * import { findReformSuccessors, findVietnamUnitsByName, getVietnam } from 'tinh-gon/vn';
 *
 * getVietnam('2025-07-01').units.filter((unit) => unit.kind === 'province').length; //=> 28
 * findVietnamUnitsByName('Tinh Quang Binh').map((unit) => unit.id); //=> ['vn-2025-03:p44']
 * findReformSuccessors('vn-2025-03:p44').map((transfer) => transfer.after.name.vi); //=> ['Tỉnh Quảng Trị']
 * ```
 *
 * @packageDocumentation
 */
export { getVietnam, type VietnamEdition } from './getVietnam.js';
export { getReform2025Plan } from './getReform2025Plan.js';
export { findVietnamUnit } from './findVietnamUnit.js';
export { findVietnamUnitsByName, type FindVietnamUnitsByNameOptions } from './findVietnamUnitsByName.js';
export { findReformPredecessors, findReformSuccessors, type ReformTransfer } from './findReformTransfers.js';
