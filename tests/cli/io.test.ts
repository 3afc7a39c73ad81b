import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/cli/CliIo.js';
import { readVersion } from '../../src/cli/version.js';

describe('localToday and readVersion', () => {
  it.each([
    [new Date(2025, 0, 5, 23, 59), '2025-01-05'],
    [new Date(2025, 11, 31, 0, 0), '2025-12-31'],
  ])('localToday(%s) is the local date %s', (now, expected) => {
    expect(localToday(now)).toBe(expected);
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('finds no version above a folder without the package', () => {
    expect(readVersion('/')).toBe('unknown');
  });
});
