import { describe, expect, it } from 'vitest';
import { formatBasisPoints, toBasisPoints } from '../../src/core/toBasisPoints.js';

// Zero is a basis-point count like any other (a target of 0%, a share nobody holds): it formats, and
// the smallest refused value is −1.
describe('formatBasisPoints at zero', () => {
  it.each([
    [{}, '0'],
    [{ fixed: true }, '0.00'],
    [{ percentSign: true }, '0%'],
    [{ fixed: true, percentSign: true }, '0.00%'],
  ] as const)('0 with %j is %s, and reads back as 0', (options, text) => {
    expect(formatBasisPoints(0, options)).toBe(text);
    expect(toBasisPoints(text)).toBe(0);
  });

  it('refuses −1, the first value below', () => {
    expect(() => formatBasisPoints(-1)).toThrow(new RangeError('[tinh-gon] bps must be a non-negative safe integer, received -1'));
  });
});
