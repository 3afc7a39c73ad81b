import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type IsoDate, addDaysToIsoDate, addMonthsToIsoDate, addYearsToIsoDate, daysBetween, fromIsoDate, isInForce, isIsoDate, isoDate, overlaps, toIsoDate, within } from '../../src/core/index.js';
import { isOverBy } from '../../src/core/Interval.js';

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

describe('isIsoDate against an oracle', () => {
  // the oracle: the written form, then the calendar of the proleptic Gregorian Date in UTC
  const oracle = (value: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  };
  const pad = (value: number, width: number) => String(value).padStart(width, '0');

  test.prop([fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })], { numRuns: 2000 })(
    'accepts exactly the real days written YYYY-MM-DD',
    (year, month, day) => {
      const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      expect(isIsoDate(value)).toBe(oracle(value));
    },
  );

  test.prop([fc.string({ maxLength: 12, unit: fc.constantFrom('0', '1', '2', '9', '-', '/', ' ', 'x', '٢', '２') })], { numRuns: 2000 })(
    'rejects everything else',
    (value) => {
      expect(isIsoDate(value)).toBe(oracle(value));
    },
  );
});

describe('functions that take a date check it', () => {
  const term = { from: d('2020-01-01'), to: d('2025-07-01') };
  it.each<[string, () => unknown, RegExp]>([
    ['isInForce with a date missing its zero', () => isInForce(term, '2025-6-30' as IsoDate), /\[tinh-gon\] isInForce: asOf must be an ISO date YYYY-MM-DD, received "2025-6-30"/],
    ['isInForce with a day that does not exist', () => isInForce(term, '2019-02-30' as IsoDate), /received "2019-02-30"/],
    ['isInForce with no date', () => isInForce(term, undefined as unknown as IsoDate), /received undefined/],
    ['addYearsToIsoDate', () => addYearsToIsoDate('2025-02-30' as IsoDate, 1), /addYearsToIsoDate: date/],
    ['addMonthsToIsoDate', () => addMonthsToIsoDate('2025-7-1' as IsoDate, 1), /addMonthsToIsoDate: date/],
    ['addDaysToIsoDate', () => addDaysToIsoDate('1/7/2025' as IsoDate, 1), /addDaysToIsoDate: date/],
    ['daysBetween (from)', () => daysBetween('2025-13-01' as IsoDate, d('2025-07-01')), /daysBetween: from/],
    ['daysBetween (to)', () => daysBetween(d('2025-07-01'), '2025-07-32' as IsoDate), /daysBetween: to/],
  ])('%s throws a TypeError', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it.each<[string, () => unknown]>([
    ['a fractional number of years', () => addYearsToIsoDate(d('2025-07-01'), 1.5)],
    ['an infinite number of months', () => addMonthsToIsoDate(d('2025-07-01'), Number.POSITIVE_INFINITY)],
    ['NaN days', () => addDaysToIsoDate(d('2025-07-01'), Number.NaN)],
  ])('%s is a RangeError', (_name, call) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/\[tinh-gon\]/);
  });

  it('still answers for good dates, one after another', () => {
    expect(isInForce(term, d('2025-06-30'))).toBe(true);
    expect(isInForce(term, d('2025-07-01'))).toBe(false);
    expect(() => isInForce(term, '2025-07-1' as IsoDate)).toThrow(TypeError);
    expect(isInForce(term, d('2020-01-01'))).toBe(true);
  });
});

describe('isOverBy: what a plan leaves where it is', () => {
  const on = isoDate('2025-07-01');
  it.each([
    ['ended the day before', { from: isoDate('2020-01-01'), to: isoDate('2025-06-30') }, true],
    ['ending on the day (its last day is the day before)', { from: isoDate('2020-01-01'), to: on }, true],
    ['ending the day after', { from: isoDate('2020-01-01'), to: isoDate('2025-07-02') }, false],
    ['open', { from: isoDate('2020-01-01') }, false],
    ['starting on the day', { from: on }, false],
    ['starting later', { from: isoDate('2026-01-01'), to: isoDate('2027-01-01') }, false],
  ])('%s: %s', (_label, interval, expected) => {
    expect(isOverBy(interval, on)).toBe(expected);
  });

  test.prop([fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 25_000 })])(
    'is over exactly when not in force on the day and not starting after it',
    (start, length, day) => {
      const base = isoDate('1990-01-01');
      const interval = { from: addDaysToIsoDate(base, start), to: addDaysToIsoDate(base, start + length) };
      const date = addDaysToIsoDate(base, day);
      expect(isOverBy(interval, date)).toBe(!isInForce(interval, date) && interval.from <= date);
    },
  );
});
