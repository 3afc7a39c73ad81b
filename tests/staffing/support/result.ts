import { expect } from 'vitest';
import type { Issue, Result } from '../../../src/report/index.js';

/** The value of a success; a failure fails the test, showing its issues. */
export function expectValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a success, got ${JSON.stringify(result.issues.map((issue) => [issue.code, issue.message.en]))}`);
  return result.value;
}

/** The issues of a failure; a success fails the test. */
export function expectFailure(result: Result<unknown>): readonly Issue[] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  expect('value' in result).toBe(false);
  return result.issues;
}

/** The codes of some issues. */
export const codesOf = (issues: readonly Issue[]): string[] => issues.map((issue) => issue.code);

/** A success's value with its `ok` and `issues` beside it, for assertions on both at once. */
export function flat<T extends object>(result: Result<T>): T & { readonly ok: true; readonly issues: readonly Issue[] } {
  return { ...expectValue(result), ok: true, issues: result.issues };
}

/** The error a call throws (the test fails if it does not throw). */
export function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}
