import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `staffing` module. @internal */
export const staffingCodes = {} as const satisfies Record<string, CodeDefinition>;
