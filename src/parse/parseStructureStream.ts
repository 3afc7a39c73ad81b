import type { z } from 'zod';
import type { Bilingual } from '../core/Bilingual.js';
import { assertOptions } from '../core/assertOptions.js';
import { seedStructureIndex } from '../model/indexStructure.js';
import { assignmentSchema, personSchema, unitSchema } from '../model/schema.js';
import type { Assignment, Person, Structure, Unit } from '../model/Structure.js';
import { ISSUE_LIMIT } from '../report/capIssues.js';
import { NOT_ACCEPTED, compileSchema } from '../report/compileSchema.js';
import type { CreateIssueOptions } from '../report/createIssue.js';
import { createIssueCollector } from '../report/createIssueCollector.js';
import { findSchemaIssues } from '../report/findSchemaIssues.js';
import { formatIssuePath } from '../report/describeSchemaIssue.js';
import { zodIssuesToIssues } from '../report/parseWithSchema.js';
import type { Result } from '../report/Result.js';
import type { NdjsonSource } from './NdjsonSource.js';
import { assertNdjsonSource, splitNdjsonLines } from './splitNdjsonLines.js';

/**
 * Options of {@link parseStructureStream}.
 *
 * @example
 * ```ts
 * const options: ParseStructureStreamOptions = { maxLineLength: 100_000, issueLimit: 50 };
 * ```
 * @category Parse
 */
export interface ParseStructureStreamOptions {
  /**
   * The longest line read, in characters (UTF-16 code units); a longer line is skipped without
   * being held in memory and reported. Default {@link DEFAULT_MAX_LINE_LENGTH}; at most 2^28
   * (268,435,456).
   */
  readonly maxLineLength?: number;
  /** How many issues the report describes before it only counts them (default 1,000). */
  readonly issueLimit?: number;
  /**
   * `chunks` (default): the source gives text or bytes in pieces of any size, lines ended by
   * `\n`. `lines`: each item is one line without its ending, as node's `readline` gives them.
   */
  readonly framing?: 'chunks' | 'lines';
}

/**
 * The longest NDJSON line {@link parseStructureStream} reads by default: a million characters, a
 * thousand times a large unit record.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_LINE_LENGTH; //=> 1000000
 * ```
 * @category Parse
 */
export const DEFAULT_MAX_LINE_LENGTH = 1_000_000;

/**
 * The largest `maxLineLength` accepted: 2^28 characters. V8 holds no string much longer than twice
 * that, and a line being read is joined with the chunk that ends it.
 * @internal
 */
const MAX_LINE_LENGTH_LIMIT = 2 ** 28;

/** The record kinds of a line, with the schema each is checked against. */
const RECORD_SCHEMAS = { unit: unitSchema, person: personSchema, assignment: assignmentSchema } as const;
type RecordKind = keyof typeof RECORD_SCHEMAS;

const EXPECTED_RECORD: Bilingual = {
  vi: 'một đối tượng JSON có đúng một trường unit, person hoặc assignment',
  en: 'a JSON object with exactly one field, unit, person or assignment',
};

/** Positions kept as 32-bit integers in an array that doubles when full (4 bytes a record). */
class Int32List {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const larger = new Int32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
  at(position: number): number {
    return this.data[position] as number;
  }
}

/**
 * The id string of the record a reference names, when that record was read already: each line's
 * strings are fresh copies, and sharing one string per id saves about a fifth of a large
 * structure's heap (an assignment's two references, a unit's parent and area).
 */
function canonicalId(positions: ReadonlyMap<string, number>, records: readonly { readonly id: string }[], id: string): string {
  const position = positions.get(id);
  return position === undefined ? id : (records[position] as { readonly id: string }).id;
}

function lineLabel(lineNumber: number, rest: readonly (string | number)[] = []): Bilingual {
  const tail = rest.length === 0 ? '' : `, ${formatIssuePath(rest)}`;
  return { vi: `dòng ${lineNumber}${tail}`, en: `line ${lineNumber}${tail}` };
}

