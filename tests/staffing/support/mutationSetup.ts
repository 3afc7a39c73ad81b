import { fc } from '@fast-check/vitest';

// Mutation runs (vitest.mutation.config.ts) test each mutant with the tests that cover it: fewer
// property runs keep that bounded; a mutant that only a rarer input kills shows up as a survivor.
fc.configureGlobal({ numRuns: 25 });
