// Parse throughput and peak memory on synthetic documents built from the
// corpus layouts, at 1, 2, 5 and 10 MB, and on the same plans printed without
// line breaks (pages that lost them) at 1 and 4 MB; growth should be linear.
// Last, every distinct document of the repository read as one document, and
// the same documents read one by one: the figures nearest to a user's files
// (the synthetic ones repeat the corpus).
// The parser is measured as it ships: compiled by tsc to plain JavaScript, run
// by plain Node. (Under tsx's loader the same code reads about a third slower:
// this file is JavaScript so that nothing sits between Node and the parser.)
//   node bench/parse.bench.mjs
/* global Buffer, setInterval, clearInterval */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const root = new URL('..', import.meta.url);
const out = mkdtempSync(join(tmpdir(), 'remit-parse-bench-'));
execFileSync(
  process.execPath,
  [
    new URL('node_modules/typescript/bin/tsc', root).pathname,
    '-p',
    new URL('packages/core/tsconfig.build.json', root).pathname,
    '--outDir',
    out,
    '--sourceMap',
    'false',
    '--inlineSources',
    'false',
    '--declaration',
    'false',
  ],
  { stdio: 'inherit' },
);
/** @type {{ parse: typeof import('../packages/core/src/parse/index.js').parse }} */
const { parse } = await import(pathToFileURL(join(out, 'parse/index.js')).href);
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const MB = 1 << 20;
const SIZES = [1, 2, 5, 10];
const corpus = new URL('../fixtures/corpus/', import.meta.url);
const layouts = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, corpus), 'utf8'));
/**
 * The corpus documents one after another, repeated until the UTF-8 size is reached.
 * @param {number} bytes
 * @returns {string}
 */
function syntheticDocument(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = layouts[i % layouts.length] + '\n\n';
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}
/** @typedef {{ ms: number; cpuMs: number; items: number }} Run */
/**
 * Wall time and CPU time (the machine may be shared: CPU time is the steadier figure).
 * @param {string} text
 * @returns {Run}
 */
function measure(text) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { plan } = parse(text);
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    items: plan.items.length,
  };
}
/** The speed the reader must keep on every size: 20 MB of plan text a second. */
const TARGET_MB_S = 20;
// warm up: the parser's code is compiled by the engine over its first few runs,
// on lines as the corpus has them and on text that lost its line breaks
const warmUp = syntheticDocument(MB);
const flatWarmUp = warmUp.split(/\r?\n/u).join(' ');
for (let k = 0; k < 8; k++) {
  parse(warmUp);
  parse(flatWarmUp);
}
const RUNS = 5;
/** @typedef {{ mb: number; ms: number; medianMs: number; cpuMs: number; items: number; heapMb: number }} Row */
/** @type {Row[]} */
const rows = [];
for (const mb of SIZES) {
  const text = syntheticDocument(mb * MB);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const runs = Array.from({ length: RUNS }, () => measure(text));
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
  const medianMs = /** @type {number} */ (runs.map((r) => r.ms).sort((a, b) => a - b)[RUNS >> 1]);
  const cpuMs = Math.min(...runs.map((r) => r.cpuMs));
  rows.push({ mb, ms: best.ms, medianMs, cpuMs, items: best.items, heapMb: (peak - before) / MB });
}
console.log(`best and median of ${RUNS} runs; target ${TARGET_MB_S} MB/s`);
console.log(
  'size    wall ms  MB/s   median ms  MB/s   CPU ms  MB/s    items  heap growth  time per MB vs 1 MB  target',
);
for (const r of rows) {
  const first = /** @type {Row} */ (rows[0]);
  const ratio = r.cpuMs / r.mb / (first.cpuMs / first.mb);
  console.log(
    [
      `${String(r.mb).padStart(2)} MB`,
      r.ms.toFixed(0).padStart(8),
      (r.mb / (r.ms / 1000)).toFixed(1).padStart(5),
      r.medianMs.toFixed(0).padStart(11),
      (r.mb / (r.medianMs / 1000)).toFixed(1).padStart(5),
      r.cpuMs.toFixed(0).padStart(8),
      (r.mb / (r.cpuMs / 1000)).toFixed(1).padStart(5),
      String(r.items).padStart(8),
      `${r.heapMb.toFixed(0).padStart(8)} MB`,
      ratio.toFixed(2).padStart(12),
      meets(r.mb / (r.medianMs / 1000)).padStart(14),
    ].join(' '),
  );
}
/**
 * Whether a speed (MB/s) keeps the target, as the table prints it.
 * @param {number} mbPerSecond
 * @returns {string}
 */
