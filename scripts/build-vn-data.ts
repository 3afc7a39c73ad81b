/**
 * Builds the national lists shipped in `tinh-gon/vn`, in two stages:
 *
 * 1. raw → compact (only with `--raw <folder>`): reads the four raw files of the vn-admin data set
 *    (two unit lists as JSON, the province merger as JSON, the commune mapping as CSV) from the
 *    folder given on the command line and writes the sorted, one-record-a-line TSV files of
 *    `data/vn-admin/`;
 * 2. compact → TypeScript (always): writes `src/vn/data/*.ts`, one module per TSV file holding its
 *    text, which `src/vn` parses on first use.
 *
 * `--check` writes nothing: it fails when a file the stages would write differs from the one in the
 * repository. Without `--raw` only stage 2 is checked (what CI does; it needs nothing outside the
 * repository).
 *
 *   npx tsx scripts/build-vn-data.ts --raw <folder with the raw files> [--check]
 *   npx tsx scripts/build-vn-data.ts [--check]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
/** Where the compact files live. */
export const DATA_DIRECTORY = join(ROOT, 'data', 'vn-admin');
/** Where the generated modules go. */
export const MODULE_DIRECTORY = join(ROOT, 'src', 'vn', 'data');

/** The compact tables: file name, generated module and constant, columns. */
export const TABLES = [
  { file: 'provinces-2025-03-01.tsv', module: 'provinces20250301', constant: 'PROVINCES_2025_03_01', columns: ['code', 'kind', 'name', 'area_km2', 'population'] },
  { file: 'districts-2025-03-01.tsv', module: 'districts20250301', constant: 'DISTRICTS_2025_03_01', columns: ['code', 'kind', 'province', 'name'] },
  { file: 'communes-2025-03-01.tsv', module: 'communes20250301', constant: 'COMMUNES_2025_03_01', columns: ['code', 'kind', 'district', 'name'] },
  { file: 'provinces-2025-07-01.tsv', module: 'provinces20250701', constant: 'PROVINCES_2025_07_01', columns: ['code', 'kind', 'name', 'area_km2', 'population'] },
  { file: 'communes-2025-07-01.tsv', module: 'communes20250701', constant: 'COMMUNES_2025_07_01', columns: ['code', 'kind', 'province', 'name', 'area_km2', 'population', 'flags'] },
  { file: 'province-merger-2025.tsv', module: 'provinceMerger2025', constant: 'PROVINCE_MERGER_2025', columns: ['old_code', 'new_code'] },
  { file: 'commune-mapping-2025.tsv', module: 'communeMapping2025', constant: 'COMMUNE_MAPPING_2025', columns: ['old_code', 'new_code', 'transfer'] },
] as const;

const RAW_FILES = {
  pre: 'admin_units_pre2025_20250301.json',
  post: 'admin_units_post2025_20250701.json',
  merger: 'province_merger_2025.json',
  mapping: 'commune_mapping_2025.csv',
} as const;

/** The source's Vietnamese type names → tinh-gon kinds. */
const KINDS: Readonly<Record<string, string>> = {
  'tỉnh': 'province',
  'thành phố trực thuộc trung ương': 'centrally-run-city',
  huyện: 'district',
  quận: 'urban-district',
  'thị xã': 'town',
  'thành phố thuộc tỉnh': 'provincial-city',
  'thành phố thuộc thành phố trực thuộc trung ương': 'municipal-city',
  xã: 'commune',
  phường: 'ward',
  'thị trấn': 'township',
  'đặc khu': 'special-zone',
};

/** The flag this script adds to a commune whose area exceeds its whole province's (a unit error). */
export const AREA_ABOVE_PROVINCE_FLAG = 'area_suspect_gt_province';

interface RawUnit {
  readonly code: string;
  readonly name: string;
  readonly full_name: string;
  readonly type: string;
  readonly province_code?: string;
  readonly district_code?: string;
  readonly area_km2?: number | null;
  readonly population?: number | null;
  readonly flags?: readonly string[];
}
interface RawPre {
  readonly counts: { readonly provinces: number; readonly districts: number; readonly communes: number };
  readonly provinces: readonly RawUnit[];
  readonly districts: readonly RawUnit[];
  readonly communes: readonly RawUnit[];
}
interface RawPost {
  readonly counts: { readonly provinces: number; readonly communes: number };
  readonly provinces: readonly RawUnit[];
  readonly communes: readonly RawUnit[];
}
interface RawMerger {
  readonly new_provinces: readonly (RawUnit & { readonly merged_from_codes: readonly string[]; readonly area_km2: number; readonly population: number })[];
  readonly old_provinces: readonly (RawUnit & { readonly new_province_code: string; readonly area_km2_2024: number | null; readonly population_2024: number | null })[];
}

function fail(message: string): never {
  throw new Error(`build-vn-data: ${message}`);
}

