// Parse throughput and peak memory on synthetic documents built from the
// corpus layouts, at 1, 2, 5 and 10 MB; growth should be linear.
//   npx tsx bench/parse.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from '../packages/core/src/parse/index.js';

const MB = 1 << 20;
const SIZES = [1, 2, 5, 10];
const corpus = new URL('../fixtures/corpus/', import.meta.url);
const layouts = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, corpus), 'utf8'));

/** The corpus documents one after another, repeated until the UTF-8 size is reached. */
function syntheticDocument(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = layouts[i % layouts.length]! + '\n\n';
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

function measure(text: string): { ms: number; items: number } {
  const started = performance.now();
  const { plan } = parse(text);
  return { ms: performance.now() - started, items: plan.items.length };
}

parse(syntheticDocument(MB)); // warm up
const rows: { mb: number; ms: number; items: number; heapMb: number }[] = [];
for (const mb of SIZES) {
  const text = syntheticDocument(mb * MB);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const runs = [measure(text), measure(text), measure(text)];
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
  rows.push({ mb, ms: best.ms, items: best.items, heapMb: (peak - before) / MB });
}
console.log('size   time      MB/s   items    heap growth   time ratio (vs 1 MB, per MB)');
for (const r of rows) {
  const ratio = r.ms / r.mb / (rows[0]!.ms / rows[0]!.mb);
  console.log(
    `${String(r.mb).padStart(2)} MB ${r.ms.toFixed(0).padStart(6)} ms ${(r.mb / (r.ms / 1000)).toFixed(1).padStart(6)} ${String(r.items).padStart(7)} ${r.heapMb.toFixed(0).padStart(8)} MB      ${ratio.toFixed(2)}`,
  );
}
console.log(`peak RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
