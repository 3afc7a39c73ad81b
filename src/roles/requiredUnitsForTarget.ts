import { describeArgument } from '../core/assertOptions.js';
import { divideRounded } from '../core/divideRounded.js';

/**
 * A target share of units with a combination: `more-than` (strictly above, "trên 75%") or
 * `at-least` ("ít nhất 75%"), in integer basis points (7500 = 75%).
 *
 * @example
 * ```ts
 * const target: TargetShare = { comparison: 'more-than', basisPoints: 7500 };
 * ```
 * @category Concurrent roles
 */
export interface TargetShare {
  readonly comparison: 'more-than' | 'at-least';
  readonly basisPoints: number;
}

/**
 * Throws when a target share is not one: not an object (TypeError), basis points not an integer
 * from 0 to 10000 (RangeError), a comparison other than `more-than` / `at-least` (TypeError).
 * @internal
 */
export function assertTargetShare(target: unknown, name: string): asserts target is TargetShare {
  if (target === null || typeof target !== 'object') {
    throw new TypeError(`[tinh-gon] ${name} must be an object { comparison, basisPoints }, received ${String(target)}`);
  }
  const { basisPoints, comparison } = target as Record<string, unknown>;
  if (typeof basisPoints !== 'number' || !Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) {
    throw new RangeError(`[tinh-gon] ${name}.basisPoints must be an integer from 0 to 10000, received ${String(basisPoints)}`);
  }
  if (comparison !== 'more-than' && comparison !== 'at-least') {
    throw new TypeError(`[tinh-gon] ${name}.comparison must be 'more-than' or 'at-least', received ${describeArgument(comparison)}`);
  }
}

/**
 * The smallest number of units out of `total` that meets a target share, by integer arithmetic:
 * `more-than` p → ⌊p·total / 10000⌋ + 1; `at-least` p → ⌈p·total / 10000⌉. A pure function of
 * its arguments with no domain failure: every wrong argument is the caller's contract breach.
 *
 * @param total - Number of units (non-negative integer).
 * @param target - The target share.
 * @returns The least count meeting it (may exceed `total`: then it cannot be met).
 * @throws {RangeError} When `total` is not a non-negative integer or the basis points are not an integer in 0–10000.
 * @throws {TypeError} When `target` is not an object or its comparison is neither `more-than` nor `at-least`.
 * @example
 * ```ts
 * requiredUnitsForTarget(16, { comparison: 'more-than', basisPoints: 7500 }); //=> 13
 * requiredUnitsForTarget(16, { comparison: 'at-least', basisPoints: 7500 });  //=> 12
 * ```
 * @category Concurrent roles
 */
export function requiredUnitsForTarget(total: number, target: TargetShare): number {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`[tinh-gon] total must be a non-negative integer, received ${String(total)}`);
  }
  assertTargetShare(target, 'target');
  const { basisPoints } = target;
  // exact for any safe total: the product is taken as a bigint
  const product = BigInt(basisPoints) * BigInt(total);
  return target.comparison === 'more-than' ? divideRounded(product, 10_000, 'down') + 1 : divideRounded(product, 10_000, 'up');
}
