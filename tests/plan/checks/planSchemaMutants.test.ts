import { describe, expect, it } from 'vitest';
import { parsePlan, planOperationSchema, shareSchema } from '../../../src/parse/index.js';

/*
 * The plan schema bound by bound: each constraint of a share, an operation and a plan rejects the
 * first value past it (at the path and with the words parsePlan reports) and accepts the value at
 * it; the refinements name what they expect in both languages, and in zod's own message.
 */

const on = '2019-01-01';
const rename = { type: 'rename', unitId: 'm', name: { vi: 'M' } };
const part = (id: string, share: object = { basisPoints: 5000 }) => ({ newUnit: { id, kind: 'commune', name: { vi: id } }, share });
const withShare = (share: object) => ({ type: 'partial-transfer', sourceId: 'a', targetId: 'b', share });

/** The issues parsePlan reports for a plan of these operations, as [path, expected (en)]. */
function rejected(operations: readonly object[], extra: object = {}): unknown[][] {
  const result = parsePlan({ effectiveOn: on, operations, ...extra });
  return result.ok ? [] : result.issues.map((issue) => [issue.params?.['path'], (issue.params?.['expected'] as { en?: string } | undefined)?.en]);
}

describe('planSchema: shares', () => {
  it.each([
    ['population 1.5', { population: 1.5 }, 'operations.0.share.population', 'an integer'],
    ['population -1', { population: -1 }, 'operations.0.share.population', undefined],
    ['households 0.5', { households: 0.5 }, 'operations.0.share.households', 'an integer'],
    ['households -1', { households: -1 }, 'operations.0.share.households', undefined],
    ['areaKm2 -0.01', { areaKm2: -0.01 }, 'operations.0.share.areaKm2', undefined],
    ['areaKm2 Infinity', { areaKm2: Number.POSITIVE_INFINITY }, 'operations.0.share.areaKm2', undefined],
    ['basisPoints 10,001', { basisPoints: 10_001 }, 'operations.0.share.basisPoints', undefined],
    ['basisPoints -1', { basisPoints: -1 }, 'operations.0.share.basisPoints', undefined],
    ['basisPoints 2.5', { basisPoints: 2.5 }, 'operations.0.share.basisPoints', 'an integer'],
    ['an unknown field', { population: 1, people: 10 }, 'operations.0.share', undefined],
  ])('rejects a share of %s', (_label, share, path, expected) => {
    const issues = rejected([withShare(share)]);
    expect(issues.map(([issuePath]) => issuePath)).toContain(path);
    if (expected !== undefined) expect(issues).toContainEqual([path, expected]);
  });

  it.each([
    ['zeros', { population: 0, households: 0, areaKm2: 0, basisPoints: 0 }],
    ['the whole in basis points and km² to the hundredth', { basisPoints: 10_000, areaKm2: 1.25 }],
    ['people only', { population: 1 }],
  ])('accepts a share of %s', (_label, share) => {
    expect(rejected([withShare(share)])).toEqual([]);
  });

  it('rejects an empty share, naming the fields it needs in both languages and in zod’s message', () => {
    const result = parsePlan({ effectiveOn: on, operations: [withShare({})] });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.params?.['path'], issue.params?.['expected']])).toEqual([
      [
        'operations.0.share',
        {
          vi: 'một phần chia có ít nhất một trong các trường `population`, `households`, `areaKm2`, `basisPoints`',
          en: 'a share with at least one of `population`, `households`, `areaKm2`, `basisPoints`',
        },
      ],
    ]);
    expect(shareSchema.safeParse({}).error?.issues.map((issue) => issue.message)).toEqual(['a share with at least one of population, households, areaKm2, basisPoints']);
  });
});

