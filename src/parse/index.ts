/**
 * The zod boundary: schemas of the library's plain-JSON inputs and the `parse*` functions that
 * read untrusted data (parsed JSON, say) into typed values, answering a `Result` whose issues name
 * the path and say what was expected, in Vietnamese and English. Never throws on bad input.
 *
 * This is the only entry that loads zod: the root and the capability entries take already-typed
 * values, so an app that builds its structures in code pays nothing for the boundary.
 *
 * The main functions: {@link parseStructure}, {@link parsePlan} and {@link parseRulebookAdditions}
 * (each answers a `Result` with the typed value, or `input_invalid` issues naming the path), and
 * the zod schemas behind them ({@link structureSchema}, {@link planSchema},
 * {@link rulebookAdditionsSchema}…), which the JSON Schemas in `schemas/` are generated from.
 *
 * @example
 * ```ts
 * import { parseStructure } from 'tinh-gon/parse';
 *
 * const json = JSON.parse('{"units":[{"id":"x","kind":"village","name":{"vi":"Thôn 1"},"from":"2018-13-01"}]}');
 * const result = parseStructure(json);
 * result.ok; //=> false
 * result.issues.map((issue) => [issue.code, issue.path]); //=> [['input_invalid', ['units', 0, 'from']]]
 * ```
 *
 * @module
 */
export {
  isoDateSchema,
  idSchema,
  nameSchema,
  staffCountsSchema,
  staffingSchema,
  areaUnitSchema,
  organisationUnitSchema,
  publicServiceUnitSchema,
  unitSchema,
  personSchema,
  assignmentSchema,
  structureSchema,
} from '../model/schema.js';
export { parseStructure } from '../model/parseStructure.js';
export { planSchema, planOperationSchema, newUnitSchema, shareSchema, type PlanInput } from '../plan/planSchema.js';
export { parsePlan } from '../plan/parsePlan.js';
export {
  ruleParamSchemas,
  citationSchema,
  instrumentSchema,
  quoteSchema,
  ruleVersionSchema,
  ruleHeadSchema,
  ruleSchema,
  rulebookAdditionsSchema,
  verificationSchema,
  instrumentKindSchema,
  strengthSchema,
  topicSchema,
} from '../rules/schema.js';
export { parseRulebookAdditions } from '../rules/parseRulebookAdditions.js';
export { parseStructureStream, DEFAULT_MAX_LINE_LENGTH, type ParseStructureStreamOptions } from './parseStructureStream.js';
export { structureToNdjson } from './structureToNdjson.js';
export type { NdjsonSource, NdjsonReadableStream, NdjsonStreamReader } from './NdjsonSource.js';
