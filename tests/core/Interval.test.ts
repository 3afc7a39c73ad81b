import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate, addMonthsToIsoDate, addYearsToIsoDate, daysBetween, fromIsoDate, isInForce, isIsoDate, isoDate, overlaps, toIsoDate, within } from '../../src/core/index.js';

const d = isoDate;

describe('isIsoDate / isoDate', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-13-01', false],
    ['2025-7-1', false],
    ['01/07/2025', false],
    ['2025-07-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isIsoDate(20250701)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
  });

  it('throws a TypeError naming the bad value', () => {
    expect(() => isoDate('2025-02-30')).toThrow(TypeError);
    expect(() => isoDate('2025-02-30')).toThrow(/\[tinh-gon\].*2025-02-30/);
  });

  it('round-trips through Date', () => {
    expect(toIsoDate(fromIsoDate(d('2025-07-01')))).toBe('2025-07-01');
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(TypeError);
  });
});

describe('half-open intervals', () => {
  const districtEra = { from: d('2014-01-01'), to: d('2025-07-01') };

  it.each([
    ['2013-12-31', false],
    ['2014-01-01', true],
    ['2025-06-30', true],
    ['2025-07-01', false],
  ])('a unit ending on 2025-07-01 is in force on %s: %s', (day, expected) => {
    expect(isInForce(districtEra, d(day))).toBe(expected);
  });

  it('an open interval stays in force', () => {
    expect(isInForce({ from: d('2025-07-01') }, d('2099-01-01'))).toBe(true);
  });

  it.each([
    [{ from: d('2020-01-01'), to: d('2021-01-01') }, { from: d('2021-01-01') }, false],
    [{ from: d('2020-01-01'), to: d('2021-01-02') }, { from: d('2021-01-01') }, true],
    [{ from: d('2020-01-01') }, { from: d('2024-05-01') }, true],
    [{ from: d('2024-01-01'), to: d('2024-02-01') }, { from: d('2023-01-01'), to: d('2024-01-01') }, false],
    [{ from: d('2024-01-01'), to: d('2024-02-01') }, { from: d('2023-01-01'), to: d('2024-01-15') }, true],
  ])('overlaps(%o, %o) = %s, symmetrically', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it.each([
    [{ from: d('2018-01-01'), to: d('2025-07-01') }, { from: d('2020-01-01') }, false],
    [{ from: d('2018-01-01'), to: d('2025-07-01') }, { from: d('2020-01-01'), to: d('2025-07-01') }, true],
    [{ from: d('2018-01-01') }, { from: d('2017-12-31'), to: d('2019-01-01') }, false],
    [{ from: d('2018-01-01') }, { from: d('2018-01-01') }, true],
  ])('within(%o, %o) = %s', (outer, inner, expected) => {
    expect(within(outer, inner)).toBe(expected);
  });
});

describe('date arithmetic', () => {
  it('adds years (5-year deputy deadline) and months (clamped to month end)', () => {
    expect(addYearsToIsoDate(d('2025-07-01'), 5)).toBe('2030-07-01');
    expect(addYearsToIsoDate(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addMonthsToIsoDate(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonthsToIsoDate(d('2025-03-15'), -12)).toBe('2024-03-15');
    expect(addDaysToIsoDate(d('2025-07-01'), -1)).toBe('2025-06-30');
    expect(addDaysToIsoDate(d('2024-02-28'), 1)).toBe('2024-02-29');
  });

  it('counts days', () => {
    expect(daysBetween(d('2025-06-30'), d('2025-07-01'))).toBe(1);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
  });
});
