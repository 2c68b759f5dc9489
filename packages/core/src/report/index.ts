// @remit/core/report: what `remit metrics` prints, the findings, and the workbook.
export {
  metricsReport,
  type ItemReport,
  type MetricsReport,
  type MetricsReportOptions,
  type UnitReport,
} from './metrics-report.js';
export {
  findings,
  type Finding,
  type FindingFigures,
  type FindingId,
  type FindingSeverity,
  type FindingsOptions,
} from './findings.js';
export { unitsTable } from './units-table.js';
export { writeUnitsCsv } from './write-units-csv.js';
export { planWorkbook, type PlanWorkbookOptions } from './plan-workbook.js';
