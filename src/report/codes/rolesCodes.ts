import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `roles` module. @internal */
export const rolesCodes = {} as const satisfies Record<string, CodeDefinition>;
