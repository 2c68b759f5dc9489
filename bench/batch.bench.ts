/**
 * `remit batch` on 2,000 generated documents, and the SQL recipes of
 * docs/batch.md on 1.5 million assignments:
 *   npx tsx bench/batch.bench.ts [--documents 2000] [--assignments 1500000] [--runs 3]
 *
 * Documents: synthetic plans (`syntheticPlan`: unit popularity falling off like
 * 1/rank, item sizes around 4 units, half the items with a written lead)
 * printed as published text, 一、 sections and `1.` items each with its
 * （牵头单位：…；责任单位：…） clause; 20–130 items a document (about 20 KB, the
 * corpus's documents are 0.2–12 KB and real whole ones up to about 60 KB),
 * unit names of district bodies and sub-districts, years 2019–2023.
 *
 * The same documents are read four ways, equal work each: in this process one
 * after another with the CLI's reader and nothing written (the reference),
 * then by `remit batch` as a user runs it from a checkout (the command through
 * tsx, as are its workers) with 1 and with 2 worker threads, each into a new
 * folder. Printed: documents a second over the run (workers' start included;
 * the command's own start-up apart), scaling from 1 to 2 workers, each
 * worker's largest heap, the command's CPU time (all threads, start-up
 * included) and its peak resident memory (`/usr/bin/time -f '%M %U %S'`). On a 2-core machine shared with other work the
 * second worker competes with the main thread and with everything else.
 *
 * Writers: the 1.5 million assignments as one Parquet file, by hyparquet-writer
 * and by DuckDB (see `writers`).
 *
 * Queries: tables of 1.5 million assignments written directly from synthetic
 * plans (no reading), then each recipe of docs/batch.md run as `remit query`
 * runs it (a DuckDB instance, the views, the query), median and best of
 * `--runs`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rowCount, type ColumnTable } from '../packages/core/src/columnar/column-table.js';
import { PlanTablesBuilder } from '../packages/core/src/columnar/plan-tables.js';
import { toParquet } from '../packages/core/src/columnar/to-parquet.js';
import { queryBatch } from '../packages/core/src/cli/batch/query-batch.js';
import { writePart } from '../packages/core/src/cli/batch/write-part.js';
import { readPlanFile } from '../packages/core/src/cli/read-plan-file.js';
import type { Plan } from '../packages/core/src/model/plan.js';
import { syntheticPlan } from './synthetic-plan.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
};
const DOCUMENTS = arg('documents', 2_000);
const ASSIGNMENTS = arg('assignments', 1_500_000);
const RUNS = arg('runs', 3);
const YEARS = [2019, 2020, 2021, 2022, 2023];
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/core/bin/remit.js');
const dir = mkdtempSync(join(tmpdir(), 'remit-batch-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const BODIES = [
  '区发展改革委',
  '区财政局',
  '区司法局',
  '区教育局',
  '区科委',
  '区民政局',
  '区人力资源社会保障局',
  '区规划资源局',
  '区生态环境局',
  '区建设管理委',
  '区交通委',
  '区农业农村委',
  '区商务委',
  '区文化旅游局',
  '区卫生健康委',
  '区应急局',
  '区审计局',
  '区国资委',
  '区市场监管局',
  '区统计局',
  '区医保局',
  '区绿化市容局',
  '区房管局',
  '区体育局',
  '区退役军人事务局',
  '区信访办',
  '区政务服务办',
  '区委组织部',
  '区委宣传部',
  '区委统战部',
  '区委政法委',
  '区委依法治区办',
  '区总工会',
  '团区委',
  '区妇联',
  '公安分局',
  '区税务局',
  '区消防救援支队',
  '区法院',
  '区检察院',
  '区人大法制委',
  '区政协办',
];
/** A unit's name: district bodies for the most named, sub-districts and towns after them; groups as the generator marks them. */
function unitName(index: number, group: boolean): string {
  if (group) return index % 2 === 0 ? '各街镇' : '各有关单位';
  if (index < BODIES.length) return BODIES[index]!;
  return index % 3 === 0 ? `第${index}镇` : `第${index}街道`;
}

/** The synthetic plan of document `n`, with realistic names, a year and a title. */
function documentPlan(n: number): Plan {
  const items = 20 + ((n * 7919) % 111);
  const plan = syntheticPlan({
    items,
    units: 300,
    unitsPerItem: 4,
    seed: n + 1,
    sections: 1 + (items >> 5),
  });
  const year = YEARS[n % YEARS.length]!;
  const units = plan.units.map((u, i) => ({ ...u, name: unitName(i, u.kind === 'group') }));
  return {
    ...plan,
    units,
    meta: {
      title: `某区${year}年重点工作任务分工（第${n + 1}号）`,
      docNumber: `某府办发〔${year}〕${n + 1}号`,
      date: `${year}-03-01`,
    },
  };
}

