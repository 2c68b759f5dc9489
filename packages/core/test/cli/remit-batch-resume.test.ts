import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDuckDb, sqlString, type DuckDb } from '../support/duckdb.js';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

// A batch killed half-way (SIGKILL: no chance to tidy up) and run again ends
// with the tables a batch run at one go writes: nothing read twice, nothing
// held twice, nothing missing.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const bin = fileURLToPath(new URL('../../bin/remit.js', import.meta.url));
const corpus = fileURLToPath(new URL('../../../../fixtures/corpus/', import.meta.url));
const temp = useTempDir('batch-resume');
/** Copies of the corpus texts, each a file of its own: enough for several parts per worker. */
const COPIES = 4;

function manifestParts(out: string): string[] {
  const path = join(out, 'manifest.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith('{'))
    .map((line) => (JSON.parse(line) as { part: string }).part);
}

/** Starts a batch and kills it once the manifest lists `parts` parts; resolves to how it ended. */
function killAfterParts(
  args: string[],
  out: string,
  parts: number,
): Promise<string | number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const timer = setInterval(() => {
      if (manifestParts(out).length >= parts) child.kill('SIGKILL');
    }, 10);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve(signal ?? code);
    });
  });
}

interface Summary {
  documents: number;
  read: number;
  thisRun: number;
  assignments: number;
}

describe('remit batch, killed half-way and run again', () => {
  let input = '';
  let db: DuckDb;
  beforeAll(async () => {
    input = temp.path('in');
    const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    for (let copy = 1; copy <= COPIES; copy++) {
      mkdirSync(join(input, `copy-${copy}`), { recursive: true });
      for (const f of texts) copyFileSync(join(corpus, f), join(input, `copy-${copy}`, f));
    }
    db = await openDuckDb();
  });
  afterAll(() => db?.close());

  const snapshot = async (out: string) => {
    const t = (name: string) => `read_parquet(${sqlString(join(out, name, '*.parquet'))})`;
    const [plans] = await db.rows(
      `SELECT count(*) AS n, count(DISTINCT plan) AS distinct_plans, sum(items) AS items, sum(assignments) AS assignments FROM ${t('plans')}`,
    );
    const [items] = await db.rows(
      `SELECT count(*) AS n, count(DISTINCT (plan, item)) AS distinct_items FROM ${t('items')}`,
    );
    const assignments = await db.rows(
      `SELECT plan, item, unit, role FROM ${t('assignments')} ORDER BY ALL`,
    );
    const [diagnostics] = await db.rows(`SELECT count(*) AS n FROM ${t('diagnostics')}`);
    return { plans, items, assignments, diagnostics };
  };

  it('finishes the rest without reading again what was written, and holds no row twice', async () => {
    const whole = temp.path('whole');
    const once = runCli(['batch', input, '--out', whole, '--jobs', '2', '--format', 'json']);
    expect(once.status).toBe(0);
    const documents = (JSON.parse(once.stdout) as Summary).documents;
    expect(documents).toBeGreaterThan(60);

    const out = temp.path('killed');
    const args = ['batch', input, '--out', out, '--jobs', '2', '--format', 'json'];
    const ended = await killAfterParts(args, out, 2);
    expect(ended).toBe('SIGKILL');
    const written = manifestParts(out);
    expect(written.length).toBeGreaterThanOrEqual(2);

    const again = runCli(args);
    expect(again.status).toBe(0);
    const summary = JSON.parse(again.stdout) as Summary;
    expect(summary.documents).toBe(documents);
    expect(summary.read).toBe(documents);
    // the parts written before the kill were kept, and their files not read again
    expect(summary.thisRun).toBeLessThan(documents);
    const kept = JSON.parse(
      `[${readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n').slice(1).join(',')}]`,
    ) as { part: string; files: unknown[] }[];
    for (const part of written) expect(kept.map((p) => p.part)).toContain(part);
    const keptFiles = kept
      .filter((p) => written.includes(p.part))
      .reduce((n, p) => n + p.files.length, 0);
    expect(summary.thisRun).toBe(documents - keptFiles);

    const a = await snapshot(out);
    const b = await snapshot(whole);
    expect(a.plans).toEqual(b.plans);
    expect(a.plans!.n).toBe(documents);
    expect(a.plans!.distinct_plans).toBe(documents);
    expect(a.items!.n).toBe(a.items!.distinct_items);
    expect(a.items).toEqual(b.items);
    expect(a.assignments).toEqual(b.assignments);
    expect(a.diagnostics).toEqual(b.diagnostics);
    // every Parquet file is a listed part's: none left over from the kill
    for (const table of ['plans', 'items', 'units', 'assignments', 'diagnostics'])
      expect(readdirSync(join(out, table)).sort()).toEqual(
        kept.map((p) => `${p.part}.parquet`).sort(),
      );
  });

  it('reads again only a file that changed, and replaces its rows', async () => {
    const out = temp.path('whole');
    const changed = join(input, 'copy-1', readdirSync(join(input, 'copy-1')).sort()[0]!);
    copyFileSync(join(corpus, 'xuhui-2020-fazhi.txt'), changed);
    const r = runCli(['batch', input, '--out', out, '--jobs', '2', '--format', 'json']);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout) as Summary;
    // the changed file, and the others of its part, are read again; the rest are not
    expect(summary.thisRun).toBeGreaterThanOrEqual(1);
    expect(summary.thisRun).toBeLessThan(summary.documents / 2);
    const t = (name: string) => `read_parquet(${sqlString(join(out, name, '*.parquet'))})`;
    const rows = await db.rows(
      `SELECT title, items FROM ${t('plans')} WHERE plan = ${sqlString(changed)}`,
    );
    expect(rows).toEqual([{ title: expect.stringContaining('徐汇区'), items: 17 }]);
    const [{ n }] = (await db.rows(`SELECT count(*) AS n FROM ${t('plans')}`)) as [{ n: number }];
    expect(n).toBe(summary.documents);
  });
});
