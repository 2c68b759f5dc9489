import type { Table } from '../table.js';
import { formatCsvRow } from './format-csv-row.js';

/**
 * Formats a table as CSV: the header, then each row (`formatCsvRow`: cells
 * guarded against formula injection, quoted where needed), numbers as
 * JavaScript writes them, CRLF line ends (as RFC 4180 and spreadsheets
 * expect), a final CRLF. With `bom`, a byte-order mark first.
 */
export function formatCsv(table: Table, options: { bom?: boolean } = {}): string {
  return [...csvPieces(table, options)].join('');
}

/**
 * The text `formatCsv` returns, a row at a time, to be written out as it
 * comes: a large table's CSV is never held whole.
 *
 * @example for (const piece of csvPieces(assignmentsTable(plan))) stream.write(piece);
 */
export function* csvPieces(table: Table, options: { bom?: boolean } = {}): Generator<string> {
  yield (options.bom ? '\uFEFF' : '') + formatCsvRow(table.header) + '\r\n';
  for (const row of table.rows) yield formatCsvRow(row.map(String)) + '\r\n';
}
