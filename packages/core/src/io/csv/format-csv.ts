import type { Table } from '../table.js';
import { formatCsvRow } from './format-csv-row.js';

/**
 * Formats a table as CSV: the header, then each row (`formatCsvRow`: cells
 * guarded against formula injection, quoted where needed), numbers as
 * JavaScript writes them, CRLF line ends (as RFC 4180 and spreadsheets
 * expect), a final CRLF. With `bom`, a byte-order mark first.
 */
export function formatCsv(table: Table, options: { bom?: boolean } = {}): string {
  const lines = [formatCsvRow(table.header)];
  for (const row of table.rows) lines.push(formatCsvRow(row.map(String)));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
