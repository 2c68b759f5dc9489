import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnTable, ColumnType } from './column-table.js';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

const PARQUET_TYPES: Record<ColumnType, Pick<SchemaElement, 'type' | 'converted_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int32: { type: 'INT32' },
  float64: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
};

/** Options of `toParquet`. */
export interface ToParquetOptions {
  /** key–value pairs stored in the file's footer (e.g. the plan's title) */
  metadata?: Readonly<Record<string, string>>;
}

/**
 * A column table as the bytes of a Parquet file (snappy-compressed, with
 * column statistics), written by hyparquet-writer in plain JavaScript, so
 * that it runs in Node, in worker threads and in a browser alike. Every
 * column is optional (`null` is a missing value); an empty table is a valid
 * file with its columns and no rows.
 *
 * @example toParquet(planTables.assignments)
 */
export function toParquet(table: ColumnTable, options: ToParquetOptions = {}): Uint8Array {
  const { columns } = table.schema;
  const schema: SchemaElement[] = [
    { name: 'root', num_children: columns.length },
    ...columns.map((c) => ({
      name: c.name,
      ...PARQUET_TYPES[c.type],
      repetition_type: 'OPTIONAL' as const,
    })),
  ];
  const buffer = parquetWriteBuffer({
    schema,
    columnData: columns.map((c, i) => ({ name: c.name, data: table.columns[i] as unknown[] })),
    kvMetadata: Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
    createdBy: 'remit',
  });
  return new Uint8Array(buffer);
}
