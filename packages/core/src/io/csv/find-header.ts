import { columnKind } from './column-kind.js';
import { unescapeFormula } from './formula-prefix.js';
import type { CsvRecord } from './tokenize-csv.js';

/** How many non-blank records may stand above the header (a title, a date line). */
export const MAX_LEAD_RECORDS = 10;

/** True for a record with no text: a blank line, or only delimiters. */
export function isBlankRecord(record: CsvRecord): boolean {
  const { fields } = record;
  if (fields.length === 1) return fields[0]!.value.trim() === '';
  return fields.every((f) => f.value === '');
}

/** The header texts of a record: formula guard removed, trimmed. */
export function headerCells(record: CsvRecord): string[] {
  return record.fields.map((f) => unescapeFormula(f.value).trim());
}

/**
 * True for a record that can be the header: it names a known column (item,
 * 事项, unit, 单位 …) or, as a matrix often does, leaves its first cell empty.
 */
export function looksLikeHeader(record: CsvRecord): boolean {
  const cells = headerCells(record);
  if (cells.some((c) => columnKind(c) !== undefined)) return true;
  return cells.length >= 2 && cells[0] === '';
}

/**
 * The index of the header record: the first non-blank record, among the
 * first ten, that `looksLikeHeader`. -1 when there is none.
 */
export function findHeader(records: readonly CsvRecord[]): number {
  let seen = 0;
  for (let r = 0; r < records.length && seen < MAX_LEAD_RECORDS; r++) {
    const record = records[r]!;
    if (isBlankRecord(record)) continue;
    seen++;
    if (looksLikeHeader(record)) return r;
  }
  return -1;
}
