import fc from 'fast-check';

// Property tests draw a fresh seed on every run, and a failure prints it. To replay one, or to search
// harder before a release, set FC_SEED and/or FC_NUM_RUNS (a property that fixes its own numRuns
// keeps it): FC_SEED=400016638 npx vitest run tests/staffing/apportion
const seed = process.env.FC_SEED;
const numRuns = process.env.FC_NUM_RUNS;
fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
  ...(numRuns === undefined ? {} : { numRuns: Number(numRuns) }),
});
