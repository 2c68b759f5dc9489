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

/** Wall time and CPU time (the machine may be shared: CPU time is the steadier figure). */
function measure(text: string): { ms: number; cpuMs: number; items: number } {
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

parse(syntheticDocument(MB)); // warm up
const rows: { mb: number; ms: number; cpuMs: number; items: number; heapMb: number }[] = [];
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
  const cpuMs = Math.min(...runs.map((r) => r.cpuMs));
  rows.push({ mb, ms: best.ms, cpuMs, items: best.items, heapMb: (peak - before) / MB });
}
console.log('size    wall ms  MB/s   CPU ms  MB/s    items  heap growth  time per MB vs 1 MB');
for (const r of rows) {
  const ratio = r.cpuMs / r.mb / (rows[0]!.cpuMs / rows[0]!.mb);
  console.log(
    [
      `${String(r.mb).padStart(2)} MB`,
      r.ms.toFixed(0).padStart(8),
      (r.mb / (r.ms / 1000)).toFixed(1).padStart(5),
      r.cpuMs.toFixed(0).padStart(8),
      (r.mb / (r.cpuMs / 1000)).toFixed(1).padStart(5),
      String(r.items).padStart(8),
      `${r.heapMb.toFixed(0).padStart(8)} MB`,
      ratio.toFixed(2).padStart(12),
    ].join(' '),
  );
}
console.log(`peak RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