function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/** What a line held instead of a record, in each language (values named, never copied whole). */
function describeValue(value: unknown): Bilingual {
  if (value === null) return { vi: 'null', en: 'null' };
  if (Array.isArray(value)) return { vi: 'một danh sách', en: 'an array' };
  if (typeof value === 'object') {
    const keys = Object.keys(value as object);
    const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
    return keys.length === 0 ? { vi: 'một đối tượng rỗng', en: 'an empty object' } : { vi: `các trường ${shown}`, en: `the fields ${shown}` };
  }
  if (typeof value === 'string') return { vi: 'một chuỗi ký tự', en: 'a string' };
  return { vi: String(value), en: String(value) };
}

/**
 * Builds and validates a {@link Structure} from a stream of NDJSON records, for structures too
 * large for one JSON string (V8 holds at most about 537 million characters, some four million
 * records). Each line holds one record, an object with one field naming its kind:
 * `{"unit": {…}}`, `{"person": {…}}` or `{"assignment": {…}}`, the inner object as in
 * `parseStructure`'s input (kinds may come in any order; within a kind, order is kept). Blank
 * lines, `\r\n` endings and a byte-order mark are accepted. Each record is checked by the same
 * boundary schemas as `parseStructure` (names and ids normalised to NFC), duplicate unit or person
 * ids are errors, and every issue's `path` starts with the line number (from 1).
 *
 * Memory is bounded beyond the structure itself: one partial line of at most `maxLineLength`
 * characters (a longer line is skipped unread and reported), the chunk being read, and 4 bytes
 * per unit and person for the line numbers duplicates are reported against. Once a record fails,
 * records are no longer kept. Never rejects on bad content; works with node streams and web
 * streams alike (no node-only import).
 *
 * @param source - The NDJSON: `fs.createReadStream(path)`, `fetch(url).then((r) => r.body)`'s
 *   stream, a `readline` interface (with `framing: 'lines'`), {@link structureToNdjson}'s lines, …
 * @param options - `maxLineLength`, `issueLimit`, `framing`.
 * @returns The structure (its index already seeded, as `parseStructure`'s), or the issues.
 * @throws {TypeError} When `source` cannot be read as chunks, when a chunk is neither a string nor
 *   a `Uint8Array`, or when `options` is not an object (the promise rejects; so it does when the
 *   source itself fails, with the source's error).
 * @throws {RangeError} When `maxLineLength` is not an integer from 1 to 2^28 (268,435,456) or
 *   `issueLimit` not a non-negative safe integer.
 * @example
 * ```ts
 * const lines = [
 *   '{"unit":{"id":"xa-1","kind":"commune","name":{"vi":"Xã Một"},"from":"2025-07-01"}}',
 *   '{"unit":{"id":"ubnd-1","kind":"peoples-committee","name":{"vi":"UBND xã Một"},"areaId":"xa-1","from":"2025-07-01"}}',
 *   '{"person":{"id":"p1","name":"Nguyễn Văn A"}}',
 *   '{"assignment":{"personId":"p1","unitId":"ubnd-1","role":"chair","from":"2025-07-01"}}',
 * ].join('\n');
 * (await parseStructureStream([lines])).ok; //=> true
 * (await parseStructureStream(['{"person":{"id":"p1"}}\n'])).issues[0]?.message.en;
 * //=> 'Invalid input at line 1, person.name: expected a string, received undefined'
 * ```
 * @category Parse
 */
