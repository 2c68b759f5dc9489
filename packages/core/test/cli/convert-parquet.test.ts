import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from '@uwdata/flechette';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readPlanFile } from '../../src/cli/read-plan-file.js';
import { openDuckDb, sqlString, type DuckDb } from '../support/duckdb.js';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

vi.setConfig({ testTimeout: 120_000 });

const text = fileURLToPath(new URL('../../data/xuhui-2020-fazhi.txt', import.meta.url));
const temp = useTempDir('convert-parquet');

describe('remit convert --to parquet|arrow', () => {
  let db: DuckDb;
  beforeAll(async () => {
    db = await openDuckDb();
  });
  afterAll(() => db?.close());

  it('writes the plan’s long table as Parquet, a row per assignment, read back by DuckDB', async () => {
    const out = temp.path('plan.parquet');
    const r = runCli(['convert', text, '--to', 'parquet', '--out', out, '--quiet']);
    expect(r.status).toBe(0);
    const { plan } = readPlanFile(text);
    const rows = await db.rows(
      `SELECT item, unit, role, inferred, line FROM read_parquet(${sqlString(out)})`,
    );
    const names = new Map(plan.units.map((u) => [u.id, u.name]));
    const line = new Map(plan.items.map((i) => [i.id, i.line ?? null]));
    expect(rows).toEqual(
      plan.assignments.map((a) => ({
        item: a.item,
        unit: names.get(a.unit),
        role: a.role,
        inferred: a.inferred === true,
        line: line.get(a.item),
      })),
    );
    expect(rows).toHaveLength(45);
    const [meta] = await db.rows(
      `SELECT decode(value) AS value FROM parquet_kv_metadata(${sqlString(out)}) WHERE decode(key) = 'remit:meta'`,
    );
    expect(JSON.parse(String(meta!.value))).toMatchObject({ docNumber: '徐府发〔2020〕13号' });
  });

  it('writes the same rows as an Arrow IPC file', () => {
    const out = temp.path('plan.arrow');
    expect(runCli(['convert', text, '--to', 'arrow', '--out', out, '--quiet']).status).toBe(0);
    const table = tableFromIPC(readFileSync(out));
    expect(table.numRows).toBe(45);
    expect(table.schema.fields.map((f) => f.name)).toEqual([
      'item',
      'title',
      'section',
      'label',
      'deadline',
      'line',
      'unit',
      'kind',
      'role',
      'inferred',
      'raw',
    ]);
  });

  it('refuses to write a binary file to a terminal, and names the formats it writes', () => {
    const bad = runCli(['convert', text, '--to', 'feather']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--to must be json, csv, matrix-csv, xlsx, parquet or arrow/u);
  });
});
