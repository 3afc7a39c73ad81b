import { describe, expect, it, vi } from 'vitest';
import { parseStructure } from '../../src/model/parseStructure.js';
import type { NdjsonReadableStream } from '../../src/parse/NdjsonSource.js';
import { parseStructureStream } from '../../src/parse/parseStructureStream.js';
import { type Framing, assertNdjsonSource, splitNdjsonLines } from '../../src/parse/splitNdjsonLines.js';
import { structureToNdjson } from '../../src/parse/structureToNdjson.js';

/*
 * What stream.test.ts leaves loose (mutation run of src/parse, reports/mutation): the exact text of
 * each contract error, every param of the issues a bad line gives (in both languages), the duplicate
 * id issues, what a record-less line is described as, records read after a bad line, and the line
 * splitter's edges (a closing CR at a chunk's end, empty chunks, a byte-order mark that is not at the
 * start, a line at or just past the cap at a chunk's end, a last line without a newline). Each test
 * names the mutated lines it guards ("pSS" parseStructureStream.ts, "split" splitNdjsonLines.ts,
 * "toNdjson" structureToNdjson.ts).
 */

const encoder = new TextEncoder();

// the fixtures of stream.test.ts
const COMMUNE = '{"unit":{"id":"xa-1","kind":"commune","name":{"vi":"Xã Kỳ Nam"},"from":"2025-07-01"}}';
const COMMITTEE = '{"unit":{"id":"ubnd-1","kind":"peoples-committee","name":{"vi":"UBND xã Kỳ Nam"},"areaId":"xa-1","from":"2025-07-01"}}';
const PERSON = '{"person":{"id":"p1","name":"Nguyễn Văn Ánh"}}';
const POST = '{"assignment":{"personId":"p1","unitId":"ubnd-1","role":"chair","from":"2025-07-01"}}';
const GOOD = [COMMUNE, COMMITTEE, PERSON, POST];
const EXPECTED = {
  units: [
    { id: 'xa-1', kind: 'commune', name: { vi: 'Xã Kỳ Nam' }, from: '2025-07-01' },
    { id: 'ubnd-1', kind: 'peoples-committee', name: { vi: 'UBND xã Kỳ Nam' }, areaId: 'xa-1', from: '2025-07-01' },
  ],
  people: [{ id: 'p1', name: 'Nguyễn Văn Ánh' }],
  assignments: [{ personId: 'p1', unitId: 'ubnd-1', role: 'chair', from: '2025-07-01' }],
};

const EXPECTED_RECORD = {
  vi: 'một đối tượng JSON có đúng một trường unit, person hoặc assignment',
  en: 'a JSON object with exactly one field, unit, person or assignment',
};

/** The error a promise rejects with (fails when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('the promise resolved');
}

/** The error a call throws (fails when it returns). */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the call returned');
}

/** What splitNdjsonLines hands its sink, in order: `['line', text, n]` or `['tooLong', n, length]`. */
async function split(source: Parameters<typeof splitNdjsonLines>[0], maxLineLength = 1000, framing: Framing = 'chunks') {
  const events: (readonly ['line', string, number] | readonly ['tooLong', number, number])[] = [];
  await splitNdjsonLines(source, maxLineLength, framing, {
    line: (text, lineNumber) => events.push(['line', text, lineNumber]),
    tooLong: (lineNumber, length) => events.push(['tooLong', lineNumber, length]),
  });
  return events;
}

/** The `input_invalid` issue of a whole line (no path inside the record), with its message in both languages. */
function lineIssue(lineNumber: number, expected: { vi: string; en: string }, received: { vi: string; en: string }) {
  return {
    code: 'input_invalid',
    severity: 'error',
    path: [lineNumber],
    params: { path: String(lineNumber), field: { vi: `dòng ${lineNumber}`, en: `line ${lineNumber}` }, expected, received },
    message: {
      vi: `Dữ liệu không hợp lệ tại dòng ${lineNumber}: cần ${expected.vi}, nhận được ${received.vi}`,
      en: `Invalid input at line ${lineNumber}: expected ${expected.en}, received ${received.en}`,
    },
  };
}

