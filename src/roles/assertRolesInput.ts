import type { Structure } from '../model/Structure.js';
import type { Severity } from '../report/Issue.js';
import type { Rulebook } from '../rules/Rule.js';

/**
 * Throws a `[tinh-gon]` TypeError when a structure is not an object with `units`, `people` and
 * `assignments` arrays: a call the types forbid, refused at the boundary (parse unknown input
 * with `parseStructure` first).
 * @internal
 */
export function assertStructure(structure: unknown, name = 'structure'): asserts structure is Structure {
  if (structure === null || typeof structure !== 'object') {
    throw new TypeError(`[tinh-gon] ${name} must be a structure { units, people, assignments }, received ${describe(structure)}`);
  }
  for (const field of ['units', 'people', 'assignments'] as const) {
    const value = (structure as Record<string, unknown>)[field];
    if (!Array.isArray(value)) {
      throw new TypeError(`[tinh-gon] ${name}.${field} must be an array (parse input with parseStructure), received ${describe(value)}`);
    }
  }
}

/**
 * Throws a `[tinh-gon]` TypeError when options are not an object (`null`, a string…).
 * @internal
 */
export function assertOptions(options: unknown, name = 'options'): asserts options is object {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`[tinh-gon] ${name} must be an object, received ${describe(options)}`);
  }
}

/**
 * Throws a `[tinh-gon]` TypeError when a rulebook given in the options is not one
 * (`{ instruments, rules }` with two arrays).
 * @internal
 */
export function assertRulebook(rulebook: unknown, name = 'options.rulebook'): asserts rulebook is Rulebook {
  const candidate = rulebook as Partial<Record<keyof Rulebook, unknown>> | null;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray(candidate.rules) || !Array.isArray(candidate.instruments)) {
    throw new TypeError(`[tinh-gon] ${name} must be a rulebook { instruments, rules }, received ${describe(rulebook)}`);
  }
}

const SEVERITY_LIST: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Throws a `[tinh-gon]` TypeError when a severity is not `error`, `warning` or `info`.
 * @internal
 */
export function assertSeverity(value: unknown, name: string): asserts value is Severity {
  if (!SEVERITY_LIST.includes(value as Severity)) {
    throw new TypeError(`[tinh-gon] ${name} must be 'error', 'warning' or 'info', received ${describe(value)}`);
  }
}

/**
 * Throws a `[tinh-gon]` RangeError when a limit is not a non-negative safe integer.
 * @internal
 */
export function assertLimit(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`[tinh-gon] ${name} must be a non-negative integer, received ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  // JSON cannot write a bigint: writing the message would throw in its turn
  if (typeof value === 'bigint') return `${value}n`;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
