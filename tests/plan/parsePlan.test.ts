import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';

describe('parsePlan', () => {
  it('reads every operation type', () => {
    const result = parsePlan({
      id: 'de-an-2019',
      effectiveOn: '2019-01-01',
      basis: [{ instrumentId: '18-NQ/TW', section: 'III' }],
      operations: [
        { type: 'merge', sourceIds: ['a'], targetId: 'b', name: { vi: 'B' } },
        { type: 'consolidate', sourceIds: ['c', 'd'], newUnit: { id: 'e', kind: 'village', name: { vi: 'E' }, parentId: 'x', households: 300 } },
        { type: 'split', sourceId: 'f', parts: [
          { newUnit: { id: 'g', kind: 'commune', name: { vi: 'G' } }, share: { basisPoints: 5000 } },
          { newUnit: { id: 'h', kind: 'commune', name: { vi: 'H' } }, share: { basisPoints: 5000 } },
        ] },
        { type: 'partial-transfer', sourceId: 'i', targetId: 'j', share: { population: 10, areaKm2: 1.5 }, sourceEnds: false },
        { type: 'dissolve', sourceId: 'k', successorId: 'l' },
        { type: 'rename', unitId: 'm', name: { vi: 'M' } },
        { type: 'transfer', unitId: 'n', newParentId: 'o' },
        { type: 'convert', unitId: 'p', leavesPublicSector: true },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.operations.map((operation) => operation.type)).toEqual([
      'merge', 'consolidate', 'split', 'partial-transfer', 'dissolve', 'rename', 'transfer', 'convert',
    ]);
  });

  it('normalises ids to NFC', () => {
    const decomposed = 'xa-ky\u0300';
    const result = parsePlan({ effectiveOn: '2019-01-01', operations: [{ type: 'rename', unitId: decomposed, name: { vi: 'X' } }] });
    expect(result.ok && result.value.operations[0]?.type === 'rename' && result.value.operations[0].unitId).toBe('xa-kỳ');
  });

  it.each([
    [{ effectiveOn: '2019-02-30', operations: [] }, 'effectiveOn'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'absorb' }] }, 'operations.0.type'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'merge', sourceIds: [], targetId: 'b' }] }, 'operations.0.sourceIds'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'convert', unitId: 'p' }] }, 'operations.0'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'convert', unitId: 'p', autonomyGroup: 2, leavesPublicSector: true }] }, 'operations.0'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'transfer', unitId: 'p' }] }, 'operations.0'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'partial-transfer', sourceId: 'a', targetId: 'b', share: {} }] }, 'operations.0.share'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'split', sourceId: 'a', parts: [] }] }, 'operations.0.parts'],
    [{ effectiveOn: '2019-01-01', operations: [{ type: 'consolidate', sourceIds: ['a'], newUnit: { id: 'e', kind: 'village', name: { vi: 'E' }, from: '2019-01-01' } }] }, 'operations.0.newUnit'],
    [{ effectiveOn: '2019-01-01', operations: [], extra: true }, '(root)'],
  ])('rejects %j at %s', (input, path) => {
    const result = parsePlan(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.params?.['path'])).toContain(path);
  });

  it('never throws on hostile input', () => {
    const hostile = { get effectiveOn() { throw new Error('boom'); } };
    expect(parsePlan(hostile).ok).toBe(false);
    expect(parsePlan(undefined).ok).toBe(false);
  });
});
