import { describe, expect, it } from 'vitest';
import type { Structure } from '../../src/model/index.js';
import { findMergeCandidates } from '../../src/plan/index.js';
import { isoDate } from '../../src/core/index.js';

const FROM = isoDate('2015-01-01');

function commune(households: number): Structure {
  return {
    units: [
      { id: 'xa', kind: 'commune', name: { vi: 'Xã' }, from: FROM, region: 'central', terrain: 'plains' },
      { id: 'thon', kind: 'village', name: { vi: 'Thôn' }, parentId: 'xa', from: FROM, households },
    ],
    people: [],
    assignments: [],
  };
}

describe('findMergeCandidates at the lines of the household standard (Central thôn: 250 from 2019-01-20)', () => {
  it.each<[number, 'required' | 'encouraged' | undefined]>([
    [124, 'required'], // below 50% (125)
    [125, 'encouraged'], // exactly 50%: not below it
    [249, 'encouraged'],
    [250, undefined], // meets the standard
  ])('%i households → %s', (households, expected) => {
    const result = findMergeCandidates(commune(households), { asOf: isoDate('2019-06-01') });
    const village = (result.ok ? result.value.candidates : []).find((candidate) => candidate.unitIds.includes('thon'));
    expect(village?.strength).toBe(expected);
  });

  it('uses the 400-household plains standard of Thông tư 09/2017 the day before', () => {
    const result = findMergeCandidates(commune(199), { asOf: isoDate('2019-01-19') });
    expect(result.ok).toBe(true);
    expect((result.ok ? result.value.candidates : []).find((candidate) => candidate.unitIds.includes('thon'))?.strength).toBe('required');
  });
});
