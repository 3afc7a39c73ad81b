/**
 * The real 2025 reform as tinh-gon plans, built from the unit lists in `../shared/data/vn-admin/`
 * (see `support/vnAdmin.ts`): the pre-reform three-tier structure of 2025-03-01 and one plan
 * effective 2025-07-01 that
 *
 * - consolidates the 63 provinces into the 34 of Nghị quyết 202/2025/QH15 (an unchanged province
 *   is "consolidated" from its one source too: it gets the new id `p<code>@2025`);
 * - dissolves the 696 district-level units, each with the new province as successor of its duties
 *   (the five island districts without communes have the new special zone as successor instead);
 * - forms each of the 3,321 new communes, wards and special zones by `consolidate` from the old
 *   communes that went into it whole, plus one `partial-transfer` per old commune that went into it
 *   only in part.
 *
 * Partial transfers carry no share: the mapping says only that a transfer was partial, not how much
 * moved. A share-less partial transfer means "an unspecified part"; every transfer of an old
 * commune that ends is share-less, so `validatePlan` has no sum to check for it, and `applyPlan`
 * takes the new commune's population and area from the post-reform list. Figures the data set flags
 * as doubtful (`population_suspect_lt_1000`, …) are named in the new unit's `note`; the area
 * standard warnings they cause name the unit.
 *
 * Used by the scenario test `tests/scenarios/plan-reform2025.test.ts` and the example
 * `examples/reform-2025-province.ts`; not shipped in the package.
 */
import type { AreaUnit, Structure } from '../src/model/index.js';
import type { NewUnit, Plan, PlanOperation } from '../src/plan/index.js';
import { isoDate } from '../src/core/index.js';
import {
  loadCommuneMappings,
  loadPost2025Areas,
  loadPre2025Areas,
  loadProvinceMergers,
  POST_2025_FROM,
  type Post2025Commune,
} from './vnAdmin.js';

/** The pre-reform structure and the reform plan built from the real lists. */
export interface Reform2025 {
  /** Country, 63 provinces, 696 districts and 10,035 communes as of 2025-03-01. */
  readonly before: Structure;
  /** The plan effective 2025-07-01. */
  readonly plan: Plan;
  /** Ids of the new communes whose figures the data set flags as doubtful, with the flags. */
  readonly flagged: ReadonlyMap<string, readonly string[]>;
}

function toNewUnit(unit: AreaUnit | Post2025Commune): NewUnit {
  const { from: _from, to: _to, ...rest } = unit as AreaUnit & { flags?: readonly string[]; formedFromText?: string };
  void _from;
  void _to;
  const { flags, formedFromText: _text, ...record } = rest as typeof rest & { flags?: readonly string[]; formedFromText?: string };
  void _text;
  const note = flags !== undefined && flags.length > 0 ? `Doubtful figures in the source: ${flags.join(', ')}` : undefined;
  return { ...record, ...(note === undefined ? {} : { note }) } as NewUnit;
}

/**
 * Builds the pre-reform structure and the 2025 reform plan from the vn-admin files.
 * @throws {Error} When the files are missing (check with `hasVnAdminData()` first).
 */
export function buildReform2025(): Reform2025 {
  const beforeUnits = loadPre2025Areas();
  const { provinces, communes } = loadPost2025Areas();
  const mergers = loadProvinceMergers();
  const mappings = loadCommuneMappings();
  const operations: PlanOperation[] = [];

  const newProvinceOfOld = new Map<string, string>();
  const provinceById = new Map(provinces.map((province) => [province.id, province]));
  for (const merger of mergers) {
    const newId = `p${merger.newCode}@2025`;
    const unit = provinceById.get(newId);
    if (unit === undefined) throw new Error(`province ${newId} of the merger list is not in the post-2025 list`);
    const sourceIds = merger.mergedFromCodes.map((code) => `p${code}`);
    for (const id of sourceIds) newProvinceOfOld.set(id, newId);
    operations.push({
      type: 'consolidate',
      label: `tỉnh ${merger.newName}`,
      sourceIds,
      newUnit: toNewUnit(unit),
      basis: [{ instrumentId: '202/2025/QH15' }],
    });
  }

  const districtsWithoutCommunes = new Map<string, string>();
  const fullSources = new Map<string, string[]>();
  const partialOperations: PlanOperation[] = [];
  for (const row of mappings) {
    const newId = `c${row.newCode}@2025`;
    if (/^\d{3}$/.test(row.oldCode)) {
      districtsWithoutCommunes.set(`d${row.oldCode}`, newId);
      continue;
    }
    const oldId = `c${row.oldCode}`;
    if (row.transfer === 'full') fullSources.set(newId, [...(fullSources.get(newId) ?? []), oldId]);
    else partialOperations.push({ type: 'partial-transfer', sourceId: oldId, targetId: newId, sourceEnds: true });
  }
  for (const unit of beforeUnits) {
    if (unit.kind === 'country' || unit.parentId === undefined) continue;
    const level = unit.id.startsWith('d') ? 'district' : undefined;
    if (level === undefined) continue;
    const successorId = districtsWithoutCommunes.get(unit.id) ?? newProvinceOfOld.get(unit.parentId);
    if (successorId === undefined) throw new Error(`no successor for district ${unit.id}`);
    operations.push({ type: 'dissolve', sourceId: unit.id, successorId });
  }
  for (const commune of communes) {
    operations.push({ type: 'consolidate', sourceIds: fullSources.get(commune.id) ?? [], newUnit: toNewUnit(commune) });
  }
  operations.push(...partialOperations);

  const flagged = new Map(communes.filter((commune) => commune.flags.length > 0).map((commune) => [commune.id, commune.flags]));
  return {
    before: { units: beforeUnits, people: [], assignments: [] },
    plan: {
      id: 'reform-2025',
      effectiveOn: POST_2025_FROM,
      basis: [
        { instrumentId: '60-NQ/TW' },
        { instrumentId: '202/2025/QH15' },
        { instrumentId: '76/2025/UBTVQH15' },
      ],
      operations,
    },
    flagged,
  };
}

/** The day the two-level model starts. */
export const REFORM_2025_EFFECTIVE_ON = isoDate('2025-07-01');
