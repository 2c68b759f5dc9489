import { unescapeFormula } from './formula-prefix.js';
import type { CsvRecord } from './tokenize-csv.js';

/** True when a record repeats the header (compared cell by cell, first cell first). */
export function isHeaderAgain(record: CsvRecord, header: readonly string[]): boolean {
  const { fields } = record;
  if (fields.length !== header.length) return false;
  return fields.every(
    (f, c) => f.value === header[c] || unescapeFormula(f.value).trim() === header[c],
  );
}
