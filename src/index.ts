/**
 * tinh-gon: Vietnam's political system as data, and the law of each date as a cited rulebook.
 *
 * The root entry (`tinh-gon`) holds the foundation the other entries build on: the model of units,
 * people and posts, the rulebook, reports, dates and exact arithmetic, and `validateStructure`. It
 * loads no zod: the schemas and `parse*` functions that read untrusted JSON are in
 * `tinh-gon/parse`. The three capabilities have their own entries, so an app pays only for what it
 * uses: `tinh-gon/plan` (merge validation), `tinh-gon/roles` (concurrent roles) and
 * `tinh-gon/staffing` (staffing-reduction arithmetic); the real country is in `tinh-gon/vn`, sample
 * structures in `tinh-gon/samples`, and `tinh-gon/rules` is the rulebook alone.
 *
 * The main functions:
 * - Dates: {@link isoDate} (checks a `YYYY-MM-DD` string), {@link isInForce}.
 * - The structure: {@link validateStructure}, {@link findUnit}, {@link findChildren},
 *   {@link findAncestors}, {@link findUnitsInForce}, {@link indexStructure}.
 * - The law: {@link defaultRulebook}, {@link findRule}, {@link rulesInForce},
 *   {@link findRuleChanges}, {@link extendRulebook}, {@link validateRulebook}.
 * - Reports: every check answers a {@link Result} (`ok`, `value`, `issues`); {@link formatReport}
 *   renders one in Vietnamese or English, {@link issueCatalogue} lists every issue code (each
 *   explained on the [Issue codes](../docs/issue-codes.md) page; see also the guide
 *   [Reading a report](../docs/guides/reading-a-report.md)).
 *
 * @example
 * ```ts
 * import { formatReport, isoDate, validateStructure } from 'tinh-gon';
 * import { kyAnhTown2018 } from 'tinh-gon/samples';
 *
 * const report = validateStructure(kyAnhTown2018, { asOf: isoDate('2018-10-01') });
 * report.ok; //=> true
 * formatReport(report, { locale: 'en' }); //=> 'Valid: 0 errors, 0 warnings, 0 info'
 * ```
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './report/index.js';
export * from './model/index.js';
export * from './rules/index.js';
export * from './structure/index.js';
