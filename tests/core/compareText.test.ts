import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/compareText.js';

describe('compareText', () => {
  it.each([
    ['2019-06-01', '2025-07-01', -1],
    ['2025-07-01', '2019-06-01', 1],
    ['2025-07-01', '2025-07-01', 0],
    ['', 'a', -1],
    ['a', '', 1],
    // code units, not a locale's order: upper case before lower case, đ (U+0111) after z
    ['Z', 'a', -1],
    ['đ', 'z', 1],
    ['xa-10', 'xa-9', -1],
  ] as const)('%j against %j: %i', (a, b, expected) => {
    expect(compareText(a, b)).toBe(expected);
  });

  it('sorts as the default sort of strings does, and breaks ties when chained with ||', () => {
    const ids = ['xa-2', 'Xa-1', 'xa-10', 'phường-1', 'xa-2'];
    expect([...ids].sort(compareText)).toEqual([...ids].sort());
    const posts = [
      { unit: 'b', role: 'chair' },
      { unit: 'a', role: 'secretary' },
      { unit: 'a', role: 'chair' },
    ];
    expect(posts.sort((x, y) => compareText(x.unit, y.unit) || compareText(x.role, y.role))).toEqual([
      { unit: 'a', role: 'chair' },
      { unit: 'a', role: 'secretary' },
      { unit: 'b', role: 'chair' },
    ]);
  });
});
