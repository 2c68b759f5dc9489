import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLAN_TABLE_NAMES } from '../../columnar/plan-table-schemas.js';
import { CliError } from '../cli-error.js';

/** A query's result: the column names and the rows, values as JavaScript has them. */
export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

/**
 * Runs SQL on a batch's output with DuckDB, each table of the output a view
 * of the same name over its Parquet files (`plans`, `items`, `units`,
 * `assignments`, `diagnostics`). DuckDB (`@duckdb/node-api`) is loaded only
 * here: `remit batch` itself does not need it.
 *
 * @example await queryBatch('out', 'SELECT count(*) FROM assignments')
 */
export async function queryBatch(dir: string, sql: string): Promise<QueryResult> {
  const tables = PLAN_TABLE_NAMES.filter((t) => {
    const folder = join(dir, t);
    return existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.parquet'));
  });
  if (tables.length === 0) {
    throw new CliError(
      `${dir}: no tables here; write them first with remit batch FILES… --out ${dir}`,
    );
  }
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new CliError(
      'remit query runs on DuckDB, which is not installed; install it with npm install @duckdb/node-api, or query the Parquet files with the duckdb command (docs/batch.md)',
    );
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const t of tables) {
      const glob = join(resolve(dir), t, '*.parquet').replaceAll("'", "''");
      await connection.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${glob}')`);
    }
    let reader;
    try {
      reader = await connection.runAndReadAll(sql);
    } catch (error) {
      throw new CliError(`query: ${(error as Error).message.split('\n')[0]}`, 2);
    }
    return { columns: reader.columnNames(), rows: reader.getRowsJS() };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
