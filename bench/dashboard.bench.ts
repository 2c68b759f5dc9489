/**
 * The dashboard's peak memory and time to first render on large CSV plans:
 * `npx tsx bench/dashboard.bench.ts [100k 1m …]`.
 *
 * Builds the dashboard as its tests do (`REMIT_TEST_DIST` names the folder),
 * serves it, opens it in one headless Chromium (`/usr/bin/chromium`) and, for
 * each size, reloads the tab and picks a generated CSV of that many
 * assignments (`syntheticPlan`: about 5 units an item, 2,000 units, Zipf-popular) with the file
 * input. Time to first render runs from the pick until every Remit element has
 * finished drawing. While it reads and draws, the tab's JS heap
 * (`Performance.getMetrics` JSHeapUsedSize over CDP) and the resident memory
 * of every Chromium process (VmRSS in /proc, Linux only) are sampled every
 * 100 ms; the peaks are printed next to the input's size and the rows the
 * items table keeps in the DOM. One run each: not a test, nothing passes or
 * fails on time.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright';
import { buildDashboard } from '../packages/demo/test/support/build-dashboard.js';
import { serveStatic } from '../packages/demo/test/support/static-server.js';
import { syntheticPlan } from './synthetic-plan.js';

const SIZES: Record<string, number> = { '100k': 100_000, '300k': 300_000, '1m': 1_000_000 };
const wanted = process.argv.slice(2).filter((a) => a in SIZES);
const sizes = wanted.length > 0 ? wanted : ['100k', '1m'];
/** Longest wait for one size before it is reported as not finished. */
const TIMEOUT_MS = 300_000;

/**
 * A long CSV of `n` assignments, `item,title,unit,role`: the synthetic plan of
 * the other benchmarks (items of 1–9 units, 5 on average, units drawn with Zipf
 * popularity from 2,000, about half the items with a written lead), cut at `n`
 * assignments. Deterministic.
 */
function assignmentsCsv(n: number): string {
  const plan = syntheticPlan({ items: Math.ceil(n / 4), units: 2_000, unitsPerItem: 5, seed: 1 });
  const title = new Map(plan.items.map((i) => [i.id, i.title]));
  const name = new Map(plan.units.map((u) => [u.id, u.name]));
  const lines = ['item,title,unit,role'];
  for (const a of plan.assignments.slice(0, n)) {
    lines.push(`${a.item},${title.get(a.item)!},${name.get(a.unit)!},${a.role}`);
  }
  if (lines.length <= n)
    throw new Error(`dashboard bench: the synthetic plan has < ${n} assignments`);
  return lines.join('\n') + '\n';
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number | undefined {
  try {
    const children = new Map<number, number[]>();
    const rss = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
        const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
        rss.set(Number(name), kb * 1024);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      } catch {
        // the process ended while the list was read
      }
    }
    let sum = 0;
    const stack = [root];
    while (stack.length > 0) {
      const pid = stack.pop()!;
      sum += rss.get(pid) ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    return sum;
  } catch {
    return undefined;
  }
}

async function jsHeap(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

async function rendered(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (name) =>
      document.querySelector('[data-source-name]')?.getAttribute('data-source-name') === name ||
      document.querySelector('.unreadable') !== null,
    name,
    { timeout: TIMEOUT_MS, polling: 250 },
  );
  await page.evaluate(async () => {
    for (let round = 0; round < 2; round++) {
      const elements = [...document.querySelectorAll('*')].filter(
        (el) => el.localName.startsWith('remit-') && 'renderComplete' in el,
      ) as unknown as { renderComplete: Promise<void> }[];
      await Promise.all(elements.map((el) => el.renderComplete));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
  });
}

const mb = (bytes: number | undefined): string =>
  bytes === undefined ? '–' : `${(bytes / 1048576).toFixed(0)} MB`;

const dist = await buildDashboard();
const server = await serveStatic(dist);
const browserServer = await chromium.launchServer({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
});
const browser = await chromium.connect(browserServer.wsEndpoint());
const pid = browserServer.process().pid!;
const dir = mkdtempSync(join(tmpdir(), 'remit-dashboard-bench-'));
const rows: string[][] = [];
try {
  for (const size of sizes) {
    const n = SIZES[size]!;
    const file = join(dir, `plan-${size}.csv`);
    const csv = assignmentsCsv(n);
    writeFileSync(file, csv);
    const bytes = Buffer.byteLength(csv);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      locale: 'zh-CN',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url);
    await rendered(page, 'xuhui-2020-fazhi.txt');
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const before = { heap: await jsHeap(cdp), rss: treeRss(pid) };
    let peakHeap = before.heap;
    let peakRss = before.rss;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          peakHeap = Math.max(peakHeap, await jsHeap(cdp));
        } catch {
          // the tab is busy or gone; the next sample tries again
        }
        const rss = treeRss(pid);
        if (rss !== undefined) peakRss = Math.max(peakRss ?? 0, rss);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const start = performance.now();
    let outcome = 'shown';
    try {
      await page.locator('[data-file-input]').setInputFiles(file);
      await rendered(page, `plan-${size}.csv`);
      if (await page.locator('.unreadable').count()) outcome = 'refused';
    } catch (error) {
      outcome = `not finished (${String(error).split('\n')[0]})`;
    }
    const ms = performance.now() - start;
    sampling = false;
    await sampler;
    const facts = await page
      .evaluate(() => {
        const items = document.querySelector('remit-table[view="items"]');
        return {
          domRows: items?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0,
          notes: [...document.querySelectorAll('[data-diagnostics] li[data-code]')]
            .map((li) => li.getAttribute('data-code'))
            .join(' '),
        };
      })
      .catch(() => ({ domRows: -1, notes: '' }));
    rows.push([
      n.toLocaleString('en'),
      mb(bytes),
      `${(ms / 1000).toFixed(1)} s`,
      `${mb(peakHeap)} (${mb(before.heap)})`,
      `${mb(peakRss)} (${mb(before.rss)})`,
      String(facts.domRows),
      `${outcome}${facts.notes ? `; ${facts.notes}` : ''}`,
    ]);
    await context.close();
  }
} finally {
  await browser.close();
  await browserServer.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

const head = [
  'assignments',
  'CSV',
  'first render',
  'peak JS heap (before)',
  'peak RSS, all Chromium (before)',
  'items rows in DOM',
  'outcome',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(
  '\nOne run per size in a fresh tab; "before" is the tab showing the sample plan, after a garbage collection. Peaks sampled every 100 ms from the file pick until every Remit element has drawn.',
);
