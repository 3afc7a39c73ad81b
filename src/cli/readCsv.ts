/**
 * A table read from CSV: the header's column names and one record per data row, each cell as
 * written (text; quotes removed, `""` read as `"`). `line` is the 1-based line of the file where
 * each record starts, for messages about its cells.
 */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** One data row of a {@link CsvTable}: its cells by column name, and where it starts. */
export interface CsvRow {
  /** 1-based line of the file where the record starts (the header is line 1). */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** Where and why a CSV text cannot be read as a table. */
export interface CsvProblem {
  /** 1-based line of the file. */
  readonly line: number;
  /** 1-based column (field number) on that record. */
  readonly column: number;
  readonly reason: 'quote-in-unquoted-field' | 'text-after-closing-quote' | 'unclosed-quote' | 'field-count' | 'empty-header' | 'duplicate-header' | 'no-header';
  /** Detail for messages: the expected and found field counts, or the column name. */
  readonly detail?: string;
}

/** What {@link readCsv} answers: the table or the first problem found. */
export type CsvResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly problem: CsvProblem };

/**
 * Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF, a field in double quotes
 * may hold commas, line breaks and doubled quotes (`""`). A UTF-8 byte-order mark is dropped, a
 * final line break is optional, blank lines are skipped, and every record has as many fields as the
 * header (the first record), whose names must be present and distinct. The first problem is
 * answered with its line and column, never thrown.
 *
 * @param text - The whole file.
 * @returns The table, or the problem with its place.
 * @example
 * ```ts
 * readCsv('id,name\r\nx-1,"Xã ""Một"", Kỳ Anh"\r\n');
 * //=> { ok: true, table: { columns: ['id', 'name'], rows: [{ line: 2, cells: { id: 'x-1', name: 'Xã "Một", Kỳ Anh' } }] } }
 * ```
 */
export function readCsv(text: string): CsvResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  // a field is `fresh` until its first character; `quoted` once it opened with a quote
  let fresh = true;
  let quoted = false;
  let closed = false;
  let quoteLine = 1;
  // whether the record so far has anything (a quote counts: `""` alone is one empty field, not a blank line)
  let touched = false;
  const endField = () => {
    fields.push(field);
    field = '';
    fresh = true;
    quoted = false;
    closed = false;
  };
  const endRecord = () => {
    endField();
    // a blank line (nothing at all on it) is skipped
    if (touched || fields.length > 1) records.push({ line: recordLine, fields });
    fields = [];
    touched = false;
  };
  while (index < source.length) {
    const char = source[index] as string;
    if (quoted && !closed) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        closed = true;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === ',') {
      endField();
    } else if (char === '\n' || (char === '\r' && source[index + 1] === '\n')) {
      endRecord();
      if (char === '\r') index += 1;
      line += 1;
      recordLine = line;
    } else if (closed) {
      return { ok: false, problem: { line, column: fields.length + 1, reason: 'text-after-closing-quote' } };
    } else if (char === '"') {
      if (!fresh) return { ok: false, problem: { line, column: fields.length + 1, reason: 'quote-in-unquoted-field' } };
      quoted = true;
      quoteLine = line;
      fresh = false;
      touched = true;
    } else {
      field += char;
      fresh = false;
      touched = true;
    }
    index += 1;
  }
  if (quoted && !closed) return { ok: false, problem: { line: quoteLine, column: fields.length + 1, reason: 'unclosed-quote' } };
  if (touched || fields.length > 0) endRecord();
  const [header, ...data] = records;
  if (header === undefined) return { ok: false, problem: { line: 1, column: 1, reason: 'no-header' } };
  const columns = header.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const [position, name] of columns.entries()) {
    if (name === '') return { ok: false, problem: { line: header.line, column: position + 1, reason: 'empty-header' } };
    if (seen.has(name)) return { ok: false, problem: { line: header.line, column: position + 1, reason: 'duplicate-header', detail: name } };
    seen.add(name);
  }
  const rows: CsvRow[] = [];
  for (const record of data) {
    if (record.fields.length !== columns.length) {
      const column = Math.min(record.fields.length, columns.length) + 1;
      return { ok: false, problem: { line: record.line, column, reason: 'field-count', detail: `${columns.length}/${record.fields.length}` } };
    }
    rows.push({ line: record.line, cells: Object.fromEntries(columns.map((name, position) => [name, record.fields[position] as string])) });
  }
  return { ok: true, table: { columns, rows } };
}
