import {
  bool,
  float64,
  int32,
  tableFromArrays,
  tableToIPC,
  utf8,
  type DataType,
} from '@uwdata/flechette';
import type { ColumnTable, ColumnType } from './column-table.js';

const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  string: () => utf8(),
  int32: () => int32(),
  float64: () => float64(),
  boolean: () => bool(),
};

/**
 * A column table as the bytes of an Arrow IPC file (the format DuckDB,
 * pandas, Polars and Arrow itself read without conversion), written by
 * flechette, the Arrow library arquero uses.
 *
 * @example toArrow(planTables.assignments)
 */
export function toArrow(table: ColumnTable): Uint8Array {
  const { columns } = table.schema;
  const arrow = tableFromArrays(
    Object.fromEntries(columns.map((c, i) => [c.name, table.columns[i] as unknown[]])),
    { types: Object.fromEntries(columns.map((c) => [c.name, ARROW_TYPES[c.type]()])) },
  );
  return tableToIPC(arrow, { format: 'file' })!;
}
