/**
 * Every benchmarked operation, in run order: the one list `index.ts` and the scaling workers
 * (`probes/scaleWorker.ts`) share, so a worker finds an operation by its id.
 */
import { mergeCandidatesOperation, planApplyOperation, planValidateOperation } from './cases/planCases.js';
import {
  concurrencyCheckOperation,
  concurrencyCoverageOperation,
  concurrencyProblemsOperation,
  jsonRulesEngineOperation,
} from './cases/rolesCases.js';
import { reformApplyOperation, reformValidateOperation } from './cases/reformCases.js';
import { apportionOperation, leaversCostOperation } from './cases/staffingCases.js';
import { indexStructureOperation, parseStructureOperation, unitsInForceOperation, validateStructureOperation } from './cases/structureCases.js';
import type { Operation } from './operation.js';

/** The operations, in run order. */
export const OPERATIONS: readonly Operation[] = [
  parseStructureOperation,
  validateStructureOperation,
  indexStructureOperation,
  unitsInForceOperation,
  concurrencyCheckOperation,
  concurrencyProblemsOperation,
  jsonRulesEngineOperation,
  concurrencyCoverageOperation,
  mergeCandidatesOperation,
  planValidateOperation,
  planApplyOperation,
  reformValidateOperation,
  reformApplyOperation,
  apportionOperation,
  leaversCostOperation,
];