function meets(mbPerSecond) {
  return mbPerSecond >= TARGET_MB_S ? 'met' : `MISSED (<${TARGET_MB_S})`;
}
/**
 * Best of three reads of documents of `parts` repeated to 1 and 4 MB, with the growth of time per MB.
 * @param {string} title
 * @param {string[]} parts
 * @param {string} joiner
 */
function growth(title, parts, joiner) {
  console.log(`\n${title}`);
  /** @type {{ mb: number; ms: number }[]} */
  const rows = [];
  for (const mb of [1, 4]) {
    const chunks = [];
    let size = 0;
    for (let i = 0; size < mb * MB; i++) {
      const part = parts[i % parts.length] + joiner;
      chunks.push(part);
      size += Buffer.byteLength(part);
    }
    const text = chunks.join('');
    const runs = [measure(text), measure(text), measure(text)];
    const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
    rows.push({ mb, ms: best.ms });
    const first = /** @type {{ mb: number; ms: number }} */ (rows[0]);
    console.log(
      `${String(mb).padStart(2)} MB ${best.ms.toFixed(0).padStart(8)} ms ${(mb / (best.ms / 1000)).toFixed(1).padStart(5)} MB/s ${String(best.items).padStart(8)} items  time per MB vs 1 MB ${(best.ms / mb / first.ms).toFixed(2)}  target ${meets(mb / (best.ms / 1000))}`,
    );
  }
}
// paragraphs only: no `|`, tab or table anywhere, so a search that runs to the
// end of the document on every line shows here as growth
growth(
  'paragraph documents only',
  layouts.filter((t) => !/[|\t]/u.test(t)),
  '\n\n',
);
// the same plans with their line breaks lost: one paragraph per document
const flattened = layouts.map((t) =>
  t
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' '),
);
growth('without line breaks', flattened, ' ');
// Every distinct document the repository holds (the corpus, the real documents
// and the parse fixtures) one after another, read as one: nothing repeats
// another document, so the reader's memory of unit lists (kept for one call)
// helps only where a document repeats itself, as a user's files do. The
// synthetic documents above repeat the corpus, whose lists it reads once.
{
  const folders = ['corpus', 'real', 'parse'].map(
    (f) => new URL(`../fixtures/${f}/`, import.meta.url),
  );
  const docs = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, folder), 'utf8')),
  );
  const text = docs.join('\n\n');
  const mb = Buffer.byteLength(text) / MB;
  for (let k = 0; k < 10; k++) parse(text);
  const runs = Array.from({ length: 15 }, () => measure(text)).sort((a, b) => a.ms - b.ms);
  /** @param {number} ms */
  const rate = (ms) => (mb / (ms / 1000)).toFixed(1);
  // CPU time beside wall time: on a shared machine the wall-clock median moves
  // with other work, the least CPU time much less
  /** @param {Run[]} list */
  const cpuBest = (list) => Math.min(...list.map((r) => r.cpuMs));
  const best = /** @type {Run} */ (runs[0]);
  const median = /** @type {Run} */ (runs[7]);
  console.log(`\n${docs.length} distinct documents read as one (${(mb * 1024).toFixed(0)} KB)`);
  console.log(
    `best ${best.ms.toFixed(1)} ms ${rate(best.ms)} MB/s   median ${median.ms.toFixed(1)} ms ${rate(median.ms)} MB/s   CPU ${cpuBest(runs).toFixed(1)} ms ${rate(cpuBest(runs))} MB/s   ${best.items} items  target ${meets(mb / (median.ms / 1000))}`,
  );
  // the same documents read one by one, as a batch of a user's files is read:
  // every read pays the reader's fixed costs, on documents of 0.2–2.5 KB (one of 12 KB)
  const readEach = () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    let items = 0;
    for (const doc of docs) items += parse(doc).plan.items.length;
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, items };
  };
  for (let k = 0; k < 10; k++) readEach();
  const each = Array.from({ length: 15 }, readEach).sort((a, b) => a.ms - b.ms);
  const eachBest = /** @type {Run} */ (each[0]);
  const eachMedian = /** @type {Run} */ (each[7]);
  console.log(`the same ${docs.length} documents read one by one`);
  console.log(
    `best ${eachBest.ms.toFixed(1)} ms ${rate(eachBest.ms)} MB/s   median ${eachMedian.ms.toFixed(1)} ms ${rate(eachMedian.ms)} MB/s   CPU ${cpuBest(each).toFixed(1)} ms ${rate(cpuBest(each))} MB/s   ${eachBest.items} items  target ${meets(mb / (eachMedian.ms / 1000))}`,
  );
}
console.log(`peak RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