describe('contract errors name parseStructureStream and what it received', () => {
  // guards pSS 157 (the function named) and split 22, 27, 36-40 (what counts as a source, the message)
  it.each([
    ['a number', 42, 'a number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a boolean', true, 'a boolean'],
    ['a plain object', { units: [] }, 'an object'],
    ['an object whose getReader is not a function', { getReader: 'yes' }, 'an object'],
  ])('rejects %s as a source, saying what it got', async (_name, source, received) => {
    const error = await rejection(parseStructureStream(source as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      `[tinh-gon] parseStructureStream: source must be an async iterable, an iterable or a ReadableStream of strings or bytes, received ${received}`,
    );
  });

  // guards split 36-40 directly: the check names the caller it is given
  it('assertNdjsonSource names the calling function and lets every kind of source through', () => {
    expect(thrown(() => assertNdjsonSource(7, 'readSomething')).message).toBe(
      '[tinh-gon] readSomething: source must be an async iterable, an iterable or a ReadableStream of strings or bytes, received a number',
    );
    async function* chunks() {
      yield '';
    }
    for (const source of ['text', [], new Set(['a']), chunks(), new Blob(['a']).stream(), { getReader: () => ({}) }]) {
      expect(() => assertNdjsonSource(source, 'readSomething')).not.toThrow();
    }
  });

  // guards pSS 158
  it('rejects options that are not an object, saying so', async () => {
    const error = await rejection(parseStructureStream([''], null as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('[tinh-gon] parseStructureStream: options must be an object, received null');
  });

  // guards pSS 161 (and the framing check at 165)
  it.each([
    [{ maxLineLength: 0 }, '[tinh-gon] parseStructureStream: options.maxLineLength must be an integer from 1 to 268435456 (2^28), received 0'],
    [{ maxLineLength: 1.5 }, '[tinh-gon] parseStructureStream: options.maxLineLength must be an integer from 1 to 268435456 (2^28), received 1.5'],
    // a longer line than V8 can hold as one string would reject with its own error
    [{ maxLineLength: 2 ** 28 + 1 }, '[tinh-gon] parseStructureStream: options.maxLineLength must be an integer from 1 to 268435456 (2^28), received 268435457'],
    [{ issueLimit: -1 }, '[tinh-gon] parseStructureStream: options.issueLimit must be a non-negative safe integer, received -1'],
    [{ issueLimit: 0.5 }, '[tinh-gon] parseStructureStream: options.issueLimit must be a non-negative safe integer, received 0.5'],
    [{ framing: 'bytes' }, "[tinh-gon] parseStructureStream: options.framing must be 'chunks' or 'lines', received bytes"],
  ])('rejects options %j with a message naming the option and its value', async (options, message) => {
    const error = await rejection(parseStructureStream([''], options as never));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(message);
  });
});

describe('structureToNdjson checks its argument at the call', () => {
  // guards toNdjson 34 (null, an array or a primitive is not a structure, before units are looked at)
  it.each([
    ['null', null, 'null'],
    ['an array', [], 'an array'],
    ['a number', 42, 'a number'],
    ['a string', 'units', 'a string'],
  ])('throws for %s: structure must be an object', (_name, structure, received) => {
    const error = thrown(() => structureToNdjson(structure as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`[tinh-gon] structureToNdjson: structure must be an object, received ${received}`);
  });

  // guards toNdjson 40 (assignments, when present, must be an array: checked at the call, not while writing)
  it.each([
    ['a string', 'x', 'a string'],
    ['null', null, 'null'],
  ])('throws at the call when assignments is %s', (_name, assignments, received) => {
    const error = thrown(() => structureToNdjson({ units: [], people: [], assignments } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(`[tinh-gon] structureToNdjson: structure.assignments must be an array, received ${received}`);
  });
});

describe('a line that holds no record is described, never copied', () => {
  // guards pSS 106-114 (describeValue, vi and en) and 178 (params.path)
  it.each([
    ['null', { vi: 'null', en: 'null' }],
    ['42', { vi: '42', en: '42' }],
    ['true', { vi: 'true', en: 'true' }],
    ['"unit"', { vi: 'một chuỗi ký tự', en: 'a string' }],
    ['{}', { vi: 'một đối tượng rỗng', en: 'an empty object' }],
    ['[{"unit":{}}]', { vi: 'một danh sách', en: 'an array' }],
    ['{"a":1,"b":2,"c":3,"d":4,"e":5}', { vi: 'các trường a, b, c, d, e', en: 'the fields a, b, c, d, e' }],
    ['{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7}', { vi: 'các trường a, b, c, d, e, …', en: 'the fields a, b, c, d, e, …' }],
  ])('%s', async (line, received) => {
    const result = await parseStructureStream([`${COMMUNE}\n${line}\n`]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([lineIssue(2, EXPECTED_RECORD, received)]);
  });
});

describe('the issues of lines that are not records, param by param', () => {
  // guards pSS 253 (both texts, both languages) and 178
  it('bytes that are not UTF-8', async () => {
    const bytes = encoder.encode(`${COMMUNE}\n${PERSON}\n`);
    const broken = new Uint8Array([...bytes.slice(0, bytes.length - 6), 0xff, ...bytes.slice(bytes.length - 6)]);
    const result = await parseStructureStream([broken]);
    expect(result.issues).toEqual([
      lineIssue(
        2,
        { vi: 'văn bản UTF-8 hợp lệ', en: 'valid UTF-8 text' },
        { vi: 'ký tự thay thế U+FFFD (byte không phải UTF-8)', en: 'the replacement character U+FFFD (bytes that are not UTF-8)' },
      ),
    ]);
  });

  it('a line that is not JSON, with the parser’s reason', async () => {
    const result = await parseStructureStream([`${PERSON}\n{"person":\n`]);
    expect(result.issues).toEqual([
      lineIssue(2, EXPECTED_RECORD, { vi: 'JSON không hợp lệ (Unexpected end of JSON input)', en: 'invalid JSON (Unexpected end of JSON input)' }),
    ]);
  });

  // guards pSS 261: V8's reasons are short, but an engine may quote the line in its reason; the report
  // keeps the first 120 characters of it (JSON.parse is stubbed here to be such an engine)
  it('keeps at most 120 characters of the JSON parser’s reason', async () => {
    const line = '{"person":{"id":"p1","name":"x"';
    const reason = `Unterminated object: ${'"name":"x"'.repeat(40)}`;
    const parse = JSON.parse;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text === line) throw new SyntaxError(reason);
      return parse(text, reviver);
    });
    try {
      const result = await parseStructureStream([`${line}\n`]);
      const cut = reason.slice(0, 120);
      expect(cut).toHaveLength(120);
      expect(result.issues).toEqual([lineIssue(1, EXPECTED_RECORD, { vi: `JSON không hợp lệ (${cut})`, en: `invalid JSON (${cut})` })]);
    } finally {
      spy.mockRestore();
    }
  });

  // guards split 135 (a too-long last line with no newline is still reported) and pSS 286-287
  it('a last line over the cap, with no newline after it', async () => {
    const long = `{"person":{"id":"p2","name":"${'a'.repeat(60)}"}}`;
    const result = await parseStructureStream([`${PERSON}\n${long}`], { maxLineLength: 60 });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      lineIssue(
        2,
        { vi: 'một dòng tối đa 60 ký tự', en: 'a line of at most 60 characters' },
        { vi: `một dòng ${long.length} ký tự (đã bỏ qua)`, en: `a line of ${long.length} characters (skipped)` },
      ),
    ]);
  });

  // guards split 117 (the switch to skipping is a count, never a held line): a line longer than the
  // longest string V8 can hold (2^29 - 24 characters) is skipped; held, it would throw "Invalid string length"
  it('skips a line longer than the longest string the engine can hold, and reads on', async () => {
    const megabyte = 'x'.repeat(2 ** 20);
    async function* huge() {
      yield `${COMMUNE}\n{"unit":`;
      for (let index = 0; index < 513; index += 1) yield megabyte;
      yield `}\n${PERSON}\n`;
    }
    const result = await parseStructureStream(huge());
    const length = 8 + 513 * 2 ** 20 + 1;
    expect(length).toBeGreaterThan(2 ** 29);
    expect(result.issues).toEqual([
      lineIssue(
        2,
        { vi: 'một dòng tối đa 1000000 ký tự', en: 'a line of at most 1000000 characters' },
        { vi: `một dòng ${length} ký tự (đã bỏ qua)`, en: `a line of ${length} characters (skipped)` },
      ),
    ]);
  });

  // guards split 117 (pending.length - rest, and false): the part of a line held never passes the cap,
  // however large the chunks; with a cap just under the longest string V8 can hold, holding one more
  // chunk than the cap allows would throw "Invalid string length"
  it('holds at most the cap of a long line, even at the largest cap, half the engine’s longest string', async () => {
    const megabyte = 'x'.repeat(2 ** 20);
    const maxLineLength = 2 ** 28;
    async function* huge() {
      yield '{"unit":';
      for (let index = 0; index < 513; index += 1) yield megabyte;
      yield `}\n${PERSON}`;
    }
    const result = await parseStructureStream(huge(), { maxLineLength });
    const length = 8 + 513 * 2 ** 20 + 1;
    expect(result.issues).toEqual([
      lineIssue(
        1,
        { vi: `một dòng tối đa ${maxLineLength} ký tự`, en: `a line of at most ${maxLineLength} characters` },
        { vi: `một dòng ${length} ký tự (đã bỏ qua)`, en: `a line of ${length} characters (skipped)` },
      ),
    ]);
  });
});

describe('blank lines are spaces, tabs and stray carriage returns', () => {
  // guards pSS 99 (a CR left inside a line by the splitter is blank too)
  it('skips lines of only spaces, tabs and CRs between records', async () => {
    const result = await parseStructureStream([`${COMMUNE}\n\r\r\n \t\r \r\n${COMMITTEE}\r\n\t\n${PERSON}\n\r\r\r\n${POST}\n`]);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(EXPECTED);
  });
});

describe('duplicate ids', () => {
  const SECOND_COMMUNE = COMMUNE.replace('Xã Kỳ Nam', 'Xã Kỳ Bắc');

  // guards pSS 231-232 (unitIds, not personIds; the id listed)
  it('a unit id used twice: the unit listed, both lines named', async () => {
    const result = await parseStructureStream([[COMMUNE, PERSON, '', SECOND_COMMUNE].join('\n')]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'duplicate_id',
        severity: 'error',
        path: [4, 'unit', 'id'],
        unitIds: ['xa-1'],
        params: { id: 'xa-1', firstPath: { vi: 'dòng 1', en: 'line 1' } },
        message: { vi: 'Mã xa-1 bị trùng (xuất hiện lần đầu tại dòng 1)', en: 'Id xa-1 is used more than once (first at line 1)' },
      },
    ]);
  });

  // guards pSS 231-232 (personIds, not unitIds)
  it('a person id used twice: the person listed, both lines named', async () => {
    const result = await parseStructureStream([[COMMUNE, PERSON, COMMITTEE, '{"person":{"id":"p1","name":"Trần Thị Bình"}}'].join('\n')]);
    expect(result.issues).toEqual([
      {
        code: 'duplicate_id',
        severity: 'error',
        path: [4, 'person', 'id'],
        personIds: ['p1'],
        params: { id: 'p1', firstPath: { vi: 'dòng 2', en: 'line 2' } },
        message: { vi: 'Mã p1 bị trùng (xuất hiện lần đầu tại dòng 2)', en: 'Id p1 is used more than once (first at line 2)' },
      },
    ]);
  });

  // guards pSS 226: units and people have separate ids, as in parseStructure
  it('a unit and a person may share an id', async () => {
    const shared = [COMMUNE, PERSON.replace('"p1"', '"xa-1"')];
    const result = await parseStructureStream([shared.join('\n')]);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value.people).toEqual([{ id: 'xa-1', name: 'Nguyễn Văn Ánh' }]);
    expect(parseStructure({ units: [EXPECTED.units[0]], people: [{ id: 'xa-1', name: 'Nguyễn Văn Ánh' }] }).ok).toBe(true);
  });

  // guards pSS 68-69 (the table of line numbers grows past its first 1,024 entries)
  it('names the first line of an id past the 1,024th person', async () => {
    const people = Array.from({ length: 1030 }, (_, index) => `{"person":{"id":"p${index + 1}","name":"N"}}`);
    const result = await parseStructureStream([[...people, '{"person":{"id":"p1030","name":"M"}}', '{"person":{"id":"p1","name":"M"}}'].join('\n')]);
    expect(result.issues.map((issue) => [issue.path, issue.params?.firstPath])).toEqual([
      [
        [1031, 'person', 'id'],
        { vi: 'dòng 1030', en: 'line 1030' },
      ],
      [
        [1032, 'person', 'id'],
        { vi: 'dòng 1', en: 'line 1' },
      ],
    ]);
    expect(result.issues[0]?.message.en).toBe('Id p1030 is used more than once (first at line 1030)');
  });
});

