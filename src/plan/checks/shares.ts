import { isAreaKind } from '../../model/kinds.js';
import type { AreaUnit } from '../../model/Structure.js';
import type { PlanContext } from '../context.js';
import { fromExact, SHARE_FIELDS, toExact } from '../figures.js';
import type { PartialTransferOperation, Share } from '../Plan.js';
import type { Bilingual } from '../../core/Bilingual.js';
import { formatNumber } from '../../core/formatNumber.js';

/** How each share field is named in a message. */
const FIELD_LABELS: Readonly<Record<(typeof SHARE_FIELDS)[number], Bilingual>> = {
  population: { vi: 'dân số', en: 'population' },
  households: { vi: 'số hộ', en: 'households' },
  areaKm2: { vi: 'diện tích, km²', en: 'area, km²' },
  basisPoints: { vi: 'tỷ lệ, phần vạn', en: 'share, basis points' },
};

const lessThan = (value: number): Bilingual => ({
  vi: `nhỏ hơn ${formatNumber(value, { locale: 'vi' })}`,
  en: `less than ${formatNumber(value, { locale: 'en' })}`,
});

function checkShareSums(
  context: PlanContext,
  sourceId: string,
  shares: readonly (Share | undefined)[],
  mode: 'whole' | 'less',
  path: (string | number)[],
): void {
  const source = context.analysis.index.unitsById.get(sourceId);
  for (const field of SHARE_FIELDS) {
    const present = shares.filter((share) => share?.[field] !== undefined).length;
    if (present === 0) continue;
    if (present < shares.length) {
      if (mode === 'whole') context.add('plan_shares_incomplete', { path, unitIds: [sourceId], params: { unitId: sourceId, field }, labels: { field: FIELD_LABELS[field] } });
      continue;
    }
    const total = shares.reduce((sum, share) => sum + toExact(field, (share as Share)[field] as number), 0);
    let whole: number | undefined;
    if (field === 'basisPoints') whole = 10_000;
    else if (source !== undefined && isAreaKind(source.kind)) {
      const value = (source as AreaUnit)[field];
      whole = value === undefined ? undefined : toExact(field, value);
    }
    if (whole === undefined) continue;
    if (mode === 'whole' ? total !== whole : total >= whole) {
      context.add('plan_shares_mismatch', {
        path,
        unitIds: [sourceId],
        params: {
          unitId: sourceId,
          field,
          total: fromExact(field, total),
          expected: mode === 'whole' ? fromExact(field, whole) : `< ${fromExact(field, whole)}`,
        },
        labels: { field: FIELD_LABELS[field], ...(mode === 'whole' ? {} : { expected: lessThan(fromExact(field, whole)) }) },
      });
    }
  }
}

/**
 * Shares: the parts of a split add up to the whole of its source, field by field (people,
 * households, km² to the hundredth, basis points), where the source records the figure; the
 * partial transfers of a source that ends add up to the whole, those of a source that continues
 * to less than it; and the partial transfers of one source agree on whether it ends.
 * @internal
 */
export function checkShares(context: PlanContext): void {
  const { analysis } = context;
  analysis.plan.operations.forEach((operation, operationIndex) => {
    if (operation.type !== 'split') return;
    checkShareSums(context, operation.sourceId, operation.parts.map((part) => part.share), 'whole', ['operations', operationIndex, 'parts']);
  });
  for (const [sourceId, operationIndexes] of analysis.partialBySource) {
    const transfers = operationIndexes.map((operationIndex) => analysis.plan.operations[operationIndex] as PartialTransferOperation);
    const ends = transfers.map((operation) => operation.sourceEnds === true);
    const path = ['operations', operationIndexes[0] as number];
    if (ends.some((value) => value) && ends.some((value) => !value)) {
      context.add('plan_partial_transfer_inconsistent', { path, unitIds: [sourceId], params: { unitId: sourceId } });
      continue;
    }
    checkShareSums(context, sourceId, transfers.map((operation) => operation.share), ends[0] === true ? 'whole' : 'less', path);
  }
}
