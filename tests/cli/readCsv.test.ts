import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/cli/readCsv.js';

const table = (text: string) => {
  const result = readCsv(text);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result.table;
};

describe('readCsv', () => {
  it.each([
    ['LF', 'id,n\nx,1\ny,2\n'],
    ['CRLF', 'id,n\r\nx,1\r\ny,2\r\n'],
    ['no final line break', 'id,n\r\nx,1\r\ny,2'],
    ['a byte-order mark', '\uFEFFid,n\nx,1\ny,2\n'],
    ['blank lines', 'id,n\n\nx,1\n\ny,2\n\n'],
  ])('reads records separated by %s', (_, text) => {
    expect(table(text)).toEqual({
      columns: ['id', 'n'],
      rows: [
        { line: expect.any(Number), cells: { id: 'x', n: '1' } },
        { line: expect.any(Number), cells: { id: 'y', n: '2' } },
      ],
    });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines from the record start', () => {
    const { rows } = table('id,name,note\r\na,"Xã ""Một"", Kỳ Anh","two\r\nlines"\r\nb,plain,"x"\r\n');
    expect(rows).toEqual([
      { line: 2, cells: { id: 'a', name: 'Xã "Một", Kỳ Anh', note: 'two\r\nlines' } },
      { line: 4, cells: { id: 'b', name: 'plain', note: 'x' } },
    ]);
  });

  it('keeps empty fields, quoted or not, and a trailing empty field', () => {
    expect(table('a,b,c\n,"",\n').rows[0]?.cells).toEqual({ a: '', b: '', c: '' });
    expect(table('a,b\nx,').rows[0]?.cells).toEqual({ a: 'x', b: '' });
  });

  it('trims header names but not cells', () => {
    expect(table(' id , n\n x ,1\n')).toEqual({ columns: ['id', 'n'], rows: [{ line: 2, cells: { id: ' x ', n: '1' } }] });
  });

  it.each([
    ['a quote inside an unquoted field', 'id,name\nx,ab"c\n', { line: 2, column: 2, reason: 'quote-in-unquoted-field' }],
    ['text after a closing quote', 'id,name\nx,"ab"c\n', { line: 2, column: 2, reason: 'text-after-closing-quote' }],
    ['an unclosed quote (line of the opening quote)', 'id,name\nx,y\nz,"never\nclosed\n', { line: 3, column: 2, reason: 'unclosed-quote' }],
    ['too few fields', 'id,name,n\nx,y\n', { line: 2, column: 3, reason: 'field-count', detail: '3/2' }],
    ['too many fields', 'id,name\nx,y,z\n', { line: 2, column: 3, reason: 'field-count', detail: '2/3' }],
    ['an empty header name', 'id,,n\n', { line: 1, column: 2, reason: 'empty-header' }],
    ['a repeated header name', 'id,n,id\n', { line: 1, column: 3, reason: 'duplicate-header', detail: 'id' }],
    ['no header at all', '\uFEFF\r\n\r\n', { line: 1, column: 1, reason: 'no-header' }],
  ])('reports %s with its line and column', (_, text, problem) => {
    expect(readCsv(text)).toEqual({ ok: false, problem });
  });

  // any table written the RFC 4180 way (every field quoted, quotes doubled) reads back as written
  const cell = fc.string({ unit: fc.constantFrom('a', 'ă', ',', '"', '\n', '\r\n', ' ', 'Đ', '1') });
  test.prop([fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })), fc.constantFrom('\n', '\r\n')])(
    'reads back every table written with quoted fields',
    (records, newline) => {
      const width = (records[0] as string[]).length;
      const header = Array.from({ length: width }, (_, index) => `c${index}`);
      const quote = (field: string) => `"${field.replace(/"/g, '""')}"`;
      const text = [header, ...records].map((record) => record.map(quote).join(',')).join(newline);
      const result = readCsv(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.table.rows.map((row) => header.map((name) => row.cells[name]))).toEqual(records);
    },
  );
});
