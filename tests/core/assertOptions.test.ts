import { describe, expect, it } from 'vitest';
import { assertArray, assertOptions, describeType } from '../../src/core/assertOptions.js';
import { assertIsoDate } from '../../src/core/IsoDate.js';

describe('contract checks at the boundary', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an array', [], 'an array'],
    ['a string', 'asOf', 'a string'],
    ['a number', 3, 'a number'],
    ['a function', () => 1, 'a function'],
  ])('refuses %s as options, naming the function', (_name, value, described) => {
    expect(describeType(value)).toBe(described);
    expect(() => assertOptions(value, 'validateStructure')).toThrow(TypeError);
    expect(() => assertOptions(value, 'validateStructure')).toThrow(`[tinh-gon] validateStructure: options must be an object, received ${described}`);
  });

  it('accepts objects', () => {
    expect(() => assertOptions({}, 'f')).not.toThrow();
    expect(() => assertOptions(Object.create(null), 'f')).not.toThrow();
  });

  it('refuses a non-array where an array is due', () => {
    expect(() => assertArray({ length: 0 }, 'f: weights')).toThrow('[tinh-gon] f: weights must be an array, received an object');
    expect(() => assertArray([], 'f: weights')).not.toThrow();
  });

  it.each(['2025-6-30', '2019-02-30', '2025-07-01T00:00', 20250701, null])('refuses %s as a date', (value) => {
    expect(() => assertIsoDate(value, 'validateStructure: options.asOf')).toThrow(TypeError);
    expect(() => assertIsoDate(value, 'validateStructure: options.asOf')).toThrow(/^\[tinh-gon\] validateStructure: options\.asOf must be an ISO date YYYY-MM-DD, received /);
  });
});
