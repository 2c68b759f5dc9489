import { csvPieces } from '../../io/csv/format-csv.js';
import { queryBatch } from '../batch/query-batch.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { textTable } from '../text-table.js';

export const queryUsage = `remit query DIR "SQL" [--format table|csv|json]
  Runs SQL with DuckDB on the tables remit batch wrote under DIR: plans, items, units,
  assignments, diagnostics (docs/batch.md has recipes). Needs @duckdb/node-api installed.
  --format table  a table for the terminal (default); csv or json for other tools`;

/** `remit query`: SQL over a batch's Parquet tables, with DuckDB. */
export async function queryCommand(ctx: CommandContext): Promise<number> {
  const { positionals, values } = ctx.args;
  const [dir, sql, ...rest] = positionals;
  if (!dir || !sql) throw new CliError(`missing ${dir ? 'SQL' : 'DIR and SQL'}\n${queryUsage}`, 2);
  if (rest.length > 0)
    throw new CliError(`give the SQL as one argument, in quotes: remit query ${dir} "SELECT …"`, 2);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'csv' && format !== 'json')
    throw new CliError(`--format must be table, csv or json, not "${format}"`, 2);
  const { columns, rows } = await queryBatch(dir, sql);
  if (format === 'json') {
    const objects = rows.map((row) =>
      Object.fromEntries(columns.map((c, i) => [c, toJsonValue(row[i])])),
    );
    await ctx.stdout(JSON.stringify(objects, null, 2));
  } else if (format === 'csv') {
    await ctx.stdoutContent(csvPieces({ header: columns, rows: rows.map((r) => r.map(toCell)) }));
  } else {
    await ctx.stdout(
      textTable(
        columns.map((header, i) => ({
          header,
          align: rows.some((r) => typeof r[i] === 'number' || typeof r[i] === 'bigint')
            ? 'right'
            : 'left',
          maxWidth: 40,
        })),
        rows.map((r) => r.map((v) => String(toCell(v)))),
      ) + `\n(${rows.length} row${rows.length === 1 ? '' : 's'})`,
    );
  }
  return 0;
}

/** A value as JSON holds it: big integers as numbers while exact, dates as ISO text. */
function toJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : String(value);
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/u, '');
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return value;
}

function toCell(value: unknown): string | number {
  const v = toJsonValue(value);
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}
