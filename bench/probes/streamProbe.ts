/**
 * Child process of the streaming probe, with node's default heap (never --max-old-space-size):
 *
 * - `write <scale> <file>`: generates the national structure of a scale and writes it as NDJSON
 *   with `structureToNdjson`, a megabyte at a time (never one string); prints the file's size in
 *   bytes and characters, and whether the same structure as one JSON text would pass V8's longest
 *   string (`buffer.constants.MAX_STRING_LENGTH`, 2^29 − 24 characters).
 * - `read <scale> <file>`: streams the file through `parseStructureStream` (fs.createReadStream),
 *   validates the structure, checks concurrent roles with every info and keeps that report;
 *   prints heap after each step, bytes of heap retained per issue of the report, the peak heap,
 *   the heap limit and the peak resident set (maxRSS).
 *
 * Usage: node --expose-gc --import tsx bench/probes/streamProbe.ts write|read <scale> <file>
 */
import { constants } from 'node:buffer';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { parseStructureStream, structureToNdjson } from '../../src/parse/index.js';
import { generateNationalStructure, type Scale } from '../generateNationalStructure.js';
import { BENCH_SEED } from '../operation.js';
import { createHeapRecorder, MB, measureChecks } from './heapSteps.js';

const [mode, scaleText, file] = process.argv.slice(2);
const scale = Number(scaleText) as Scale;
if ((mode !== 'write' && mode !== 'read') || file === undefined || !Number.isFinite(scale)) {
  throw new Error('usage: streamProbe.ts write|read <scale> <file>');
}
const started = performance.now();
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
const maxRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Characters of the `{"unit":` … `}\n` wrapper around each record, by kind. */
const WRAPPER = { unit: 10, person: 12, assignment: 16 } as const;

function write(): void {
  const structure = generateNationalStructure({ era: 'post2025', scale, seed: BENCH_SEED });
  const generatedSeconds = seconds(started);
  const writing = performance.now();
  const fd = openSync(file as string, 'w');
  let batch: string[] = [];
  let batchChars = 0;
  let bytes = 0;
  let chars = 0;
  let lines = 0;
  /** Characters of the records themselves, to size the one-JSON-text equivalent. */
  let recordChars = 0;
  for (const line of structureToNdjson(structure)) {
    batch.push(line);
    batchChars += line.length;
    chars += line.length;
    lines += 1;
    recordChars += line.length - (line.startsWith('{"unit"') ? WRAPPER.unit : line.startsWith('{"person"') ? WRAPPER.person : WRAPPER.assignment);
    if (batchChars >= MB) {
      bytes += writeSync(fd, batch.join(''));
      batch = [];
      batchChars = 0;
    }
  }
  bytes += writeSync(fd, batch.join(''));
  closeSync(fd);
  const lists = [structure.units.length, structure.people.length, structure.assignments.length];
  // {"units":[…],"people":[…],"assignments":[…]}: the keys, brackets and the commas between records
  const jsonChars = recordChars + '{"units":[],"people":[],"assignments":[]}'.length + lists.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  process.stdout.write(
    `${JSON.stringify({
      scale,
      records: lines,
      bytes,
      chars,
      jsonChars,
      maxStringLength: constants.MAX_STRING_LENGTH,
      tooLongForOneJsonString: jsonChars > constants.MAX_STRING_LENGTH,
      generatedSeconds,
      writeSeconds: seconds(writing),
      maxRssMB: maxRssMB(),
    })}\n`,
  );
}

async function read(): Promise<void> {
  const recorder = createHeapRecorder();
  // the stream yields to the event loop between chunks: sample the heap while it is read
  const sampler = setInterval(recorder.sample, 100);
  const parsing = performance.now();
  const parsed = await parseStructureStream(createReadStream(file as string, { highWaterMark: MB }), { issueLimit: 100 });
  clearInterval(sampler);
  const parseSeconds = seconds(parsing);
  if (!parsed.ok) throw new Error(`the NDJSON did not parse: ${parsed.issues.slice(0, 3).map((issue) => issue.message.en).join('; ')}`);
  const structure = parsed.value;
  recorder.heapNow('parsedMB');
  const { validateIssues, validateSeconds, issues, infos, heapPerIssueBytes, checkSeconds } = measureChecks(structure, recorder);
  process.stdout.write(
    `${JSON.stringify({
      scale,
      records: structure.units.length + structure.people.length + structure.assignments.length,
      validateIssues,
      issues,
      infos,
      heapPerIssueBytes,
      steps: recorder.steps,
      parseSeconds,
      validateSeconds,
      checkSeconds,
      peakHeapTotalMB: recorder.peakHeapMB(),
      heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / MB),
      maxRssMB: maxRssMB(),
      seconds: seconds(started),
    })}\n`,
  );
}

if (mode === 'write') write();
else await read();
