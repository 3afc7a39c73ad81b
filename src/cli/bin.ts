#!/usr/bin/env node
/* v8 ignore start -- the process wrapper of `run`: exercised by the end-to-end tests of the built bin */
import { processIo } from './CliIo.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), processIo());
/* v8 ignore stop */
