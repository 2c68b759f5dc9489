import { tableFromIPC, Type } from '@uwdata/flechette';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable } from '../../src/columnar/column-table.js';
import { toArrow } from '../../src/columnar/to-arrow.js';
import { toParquet } from '../../src/columnar/to-parquet.js';
import { openDuckDb, sqlString, type DuckDb } from '../support/duckdb.js';
import { useTempDir } from '../support/temp-dir.js';

const temp = useTempDir('columnar');
const want = [
  { name: '区司法局', n: 1, x: 0.5, ok: true },
  { name: '各街镇', n: null, x: 1e12, ok: false },
  { name: null, n: -2147483648, x: null, ok: null },
  { name: 'O\'Brien, "quoted"\n', n: 2147483647, x: -0, ok: true },
];

const table: ColumnTable = {
  schema: {
    name: 't',
    columns: [
      { name: 'name', type: 'string', doc: '' },
      { name: 'n', type: 'int32', doc: '' },
      { name: 'x', type: 'float64', doc: '' },
      { name: 'ok', type: 'boolean', doc: '' },
    ],
  },
  columns: [
    ['区司法局', '各街镇', null, 'O\'Brien, "quoted"\n'],
    [1, null, -2147483648, 2147483647],
    [0.5, 1e12, null, -0],
    [true, false, null, true],
  ],
};

describe('toParquet and toArrow', () => {
  let db: DuckDb;
  beforeAll(async () => {
    db = await openDuckDb();
  });
  afterAll(() => db?.close());

  it('write files DuckDB reads back value for value, nulls and types kept', async () => {
    const parquet = temp.file(
      't.parquet',
      toParquet(table, { metadata: { 'remit:meta': '{"title":"要点"}' } }),
    );
    expect(await db.rows(`SELECT * FROM read_parquet(${sqlString(parquet)})`)).toEqual(want);
    const types = await db.rows(`DESCRIBE SELECT * FROM read_parquet(${sqlString(parquet)})`);
    expect(types.map((t) => t.column_type)).toEqual(['VARCHAR', 'INTEGER', 'DOUBLE', 'BOOLEAN']);
    const meta = await db.rows(
      `SELECT decode(value) AS value FROM parquet_kv_metadata(${sqlString(parquet)}) WHERE decode(key) = 'remit:meta'`,
    );
    expect(meta).toEqual([{ value: '{"title":"要点"}' }]);
  });

  it('writes an Arrow IPC file whose columns have the types and values given', () => {
    // DuckDB reads Arrow IPC files only through an extension it downloads, so
    // the file is read here by flechette's own reader
    const arrow = tableFromIPC(toArrow(table));
    expect(arrow.schema.fields.map((f) => [f.name, f.type.typeId])).toEqual([
      ['name', Type.Utf8],
      ['n', Type.Int],
      ['x', Type.Float],
      ['ok', Type.Bool],
    ]);
    expect(arrow.toArray().map((r) => ({ ...r }))).toEqual(want);
  });

  it('writes an empty table as a file with its columns and no rows', async () => {
    const empty: ColumnTable = {
      schema: table.schema,
      columns: table.schema.columns.map(() => []),
    };
    const path = temp.file('empty.parquet', toParquet(empty));
    expect(await db.rows(`SELECT count(*) AS n FROM read_parquet(${sqlString(path)})`)).toEqual([
      { n: 0 },
    ]);
    const types = await db.rows(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
    expect(types.map((t) => t.column_name)).toEqual(['name', 'n', 'x', 'ok']);
  });
});