describe('records after a failed line are checked, not kept', () => {
  // guards pSS 218: an assignment naming a person read before the failure
  it('an assignment after a bad line gives no issue of its own', async () => {
    const result = await parseStructureStream([[COMMUNE, COMMITTEE, PERSON, 'oops', POST].join('\n')]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([[4]]);
  });

  // guards pSS 237: a unit whose area was read before the failure
  it('a unit after a bad line gives no issue of its own', async () => {
    const result = await parseStructureStream([[COMMUNE, 'oops', COMMITTEE].join('\n')]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([[2]]);
  });

  it('a duplicate after a bad line is still reported against its first line', async () => {
    const result = await parseStructureStream([[PERSON, 'null', PERSON].join('\n')]);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input_invalid', [2]],
      ['duplicate_id', [3, 'person', 'id']],
    ]);
    expect(result.issues[1]?.message.en).toBe('Id p1 is used more than once (first at line 1)');
  });
});

describe('the structure handed back', () => {
  // guards pSS 243-244: a unit without parentId (or areaId) gets no such key, as from parseStructure
  it('has the records exactly as parseStructure gives them, without keys the lines lack', async () => {
    const result = await parseStructureStream([GOOD.join('\n')]);
    const fromJson = parseStructure(EXPECTED);
    expect(result.ok && fromJson.ok).toBe(true);
    if (!result.ok || !fromJson.ok) return;
    expect(result.value).toStrictEqual(fromJson.value);
    expect(result.value.units.map((unit) => Object.keys(unit).sort())).toEqual([
      ['from', 'id', 'kind', 'name'],
      ['areaId', 'from', 'id', 'kind', 'name'],
    ]);
  });
});

