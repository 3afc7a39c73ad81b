import { describe, expect, it } from 'vitest';
import { type IsoDate, fromIsoDate, isIsoDate, isoDate, toIsoDate } from '../../src/core/index.js';

describe('toIsoDate pads every part to its width', () => {
  it.each([
    ['0999-01-01'],
    ['0042-03-04'],
    ['2025-01-09'],
    ['2025-10-10'],
    ['2025-12-31'],
  ])('%s round-trips through Date', (value) => {
    expect(toIsoDate(fromIsoDate(value as IsoDate))).toBe(value);
  });

  it('reads the local calendar day of a Date (month counted from 0 by Date)', () => {
    expect(toIsoDate(new Date(2025, 0, 31))).toBe('2025-01-31');
    expect(toIsoDate(new Date(2025, 11, 1))).toBe('2025-12-01');
  });

  it.each([
    [new Date(Number.NaN), '[tinh-gon] toIsoDate: date must be a valid Date, received an invalid Date'],
    ['not a date' as unknown as Date, '[tinh-gon] toIsoDate: date must be a Date, received a string'],
    [Date.UTC(2025, 6, 1) as unknown as Date, '[tinh-gon] toIsoDate: date must be a Date, received a number'],
  ])('refuses %s with a [tinh-gon] TypeError', (value, message) => {
    expect(() => toIsoDate(value)).toThrow(new TypeError(message));
  });
});

describe('isIsoDate: the separators and digits, one character off', () => {
  it.each([
    ['2025/07/01', false], // '/' is the character before '0'
    ['2025-07:01', false],
    ['2025:07-01', false],
    ['202:-07-01', false], // ':' is the character after '9'
    ['2025-0:-01', false],
    ['2025-07-0:', false],
    ['/025-07-01', false],
    ['2025-07-/1', false],
    ['9999-12-31', true],
    ['0000-01-01', true],
    ['2025-11-30', true],
    ['2025-11-31', false],
    ['2025-06-31', false],
    ['2025-09-31', false],
    ['2025-08-31', true],
    ['2024-02-30', false],
    ['2100-02-29', false],
    ['2400-02-29', true],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('isoDate returns its argument, branded, and names a bad one', () => {
    expect(isoDate('2025-07-01')).toBe('2025-07-01');
    expect(() => isoDate('2025-7-1')).toThrow(new TypeError('[tinh-gon] the date must be an ISO date YYYY-MM-DD, received "2025-7-1"'));
  });
});
