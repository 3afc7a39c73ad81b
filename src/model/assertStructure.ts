import { describeType } from '../core/assertOptions.js';
import type { Structure } from './Structure.js';

/**
 * Throws when a value is not a structure: an object with `units`, `people` and `assignments`
 * arrays. A `StructureInput` that did not go through `parseStructure` (no `people`, say) is
 * caught here, at the boundary of the public function, with the function's name.
 *
 * @param value - The argument.
 * @param functionName - The public function whose argument it is.
 * @throws {TypeError} When `value` is not a structure.
 * @example
 * ```ts
 * assertStructure({ units: [], people: [], assignments: [] }, 'validateStructure'); // passes
 * assertStructure({ units: [] }, 'validateStructure'); //=> throws TypeError: … structure.people must be an array …
 * ```
 * @internal
 */
export function assertStructure(value: unknown, functionName: string): asserts value is Structure {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`[tinh-gon] ${functionName}: structure must be an object, received ${describeType(value)}`);
  }
  for (const field of ['units', 'people', 'assignments'] as const) {
    const list = (value as Record<string, unknown>)[field];
    if (!Array.isArray(list)) {
      throw new TypeError(
        `[tinh-gon] ${functionName}: structure.${field} must be an array, received ${describeType(list)} (parse input with parseStructure first)`,
      );
    }
  }
}