describe('web streams read through getReader only', () => {
  /** A stream as the NdjsonReadableStream interface describes it: getReader and nothing else (no async iterator). */
  function minimalStream(chunks: readonly (string | Uint8Array)[], failAt = -1) {
    let released = 0;
    let position = 0;
    const stream: NdjsonReadableStream = {
      getReader: () => ({
        read: async () => {
          if (position === failAt) throw new Error('connection reset');
          const value = chunks[position];
          position += 1;
          return value === undefined ? { done: true } : { done: false, value };
        },
        releaseLock: () => {
          released += 1;
        },
      }),
    };
    return { stream, released: () => released };
  }

  // guards split 21-22 (a stream known by its getReader) and 54 (its lock released)
  it('reads a stream that has only getReader, then releases its lock', async () => {
    const { stream, released } = minimalStream([`${COMMUNE}\n${COMMITTEE.slice(0, 30)}`, encoder.encode(`${COMMITTEE.slice(30)}\n${PERSON}\n`), POST]);
    const result = await parseStructureStream(stream);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(EXPECTED);
    expect(released()).toBe(1);
  });

  // guards split 54: released when the stream fails too, and the stream's error passed on
  it('releases the lock of a stream that fails, passing its error on', async () => {
    const { stream, released } = minimalStream([`${COMMUNE}\n`, `${PERSON}\n`], 1);
    const error = await rejection(parseStructureStream(stream));
    expect(error.message).toBe('connection reset');
    expect(released()).toBe(1);
  });

  // guards split 54 with a real web stream
  it('leaves a Blob’s stream unlocked', async () => {
    const stream = new Blob([`${GOOD.join('\n')}\n`]).stream();
    const result = await parseStructureStream(stream);
    expect(result.ok).toBe(true);
    expect(stream.locked).toBe(false);
  });
});

