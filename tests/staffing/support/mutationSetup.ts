// Mutation runs (vitest.mutation.config.ts) test each mutant with the tests that cover it: fewer
// property runs keep that bounded; a mutant that only a rarer input kills shows up as a survivor.
// fast-check itself, not @fast-check/vitest: a setup file runs before every test file of every mutant,
// and importing the vitest binding there cost about 0.4 s each time (the same fc instance is configured).
import { configureGlobal } from 'fast-check';

configureGlobal({ numRuns: 25 });
