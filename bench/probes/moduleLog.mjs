// Registers the module-log hooks (see moduleLogHooks.mjs) in a child process started with
// `node --import ./bench/probes/moduleLog.mjs`; BENCH_MODULE_LOG names the file to append to.
import { register } from 'node:module';

register('./moduleLogHooks.mjs', import.meta.url, { data: { file: process.env.BENCH_MODULE_LOG } });