describe('splitNdjsonLines: line endings and chunk edges', () => {
  // guards split 85: only a closing CR is dropped, whether or not it ends a chunk
  it('drops the CR that closes a line, and keeps one inside a line', async () => {
    expect(await split(['a\r\nb\r', '\nc\rd\n', 'e\r\r\n'])).toEqual([
      ['line', 'a', 1],
      ['line', 'b', 2],
      ['line', 'c\rd', 3],
      ['line', 'e\r', 4],
    ]);
  });

  // guards split 136: no line after the last newline; a last line without newline is a line
  it('hands on a last line without newline, and no empty line after a final newline', async () => {
    expect(await split(['a\n'])).toEqual([['line', 'a', 1]]);
    expect(await split(['a\n', '', 'b'])).toEqual([
      ['line', 'a', 1],
      ['line', 'b', 2],
    ]);
    expect(await split(['a\r'])).toEqual([['line', 'a', 1]]);
    expect(await split([])).toEqual([]);
  });

  // guards split 91-92: a byte-order mark is dropped at the start of the text only
  it('drops a byte-order mark only at the very start, even after empty chunks', async () => {
    expect(await split(['a', '\uFEFFb\n'])).toEqual([['line', 'a\uFEFFb', 1]]);
    expect(await split(['a\n', '\uFEFFb\n'])).toEqual([
      ['line', 'a', 1],
      ['line', '\uFEFFb', 2],
    ]);
    expect(await split(['', '\uFEFFa\n'])).toEqual([['line', 'a', 1]]);
  });

  // guards split 128: the decoder keeps a BOM, so only the first one of the text is dropped
  it('drops one byte-order mark from bytes, and keeps a BOM in bytes that follow text', async () => {
    expect(await split([encoder.encode('\uFEFF\uFEFFa\n')])).toEqual([['line', '\uFEFFa', 1]]);
    expect(await split(['a', encoder.encode('\uFEFFb\n')])).toEqual([['line', 'a\uFEFFb', 1]]);
  });

  // guards split 125: a character cut short before a text chunk is flagged where it was cut
  it('ends a cut character when text follows bytes', async () => {
    const bytes = encoder.encode('abỳ');
    expect(await split([bytes.slice(0, 3), 'c\nd\n'])).toEqual([
      ['line', 'ab\uFFFDc', 1],
      ['line', 'd', 2],
    ]);
  });

  // guards split 134: a character cut short at the end of the source is flagged on the last line
  it('ends a cut character at the end of the source', async () => {
    const bytes = encoder.encode('abỳ');
    expect(await split([bytes.slice(0, 2), bytes.slice(2, 4)])).toEqual([['line', 'ab\uFFFD', 1]]);
  });

  // guards split 73: a string source is one chunk (with framing 'lines', one line)
  it('takes a string source as one chunk', async () => {
    expect(await split('abc', 1000, 'lines')).toEqual([['line', 'abc', 1]]);
    expect(await split('a\nbc', 1000, 'chunks')).toEqual([
      ['line', 'a', 1],
      ['line', 'bc', 2],
    ]);
  });

  // guards split 96: with framing 'lines' each item is a line; an ending it still carries is dropped
  it("with framing 'lines', drops the ending an item carries", async () => {
    expect(await split(['a\n', 'b\r\n', 'c', '', '\n'], 1000, 'lines')).toEqual([
      ['line', 'a', 1],
      ['line', 'b', 2],
      ['line', 'c', 3],
      ['line', '', 4],
      ['line', '', 5],
    ]);
  });
});

