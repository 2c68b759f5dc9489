import { DuckDBInstance } from '@duckdb/node-api';

/** A real DuckDB engine in memory, for reading what remit wrote. */
export interface DuckDb {
  /** the rows of `sql` as objects, big integers as numbers */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): void;
}

export async function openDuckDb(): Promise<DuckDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader
        .getRowObjectsJS()
        .map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
          ),
        );
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** `path` as a quoted SQL string literal. */
export function sqlString(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}
