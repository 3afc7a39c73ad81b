import type { AreaUnit } from '../model/index.js';
import type { NewUnit, Plan, PlanOperation } from '../plan/index.js';
import { editionUnits, REFORM_DATE, reformMapping } from './vietnamData.js';

let plan: Plan | undefined;

function toNewUnit(unit: AreaUnit): NewUnit {
  const { from: _from, ...rest } = unit;
  return rest;
}

/** Freezes an object and everything in it; a primitive (and `null`) counts as frozen already. */
function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) {
    for (const child of Object.values(value as object)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The 2025 reform of local government as one {@link Plan}, effective 2025-07-01, over the
 * 2025-03-01 country of {@link getVietnam}: `validatePlan` accepts it without an error, and
 * `applyPlan` turns it into the 2025-07-01 country (34 provinces, 3,321 commune-level units, no
 * district level). In order, it
 *
 * - consolidates the 63 provinces into the 34 of Nghị quyết 202/2025/QH15 (an unchanged province is
 *   consolidated from its one source too: it starts again under its 2025-07-01 id);
 * - dissolves the 696 district-level units, the new province succeeding to their duties (for the
 *   five island districts without communes, the special zone they became);
 * - forms each of the 3,321 new communes, wards and special zones by `consolidate` from the old
 *   communes that went into it whole,
 * - and adds one `partial-transfer` (ending its source) for each old commune that went into it only
 *   in part.
 *
 * Partial transfers carry no share (the mapping says only that a transfer was partial), so the new
 * units' area and population are their own figures from the 2025-07-01 list; those the data set
 * doubts are in the new unit's `doubtful`, and `validatePlan` reports such a figure under a standard
 * as `plan_area_figure_doubtful` (check the input), not as a shortfall.
 * Built on the first call and then shared (frozen).
 *
 * @returns The plan, id `reform-2025`, citing 60-NQ/TW, 202/2025/QH15 and 76/2025/UBTVQH15.
 * @example
 * ```ts
 * import { validatePlan } from 'tinh-gon/plan';
 *
 * const plan = getReform2025Plan();
 * plan.operations.length; //=> 5024 (34 provinces, 696 districts dissolved, 3,321 communes, 973 partial transfers)
 * const report = validatePlan(getVietnam('2025-03-01'), plan);
 * report.issues.filter((issue) => issue.severity === 'error').length; //=> 0
 * ```
 * @see Nghị quyết 60-NQ/TW, Nghị quyết 202/2025/QH15, Nghị quyết 76/2025/UBTVQH15 and the commune
 *   resolutions 1654–1687/NQ-UBTVQH15.
 * @category Vietnam
 */
export function getReform2025Plan(): Plan {
  if (plan !== undefined) return plan;
  const before = editionUnits('2025-03-01');
  const after = editionUnits('2025-07-01');
  const mapping = reformMapping();
  const operations: PlanOperation[] = [];

  const newProvinceOf = new Map<string, string>();
  const sourcesOf = new Map<string, string[]>();
  const sources = (id: string) => sourcesOf.get(id) ?? [];
  const partials: PlanOperation[] = [];
  const islandSuccessor = new Map<string, string>();
  for (const row of mapping) {
    if (row.beforeId.includes(':p')) {
      newProvinceOf.set(row.beforeId, row.afterId);
      sourcesOf.set(row.afterId, [...sources(row.afterId), row.beforeId]);
    } else if (row.beforeId.includes(':d')) islandSuccessor.set(row.beforeId, row.afterId);
    else if (row.transfer === 'full') sourcesOf.set(row.afterId, [...sources(row.afterId), row.beforeId]);
    else partials.push({ type: 'partial-transfer', sourceId: row.beforeId, targetId: row.afterId, sourceEnds: true });
  }
  const provinces = after.units.filter((unit) => unit.kind === 'province' || unit.kind === 'centrally-run-city');
  for (const province of provinces) {
    operations.push({
      type: 'consolidate',
      label: province.name.vi,
      sourceIds: sources(province.id),
      newUnit: toNewUnit(province),
      basis: [{ instrumentId: '202/2025/QH15' }],
    });
  }
  for (const unit of before.units) {
    if (!unit.id.includes(':d')) continue;
    const successorId = islandSuccessor.get(unit.id) ?? newProvinceOf.get(unit.parentId as string);
    /* v8 ignore next -- every district's province is in the merger (checked by the data script) */
    if (successorId === undefined) throw new Error(`[tinh-gon] no successor for ${unit.id} in the vn data`);
    operations.push({ type: 'dissolve', sourceId: unit.id, successorId });
  }
  for (const unit of after.units) {
    if (!unit.id.includes(':c')) continue;
    operations.push({ type: 'consolidate', sourceIds: sources(unit.id), newUnit: toNewUnit(unit) });
  }
  operations.push(...partials);
  plan = deepFreeze({
    id: 'reform-2025',
    effectiveOn: REFORM_DATE,
    basis: [{ instrumentId: '60-NQ/TW' }, { instrumentId: '202/2025/QH15' }, { instrumentId: '76/2025/UBTVQH15' }],
    operations,
  });
  return plan;
}
