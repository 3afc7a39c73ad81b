import { isAreaKind } from '../model/kinds.js';
import type { AreaUnit } from '../model/Structure.js';
import { type Combination, type PlanAnalysis, resolveUnit } from './analysePlan.js';
import { type AreaFacts, factsOf, shareFacts, sumFacts } from './figures.js';
import type { PartialTransferOperation } from './Plan.js';

/** An area a plan forms, with its figures after the plan. @internal */
export interface AreaResult {
  readonly unit: AreaUnit;
  readonly facts: AreaFacts;
  /** Number of units that went into it (the surviving target counts). */
  readonly contributors: number;
  readonly operationIndex: number;
}

/** The figures of the partial transfers that count for a merger or consolidation. */
function partialFacts(analysis: PlanAnalysis, operationIndex: number): AreaFacts[] {
  return (analysis.combinations[operationIndex] as Combination).partialTransferIndexes.map((transferIndex) => {
    const transfer = analysis.plan.operations[transferIndex] as PartialTransferOperation;
    return shareFacts(transfer.share, resolveUnit(analysis, transfer.sourceId));
  });
}

/**
 * The areas a plan forms, with their figures after the plan: a merger's survivor (its own figures
 * plus its sources' and the shares transferred into it), a consolidated area (its record's figures
 * where given, else the sum), and each area of a split (its record's, else its share of the
 * source). A figure is unknown when any part of it is.
 * @internal
 */
export function findAreaResults(analysis: PlanAnalysis): AreaResult[] {
  const results: AreaResult[] = [];
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type === 'merge') {
      const target = analysis.index.unitsById.get(operation.targetId);
      if (target === undefined || !isAreaKind(target.kind)) return;
      const parts = [target, ...operation.sourceIds.map((id) => resolveUnit(analysis, id))].map(factsOf);
      const partial = partialFacts(analysis, operationIndex);
      results.push({ unit: target as AreaUnit, facts: sumFacts([...parts, ...partial]), contributors: parts.length + partial.length, operationIndex });
    } else if (operation.type === 'consolidate' && isAreaKind(operation.newUnit.kind)) {
      const unit = operation.newUnit as AreaUnit;
      const partial = partialFacts(analysis, operationIndex);
      const summed = sumFacts([...operation.sourceIds.map((id) => factsOf(resolveUnit(analysis, id))), ...partial]);
      const facts: AreaFacts = {
        population: unit.population ?? summed.population,
        areaKm2: unit.areaKm2 ?? summed.areaKm2,
        households: unit.households ?? summed.households,
      };
      results.push({ unit, facts, contributors: operation.sourceIds.length + partial.length, operationIndex });
    } else if (operation.type === 'split') {
      const source = resolveUnit(analysis, operation.sourceId);
      for (const part of operation.parts) {
        if (!isAreaKind(part.newUnit.kind)) continue;
        const unit = part.newUnit as AreaUnit;
        const share = shareFacts(part.share, source);
        const facts: AreaFacts = {
          population: unit.population ?? share.population,
          areaKm2: unit.areaKm2 ?? share.areaKm2,
          households: unit.households ?? share.households,
        };
        results.push({ unit, facts, contributors: 1, operationIndex });
      }
    }
  });
  return results;
}