export async function parseStructureStream(source: NdjsonSource, options: ParseStructureStreamOptions = {}): Promise<Result<Structure>> {
  assertNdjsonSource(source, 'parseStructureStream');
  assertOptions(options, 'parseStructureStream');
  const maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  if (!Number.isSafeInteger(maxLineLength) || maxLineLength < 1 || maxLineLength > MAX_LINE_LENGTH_LIMIT) {
    throw new RangeError(
      `[tinh-gon] parseStructureStream: options.maxLineLength must be an integer from 1 to ${MAX_LINE_LENGTH_LIMIT} (2^28), received ${String(maxLineLength)}`,
    );
  }
  const framing = options.framing ?? 'chunks';
  if (framing !== 'chunks' && framing !== 'lines') {
    throw new RangeError(`[tinh-gon] parseStructureStream: options.framing must be 'chunks' or 'lines', received ${String(framing)}`);
  }
  const limit = options.issueLimit ?? ISSUE_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new RangeError(`[tinh-gon] parseStructureStream: options.issueLimit must be a non-negative safe integer, received ${String(limit)}`);
  }
  const issues = createIssueCollector({ limit });
  /** Issues described so far (the collector renders only while the report has room). */
  let described = 0;
  const room = () => Math.max(0, limit - described);
  const addIssue = (code: 'input_invalid' | 'duplicate_id', issueOptions: CreateIssueOptions) => {
    issues.add(code, issueOptions);
    if (described < limit) described += 1;
  };
  const invalid = (lineNumber: number, rest: readonly (string | number)[], expected: Bilingual, received: Bilingual) =>
    addIssue('input_invalid', { path: [lineNumber, ...rest], params: { path: [lineNumber, ...rest].join('.'), field: lineLabel(lineNumber, rest), expected, received } });

  const compiled = { unit: compileSchema(unitSchema), person: compileSchema(personSchema), assignment: compileSchema(assignmentSchema) };
  let units: Unit[] = [];
  let people: Person[] = [];
  let assignments: Assignment[] = [];
  const unitPositions = new Map<string, number>();
  const personPositions = new Map<string, number>();
  const unitLines = new Int32List();
  const personLines = new Int32List();
  let keeping = true;
  const stopKeeping = () => {
    keeping = false;
    // Stryker disable next-line ArrayDeclaration: the lists are emptied only once a line is bad, and a failed result hands back no records
    units = [];
    // Stryker disable next-line ArrayDeclaration: as above
    people = [];
    // Stryker disable next-line ArrayDeclaration: as above
    assignments = [];
  };

  const reportSchemaIssues = (kind: RecordKind, value: unknown, lineNumber: number) => {
    const schema = RECORD_SCHEMAS[kind] as z.ZodType;
    const found = findSchemaIssues(schema, value, room());
    const prefix = [lineNumber, kind];
    for (const issue of zodIssuesToIssues(found.issues, prefix, found.omitted, room())) {
      // the counts of what zodIssuesToIssues left out
      // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a count of what was left out has no path, and an issue of a record always has one (its prefix is never empty), so either test alone tells them apart
      if (issue.code === 'issues_truncated' || issue.path === undefined) issues.push(issue);
      // the same issue, its path told as a line
      else addIssue('input_invalid', { path: issue.path, params: { ...issue.params, field: lineLabel(lineNumber, issue.path.slice(1)) } });
    }
    // zod found nothing to say (it cannot happen for these schemas): the record still failed
    if (found.issues.length === 0 && found.omitted === 0) invalid(lineNumber, [kind], EXPECTED_RECORD, describeValue(value));
  };

  const readRecord = (kind: RecordKind, value: unknown, lineNumber: number) => {
    const parsed = compiled[kind](value);
    if (parsed === NOT_ACCEPTED) {
      // Stryker disable next-line ConditionalExpression: stopping twice only empties the emptied lists again, and not stopping only keeps records a failed result never hands back
      if (keeping) stopKeeping();
      reportSchemaIssues(kind, value, lineNumber);
      return;
    }
    if (kind === 'assignment') {
      if (!keeping) return;
      const assignment = parsed as { personId: string; unitId: string };
      assignment.personId = canonicalId(personPositions, people, assignment.personId);
      assignment.unitId = canonicalId(unitPositions, units, assignment.unitId);
      assignments.push(parsed as Assignment);
      return;
    }
    const record = parsed as Unit | Person;
    const positions = kind === 'unit' ? unitPositions : personPositions;
    const lines = kind === 'unit' ? unitLines : personLines;
    const first = positions.get(record.id);
    if (first !== undefined) {
      // Stryker disable next-line ConditionalExpression: stopping twice only empties the emptied lists again, and not stopping only keeps records a failed result never hands back
      if (keeping) stopKeeping();
      const idsField = kind === 'unit' ? 'unitIds' : 'personIds';
      addIssue('duplicate_id', { path: [lineNumber, kind, 'id'], [idsField]: [record.id], params: { id: record.id, firstPath: lineLabel(lines.at(first)) } });
      return;
    }
    positions.set(record.id, lines.length);
    lines.push(lineNumber);
    if (!keeping) return;
    if (kind === 'person') {
      people.push(record as Person);
      return;
    }
    const unit = record as { parentId?: string; areaId?: string };
    if (unit.parentId !== undefined) unit.parentId = canonicalId(unitPositions, units, unit.parentId);
    if (unit.areaId !== undefined) unit.areaId = canonicalId(unitPositions, units, unit.areaId);
    units.push(record as Unit);
  };

  await splitNdjsonLines(source, maxLineLength, framing, {
    line(text, lineNumber) {
      if (isBlank(text)) return;
      if (text.includes('\uFFFD')) {
        // Stryker disable next-line ConditionalExpression: stopping twice only empties the emptied lists again, and not stopping only keeps records a failed result never hands back
        if (keeping) stopKeeping();
        invalid(lineNumber, [], { vi: 'văn bản UTF-8 hợp lệ', en: 'valid UTF-8 text' }, { vi: 'ký tự thay thế U+FFFD (byte không phải UTF-8)', en: 'the replacement character U+FFFD (bytes that are not UTF-8)' });
        return;
      }
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        // Stryker disable next-line ConditionalExpression: stopping twice only empties the emptied lists again, and not stopping only keeps records a failed result never hands back
        if (keeping) stopKeeping();
        const detail = (error as Error).message.slice(0, 120);
        invalid(lineNumber, [], EXPECTED_RECORD, { vi: `JSON không hợp lệ (${detail})`, en: `invalid JSON (${detail})` });
        return;
      }
      let kind: string | undefined;
      let fields = 0;
      if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
        for (const key in record) {
          fields += 1;
          kind = key;
          if (fields > 1) break;
        }
      }
      if (fields !== 1 || !Object.hasOwn(RECORD_SCHEMAS, kind as string)) {
        // Stryker disable next-line ConditionalExpression: stopping twice only empties the emptied lists again, and not stopping only keeps records a failed result never hands back
        if (keeping) stopKeeping();
        invalid(lineNumber, [], EXPECTED_RECORD, describeValue(record));
        return;
      }
      readRecord(kind as RecordKind, (record as Record<string, unknown>)[kind as string], lineNumber);
    },
    tooLong(lineNumber, length) {
      // Stryker disable next-line ConditionalExpression: stopping twice only empties the emptied lists again, and not stopping only keeps records a failed result never hands back
      if (keeping) stopKeeping();
      invalid(
        lineNumber,
        [],
        { vi: `một dòng tối đa ${maxLineLength} ký tự`, en: `a line of at most ${maxLineLength} characters` },
        { vi: `một dòng ${length} ký tự (đã bỏ qua)`, en: `a line of ${length} characters (skipped)` },
      );
    },
  });

  const structure: Structure = { units, people, assignments };
  // the id tables are the index's, as parseStructure's: validating or querying starts from them
  // Stryker disable next-line BooleanLiteral,ConditionalExpression,ObjectLiteral: seeding only saves the index building these tables again: an index left unseeded, or seeded without them, builds equal ones on first use (a failure returns no structure to index)
  if (!issues.hasErrors()) seedStructureIndex(structure, { units: unitPositions, people: personPositions });
  return issues.toResult(structure);
}
