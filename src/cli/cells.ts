import { isIsoDate, type IsoDate } from '../core/index.js';
import { inputError } from './CliError.js';
import type { Table, TableRow } from './inputs.js';

/** Reads typed cells of one table row, failing with the row, column and what to write instead. */
export interface CellReader {
  /** The cell's text, trimmed; `undefined` when the column is absent or the cell empty. */
  readonly text: (column: string) => string | undefined;
  /** A required cell. */
  readonly required: (column: string) => string;
  /** A non-negative whole number (digits only; `.` `,` and spaces as thousands separators are not read). */
  readonly count: (column: string) => number | undefined;
  readonly date: (column: string) => IsoDate | undefined;
  readonly choice: <T extends string>(column: string, choices: readonly T[]) => T | undefined;
  readonly flag: (column: string) => boolean | undefined;
}

/** The {@link CellReader} of one row of a table read from `source`. */
export function readCells(source: string, table: Table, row: TableRow): CellReader {
  const name = source === '-' ? 'stdin' : source;
  const fail = (column: string, vi: string, en: string): never => {
    const position = table.columns.indexOf(column) + 1;
    throw inputError(
      `${name}, ${row.where.vi}, cột ${position} (${column}): ${vi}`,
      `${name}, ${row.where.en}, column ${position} (${column}): ${en}`,
    );
  };
  const text = (column: string) => {
    const value = row.cells[column]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const required = (column: string) => {
    const value = text(column);
    if (value !== undefined) return value;
    if (!table.columns.includes(column)) {
      throw inputError(`${name}: thiếu cột ${column} (có: ${table.columns.join(', ')}).`, `${name}: no column ${column} (columns: ${table.columns.join(', ')}).`);
    }
    return fail(column, 'ô trống, cần một giá trị.', 'empty, a value is needed.');
  };
  return {
    text,
    required,
    count: (column) => {
      const value = text(column);
      if (value === undefined) return undefined;
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
        return fail(column, `cần một số nguyên không âm (chỉ chữ số), nhận được "${value}".`, `a non-negative whole number (digits only) is expected, not "${value}".`);
      }
      return Number(value);
    },
    date: (column) => {
      const value = text(column);
      if (value === undefined) return undefined;
      if (!isIsoDate(value)) return fail(column, `cần một ngày dạng YYYY-MM-DD, nhận được "${value}".`, `a date YYYY-MM-DD is expected, not "${value}".`);
      return value;
    },
    choice: <T extends string>(column: string, choices: readonly T[]) => {
      const value = text(column);
      if (value === undefined) return undefined;
      if (!(choices as readonly string[]).includes(value)) {
        return fail(column, `cần một trong ${choices.join(', ')}, nhận được "${value}".`, `one of ${choices.join(', ')} is expected, not "${value}".`);
      }
      return value as T;
    },
    flag: (column) => {
      // read in any case, quoted as written (trimmed)
      const written = text(column);
      if (written === undefined) return undefined;
      const value = written.toLowerCase();
      if (['true', 'yes', 'có', '1'].includes(value)) return true;
      if (['false', 'no', 'không', '0'].includes(value)) return false;
      return fail(column, `cần true hoặc false, nhận được "${written}".`, `true or false is expected, not "${written}".`);
    },
  };
}
