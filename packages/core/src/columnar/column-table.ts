/** The type of a column's values, as engines read it (`VARCHAR`, `INTEGER`, `DOUBLE`, `BOOLEAN`). */
export type ColumnType = 'string' | 'int32' | 'float64' | 'boolean';

/** A value of a column; `null` where there is none. */
export type ColumnValue = string | number | boolean | null;

/** One column of a table: its name, type and what it holds. */
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** one line: what a value means, for the docs and the files' metadata */
  doc: string;
}

/** A table's name and columns, in order. */
export interface TableSchema {
  name: string;
  columns: readonly ColumnSpec[];
}

/**
 * A table stored by column, as Parquet and Arrow hold it: one array of values
 * per column of `schema`, all of the same length.
 */
export interface ColumnTable {
  schema: TableSchema;
  /** the values of each column, by the column's position in `schema.columns` */
  columns: readonly (readonly ColumnValue[])[];
}

/** The number of rows of a column table. */
export function rowCount(table: ColumnTable): number {
  return table.columns[0]?.length ?? 0;
}
