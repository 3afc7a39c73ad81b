import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { apportion } from '../../../src/staffing/index.js';

/**
 * `apportion` with no floors and no caps takes a shorter path (no bounds to read, no feasibility
 * sums, float64 quotients below 2^53, the threshold remainder by selection): it must answer exactly
 * as the general path does with explicit zero floors and absent caps.
 */
describe('apportion without bounds answers as with explicit empty bounds', () => {
  const methods = ['hamilton', 'dhondt', 'sainte-lague', 'huntington-hill'] as const;
  test.prop(
    [
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 2 ** 40 })), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 0, max: 5_000 }),
      fc.constantFrom(...methods),
    ],
    { numRuns: 400 },
  )('the same shares, tie or issues', (weights, total, method) => {
    const plain = apportion(total, weights, { method, tiePolicy: 'by-order' });
    const explicit = apportion(total, weights, { method, tiePolicy: 'by-order', floors: weights.map(() => 0), caps: weights.map(() => null) });
    expect(plain).toEqual(explicit);
  });
});
