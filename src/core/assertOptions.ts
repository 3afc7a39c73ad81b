/**
 * How a message names a value the types forbid: `null`, `an array`, `a number`, …
 * @internal
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  // typeof answers object, string, number, bigint, boolean, symbol or function here
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * How a message shows a value it refuses: a string quoted (`"2025-7-1"`), a number, boolean or
 * symbol as JavaScript writes it (`NaN`, `Symbol(x)`), anything else by its type (`null`,
 * `an object`, `a bigint`), so that writing the message never throws in its turn (JSON cannot
 * write a bigint or an object with a cycle).
 * @internal
 */
export function describeArgument(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'symbol' ? String(value) : describeType(value);
}

/**
 * The TypeError for an argument that must be an object and is not, for a function that checks
 * the argument itself (a hot helper checks `typeof` and `null` inline and builds the error only
 * when it throws).
 *
 * @param value - The argument.
 * @param name - How the message names it, e.g. `isInForce: interval`.
 * @returns `[tinh-gon] isInForce: interval must be an object, received null`, as a TypeError.
 * @example
 * ```ts
 * throw notAnObject(null, 'isInForce: interval');
 * ```
 * @internal
 */
export function notAnObject(value: unknown, name: string): TypeError {
  return new TypeError(`[tinh-gon] ${name} must be an object, received ${describeType(value)}`);
}

/**
 * Throws when an argument that must be an object (a citation, an issue, a rulebook…) is `null`,
 * a primitive, a function or an array.
 *
 * @param value - The argument.
 * @param name - How the message names it, e.g. `formatCitation: citation`.
 * @throws {TypeError} When `value` is not a non-array object.
 * @example
 * ```ts
 * assertObject({ instrumentId: '18-NQ/TW' }, 'formatCitation: citation'); // passes
 * assertObject(null, 'formatCitation: citation'); // throws TypeError
 * ```
 * @internal
 */
export function assertObject(value: unknown, name: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw notAnObject(value, name);
}

/**
 * Throws when an options argument is not an object: `null`, a string, an array, or nothing
 * where options are required. The contract breach is named with the function, so the caller
 * reads `[tinh-gon] validateStructure: options must be an object, received null`, never
 * "Cannot destructure property 'asOf' of null".
 *
 * @param value - The argument.
 * @param functionName - The public function whose argument it is.
 * @throws {TypeError} When `value` is not a non-array object.
 * @example
 * ```ts
 * assertOptions({ asOf: '2025-07-01' }, 'validateStructure'); // passes
 * assertOptions(null, 'validateStructure'); // throws TypeError
 * ```
 * @internal
 */
export function assertOptions(value: unknown, functionName: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`[tinh-gon] ${functionName}: options must be an object, received ${describeType(value)}`);
  }
}

/**
 * Throws when an argument that must be an array is not one.
 *
 * @param value - The argument.
 * @param name - How the message names it, e.g. `validateStructure: structure.units`.
 * @throws {TypeError} When `value` is not an array.
 * @example
 * ```ts
 * assertArray([], 'apportion: weights'); // passes
 * assertArray(null, 'apportion: weights'); // throws TypeError
 * ```
 * @internal
 */
export function assertArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`[tinh-gon] ${name} must be an array, received ${describeType(value)}`);
}
