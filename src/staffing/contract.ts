/**
 * Reads an options argument at the boundary of a public function: `undefined` is no options,
 * anything but a plain object (`null`, a string, an array) is a contract breach.
 *
 * @param options - The argument.
 * @param name - Its name, for the message (default `options`).
 * @returns The options, or `{}`.
 * @throws {TypeError} When `options` is not an object.
 * @example
 * ```ts
 * readOptions(undefined); //=> {}
 * readOptions(null);      // throws TypeError
 * ```
 * @internal
 */
export function readOptions<T extends object>(options: T | undefined, name = 'options'): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`[tinh-gon] ${name} must be an object, received ${options === null ? 'null' : typeof options}`);
  }
  return options;
}

/**
 * Reads a required options argument (one that carries a required field such as `asOf`).
 *
 * @param options - The argument.
 * @param name - Its name, for the message (default `options`).
 * @returns The options.
 * @throws {TypeError} When `options` is missing or not an object.
 * @example
 * ```ts
 * requireOptions({ asOf: '2025-07-01' }); //=> { asOf: '2025-07-01' }
 * ```
 * @internal
 */
export function requireOptions<T extends object>(options: T, name = 'options'): T {
  if (options === undefined) throw new TypeError(`[tinh-gon] ${name} is required`);
  return readOptions(options, name) as T;
}

/**
 * Checks that an argument is an array.
 *
 * @param value - The argument.
 * @param name - Its name, for the message.
 * @returns The array.
 * @throws {TypeError} When it is not an array.
 * @example
 * ```ts
 * assertArray([1, 2], 'weights'); //=> [1, 2]
 * ```
 * @internal
 */
export function assertArray<T>(value: readonly T[], name: string): readonly T[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`[tinh-gon] ${name} must be an array, received ${value === null ? 'null' : typeof value}`);
  }
  return value;
}
