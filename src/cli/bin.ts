#!/usr/bin/env node
/* v8 ignore start -- the process wrapper of `run`: exercised by the end-to-end tests of the built bin */
import { processIo } from './CliIo.js';
import { run } from './run.js';

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // a bug, not bad input: show it whole
    console.error(error);
    process.exitCode = 70;
  },
);
/* v8 ignore stop */
