// Mutation runs (vitest.mutation.config.ts) test each mutant with the tests that cover it: fewer
// property runs keep that bounded; a mutant that only a rarer input kills shows up as a survivor.
// fast-check itself, not @fast-check/vitest: a setup file runs before every test file of every mutant,
// and importing the vitest binding there cost about 0.4 s each time (the same fc instance is configured).
import { configureGlobal } from 'fast-check';

// A fixed seed: @fast-check/vitest names each property test "… (with seed=N)", and Stryker picks a
// mutant's tests by name from the initial run; a seed drawn per run would change every name, so no
// property test would ever run against a mutant.
configureGlobal({ numRuns: 25, seed: 20_261_201 });
