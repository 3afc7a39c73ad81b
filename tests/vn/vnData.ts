/** The compact files of data/vn-admin, read for the tests (inside the repository). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DATA = resolve(import.meta.dirname, '../../data/vn-admin');

/** The rows of a compact TSV file as records of its header's columns. */
export function readTable(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(resolve(DATA, file), 'utf8').split('\n').filter((line) => line.length > 0);
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const fields = line.split('\t');
    return Object.fromEntries(columns.map((column, position) => [column, fields[position] ?? '']));
  });
}

/** The 10,571 rows of the commune mapping. */
export const MAPPING_ROWS = readTable('commune-mapping-2025.tsv') as { old_code: string; new_code: string; transfer: 'full' | 'partial' }[];
