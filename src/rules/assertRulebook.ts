import { describeType } from '../core/assertOptions.js';
import type { Rulebook } from './Rule.js';

/**
 * Throws when a value is not a rulebook: an object with `instruments` and `rules` arrays. The
 * contract breach is named with the function, so the caller reads
 * `[tinh-gon] findRule: rulebook must be a rulebook ({ instruments, rules }), received null`,
 * never "rulebook.instruments is not iterable".
 *
 * @param value - The argument.
 * @param name - How the message names it, e.g. `findRule: rulebook`.
 * @throws {TypeError} When `value` is not an object with `instruments` and `rules` arrays.
 * @example
 * ```ts
 * assertRulebook({ instruments: [], rules: [] }, 'findRule: rulebook'); // passes
 * assertRulebook(null, 'findRule: rulebook'); // throws TypeError
 * ```
 * @internal
 */
export function assertRulebook(value: unknown, name: string): asserts value is Rulebook {
  const candidate = value as Partial<Record<keyof Rulebook, unknown>> | null;
  if (typeof candidate !== 'object' || candidate === null || !Array.isArray(candidate.instruments) || !Array.isArray(candidate.rules)) {
    throw new TypeError(`[tinh-gon] ${name} must be a rulebook ({ instruments, rules }), received ${describeType(value)}`);
  }
}