describe('planSchema: operations', () => {
  it.each([
    ['a merger from no sources', { type: 'merge', sourceIds: [], targetId: 'b' }, 'operations.0.sourceIds'],
    ['a split into one part', { type: 'split', sourceId: 'a', parts: [part('g')] }, 'operations.0.parts'],
    ['a split part with an unknown field', { type: 'split', sourceId: 'a', parts: [part('g'), { ...part('h'), note: 'x' }] }, 'operations.0.parts.1'],
    ['a split part with no share', { type: 'split', sourceId: 'a', parts: [part('g'), { newUnit: part('h').newUnit }] }, 'operations.0.parts.1.share'],
    ['an empty label', { ...rename, label: '' }, 'operations.0.label'],
    ['a basis that is not a list', { ...rename, basis: { instrumentId: 'x' } }, 'operations.0.basis'],
    ['a dissolution with no successor', { type: 'dissolve', sourceId: 'a' }, 'operations.0.successorId'],
    ['a partial transfer whose sourceEnds is not a boolean', { type: 'partial-transfer', sourceId: 'a', targetId: 'b', sourceEnds: 'yes' }, 'operations.0.sourceEnds'],
    ['a conversion to group 5', { type: 'convert', unitId: 'p', autonomyGroup: 5 }, 'operations.0.autonomyGroup'],
    ['a conversion that stays in the public sector', { type: 'convert', unitId: 'p', leavesPublicSector: false }, 'operations.0.leavesPublicSector'],
    ['a rename with an unknown field', { ...rename, note: 'x' }, 'operations.0'],
    ['a merger with an unknown field', { type: 'merge', sourceIds: ['a'], targetId: 'b', note: 'x' }, 'operations.0'],
    ['a consolidation with an unknown field', { type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'e', kind: 'village', name: { vi: 'E' } }, note: 'x' }, 'operations.0'],
    ['a split with an unknown field', { type: 'split', sourceId: 'a', parts: [part('g'), part('h')], note: 'x' }, 'operations.0'],
    ['a partial transfer with an unknown field', { type: 'partial-transfer', sourceId: 'a', targetId: 'b', note: 'x' }, 'operations.0'],
    ['a dissolution with an unknown field', { type: 'dissolve', sourceId: 'a', successorId: 'b', note: 'x' }, 'operations.0'],
    ['a transfer with an unknown field', { type: 'transfer', unitId: 'n', newParentId: 'o', note: 'x' }, 'operations.0'],
    ['a conversion with an unknown field', { type: 'convert', unitId: 'p', autonomyGroup: 1, note: 'x' }, 'operations.0'],
  ])('rejects %s', (_label, operation, path) => {
    expect(rejected([operation]).map(([issuePath]) => issuePath)).toContain(path);
  });

  it.each([
    ['a consolidation from no sources (reported by validatePlan, not by the schema)', { type: 'consolidate', sourceIds: [], newUnit: { id: 'e', kind: 'village', name: { vi: 'E' } } }],
    ['a bare merger of two', { type: 'merge', sourceIds: ['a', 'c'], targetId: 'b' }],
    ['a rename with a label of several characters', { ...rename, label: 'Đổi tên' }],
    ['a dissolution', { type: 'dissolve', sourceId: 'a', successorId: 'b' }],
    ['a conversion leaving the public sector', { type: 'convert', unitId: 'p', leavesPublicSector: true }],
    ['a split into two parts', { type: 'split', sourceId: 'a', parts: [part('g'), part('h')] }],
    ['a merger with a name, staffing, a label and a basis', { type: 'merge', sourceIds: ['a'], targetId: 'b', name: { vi: 'B' }, staffing: { quota: { civilServant: 3 } }, label: 'M', basis: [{ instrumentId: '18-NQ/TW' }] }],
    ['a partial transfer with no share and no sourceEnds', { type: 'partial-transfer', sourceId: 'a', targetId: 'b' }],
    ['a transfer to a new area only', { type: 'transfer', unitId: 'n', newAreaId: 'o' }],
    ['a transfer to a new parent only', { type: 'transfer', unitId: 'n', newParentId: 'o' }],
    ['a conversion to group 1', { type: 'convert', unitId: 'p', autonomyGroup: 1 }],
    ['a conversion to group 4', { type: 'convert', unitId: 'p', autonomyGroup: 4 }],
    ['a consolidation into a public service unit', { type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'e', kind: 'public-service-unit', name: { vi: 'E' }, areaId: 'x', autonomyGroup: 2 } }],
    ['a consolidation into an organisation', { type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'e', kind: 'specialised-agency', name: { vi: 'E' }, areaId: 'x' } }],
  ])('accepts %s', (_label, operation) => {
    expect(rejected([operation])).toEqual([]);
  });

  it.each([
    ['a transfer with neither a new parent nor a new area', { type: 'transfer', unitId: 'p' }, { vi: 'trường `newParentId` hoặc `newAreaId`', en: 'a `newParentId` or a `newAreaId`' }, 'a newParentId or a newAreaId'],
    ['a conversion with neither a group nor leaving the sector', { type: 'convert', unitId: 'p' }, { vi: 'đúng một trong hai trường `autonomyGroup` và `leavesPublicSector`', en: 'exactly one of `autonomyGroup` and `leavesPublicSector`' }, 'exactly one of autonomyGroup and leavesPublicSector'],
    ['a conversion with both', { type: 'convert', unitId: 'p', autonomyGroup: 2, leavesPublicSector: true }, { vi: 'đúng một trong hai trường `autonomyGroup` và `leavesPublicSector`', en: 'exactly one of `autonomyGroup` and `leavesPublicSector`' }, 'exactly one of autonomyGroup and leavesPublicSector'],
  ])('rejects %s, saying what it expects', (_label, operation, expected, zodMessage) => {
    const result = parsePlan({ effectiveOn: on, operations: [operation] });
    expect(result.ok ? [] : result.issues.map((issue) => [issue.params?.['path'], issue.params?.['expected']])).toEqual([['operations.0', expected]]);
    expect(planOperationSchema.safeParse(operation).error?.issues.map((issue) => issue.message)).toEqual([zodMessage]);
  });
});

describe('planSchema: the plan', () => {
  it.each([
    ['an empty id', { id: '' }, 'id'],
    ['a basis that is not a list', { basis: 'NQ' }, 'basis'],
    ['an unknown field', { note: 'x' }, '(root)'],
  ])('rejects %s', (_label, extra, path) => {
    expect(rejected([rename], extra).map(([issuePath]) => issuePath)).toContain(path);
  });

  it('accepts an id and a basis, and no operations', () => {
    expect(rejected([], { id: 'de-an-2019', basis: [{ instrumentId: '18-NQ/TW' }] })).toEqual([]);
    expect(parsePlan({ effectiveOn: on }).ok).toBe(false);
  });
});
