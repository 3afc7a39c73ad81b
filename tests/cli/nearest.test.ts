import { describe, expect, it } from 'vitest';
import { editDistance, findNearest } from '../../src/cli/nearest.js';

describe('findNearest', () => {
  it.each([
    ['chek', ['check', 'changes', 'roles'], 'check'],
    ['as-off', ['as-of', 'format', 'lang'], 'as-of'],
    ['fromat', ['format', 'lang'], 'format'],
    ['lookp', ['lookup', 'rules'], 'lookup'],
    ['cov', ['check', 'coverage'], 'coverage'],
    ['zzzzzz', ['check', 'rules'], undefined],
    ['x', ['check', 'rules'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(findNearest(word, candidates)).toBe(expected);
  });

  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['as-of', 'as-off', 1],
  ])('editDistance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
