import { formatCsvRow } from '../io/csv/format-csv-row.js';
import type { WriteCsvOptions } from '../io/write-plan-csv.js';
import type { UnitKind } from '../model/plan.js';
import { UNIT_KIND_NAMES } from '../model/unit-kind-names.js';
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

/** The Chinese header of each column, as the dashboard names the measures. */
const CHINESE_HEADERS: Record<(typeof UNIT_METRIC_COLUMNS)[number], string> = {
  rank: '排名',
  unit: '单位',
  kind: '类型',
  items: '任务数',
  lead: '牵头',
  inferred_lead: '推定牵头',
  member: '配合',
  share: '均分任务量',
  degree: '协作单位数',
  weighted_degree: '协作强度',
  betweenness: '中介中心度',
  pagerank: 'PageRank',
  community: '协作组',
};

/**
 * One CSV row per unit of a metrics report, in the report's order (most items
 * first), fractions rounded to 6 decimals. CRLF line ends; cells guarded against
 * formula injection (`formatCsvRow`). With `lang: 'zh'`, Chinese headers and
 * unit kinds, and 协作组 counted from 1; with `bom`, a byte-order mark first
 * (see `WriteCsvOptions`). Used by `remit metrics --format csv` and the
 * dashboard's export.
 */
export function writeUnitsCsv(report: MetricsReport, options: WriteCsvOptions = {}): string {
  const zh = options.lang === 'zh';
  const round = (x: number) => String(Number(x.toFixed(6)));
  const rows = report.units.map((u) =>
    formatCsvRow([
      String(u.rank),
      u.name,
      u.kind === undefined ? '' : zh ? (UNIT_KIND_NAMES.zh[u.kind as UnitKind] ?? u.kind) : u.kind,
      String(u.items),
      String(u.lead),
      String(u.inferredLead),
      String(u.member),
      round(u.share),
      String(u.degree),
      String(u.weightedDegree),
      round(u.betweenness),
      round(u.pagerank),
      String(zh ? u.community + 1 : u.community),
    ]),
  );
  const header = zh ? UNIT_METRIC_COLUMNS.map((c) => CHINESE_HEADERS[c]) : UNIT_METRIC_COLUMNS;
  return (options.bom ? '\uFEFF' : '') + [formatCsvRow(header), ...rows].join('\r\n') + '\r\n';
}
