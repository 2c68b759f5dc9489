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
const { build } = /** @type {typeof import('vite')} */ (
  await import(pathToFileURL(fromWidgets.resolve('vite')).href)
);
/** @typedef {typeof import('playwright-core')} Playwright */
// require.resolve finds the CommonJS entry, whose exports Node puts on `default` only.
const playwright = /** @type {Playwright & { default: Playwright }} */ (
  await import(pathToFileURL(fromWidgets.resolve('playwright-core')).href)
);
const { chromium } = playwright.chromium ? playwright : playwright.default;

/** @typedef {import('./remit-bench.js').RemitBench} RemitBench */
/** @typedef {RemitBench['libs'][number]} Lib */
/** @typedef {Pick<RemitBench, 'title' | 'sizes' | 'libs'> & { notes: string[] }} Spec */
/** @typedef {{ ms: number; best: number; reps: number; cells: number | undefined }} Result */

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
    // echarts and d3-force are the widgets package's, not the workspace root's
    // (bench/tsconfig.json resolves their types the same way).
    alias: [
      {
        find: /^echarts(\/.*)?$/,
        replacement: `${dirname(fromWidgets.resolve('echarts/package.json'))}$1`,
      },
      { find: /^d3-force$/, replacement: fromWidgets.resolve('d3-force') },
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

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path = normalize(
    join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
  );
  if (!path.startsWith(out + sep) || !safeFile(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await /** @type {Promise<void>} */ (
  new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
);
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const origin = `http://127.0.0.1:${port}`;

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
    // frames as soon as they are ready, not on a 60 Hz beat: a time "to a painted frame"
    // is then the work and its paint, not the wait for the next beat (which made a
    // 4 ms picture and a 12 ms one both take one beat, and a 17 ms one two)
    '--disable-gpu-vsync',
    '--disable-frame-rate-limit',
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
    /** @type {Record<string, Result>} */
    const results = {};
    spec.sizes = spec.sizes.filter((size) => sizeFilter.test(size.id));
    for (const size of spec.sizes) {
      for (const lib of spec.libs) {
        const reps = lib.reps?.[size.id] ?? size.reps;
        if (reps <= 0) continue;
        await page.goto(url);
        await page.evaluate(() => window.remitBench.warmUp?.());
        /** @type {number[]} */
        const times = [];
        /** @type {number | undefined} */
        let cells;
        for (let r = 0; r < reps; r++) {
          await page.evaluate(() => window.gc?.());
          const one = await page.evaluate(
            ([s, l]) => window.remitBench.run(s, l),
            /** @type {[string, string]} */ ([size.id, lib.id]),
          );
          times.push(one.ms);
          cells = one.cells ?? cells;
        }
        times.sort((a, b) => a - b);
        // reps > 0: there is a median and a best
        const result = {
          ms: /** @type {number} */ (times[Math.floor(times.length / 2)]),
          best: /** @type {number} */ (times[0]),
          reps,
          cells,
        };
        results[`${size.id}|${lib.id}`] = result;
        process.stderr.write(`  ${size.id} ${lib.label}: ${fmt(result.ms)} ms\n`);
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

/** @param {string} path */
function safeFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @param {number} ms */
function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/**
 * @param {number} a
 * @param {number} b
 */
function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}

/**
 * @param {Spec} spec
 * @param {Record<string, Result>} results by `size|lib`
 */
function printTable(spec, results) {
  const base = spec.libs.find((l) => l.baseline);
  const head = ['size', ...spec.libs.map((l) => `${l.label} ms`)];
  const others = spec.libs.filter((l) => l !== base);
  if (base) head.push(...others.map((l) => `${l.label} / ${base.label}`));
  const rows = spec.sizes.map((size) => {
    /** @param {Lib} lib */
    const cell = (lib) => results[`${size.id}|${lib.id}`];
    const row = [
      size.id,
      ...spec.libs.map((l) => {
        const c = cell(l);
        return c ? `${fmt(c.ms)} (${fmt(c.best)})` : '–';
      }),
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
  // every row has a cell under each heading
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => /** @type {string} */ (r[i]).length)),
  );
  /** @param {string[]} cells */
  const line = (cells) =>
    `| ${cells.map((c, i) => c.padEnd(/** @type {number} */ (widths[i]))).join(' | ')} |`;
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
