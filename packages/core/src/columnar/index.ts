export type {
  ColumnSpec,
  ColumnTable,
  ColumnType,
  ColumnValue,
  TableSchema,
} from './column-table.js';
export { rowCount } from './column-table.js';
export { planLongTable, PLAN_LONG_TABLE } from './plan-long-table.js';
export { PLAN_TABLE_NAMES, PLAN_TABLES, type PlanTableName } from './plan-table-schemas.js';
export { PlanTablesBuilder, type PlanFileInfo, type PlanTables } from './plan-tables.js';
export { planYear } from './plan-year.js';
export { isParquet, readParquetPlans, type NamedPlan } from './read-parquet-plans.js';
export { toArrow } from './to-arrow.js';
export { toParquet, type ToParquetOptions } from './to-parquet.js';
