import { formatCsv } from '../io/csv/format-csv.js';
import type { WriteCsvOptions } from '../io/write-plan-csv.js';
import type { MetricsReport } from './metrics-report.js';
import { unitsTable } from './units-table.js';

/**
 * One CSV row per unit of a metrics report (`unitsTable`): CRLF line ends,
 * cells guarded against formula injection (`formatCsvRow`), Chinese headers
 * and kinds with `lang: 'zh'`, a byte-order mark with `bom` (see
 * `WriteCsvOptions`). Used by `remit metrics --format csv` and the
 * dashboard's export.
 */
export function writeUnitsCsv(report: MetricsReport, options: WriteCsvOptions = {}): string {
  return formatCsv(unitsTable(report, options), options);
}
