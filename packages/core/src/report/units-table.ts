import type { Table, TableOptions } from '../io/table.js';
import type { UnitKind } from '../model/plan.js';
import { UNIT_KIND_NAMES } from '../model/unit-kind-names.js';
import type { MetricsReport } from './metrics-report.js';

/** The columns of `unitsTable`, in order. */
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
 * One row per unit of a metrics report, in the report's order (most items
 * first): name and kind as text, every measure a number, fractions rounded to
 * 6 decimals. With `lang: 'zh'`, Chinese headers and unit kinds, and 协作组
 * counted from 1.
 */
export function unitsTable(report: MetricsReport, options: TableOptions = {}): Table {
  const zh = options.lang === 'zh';
  const round = (x: number) => Number(x.toFixed(6));
  return {
    header: zh ? UNIT_METRIC_COLUMNS.map((c) => CHINESE_HEADERS[c]) : UNIT_METRIC_COLUMNS,
    rows: report.units.map((u) => [
      u.rank,
      u.name,
      u.kind === undefined ? '' : zh ? (UNIT_KIND_NAMES.zh[u.kind as UnitKind] ?? u.kind) : u.kind,
      u.items,
      u.lead,
      u.inferredLead,
      u.member,
      round(u.share),
      u.degree,
      u.weightedDegree,
      round(u.betweenness),
      round(u.pagerank),
      zh ? u.community + 1 : u.community,
    ]),
  };
}
