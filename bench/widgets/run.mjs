#!/usr/bin/env node
/* global window -- page.evaluate callbacks run in the page */
// Builds the *.bench.html pages, serves them on 127.0.0.1 and runs them in one
// headless Chromium; prints a table of median times and ratios per page. See README.md.
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const widgets = join(repo, 'packages', 'widgets');
const fromWidgets = createRequire(join(widgets, 'package.json'));
const { build } = await import(pathToFileURL(fromWidgets.resolve('vite')).href);
const playwright = await import(pathToFileURL(fromWidgets.resolve('playwright-core')).href);
const { chromium } = playwright.chromium ? playwright : playwright.default;

const filter = process.argv[2] ?? '';
/** A regular expression over size ids (`'^(500|2,000) units$'`); all sizes when absent. */
const sizeFilter = new RegExp(process.argv[3] ?? '');
const pages = readdirSync(here)
  .filter((f) => f.endsWith('.bench.html') && f.includes(filter))
  .sort();
if (pages.length === 0) {
  console.error(`bench/widgets: no *.bench.html page matches "${filter}"`);
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'remit-bench-'));
console.log(`building ${pages.join(', ')} …`);
await build({
  root: here,
  logLevel: 'warn',
  configFile: false,
  resolve: {
    conditions: ['remit-source', 'module', 'browser', 'development|production'],
    // echarts is a devDependency of the widgets package, not of the workspace root.
    alias: [
      {
        find: /^echarts(\/.*)?$/,
        replacement: `${dirname(fromWidgets.resolve('echarts/package.json'))}$1`,
      },
    ],
  },
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p.replace('.html', ''), join(here, p)])),
    },
  },
});

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(out + sep) || !safeFile(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--js-flags=--expose-gc',
  ],
});
try {
  const version = browser.version();
  for (const file of pages) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
    const url = `${origin}/${relative(here, join(here, file))}`;
    await page.goto(url);
    const spec = await page.evaluate(() => {
      const b = window.remitBench;
      return { title: b.title, notes: b.notes ?? [], sizes: b.sizes, libs: b.libs };
    });
    console.log(`\n### ${spec.title} (Chromium ${version}, headless, software rendering)\n`);
    const results = {};
    spec.sizes = spec.sizes.filter((size) => sizeFilter.test(size.id));
    for (const size of spec.sizes) {
      for (const lib of spec.libs) {
        const reps = lib.reps?.[size.id] ?? size.reps;
        if (reps <= 0) continue;
        await page.goto(url);
        await page.evaluate(() => window.remitBench.warmUp?.());
        const times = [];
        let cells;
        for (let r = 0; r < reps; r++) {
          await page.evaluate(() => window.gc?.());
          const one = await page.evaluate(
            ([s, l]) => window.remitBench.run(s, l),
            [size.id, lib.id],
          );
          times.push(one.ms);
          cells = one.cells ?? cells;
        }
        times.sort((a, b) => a - b);
        results[`${size.id}|${lib.id}`] = {
          ms: times[Math.floor(times.length / 2)],
          best: times[0],
          reps,
          cells,
        };
        process.stderr.write(
          `  ${size.id} ${lib.label}: ${fmt(results[`${size.id}|${lib.id}`].ms)} ms\n`,
        );
      }
    }
    printTable(spec, results);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

function safeFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}

function printTable(spec, results) {
  const base = spec.libs.find((l) => l.baseline);
  const head = ['size', ...spec.libs.map((l) => `${l.label} ms`)];
  const others = spec.libs.filter((l) => l !== base);
  if (base) head.push(...others.map((l) => `${l.label} / ${base.label}`));
  const rows = spec.sizes.map((size) => {
    const cell = (lib) => results[`${size.id}|${lib.id}`];
    const row = [
      size.id,
      ...spec.libs.map((l) => (cell(l) ? `${fmt(cell(l).ms)} (${fmt(cell(l).best)})` : '–')),
    ];
    if (base) {
      for (const l of others) {
        const a = cell(l);
        const b = cell(base);
        row.push(a && b ? `${ratio(a.ms, b.ms)} (${ratio(a.best, b.best)})` : '–');
      }
    }
    return row;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows) console.log(line(r));
  const counts = spec.sizes
    .map((s) => `${s.id}: ${results[`${s.id}|${base?.id}`]?.cells ?? '?'} cells`)
    .join(', ');
  console.log(
    `\nmedian (best) of ${spec.sizes.map((s) => s.reps).join('/')} runs per size; ratios of medians (of bests); ${counts}`,
  );
  for (const note of spec.notes) console.log(`- ${note}`);
}
