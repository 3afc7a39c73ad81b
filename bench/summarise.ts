/**
 * Turns `bench/results/latest.json` into the Markdown tables of bench/README.md's "Latest figures"
 * (ratios with their spread, scaling, memory and streaming, times of the operations measured
 * alone, goals with PASS / MISS), so the README quotes one run, whole.
 *
 * Usage: node --import tsx bench/summarise.ts [path/to/latest.json]
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}
interface Figure {
  readonly id: string;
  readonly title: string;
  readonly value: number | null;
  readonly unit: string;
  readonly text: string;
}
interface Contender {
  readonly name: string;
  readonly role: string;
  readonly scale: number;
  readonly size: number;
  readonly cpuMs: Spread;
  readonly wallMs: Spread;
  readonly facts?: Readonly<Record<string, unknown>>;
}
interface Group {
  readonly operation: string;
  readonly kind: string;
  readonly sizeUnit: string;
  readonly rounds: number;
  readonly contenders: readonly Contender[];
}
interface Goal {
  readonly text: string;
  readonly figure: string;
  readonly status: string;
  readonly figureText: string;
  readonly note?: string;
}
interface ProbeResult {
  readonly records: number;
  readonly issues: number;
  readonly heapPerIssueBytes: number | null;
  readonly peakHeapTotalMB: number;
  readonly heapLimitMB: number;
  readonly maxRssMB: number;
  readonly parseSeconds?: number;
  readonly validateSeconds?: number;
  readonly checkSeconds?: number;
}
interface Output {
  readonly date: string;
  readonly mode: string;
  readonly durationSeconds: number;
  readonly cpuSeconds?: { readonly self: number; readonly children: number | null };
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly os: string; readonly node: string; readonly memoryGiB: number };
  readonly load: { readonly before: readonly number[]; readonly after: readonly number[] };
  readonly config: { readonly goalScale: number; readonly peerScale: number; readonly scaling: readonly number[] };
  readonly groups: readonly Group[];
  readonly figures: Readonly<Record<string, Figure>>;
  readonly goals: readonly Goal[];
  readonly memory: readonly { readonly scale: number; readonly ok: boolean; readonly failure?: string; readonly result?: ProbeResult }[];
  readonly stream?: readonly {
    readonly scale: number;
    readonly ok: boolean;
    readonly failure?: string;
    readonly file?: { readonly records: number; readonly bytes: number; readonly jsonChars: number; readonly tooLongForOneJsonString: boolean };
    readonly result?: ProbeResult;
  }[];
  readonly failures: readonly string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(process.argv[2] ?? resolve(here, 'results/latest.json'), 'utf8')) as Output;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (value >= 100 ? count(value) : value.toPrecision(3));
const scaleName = (scale: number) => `${scale === 0.25 ? '¼' : scale === 0.0625 ? '1/16' : String(scale)}×`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const lines: string[] = [];

const cpu = data.cpuSeconds;
lines.push(
  `Run of ${data.date.slice(0, 16).replace('T', ' ')} UTC (${data.mode}), on a **shared** machine: ${data.machine.cpus} × ${data.machine.cpuModel}, ${data.machine.memoryGiB} GiB, ${data.machine.os}, node ${data.machine.node}; load average ${data.load.before.map((x) => x.toFixed(1)).join(' / ')} before and ${data.load.after.map((x) => x.toFixed(1)).join(' / ')} after (other engineers' jobs ran beside it); ${Math.round(data.durationSeconds / 60)} minutes of wall time${cpu === undefined ? '' : `, ${count(cpu.self + (cpu.children ?? 0))} s of CPU`}. Failures (a case threw or a baseline disagreed): ${data.failures.length === 0 ? 'none' : data.failures.length}.`,
  '',
);

lines.push(`**Ratios** at ${scaleName(data.config.goalScale)} (json-rules-engine at ${scaleName(data.config.peerScale)}): CPU time, median of the per-round ratios [lowest–highest round], wall-time median in brackets.`, '');
const ratioRows: string[][] = [];
for (const [id, figure] of Object.entries(data.figures)) {
  if (!/^ratio:[^@]+$/.test(id)) continue;
  const goal = data.goals.find((g) => g.figure === id);
  ratioRows.push([`\`${id.slice('ratio:'.length)}\``, figure.title.replace(/^[^:]+: /, ''), figure.text, goal === undefined ? '—' : `${goal.status.toUpperCase()}`]);
}
lines.push(table(['operation', 'ratio', 'CPU ratio [min–max] (wall)', 'goal'], ratioRows), '');

const [small, large] = data.config.scaling as [number, number];
lines.push(`**Scaling** ${scaleName(small).slice(0, -1)} → ${scaleName(large)}: CPU per record at ${scaleName(large)} ÷ at ${scaleName(small)}, interleaved (1.00 = linear; goal ≤ 1.3 for the library).`, '');
const scalingRows = data.groups
  .filter((group) => group.kind === 'scaling')
  .map((group) => {
    const library = data.figures[`scaling:${group.operation}:library`];
    const baseline = data.figures[`scaling:${group.operation}:baseline`];
    const goal = data.goals.find((g) => g.figure === `scaling:${group.operation}:library`);
    return [`\`${group.operation}\``, library?.text ?? '—', baseline?.text ?? '—', goal === undefined ? '—' : goal.status.toUpperCase()];
  });
lines.push(table(['operation', 'library', 'baseline', 'goal'], scalingRows), '');

lines.push('**Memory and streaming** (each scale in child processes with node’s default heap).', '');
const memoryRows: string[][] = [];
for (const probe of data.memory) {
  const r = probe.result;
  memoryRows.push([
    scaleName(probe.scale),
    'generated in memory',
    r === undefined ? '—' : count(r.records),
    r?.heapPerIssueBytes == null ? '—' : `${count(r.heapPerIssueBytes)} B × ${count(r.issues)}`,
    r === undefined ? (probe.failure ?? '—') : `${count(r.peakHeapTotalMB)} / ${count(r.maxRssMB)} / ${count(r.heapLimitMB)}`,
    '—',
  ]);
}
for (const probe of data.stream ?? []) {
  const r = probe.result;
  const file = probe.file;
  memoryRows.push([
    scaleName(probe.scale),
    `streamed from ${file === undefined ? '?' : count(file.bytes / 2 ** 20)} MB of NDJSON${file?.tooLongForOneJsonString === true ? ' (too long for one JSON string)' : ''}`,
    r === undefined ? '—' : count(r.records),
    r?.heapPerIssueBytes == null ? '—' : `${count(r.heapPerIssueBytes)} B × ${count(r.issues)}`,
    r === undefined ? (probe.failure ?? '—') : `${count(r.peakHeapTotalMB)} / ${count(r.maxRssMB)} / ${count(r.heapLimitMB)}`,
    r === undefined ? '—' : `${r.parseSeconds} / ${r.validateSeconds} / ${r.checkSeconds}`,
  ]);
}
lines.push(table(['scale', 'how', 'records', 'heap per issue × issues', 'peak heap / maxRSS / heap limit MB', 'parse / validate / check s (wall)'], memoryRows), '');

lines.push('**Measured alone** (information: absolute CPU times move with the load).', '');
const aloneRows = data.groups
  .filter((group) => group.kind === 'alone')
  .flatMap((group) =>
    group.contenders.map((contender) => [
      `\`${group.operation}\``,
      `${count(contender.size)} ${group.sizeUnit}`,
      `${ms(contender.cpuMs.median)} [${ms(contender.cpuMs.min)}–${ms(contender.cpuMs.max)}]`,
      ms(contender.wallMs.median),
    ]),
  );
lines.push(table(['operation', 'size', 'CPU ms [min–max]', 'wall ms'], aloneRows), '');

const passes = data.goals.filter((goal) => goal.status === 'pass').length;
const misses = data.goals.filter((goal) => goal.status === 'miss').length;
lines.push(`**Goals**: ${passes} pass, ${misses} missed, ${data.goals.length - passes - misses} not measured.`, '');
lines.push(table(['goal', 'figure', 'status'], data.goals.map((goal) => [goal.text, goal.figureText.replaceAll('|', '\\|'), `${goal.status.toUpperCase()}${goal.note === undefined ? '' : ` (${goal.note})`}`])));

process.stdout.write(`${lines.join('\n')}\n`);
