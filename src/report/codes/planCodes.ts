import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `plan` module. @internal */
export const planCodes = {} as const satisfies Record<string, CodeDefinition>;
