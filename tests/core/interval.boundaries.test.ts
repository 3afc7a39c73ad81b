import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate, addMonthsToIsoDate, addYearsToIsoDate, isoDate, within } from '../../src/core/index.js';

const d = isoDate;

describe('within: an inner interval that outlives the outer one is not within it', () => {
  const term = { from: d('2018-01-01'), to: d('2025-07-01') };
  it.each([
    [{ from: d('2020-01-01'), to: d('2026-01-01') }, false], // ends after the outer end
    [{ from: d('2020-01-01'), to: d('2025-07-02') }, false], // one day after
    [{ from: d('2020-01-01'), to: d('2025-07-01') }, true], // the same end
    [{ from: d('2020-01-01'), to: d('2025-06-30') }, true],
    [{ from: d('2020-01-01') }, false], // open-ended
  ])('within(term, %o) = %s', (inner, expected) => {
    expect(within(term, inner)).toBe(expected);
  });
});

describe('date arithmetic names the argument it refuses', () => {
  const day = d('2025-07-01');
  it.each([
    [() => addYearsToIsoDate(day, 1.5), '[tinh-gon] addYearsToIsoDate: years must be a safe integer, received 1.5'],
    [() => addMonthsToIsoDate(day, Number.NaN), '[tinh-gon] addMonthsToIsoDate: months must be a safe integer, received NaN'],
    [() => addDaysToIsoDate(day, 2 ** 53), '[tinh-gon] addDaysToIsoDate: days must be a safe integer, received 9007199254740992'],
  ])('%#: %s', (call, message) => {
    expect(call).toThrow(new RangeError(message));
  });
});
