import type { Bilingual } from '../core/index.js';
import { formatReport, type Result } from '../report/index.js';
import type { CliIo } from './CliIo.js';
import { inputError, usageError } from './CliError.js';
import { readCsv } from './readCsv.js';

/** One record of a table read from CSV or from a JSON array of objects. */
export interface TableRow {
  /** Where the record is, for messages: `dòng 3` / `line 3` (CSV), `phần tử 3` / `item 3` (JSON). */
  readonly where: Bilingual;
  readonly cells: Readonly<Record<string, string>>;
}

/** A table read by {@link Inputs.table}: its columns and records. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/** Reads the command's inputs from files or standard input (`-`, at most once). */
export interface Inputs {
  /** The text of a file or of standard input. */
  readonly text: (source: string) => Promise<string>;
  /** Parsed JSON of a file or of standard input. */
  readonly json: (source: string) => Promise<unknown>;
  /** A table: CSV, or a JSON array of objects (a `.json` file, or text starting with `[`). */
  readonly table: (source: string) => Promise<Table>;
}

/** Turns a failed `parse*` result into the exit-2 error naming the file and every issue. */
export function parseFailure(source: string, what: Bilingual, report: Pick<Result<unknown>, 'ok' | 'issues'>): never {
  const name = displayName(source);
  throw inputError(`${name} không phải ${what.vi} hợp lệ:`, `${name} is not a valid ${what.en}:`, {
    vi: formatReport(report, { locale: 'vi', minSeverity: 'error', limit: 20 }),
    en: formatReport(report, { locale: 'en', minSeverity: 'error', limit: 20 }),
  });
}

function displayName(source: string): string {
  return source === '-' ? 'stdin' : source;
}

function readFailure(source: string, error: unknown): never {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') throw inputError(`Không tìm thấy tệp ${source}: kiểm tra đường dẫn.`, `No such file: ${source} (check the path).`);
  if (code === 'EISDIR') throw inputError(`${source} là một thư mục, không phải tệp.`, `${source} is a directory, not a file.`);
  if (code === 'EACCES' || code === 'EPERM') throw inputError(`Không có quyền đọc tệp ${source}.`, `No permission to read ${source}.`);
  const reason = error instanceof Error ? error.message : String(error);
  throw inputError(`Không đọc được ${displayName(source)} (${String(code ?? reason)}).`, `Cannot read ${displayName(source)}: ${reason}`);
}

/** Line and column (1-based) of a character offset. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

/** Parses JSON text, or throws the exit-2 error saying where it breaks. */
export function parseJsonText(source: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const name = displayName(source);
    if (text.trim() === '') throw inputError(`${name} trống: cần nội dung JSON.`, `${name} is empty: JSON expected.`);
    if (position !== null) {
      const { line, column } = place(text, Number(position[1]));
      throw inputError(`${name} không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column}.`, `${name} is not valid JSON: syntax error at line ${line}, column ${column} (${message}).`);
    }
    throw inputError(`${name} không phải JSON hợp lệ: lỗi cú pháp.`, `${name} is not valid JSON: ${message}.`);
  }
}

const CSV_REASONS: Record<string, Bilingual> = {
  'quote-in-unquoted-field': { vi: 'dấu ngoặc kép giữa một ô không mở bằng ngoặc kép (đặt cả ô trong "…" và viết "" cho mỗi dấu ")', en: 'a quote inside a field that does not start with one (quote the whole field and double the quote: "")' },
  'text-after-closing-quote': { vi: 'có ký tự sau dấu ngoặc kép đóng ô', en: 'text after the closing quote of a field' },
  'unclosed-quote': { vi: 'dấu ngoặc kép mở ô không được đóng', en: 'a quoted field is never closed' },
  'field-count': { vi: 'số ô khác với dòng tiêu đề', en: 'the number of fields differs from the header' },
  'empty-header': { vi: 'tên cột trống ở dòng tiêu đề', en: 'an empty column name in the header' },
  'duplicate-header': { vi: 'tên cột bị lặp ở dòng tiêu đề', en: 'a repeated column name in the header' },
  'no-header': { vi: 'tệp trống, cần dòng tiêu đề', en: 'the file is empty: a header line is expected' },
};

function readJsonTable(source: string, value: unknown): Table {
  const name = displayName(source);
  if (!Array.isArray(value)) throw inputError(`${name}: cần một mảng JSON các đối tượng (mỗi đơn vị một đối tượng).`, `${name}: a JSON array of objects (one per row) is expected.`);
  const columns = new Set<string>();
  const rows = value.map((item, index): TableRow => {
    const where = { vi: `phần tử ${index + 1}`, en: `item ${index + 1}` };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw inputError(`${name}, ${where.vi}: cần một đối tượng JSON.`, `${name}, ${where.en}: a JSON object is expected.`);
    }
    const cells: Record<string, string> = {};
    for (const [key, cell] of Object.entries(item)) {
      columns.add(key);
      cells[key] = cell === null ? '' : typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
    }
    return { where, cells };
  });
  return { columns: [...columns], rows };
}

/** The {@link Inputs} of a run: files through `io.readFile`, `-` through standard input, once. */
export function createInputs(io: CliIo): Inputs {
  let stdinUsed = false;
  const text = async (source: string): Promise<string> => {
    let content: string;
    if (source === '-') {
      if (stdinUsed) throw usageError('Chỉ một đầu vào có thể đọc từ stdin (-).', 'Only one input can be read from standard input (-).');
      stdinUsed = true;
      content = await io.readStdin();
    } else {
      try {
        content = await io.readFile(source);
      } catch (error) {
        readFailure(source, error);
      }
    }
    return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  };
  return {
    text,
    json: async (source) => parseJsonText(source, await text(source)),
    table: async (source) => {
      const content = await text(source);
      const name = displayName(source);
      if (source.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(content)) return readJsonTable(source, parseJsonText(source, content));
      const result = readCsv(content);
      if (!result.ok) {
        const { line, column, reason, detail } = result.problem;
        const why = CSV_REASONS[reason] as Bilingual;
        const extra = detail === undefined ? '' : ` (${detail})`;
        throw inputError(`${name}: CSV không hợp lệ ở dòng ${line}, cột ${column}: ${why.vi}${extra}.`, `${name}: invalid CSV at line ${line}, column ${column}: ${why.en}${extra}.`);
      }
      return {
        columns: result.table.columns,
        rows: result.table.rows.map((row) => ({ where: { vi: `dòng ${row.line}`, en: `line ${row.line}` }, cells: row.cells })),
      };
    },
  };
}