function text(value: string): string {
  const normalised = value.normalize('NFC').trim();
  if (/[\t\n\r`\\]|\$\{/.test(normalised)) fail(`a value holds a tab, newline, backtick, backslash or \${: ${JSON.stringify(value)}`);
  return normalised;
}

function kindOf(unit: RawUnit): string {
  return KINDS[unit.type.normalize('NFC')] ?? fail(`unknown type ${JSON.stringify(unit.type)} of ${unit.code}`);
}

function figure(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (!Number.isFinite(value) || value < 0) fail(`not a figure: ${value}`);
  return String(value);
}

/** Parses one CSV line (RFC 4180 quoting). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => {
    if (row.length !== columns.length) fail(`a row of ${row.length} fields for ${columns.length} columns: ${row.join('|')}`);
    return row.join('\t');
  });
  const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (new Set(sorted).size !== sorted.length) fail(`duplicate rows in a table of ${columns.join(',')}`);
  return `${columns.join('\t')}\n${sorted.join('\n')}\n`;
}

function readJson<T>(folder: string, name: string): T {
  return JSON.parse(readFileSync(join(folder, name), 'utf8')) as T;
}

/** Stage 1: the compact TSV files (name → content) from the raw files in `folder`. */
export function buildCompactFiles(folder: string): Map<string, string> {
  const pre = readJson<RawPre>(folder, RAW_FILES.pre);
  const post = readJson<RawPost>(folder, RAW_FILES.post);
  const merger = readJson<RawMerger>(folder, RAW_FILES.merger);
  const expect = (what: string, actual: number, expected: number) => {
    if (actual !== expected) fail(`${what}: ${actual} records, the file's counts say ${expected}`);
  };
  expect('provinces of 2025-03-01', pre.provinces.length, pre.counts.provinces);
  expect('districts of 2025-03-01', pre.districts.length, pre.counts.districts);
  expect('communes of 2025-03-01', pre.communes.length, pre.counts.communes);
  expect('provinces of 2025-07-01', post.provinces.length, post.counts.provinces);
  expect('communes of 2025-07-01', post.communes.length, post.counts.communes);

  const oldFacts = new Map(merger.old_provinces.map((province) => [province.code, province]));
  const newFacts = new Map(merger.new_provinces.map((province) => [province.code, province]));
  const files = new Map<string, string>();
  const [preProvinces, preDistricts, preCommunes, postProvinces, postCommunes, provinceMerger, communeMapping] = TABLES;

  files.set(
    preProvinces.file,
    table(
      preProvinces.columns,
      pre.provinces.map((province) => {
        const facts = oldFacts.get(province.code) ?? fail(`province ${province.code} is not in the merger's old provinces`);
        return [text(province.code), kindOf(province), text(province.name), figure(facts.area_km2_2024), figure(facts.population_2024)];
      }),
    ),
  );
  files.set(
    preDistricts.file,
    table(
      preDistricts.columns,
      pre.districts.map((district) => [text(district.code), kindOf(district), text(district.province_code ?? fail(`district ${district.code} has no province`)), text(district.name)]),
    ),
  );
  files.set(
    preCommunes.file,
    table(
      preCommunes.columns,
      pre.communes.map((commune) => [text(commune.code), kindOf(commune), text(commune.district_code ?? fail(`commune ${commune.code} has no district`)), text(commune.name)]),
    ),
  );
  files.set(
    postProvinces.file,
    table(
      postProvinces.columns,
      post.provinces.map((province) => {
        const facts = newFacts.get(province.code) ?? fail(`province ${province.code} is not in the merger's new provinces`);
        return [text(province.code), kindOf(province), text(province.name), figure(facts.area_km2), figure(facts.population)];
      }),
    ),
  );
  const provinceArea = new Map(merger.new_provinces.map((province) => [province.code, province.area_km2]));
  files.set(
    postCommunes.file,
    table(
      postCommunes.columns,
      post.communes.map((commune) => {
        const province = commune.province_code ?? fail(`commune ${commune.code} has no province`);
        const flags = [...(commune.flags ?? [])];
        const ceiling = provinceArea.get(province);
        if (typeof commune.area_km2 === 'number' && ceiling !== undefined && commune.area_km2 > ceiling) flags.push(AREA_ABOVE_PROVINCE_FLAG);
        return [text(commune.code), kindOf(commune), text(province), text(commune.name), figure(commune.area_km2), figure(commune.population), flags.map(text).join(',')];
      }),
    ),
  );
  files.set(
    provinceMerger.file,
    table(
      provinceMerger.columns,
      merger.new_provinces.flatMap((province) => province.merged_from_codes.map((old) => [text(old), text(province.code)])),
    ),
  );

  const csv = readFileSync(join(folder, RAW_FILES.mapping), 'utf8').split(/\r?\n/).filter((line) => line.length > 0);
  const header = parseCsvLine(csv[0] ?? '');
  const column = (name: string) => {
    const position = header.indexOf(name);
    if (position < 0) fail(`${RAW_FILES.mapping} has no column ${name}`);
    return position;
  };
  const [oldCode, newCode, transfer, oldLevel] = [column('old_code'), column('new_code'), column('transfer'), column('old_level')];
  const mappingRows = csv.slice(1).map((line) => {
    const fields = parseCsvLine(line);
    const kind = fields[transfer];
    if (kind !== 'full' && kind !== 'partial') fail(`transfer ${JSON.stringify(kind)} in ${line}`);
    const old = text(fields[oldCode] ?? '');
    const isCommune = fields[oldLevel] === 'commune';
    if (isCommune !== (old.length === 5)) fail(`old_level ${fields[oldLevel]} and code ${old} disagree`);
    return [old, text(fields[newCode] ?? ''), kind];
  });
  // every old commune and every new commune-level unit is in the mapping, and nothing else is
  const oldCodes = new Set(mappingRows.map(([old]) => old).filter((old) => old?.length === 5));
  const newCodes = new Set(mappingRows.map(([, target]) => target));
  const preCodes = new Set(pre.communes.map((commune) => commune.code));
  const postCodes = new Set(post.communes.map((commune) => commune.code));
  if (oldCodes.size !== preCodes.size || [...oldCodes].some((code) => !preCodes.has(code ?? ''))) fail('the mapping and the 2025-03-01 communes differ');
  if (newCodes.size !== postCodes.size || [...newCodes].some((code) => !postCodes.has(code ?? ''))) fail('the mapping and the 2025-07-01 communes differ');
  files.set(communeMapping.file, table(communeMapping.columns, mappingRows));
  return files;
}

function templateLiteral(content: string): string {
  if (/[`\\]|\$\{/.test(content)) fail('a compact file holds a backtick, backslash or ${');
  return `\`${content}\``;
}

/** Stage 2: the generated modules (name → content) from the compact files in `folder`. */
export function buildDataModules(folder: string = DATA_DIRECTORY): Map<string, string> {
  const modules = new Map<string, string>();
  for (const entry of TABLES) {
    const content = readFileSync(join(folder, entry.file), 'utf8');
    const header = content.slice(0, content.indexOf('\n'));
    if (header !== entry.columns.join('\t')) fail(`${entry.file} has the header ${JSON.stringify(header)}`);
    modules.set(
      `${entry.module}.ts`,
      [
        `// Generated by scripts/build-vn-data.ts from data/vn-admin/${entry.file}: do not edit by hand.`,
        '// Sources and licences: data/vn-admin/README.md. Columns are tab-separated, one record a line.',
        '',
        `/** The text of data/vn-admin/${entry.file}. @internal */`,
        `export const ${entry.constant}: string = ${templateLiteral(content)};`,
        '',
      ].join('\n'),
    );
  }
  return modules;
}

function writeOrCheck(directory: string, files: ReadonlyMap<string, string>, check: boolean, label: string): number {
  let stale = 0;
  if (!check) mkdirSync(directory, { recursive: true });
  for (const [name, content] of files) {
    const path = join(directory, name);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
        console.error(`${label}/${name} is out of date: run npx tsx scripts/build-vn-data.ts${label.startsWith('data') ? ' --raw <folder>' : ''}`);
        stale += 1;
      }
    } else writeFileSync(path, content);
  }
  if (check && existsSync(directory)) {
    const extra = readdirSync(directory).filter((name) => name.endsWith(label.startsWith('data') ? '.tsv' : '.ts') && !files.has(name));
    for (const name of extra) console.error(`${label}/${name} is not produced by the script: remove it`);
    stale += extra.length;
  }
  return stale;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const rawAt = argv.indexOf('--raw');
  const unknown = argv.filter((arg, position) => arg !== '--check' && arg !== '--raw' && (rawAt < 0 || position !== rawAt + 1));
  const raw = rawAt >= 0 ? argv[rawAt + 1] : undefined;
  if (unknown.length > 0 || (rawAt >= 0 && raw === undefined)) {
    console.error('usage: npx tsx scripts/build-vn-data.ts [--raw <folder with the raw vn-admin files>] [--check]');
    return 2;
  }
  let stale = 0;
  if (raw !== undefined) {
    const compact = buildCompactFiles(resolve(raw));
    stale += writeOrCheck(DATA_DIRECTORY, compact, check, 'data/vn-admin');
    console.log(`${check ? 'checked' : 'wrote'} ${compact.size} compact files from ${basename(resolve(raw))}/`);
  }
  const modules = buildDataModules();
  stale += writeOrCheck(MODULE_DIRECTORY, modules, check, 'src/vn/data');
  console.log(`${check ? 'checked' : 'wrote'} ${modules.size} generated modules`);
  if (stale > 0) return 1;
  if (check) console.log('vn data up to date');
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
