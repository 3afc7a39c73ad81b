import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { type StructureInput, indexStructure } from '../../src/model/index.js';
import { DEFAULT_MAX_LINE_LENGTH, parseStructure, parseStructureStream, structureToNdjson } from '../../src/parse/index.js';
import { camPhaCity2020, kyAnhTown2018 } from '../../src/samples/index.js';
import { splitNdjsonLines } from '../../src/parse/splitNdjsonLines.js';

const encoder = new TextEncoder();
const folder = mkdtempSync(join(tmpdir(), 'tinh-gon-stream-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const COMMUNE = '{"unit":{"id":"xa-1","kind":"commune","name":{"vi":"Xã Kỳ Nam"},"from":"2025-07-01"}}';
const COMMITTEE = '{"unit":{"id":"ubnd-1","kind":"peoples-committee","name":{"vi":"UBND xã Kỳ Nam"},"areaId":"xa-1","from":"2025-07-01"}}';
const PERSON = '{"person":{"id":"p1","name":"Nguyễn Văn Ánh"}}';
const POST = '{"assignment":{"personId":"p1","unitId":"ubnd-1","role":"chair","from":"2025-07-01"}}';
const GOOD = [COMMUNE, COMMITTEE, PERSON, POST];
const EXPECTED: StructureInput = {
  units: [
    { id: 'xa-1', kind: 'commune', name: { vi: 'Xã Kỳ Nam' }, from: '2025-07-01' },
    { id: 'ubnd-1', kind: 'peoples-committee', name: { vi: 'UBND xã Kỳ Nam' }, areaId: 'xa-1', from: '2025-07-01' },
  ],
  people: [{ id: 'p1', name: 'Nguyễn Văn Ánh' }],
  assignments: [{ personId: 'p1', unitId: 'ubnd-1', role: 'chair', from: '2025-07-01' }],
};

/** Splits text (or its bytes) at the given positions. */
function cut<T extends string | Uint8Array>(whole: T, at: readonly number[]): T[] {
  const points = [...new Set(at.map((point) => Math.min(point, whole.length)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of [...points, whole.length]) {
    pieces.push(whole.slice(start, point) as T);
    start = point;
  }
  return pieces;
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('structureToNdjson → parseStructureStream', () => {
  it.each([
    ['Kỳ Anh 2018', kyAnhTown2018],
    ['Cẩm Phả 2020', camPhaCity2020],
  ])('gives back the structure of %s, equal to parseStructure of its JSON', async (_name, structure) => {
    const lines = [...structureToNdjson(structure)];
    expect(lines.length).toBe(structure.units.length + structure.people.length + structure.assignments.length);
    expect(lines.every((line) => line.endsWith('}\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    const result = await parseStructureStream(structureToNdjson(structure));
    expect(result.ok).toBe(true);
    const fromJson = parseStructure(JSON.parse(JSON.stringify(structure)));
    expect(result.ok && result.value).toEqual(fromJson.ok && fromJson.value);
    expect(result.ok && result.value).toEqual(structure);
  });

  it('seeds the index of the structure it builds', async () => {
    const result = await parseStructureStream(GOOD.map((line) => `${line}\n`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(EXPECTED);
    expect(indexStructure(result.value).unitsById.get('ubnd-1')?.kind).toBe('peoples-committee');
    expect(indexStructure(result.value).assignmentsByPersonId.get('p1')?.length).toBe(1);
  });

  it('accepts kinds in any order, keeping the order within a kind', async () => {
    const result = await parseStructureStream([[POST, PERSON, COMMITTEE, COMMUNE].join('\n')]);
    expect(result.ok && result.value.units.map((unit) => unit.id)).toEqual(['ubnd-1', 'xa-1']);
  });

  it('normalises ids and names to NFC, as parseStructure does', async () => {
    const decomposed = 'Xã Kỳ Nam'.normalize('NFD');
    const result = await parseStructureStream([`{"unit":{"id":"xa-${'ỳ'.normalize('NFD')}","kind":"commune","name":{"vi":"${decomposed}"},"from":"2025-07-01"}}`]);
    expect(result.ok && result.value.units[0]).toEqual({ id: 'xa-ỳ', kind: 'commune', name: { vi: 'Xã Kỳ Nam' }, from: '2025-07-01' });
  });

  test.prop([fc.array(fc.nat({ max: 2000 }), { maxLength: 12 }), fc.boolean(), fc.boolean()])(
    'gives the same structure however the text or its bytes are cut into chunks',
    async (points, asBytes, crlf) => {
      const text = `${[...structureToNdjson(kyAnhTown2018)].slice(0, 12).join('').replaceAll('\n', crlf ? '\r\n' : '\n')}`;
      const chunks = asBytes ? cut(encoder.encode(text), points) : cut(text, points);
      const whole = await parseStructureStream([text]);
      const pieces = await parseStructureStream(slowly<string | Uint8Array>(chunks));
      expect(whole.ok).toBe(true);
      expect(pieces).toEqual(whole);
    },
  );
});

describe('parseStructureStream reads text as it comes', () => {
  const expectGood = async (source: Parameters<typeof parseStructureStream>[0], options?: Parameters<typeof parseStructureStream>[1]) => {
    const result = await parseStructureStream(source, options);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(EXPECTED);
  };

  it('with CRLF endings, blank lines, no final newline', () => expectGood([`\r\n${GOOD.join('\r\n\r\n')}\r\n  \t\r\n`]));
  it('with a byte-order mark in text', () => expectGood([`\uFEFF${GOOD.join('\n')}\n`]));
  it('with a byte-order mark in bytes, split from the rest', async () => {
    const bytes = encoder.encode(`\uFEFF${GOOD.join('\n')}\n`);
    await expectGood([bytes.slice(0, 2), bytes.slice(2)]);
  });
  it('with a line split across three chunks', () => expectGood([`${COMMUNE}\n${COMMITTEE.slice(0, 10)}`, COMMITTEE.slice(10, 40), `${COMMITTEE.slice(40)}\n${PERSON}\n${POST}`]));
  it('with a multi-byte character split across chunks', async () => {
    const bytes = encoder.encode(GOOD.join('\n'));
    // "ỳ" is three bytes (E1 BB B3): cut after its first and after its second
    const start = bytes.indexOf(0xe1);
    expect([...bytes.slice(start, start + 3)]).toEqual([0xe1, 0xbb, 0xb3]);
    await expectGood([bytes.slice(0, start + 1), bytes.slice(start + 1, start + 2), bytes.slice(start + 2)]);
  });
  it('from a web ReadableStream of bytes', () => expectGood(new Blob([`${GOOD.join('\n')}\n`]).stream()));
  it('from a web ReadableStream of text', () =>
    expectGood(
      new ReadableStream<string>({
        start(controller) {
          for (const line of GOOD) controller.enqueue(`${line}\n`);
          controller.close();
        },
      }),
    ));
  it('from a file through fs.createReadStream, in small chunks', async () => {
    const file = join(folder, 'good.ndjson');
    writeFileSync(file, `${GOOD.join('\r\n')}\r\n`);
    await expectGood(createReadStream(file, { highWaterMark: 7 }));
  });
  it('from readline, a line an item', async () => {
    const file = join(folder, 'lines.ndjson');
    writeFileSync(file, `\uFEFF${GOOD.join('\r\n')}\r\n\r\n`);
    await expectGood(createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY }), { framing: 'lines' });
  });
  it('from node streams made with Readable.from(structureToNdjson(…))', async () => {
    const result = await parseStructureStream(Readable.from(structureToNdjson(EXPECTED)));
    expect(result.ok && result.value).toEqual(EXPECTED);
  });
  it('from a string (one chunk)', () => expectGood(GOOD.join('\n') as unknown as Iterable<string>));
  it('with no records at all: an empty structure', async () => {
    const result = await parseStructureStream(['', '\n\n', '   ']);
    expect(result.ok && result.value).toEqual({ units: [], people: [], assignments: [] });
  });
});

describe('parseStructureStream reports bad lines by line number', () => {
  it.each([
    [
      'a record that fails the schema',
      [COMMUNE, '{"person":{"id":"p1","name":"A","birthDate":"1970-02-30"}}'],
      [2, 'person', 'birthDate'],
      'Invalid input at line 2, person.birthDate: expected an ISO date YYYY-MM-DD, received "1970-02-30"',
      'Dữ liệu không hợp lệ tại dòng 2, person.birthDate: cần một ngày dạng YYYY-MM-DD (ISO 8601) có thật, nhận được "1970-02-30"',
    ],
    [
      'a negative headcount',
      ['', COMMITTEE.replace('"from"', '"staffing":{"quota":{"cadre":-1}},"from"')],
      [2, 'unit', 'staffing', 'quota', 'cadre'],
      'Invalid input at line 2, unit.staffing.quota.cadre: expected at least 0, received -1',
      'Dữ liệu không hợp lệ tại dòng 2, unit.staffing.quota.cadre: cần ít nhất 0, nhận được -1',
    ],
    [
      'a line that is not JSON',
      [COMMUNE, COMMITTEE, '{"person":'],
      [3],
      'Invalid input at line 3: expected a JSON object with exactly one field, unit, person or assignment, received invalid JSON (Unexpected end of JSON input)',
      'Dữ liệu không hợp lệ tại dòng 3: cần một đối tượng JSON có đúng một trường unit, person hoặc assignment, nhận được JSON không hợp lệ (Unexpected end of JSON input)',
    ],
    [
      'a record of no known kind',
      ['{"post":{"id":"x"}}'],
      [1],
      'Invalid input at line 1: expected a JSON object with exactly one field, unit, person or assignment, received the fields post',
      'Dữ liệu không hợp lệ tại dòng 1: cần một đối tượng JSON có đúng một trường unit, person hoặc assignment, nhận được các trường post',
    ],
    [
      'two kinds on one line',
      [`{"unit":{},"person":{}}`],
      [1],
      'Invalid input at line 1: expected a JSON object with exactly one field, unit, person or assignment, received the fields unit, person',
      undefined,
    ],
    [
      'an array',
      ['[1,2]'],
      [1],
      'Invalid input at line 1: expected a JSON object with exactly one field, unit, person or assignment, received an array',
      'Dữ liệu không hợp lệ tại dòng 1: cần một đối tượng JSON có đúng một trường unit, person hoặc assignment, nhận được một danh sách',
    ],
    [
      'a duplicate person id',
      [PERSON, '', PERSON],
      [3, 'person', 'id'],
      'Id p1 is used more than once (first at line 1)',
      'Mã p1 bị trùng (xuất hiện lần đầu tại dòng 1)',
    ],
    [
      'an unknown field',
      ['{"assignment":{"personId":"p1","unitId":"u","role":"chair","from":"2025-07-01","salary":1}}'],
      [1, 'assignment'],
      'Invalid input at line 1, assignment: expected only the known fields (unknown: salary), received extra keys',
      'Dữ liệu không hợp lệ tại dòng 1, assignment: cần chỉ các trường đã định nghĩa (trường lạ: salary), nhận được trường thừa',
    ],
  ])('%s', async (_name, lines, path, en, vi) => {
    const result = await parseStructureStream([lines.join('\r\n')]);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.path).toEqual(path);
    expect(issue?.message.en).toBe(en);
    if (vi !== undefined) expect(issue?.message.vi).toBe(vi);
  });

  it('reports every bad line, each at its number, across chunks', async () => {
    const lines = Array.from({ length: 30 }, (_, index) => (index % 3 === 2 ? '{"person":{"id":""}}' : `{"person":{"id":"p${index}","name":"N"}}`));
    const result = await parseStructureStream(cut(lines.join('\n'), [5, 100, 101, 333]));
    expect(result.ok).toBe(false);
    const lineNumbers = [...new Set(result.issues.map((issue) => issue.path?.[0]))];
    expect(lineNumbers).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('flags bytes that are not UTF-8 on their line', async () => {
    const bytes = encoder.encode(`${COMMUNE}\n${PERSON}\n`);
    const broken = new Uint8Array([...bytes.slice(0, bytes.length - 6), 0xff, ...bytes.slice(bytes.length - 6)]);
    const result = await parseStructureStream([broken]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([[2]]);
    expect(result.issues[0]?.message.en).toBe('Invalid input at line 2: expected valid UTF-8 text, received the replacement character U+FFFD (bytes that are not UTF-8)');
  });

  it('describes issueLimit issues and counts the rest', async () => {
    const lines = Array.from({ length: 5000 }, () => '{"person":{"id":"","name":""}}').join('\n');
    const result = await parseStructureStream([lines], { issueLimit: 10 });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(11);
    expect(result.issues.slice(0, 10).map((issue) => issue.path)).toEqual([
      [1, 'person', 'id'],
      [1, 'person', 'name'],
      [2, 'person', 'id'],
      [2, 'person', 'name'],
      [3, 'person', 'id'],
      [3, 'person', 'name'],
      [4, 'person', 'id'],
      [4, 'person', 'name'],
      [5, 'person', 'id'],
      [5, 'person', 'name'],
    ]);
    expect(result.issues[10]?.params).toEqual({ limit: 10, omitted: 9990, errors: 9990, warnings: 0, infos: 0 });
  });
});

describe('parseStructureStream bounds hostile input', () => {
  it('skips a 100 MB line without holding it, reports it, and reads on', async () => {
    const megabyte = 'x'.repeat(2 ** 20);
    let grown = 0;
    const before = process.memoryUsage().heapUsed;
    async function* hostile() {
      yield `${COMMUNE}\n{"unit":`;
      for (let index = 0; index < 100; index += 1) {
        grown = Math.max(grown, process.memoryUsage().heapUsed - before);
        yield megabyte;
      }
      yield `}\n${PERSON}\n{"person":{"id":"p2"}}\n`;
    }
    const result = await parseStructureStream(hostile());
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([[2], [4, 'person', 'name']]);
    expect(result.issues[0]?.message.en).toBe(`Invalid input at line 2: expected a line of at most 1000000 characters, received a line of ${100 * 2 ** 20 + 9} characters (skipped)`);
    expect(result.issues[0]?.message.vi).toBe(`Dữ liệu không hợp lệ tại dòng 2: cần một dòng tối đa 1000000 ký tự, nhận được một dòng ${100 * 2 ** 20 + 9} ký tự (đã bỏ qua)`);
    // a held 100 MB line would be 100 MB of heap at least (more as a rope of chunks)
    expect(grown).toBeLessThan(40 * 2 ** 20);
  });

  it.each([
    ['a line one character over the cap', 101, 1],
    ['a line at the cap', 100, 0],
  ])('%s (maxLineLength 100)', async (_name, length, expected) => {
    const line = `{"person":{"id":"p1","name":"${'a'.repeat(length - 32)}"}}`;
    expect(line.length).toBe(length);
    const result = await parseStructureStream(cut(`${line}\r\n`, [40, 60]), { maxLineLength: 100 });
    expect(result.issues.length).toBe(expected);
  });

  it('keeps the default cap at a million characters', () => {
    expect(DEFAULT_MAX_LINE_LENGTH).toBe(1_000_000);
  });
});

describe('parseStructureStream and structureToNdjson contracts', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['a plain object', { units: [] }],
  ])('rejects %s as a source', async (_name, source) => {
    await expect(parseStructureStream(source as never)).rejects.toThrow(TypeError);
  });
  it('rejects a chunk that is neither text nor bytes', async () => {
    await expect(parseStructureStream([42] as never)).rejects.toThrow('[tinh-gon] parseStructureStream: every chunk must be a string or a Uint8Array, received a number');
  });
  it.each([[{ maxLineLength: 0 }], [{ maxLineLength: 1.5 }], [{ issueLimit: -1 }], [{ framing: 'bytes' }]])('rejects options %j', async (options) => {
    await expect(parseStructureStream([''], options as never)).rejects.toThrow(RangeError);
  });
  it('rejects options that are not an object', async () => {
    await expect(parseStructureStream([''], null as never)).rejects.toThrow(TypeError);
  });
  it('passes on the error of a source that fails', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield `${COMMUNE}\n`;
      throw new Error('disk gone');
    }
    await expect(parseStructureStream(failing())).rejects.toThrow('disk gone');
  });
  it.each([
    ['null', null, 'structure must be an object, received null'],
    ['no units', {}, 'structure.units must be an array, received undefined'],
    ['people not an array', { units: [], people: 'x' }, 'structure.people must be an array, received a string'],
  ])('structureToNdjson throws at the call for %s', (_name, structure, text) => {
    expect(() => structureToNdjson(structure as never)).toThrow(text);
  });
  it('structureToNdjson leaves out missing lists', () => {
    expect([...structureToNdjson({ units: [] })]).toEqual([]);
  });
});

describe('an over-long line is measured without its ending, however the chunks break it', () => {
  // lines of 8 characters against a cap of 5; the \r of a \r\n ending, or a closing \r at the end
  // of the input, is no part of the line, wherever the chunk boundary falls (it used to count when
  // the \r came after the line had been found too long)
  it.each([
    [['abcdefgh\r\n']],
    [['abcdefgh', '\r\n']],
    [['abcdefgh\r', '\n']],
    [['abc', 'defgh', '\r', '\n']],
    [['abcdefgh\r']],
    [['abcdefgh\n']],
    [['abcdefgh']],
  ])('%j: a line of 8 characters', async (chunks) => {
    const seen: [string, number, number | string][] = [];
    await splitNdjsonLines(chunks, 5, 'chunks', { line: (text, line) => seen.push(['line', line, text]), tooLong: (line, length) => seen.push(['long', line, length]) });
    expect(seen).toEqual([['long', 1, 8]]);
  });

  it('counts a \\r inside the line, and goes on to the next line', async () => {
    const seen: [string, number, number | string][] = [];
    await splitNdjsonLines(['abcd', 'ef\rgh\r', '\nxy\r\n'], 5, 'chunks', { line: (text, line) => seen.push(['line', line, text]), tooLong: (line, length) => seen.push(['long', line, length]) });
    expect(seen).toEqual([['long', 1, 9], ['line', 2, 'xy']]); // abcdef\rgh
  });
});