const NUMERALS = '一二三四五六七八九十';
/** A plan printed as a published task-division document. */
function documentText(plan: Plan): string {
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  const byItem = new Map<string, Plan['assignments']>();
  for (const a of plan.assignments) byItem.set(a.item, [...(byItem.get(a.item) ?? []), a]);
  const lines = [plan.meta!.title!, plan.meta!.docNumber!, ''];
  let section = '';
  plan.items.forEach((item, i) => {
    if (item.section !== section) {
      section = item.section!;
      const s = Number(section.slice(1)) - 1;
      lines.push(`${NUMERALS[s % 10]}、第${s + 1}方面工作`);
    }
    const assigned = byItem.get(item.id) ?? [];
    // a name is listed once per item, as documents do
    const seen = new Set<string>();
    const lead = assigned
      .filter((a) => a.role === 'lead' && !a.inferred)
      .map((a) => names.get(a.unit)!);
    const rest = assigned.map((a) => names.get(a.unit)!).filter((n) => !lead.includes(n));
    const unique = (list: string[]) => list.filter((n) => !seen.has(n) && seen.add(n));
    const clause = [
      lead.length > 0 ? `牵头单位：${unique(lead).join('、')}` : '',
      rest.length > 0 ? `责任单位：${unique(rest).join('、')}` : '',
    ]
      .filter(Boolean)
      .join('；');
    lines.push(
      `${i + 1}. 任务${i + 1}，围绕年度目标完善工作机制，加强统筹协调和督促检查，确保按期完成。（${clause}）`,
    );
  });
  return lines.join('\n') + '\n';
}

function writeDocuments(): { folder: string; bytes: number } {
  const folder = join(dir, 'documents');
  let bytes = 0;
  for (let n = 0; n < DOCUMENTS; n++) {
    const sub = join(folder, String(YEARS[n % YEARS.length]));
    mkdirSync(sub, { recursive: true });
    const text = documentText(documentPlan(n));
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `plan-${String(n + 1).padStart(4, '0')}.txt`), text);
  }
  return { folder, bytes };
}

interface Summary {
  read: number;
  assignments: number;
  elapsedMs: number;
  documentsPerSecond: number;
  workers: { documents: number; peakHeapMb: number }[];
}

/** `remit batch` as a separate process, its summary and its peak resident memory. */
function batch(
  folder: string,
  jobs: number,
): Summary & { wallMs: number; rssMb: number | undefined; cpuS: number | undefined } {
  const out = join(dir, `out-${jobs}`);
  const timed = existsSync('/usr/bin/time');
  const args = [
    bin,
    'batch',
    folder,
    '--out',
    out,
    '--jobs',
    String(jobs),
    '--format',
    'json',
    '--quiet',
  ];
  const started = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`remit batch --jobs ${jobs} failed: ${r.stderr}`);
  const [kb, user, system] = timed
    ? r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number)
    : [NaN, NaN, NaN];
  rmSync(out, { recursive: true, force: true });
  return {
    ...(JSON.parse(r.stdout) as Summary),
    wallMs,
    rssMb: Number.isFinite(kb) ? kb! / 1024 : undefined,
    cpuS: Number.isFinite(user) ? user! + system! : undefined,
  };
}

/** The reference: the same documents read one after another in this process, nothing written. */
async function readAlone(folder: string): Promise<{ ms: number; assignments: number }> {
  const files: string[] = [];
  for (let n = 0; n < DOCUMENTS; n++)
    files.push(
      join(folder, String(YEARS[n % YEARS.length]), `plan-${String(n + 1).padStart(4, '0')}.txt`),
    );
  for (const f of files.slice(0, 50)) await readPlanFile(f);
  const started = performance.now();
  let assignments = 0;
  for (const f of files) assignments += (await readPlanFile(f)).plan.assignments.length;
  return { ms: performance.now() - started, assignments };
}

/** Tables of `ASSIGNMENTS` assignments, written directly from synthetic plans in parts of 200 plans. */
function writeTables(): { out: string; plans: number; assignments: number; whole: ColumnTable } {
  const out = join(dir, 'tables');
  mkdirSync(out, { recursive: true });
  let builder = new PlanTablesBuilder();
  // the same rows in one table, for timing the two Parquet writers on it
  const all = new PlanTablesBuilder();
  let assignments = 0;
  let plans = 0;
  let parts = 0;
  while (assignments < ASSIGNMENTS) {
    const plan = documentPlan(plans);
    builder.addPlan(plan, [], { plan: `documents/plan-${plans + 1}.txt`, format: 'txt' });
    all.addPlan(plan, [], { plan: `documents/plan-${plans + 1}.txt`, format: 'txt' });
    assignments += plan.assignments.length;
    plans++;
    if (plans % 200 === 0) {
      writePart(out, `part-${++parts}`, builder.build());
      builder = new PlanTablesBuilder();
    }
  }
  writePart(out, `part-${++parts}`, builder.build());
  return { out, plans, assignments, whole: all.build().assignments };
}

