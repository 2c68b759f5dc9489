import { formatCsvRow } from '../io/csv/format-csv-row.js';
import type { MetricsReport } from './metrics-report.js';

/** The columns of `writeUnitsCsv`, in order. */
export const UNIT_METRIC_COLUMNS = [
  'rank',
  'unit',
  'kind',
  'items',
  'lead',
  'inferred_lead',
  'member',
  'share',
  'degree',
  'weighted_degree',
  'betweenness',
  'pagerank',
  'community',
] as const;

/**
 * One CSV row per unit of a metrics report, in the report's order (most items
 * first), fractions rounded to 6 decimals. CRLF line ends; cells guarded against
 * formula injection (`formatCsvRow`). Used by `remit metrics --format csv` and the
 * dashboard's export.
 */
export function writeUnitsCsv(report: MetricsReport): string {
  const round = (x: number) => String(Number(x.toFixed(6)));
  const rows = report.units.map((u) =>
    formatCsvRow([
      String(u.rank),
      u.name,
      u.kind ?? '',
      String(u.items),
      String(u.lead),
      String(u.inferredLead),
      String(u.member),
      round(u.share),
      String(u.degree),
      String(u.weightedDegree),
      round(u.betweenness),
      round(u.pagerank),
      String(u.community),
    ]),
  );
  return [formatCsvRow(UNIT_METRIC_COLUMNS), ...rows].join('\r\n') + '\r\n';
}
