import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryBatch } from '../../src/cli/batch/query-batch.js';
import { readPlanFile, type PlanFile } from '../../src/cli/read-plan-file.js';
import { formatCsv } from '../../src/io/csv/format-csv.js';
import { formatOf, officeFormatOf } from '../../src/io/read-plan.js';
import { assignmentsTable } from '../../src/io/tables/assignments-table.js';
import { matrixTable } from '../../src/io/tables/matrix-table.js';
import { writePlanJson } from '../../src/io/write-plan-json.js';
import { openDuckDb, sqlString, type DuckDb } from '../support/duckdb.js';
import type { BatchSummary } from '../../src/cli/batch/batch-summary.js';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

// `remit batch` runs as a real process with two worker threads; what it wrote
// is read back by DuckDB and held against each file read on its own by the
// same reader `remit parse` uses.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
const temp = useTempDir('batch');
const OFFICE_PER_FORMAT = 2;

/** Every corpus text; three of its plans as Plan JSON, long and wide CSV; the encodings' fixtures; office files of each format the reader knows. */
function corpusInAllFormats(dir: string): void {
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  const texts = readdirSync(join(fixtures, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const f of texts) copyFileSync(join(fixtures, 'corpus', f), join(dir, 'corpus', f));
  mkdirSync(join(dir, 'formats', 'encodings'), { recursive: true });
  for (const f of texts.slice(0, 3)) {
    const { plan } = readPlanFile(join(fixtures, 'corpus', f));
    const name = f.replace(/\.txt$/u, '');
    writeFileSync(join(dir, 'formats', `${name}.json`), writePlanJson(plan));
    writeFileSync(join(dir, 'formats', `${name}.csv`), formatCsv(assignmentsTable(plan)));
    writeFileSync(join(dir, 'formats', `${name}.matrix.csv`), formatCsv(matrixTable(plan)));
  }
  const encodings = join(fixtures, 'io', 'bytes', 'encodings');
  for (const f of readdirSync(encodings))
    copyFileSync(join(encodings, f), join(dir, 'formats', 'encodings', f));
  const office = join(fixtures, 'office', 'corpus');
  const officeFiles = readdirSync(office, { withFileTypes: true }).map((e) => e.name);
  const byFormat = new Map<string, string[]>();
  for (const f of officeFiles.sort()) {
    const ext = f.slice(f.lastIndexOf('.'));
    if ((formatOf(f) ?? officeFormatOf(f)) === undefined) continue;
    byFormat.set(ext, [...(byFormat.get(ext) ?? []), f]);
  }
  // every office format the reader knows is in the batch
  expect([...byFormat.keys()].sort()).toEqual(['.doc', '.docx', '.html', '.pdf', '.xls', '.xlsx']);
  mkdirSync(join(dir, 'office'), { recursive: true });
  for (const files of byFormat.values())
    for (const f of files.slice(0, OFFICE_PER_FORMAT))
      copyFileSync(join(office, f), join(dir, 'office', f));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** What `remit batch --format json` prints. */
type Summary = BatchSummary;

describe('remit batch on the corpus in every format', () => {
  let input = '';
  let out = '';
  let summary: Summary;
  let expected: Map<string, PlanFile>;
  let db: DuckDb;
  const table = (name: string) => `read_parquet(${sqlString(join(out, name, '*.parquet'))})`;

  beforeAll(async () => {
    input = temp.path('in');
    out = temp.path('out');
    corpusInAllFormats(input);
    const r = runCli(['batch', input, '--out', out, '--jobs', '2', '--format', 'json']);
    expect(r.stderr).not.toMatch(/internal error/u);
    expect(r.status).toBe(0);
    summary = JSON.parse(r.stdout) as Summary;
    expected = new Map();
    for (const path of filesUnder(input)) expected.set(path, await readPlanFile(path));
    db = await openDuckDb();
  });
  afterAll(() => db?.close());

  it('reads every file, of every format, in two worker threads', async () => {
    const formats = new Set([...expected.values()].map((p) => p.format));
    expect([...formats].sort()).toEqual(expect.arrayContaining(['csv', 'json', 'txt']));
    expect(expected.size).toBeGreaterThan(25);
    expect(summary).toMatchObject({ documents: expected.size, read: expected.size, failed: 0 });
    expect(summary.jobs).toBe(2);
    expect(summary.workers).toHaveLength(2);
    expect(summary.workers.reduce((n, w) => n + w.documents, 0)).toBe(expected.size);
    const rows = await db.rows(`SELECT plan, format, status FROM ${table('plans')} ORDER BY plan`);
    expect(rows.map((r) => r.plan)).toEqual([...expected.keys()]);
    expect(rows.map((r) => r.format)).toEqual([...expected.values()].map((p) => p.format));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['read']));
  });

  it('holds, for each plan, the counts the plan read on its own has', async () => {
    const counts = await db.rows(`
      SELECT p.plan, p.items, p.units, p.assignments, p.leads, p.diagnostics,
        (SELECT count(*) FROM ${table('items')} i WHERE i.plan = p.plan) AS item_rows,
        (SELECT count(*) FROM ${table('units')} u WHERE u.plan = p.plan) AS unit_rows,
        (SELECT count(*) FROM ${table('assignments')} a WHERE a.plan = p.plan) AS assignment_rows,
        (SELECT count(*) FROM ${table('assignments')} a WHERE a.plan = p.plan AND a.role = 'lead') AS lead_rows,
        (SELECT count(*) FROM ${table('diagnostics')} d WHERE d.plan = p.plan) AS diagnostic_rows
      FROM ${table('plans')} p ORDER BY p.plan`);
    const want = [...expected].map(([plan, { plan: p, diagnostics }]) => {
      const leads = p.assignments.filter((a) => a.role === 'lead').length;
      return {
        plan,
        items: p.items.length,
        units: p.units.length,
        assignments: p.assignments.length,
        leads,
        diagnostics: diagnostics.length,
        item_rows: p.items.length,
        unit_rows: p.units.length,
        assignment_rows: p.assignments.length,
        lead_rows: leads,
        diagnostic_rows: diagnostics.length,
      };
    });
    expect(counts).toEqual(want);
    const sum = (f: (p: PlanFile) => number) =>
      [...expected.values()].reduce((n, p) => n + f(p), 0);
    expect(summary.items).toBe(sum((p) => p.plan.items.length));
    expect(summary.units).toBe(sum((p) => p.plan.units.length));
    expect(summary.assignments).toBe(sum((p) => p.plan.assignments.length));
    expect(summary.assignments).toBeGreaterThan(500);
  });

  it('holds each plan’s assignments as read: item, unit name, role and inferred', async () => {
    const rows = await db.rows(
      `SELECT plan, item, unit, role, inferred FROM ${table('assignments')}`,
    );
    const got = rows.map(
      (r) =>
        `${String(r.plan)}|${String(r.item)}|${String(r.unit)}|${String(r.role)}|${String(r.inferred)}`,
    );
    const want = [...expected].flatMap(([path, { plan }]) => {
      const name = new Map(plan.units.map((u) => [u.id, u.name]));
      return plan.assignments.map(
        (a) => `${path}|${a.item}|${name.get(a.unit)}|${a.role}|${a.inferred === true}`,
      );
    });
    expect(got.sort()).toEqual(want.sort());
  });

  it('holds each plan’s title, document number and the codes of its diagnostics', async () => {
    const plans = await db.rows(
      `SELECT plan, title, doc_number FROM ${table('plans')} ORDER BY plan`,
    );
    expect(plans).toEqual(
      [...expected].map(([plan, { plan: p }]) => ({
        plan,
        title: p.meta?.title ?? null,
        doc_number: p.meta?.docNumber ?? null,
      })),
    );
    const codes = await db.rows(
      `SELECT code, count(*) AS count FROM ${table('diagnostics')} GROUP BY code ORDER BY code`,
    );
    const want = new Map<string, number>();
    for (const { diagnostics } of expected.values())
      for (const d of diagnostics) want.set(d.code, (want.get(d.code) ?? 0) + 1);
    expect(codes).toEqual([...want].sort().map(([code, count]) => ({ code, count })));
  });

  it('answers remit query with the same figures', () => {
    const r = runCli([
      'query',
      out,
      'SELECT count(DISTINCT plan) AS plans, count(*) AS assignments FROM assignments',
      '--format',
      'json',
    ]);
    expect(r.status).toBe(0);
    const plansWithAssignments = [...expected.values()].filter(
      (p) => p.plan.assignments.length > 0,
    );
    expect(JSON.parse(r.stdout)).toEqual([
      { plans: plansWithAssignments.length, assignments: summary.assignments },
    ]);
  });

  it('runs every SQL recipe of docs/batch.md on the tables', async () => {
    const docs = readFileSync(new URL('../../../../docs/batch.md', import.meta.url), 'utf8');
    const recipes = [...docs.matchAll(/```sql\n-- recipe: (.+)\n([^`]+)```/gu)];
    expect(recipes.map((m) => m[1])).toEqual([
      'load in a year',
      'leads per kind',
      'co-assigned pairs',
      'change per year',
      'failures',
    ]);
    for (const [, name, sql] of recipes) {
      const result = await queryBatch(out, sql!);
      expect(result.columns.length, name).toBeGreaterThan(0);
      if (name !== 'failures' && name !== 'load in a year')
        expect(result.rows.length, name).toBeGreaterThan(0);
    }
    const [pairs] = (await queryBatch(out, recipes[2]![2]!)).rows;
    // the busiest pair is named together on at least two items
    expect(Number(pairs![2])).toBeGreaterThanOrEqual(2);
  });
});