/**
 * The assignments table written as one Parquet file by hyparquet-writer (from
 * JavaScript arrays) and by DuckDB's `COPY … TO` (from a table in DuckDB's
 * memory, loaded untimed): the same rows and columns, each writer from its own
 * in-memory form, Snappy both. Median of `RUNS`.
 */
async function writers(whole: ColumnTable): Promise<{ hyparquet: number; duckdb: number }> {
  const median = (ms: number[]) => ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
  const path = join(dir, 'whole.parquet');
  const hyparquet: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    writeFileSync(path, toParquet(whole));
    hyparquet.push(performance.now() - started);
  }
  const core = createRequire(join(root, 'packages/core/package.json'));
  const { DuckDBInstance } = (await import(
    pathToFileURL(core.resolve('@duckdb/node-api')).href
  )) as typeof import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(`CREATE TABLE a AS SELECT * FROM read_parquet('${path}')`);
  const duckdb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await db.run(`COPY a TO '${join(dir, 'duckdb.parquet')}' (FORMAT parquet, COMPRESSION snappy)`);
    duckdb.push(performance.now() - started);
  }
  db.closeSync();
  instance.closeSync();
  return { hyparquet: median(hyparquet), duckdb: median(duckdb) };
}

const fmt = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${DOCUMENTS} documents`,
);
const { folder, bytes } = writeDocuments();
console.log(
  `documents: ${fmt(DOCUMENTS)}, ${fmt(bytes / 1048576, 1)} MB (${fmt(bytes / DOCUMENTS / 1024, 1)} KB each)\n`,
);

const cpuBefore = process.cpuUsage();
const alone = await readAlone(folder);
const cpuUsed = process.cpuUsage(cpuBefore);
const aloneCpu = (cpuUsed.user + cpuUsed.system) / 1000;
const one = batch(folder, 1);
const two = batch(folder, 2);
if (one.assignments !== alone.assignments || two.assignments !== alone.assignments)
  throw new Error('batch: the runs read different assignments');
const perSecond = (ms: number) => (DOCUMENTS * 1000) / ms;
console.log(
  `| reading ${fmt(DOCUMENTS)} documents | documents/s | time | CPU time | peak heap per worker | peak RSS |`,
);
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(
  `| one after another in one process, nothing written (reference) | ${fmt(perSecond(alone.ms), 1)} | ${fmt(alone.ms / 1000, 1)} s | ${fmt(aloneCpu / 1000, 1)} s | – | – |`,
);
for (const [jobs, r] of [
  [1, one],
  [2, two],
] as const) {
  const heaps = r.workers.map((w) => `${fmt(w.peakHeapMb)} MB`).join(', ');
  console.log(
    `| remit batch --jobs ${jobs} | ${fmt(perSecond(r.elapsedMs), 1)} (${fmt(perSecond(r.wallMs), 1)} with start-up) | ${fmt(r.elapsedMs / 1000, 1)} s | ${r.cpuS === undefined ? '–' : `${fmt(r.cpuS, 1)} s`} | ${heaps} | ${r.rssMb === undefined ? '–' : `${fmt(r.rssMb)} MB`} |`,
  );
}
console.log(
  `\nscaling from 1 to 2 workers: ${fmt(one.elapsedMs / two.elapsedMs, 2)}× (with start-up ${fmt(one.wallMs / two.wallMs, 2)}×); assignments ${fmt(alone.assignments)}\n`,
);

const tables = writeTables();
const written = await writers(tables.whole);
console.log(
  `writing the ${fmt(rowCount(tables.whole))} assignments as one Parquet file: hyparquet-writer ${fmt(written.hyparquet)} ms, DuckDB COPY ${fmt(written.duckdb)} ms (median of ${RUNS})\n`,
);
console.log(
  `recipes on ${fmt(tables.assignments)} assignments in ${fmt(tables.plans)} plans (median and best of ${RUNS}, DuckDB as remit query runs it):\n`,
);
const docs = readFileSync(join(root, 'docs/batch.md'), 'utf8');
console.log('| recipe | median | best | rows |');
console.log('| --- | --- | --- | --- |');
for (const [, name, sql] of docs.matchAll(/```sql\n-- recipe: (.+)\n([^`]+)```/gu)) {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    rows = (await queryBatch(tables.out, sql!)).rows.length;
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `| ${name} | ${fmt(ms[Math.floor(ms.length / 2)]!)} ms | ${fmt(ms[0]!)} ms | ${fmt(rows)} |`,
  );
}
