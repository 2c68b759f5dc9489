import { existsSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_TABLE_NAMES, type PlanTableName } from '../../columnar/plan-table-schemas.js';
import type { PlanTables } from '../../columnar/plan-tables.js';
import { toParquet } from '../../columnar/to-parquet.js';

/** The Parquet file of `part` in the folder of `table`: `OUT/assignments/part-….parquet`. */
export function partFile(out: string, table: PlanTableName, part: string): string {
  return join(out, table, `${part}.parquet`);
}

/**
 * Writes a part: one Parquet file per table, each first under a hidden side
 * name (`.part-….parquet.tmp`, which engines and globs pass over), then all
 * renamed into place. Files left by a run killed half-way are removed by the
 * next run, which finds them in no manifest line.
 */
export function writePart(out: string, part: string, tables: PlanTables): void {
  const written: [string, string][] = [];
  for (const table of PLAN_TABLE_NAMES) {
    mkdirSync(join(out, table), { recursive: true });
    const side = join(out, table, `.${part}.parquet.tmp`);
    writeFileSync(side, toParquet(tables[table], { metadata: { 'remit:table': table } }));
    written.push([side, partFile(out, table, part)]);
  }
  for (const [side, path] of written) renameSync(side, path);
}

/**
 * Removes every file of the tables' folders that belongs to none of `parts`:
 * parts of files that changed, parts a killed run or a stopped worker left
 * unlisted, side files. What stays is exactly what the manifest lists.
 */
export function removeUnlistedParts(out: string, parts: Iterable<string>): void {
  const listed = new Set([...parts].map((part) => `${part}.parquet`));
  for (const table of PLAN_TABLE_NAMES) {
    const dir = join(out, table);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (!listed.has(name)) unlinkSync(join(dir, name));
  }
}