describe('splitNdjsonLines: the cap on a line', () => {
  // guards split 117 (maxLineLength - 1): a line at the cap ending a chunk is kept
  it('keeps a line of exactly the cap that ends a chunk', async () => {
    expect(await split(['abcde', '\nf\n'], 5)).toEqual([
      ['line', 'abcde', 1],
      ['line', 'f', 2],
    ]);
  });

  // guards split 117 (>=): the one character over the cap may be a closing CR at the chunk's end
  it('keeps a line of exactly the cap whose CR ends a chunk', async () => {
    expect(await split(['abcde\r', '\n'], 5)).toEqual([['line', 'abcde', 1]]);
    expect(await split(['ab', 'cde\r'], 5)).toEqual([['line', 'abcde', 1]]);
  });

  // guards split 113: the rest of a chunk after a newline is what counts towards the cap
  it('counts only the part of a chunk after its last newline towards the next line', async () => {
    expect(await split(['aaaa\nbb', 'c\n'], 5)).toEqual([
      ['line', 'aaaa', 1],
      ['line', 'bbc', 2],
    ]);
  });

  it('with the public parser: a line begun at the end of a chunk after another line', async () => {
    const result = await parseStructureStream([`${PERSON}\n{"person"`, ':{"id":"p2","name":"B"}}\n'], { maxLineLength: PERSON.length });
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value.people.map((person) => person.id)).toEqual(['p1', 'p2']);
  });

  // guards split 104, 115, 135: a skipped line is counted across chunks, and so is a last one
  it('counts a skipped line across chunks and reads on after it', async () => {
    expect(await split(['ab\nabcdefgh', 'ij', 'kl\nm\n', 'nopqrstu'], 5)).toEqual([
      ['line', 'ab', 1],
      ['tooLong', 2, 12],
      ['line', 'm', 3],
      ['tooLong', 4, 8],
    ]);
  });
});
