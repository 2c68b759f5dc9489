import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const data = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const temp = useTempDir('query');

describe('remit query', () => {
  let out = '';
  beforeAll(() => {
    out = temp.path('out');
    const r = runCli([
      'batch',
      data('xuhui-2020-fazhi.txt'),
      data('xuhui-2020-fazhi.json'),
      '--out',
      out,
      '--jobs',
      '1',
    ]);
    expect(r.status).toBe(0);
  });

  it('runs SQL over the batch’s tables and prints a table, CSV or JSON', () => {
    const sql =
      "SELECT unit, count(*) AS items FROM assignments WHERE plan LIKE '%.json' GROUP BY unit ORDER BY items DESC, unit LIMIT 3";
    const table = runCli(['query', out, sql]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^unit\s+items\n/u);
    expect(table.stdout).toMatch(/\(3 rows\)\n$/u);
    const json = JSON.parse(runCli(['query', out, sql, '--format', 'json']).stdout) as {
      unit: string;
      items: number;
    }[];
    // the founding plan: three units on 9 items each (see remit-cli.test.ts)
    expect(json.map((r) => r.items)).toEqual([9, 9, 9]);
    const csv = runCli(['query', out, sql, '--format', 'csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe('unit,items');
    expect(csv.split('\r\n')[1]).toBe(`${json[0]!.unit},9`);
  });

  it('joins the tables on plan', () => {
    const r = runCli([
      'query',
      out,
      'SELECT p.format, count(*) AS n FROM plans p JOIN items i ON i.plan = p.plan GROUP BY p.format ORDER BY p.format',
      '--format',
      'json',
    ]);
    expect(JSON.parse(r.stdout)).toEqual([
      { format: 'json', n: 17 },
      { format: 'txt', n: 17 },
    ]);
  });

  it('says what is wrong with bad SQL, a folder without tables, or missing arguments', () => {
    const bad = runCli(['query', out, 'SELECT * FROM nowhere']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^remit: query: Catalog Error: .*nowhere/mu);
    const empty = runCli(['query', temp.path(''), 'SELECT 1']);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/no tables here; write them first with remit batch/u);
    expect(runCli(['query', out]).status).toBe(2);
    expect(runCli(['query', out, 'SELECT', '1']).stderr).toMatch(/give the SQL as one argument/u);
  });
});
