import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  openWatched,
  settleViews,
  VIEW_SELECTOR,
  type PageProblems,
  type WatchedPage,
} from './browser.js';
import { PKG } from './ensure-build.js';
import { pixelDifference } from './pixel-difference.js';
import { serveStatic, type StaticServer } from './static-server.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; require-trusted-types-for 'script'; trusted-types lit-html";
const SCREENSHOTS = join(PKG, 'screenshots', 'examples');
/** Page screenshots are written only with REMIT_SCREENSHOTS=1 (see test/browser/screenshots.ts). */
const SAVE_SCREENSHOTS = process.env.REMIT_SCREENSHOTS === '1';
/** Where the hostile-CSS test leaves the two pictures of an element that differs (not committed). */
const DIFFS = join(PKG, 'test-results', 'hostile-css');

const EXAMPLES = [
  { page: '1-heatmap.html', views: ['remit-heatmap'] },
  { page: '2-linked-views.html', views: ['remit-heatmap', 'remit-network', 'remit-workload'] },
  {
    page: '3-strict-csp.html',
    views: ['remit-summary', 'remit-heatmap', 'remit-network', 'remit-workload', 'remit-table'],
  },
  {
    page: '4-hostile-css.html',
    views: ['remit-summary', 'remit-heatmap', 'remit-network', 'remit-workload', 'remit-table'],
  },
  { page: '5-classic-script.html', views: ['remit-summary', 'remit-heatmap'] },
];

/**
 * How far (0–255, any channel) a pixel may differ between the hostile and the
 * plain page and still count as equal. The two pages place the elements at
 * different offsets, and Chromium rasterises anti-aliased edges (thin ties at
 * 45% opacity) a little differently at different offsets: up to about 40 has
 * been seen. A leaked colour, font or spacing moves glyphs and fills by far
 * more. The computed styles are compared exactly besides.
 */
const RASTER_TOLERANCE = 64;

/** Properties a host page could make every node inherit, compared exactly inside each element. */
const INHERITED = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'color',
  'white-space',
  'cursor',
  'fill',
  'stroke',
  'stroke-width',
  'opacity',
  'display',
  'outline-style',
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (SAVE_SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  // The package folder is the site: examples/ and dist/ side by side.
  server = await serveStatic(PKG, (path): Record<string, string> =>
    path.endsWith('/3-strict-csp.html') ? { 'content-security-policy': CSP } : {},
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function expectNoProblems(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
}

async function open(path: string, options?: Parameters<typeof openWatched>[2]) {
  const watched = await openWatched(browser, server.origin, options);
  await watched.page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return watched;
}

/** Screenshot of each view on the page, in document order. */
async function viewShots(page: Page): Promise<Buffer[]> {
  const shots: Buffer[] = [];
  for (const view of await page.locator(VIEW_SELECTOR).all()) {
    shots.push(await view.screenshot({ animations: 'disabled', caret: 'hide', timeout: 10_000 }));
  }
  return shots;
}

/** Per view, each shadow node's inherited properties as computed. */
async function shadowStyles(page: Page): Promise<string[][]> {
  return page.evaluate(
    ([selector, names]) =>
      [...document.querySelectorAll(selector)].map((view) =>
        [...(view.shadowRoot?.querySelectorAll('*') ?? [])].map((node) => {
          const style = getComputedStyle(node);
          const values = names.map((n) => style.getPropertyValue(n)).join('|');
          return `${view.localName} ${node.localName}.${node.getAttribute('class') ?? ''} ${values}`;
        }),
      ),
    [VIEW_SELECTOR, INHERITED] as const,
  );
}

/** Clicks the first node of the network (a unit); returns its id. */
async function clickNetworkUnit(page: Page, index = 0): Promise<string> {
  const node = page.locator('remit-network [data-unit]').nth(index);
  const id = await node.getAttribute('data-unit');
  if (!id) throw new Error('the network has no unit node');
  await node.click({ timeout: 10_000 });
  return id;
}

async function storeSelection(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      (document.querySelector('remit-data') as unknown as { store: { selection: unknown } }).store
        .selection,
  );
}

async function recordSelectEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { __remitSelects: unknown[] }).__remitSelects = seen;
    document.addEventListener('remit-select', (e) => seen.push((e as CustomEvent).detail));
  });
}

async function selectEvents(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __remitSelects: unknown[] }).__remitSelects);
}

describe('example pages (built bundle, served as static files)', () => {
  for (const example of EXAMPLES) {
    it(`${example.page} renders every element with no console error and fetches nothing else`, async () => {
      const { context, page, problems, violations } = await open(`/examples/${example.page}`);
      try {
        const views = await settleViews(page);
        expect(views.map((v) => v.tag)).toEqual(example.views);
        for (const v of views) {
          expect(v, `${v.tag} is defined and drew a plan`).toMatchObject({
            defined: true,
            state: 'ready',
            shadow: true,
          });
          expect(v.width, `${v.tag} width`).toBeGreaterThan(100);
          expect(v.height, `${v.tag} height`).toBeGreaterThan(40);
        }
        if (SAVE_SCREENSHOTS) {
          await page.screenshot({
            path: join(SCREENSHOTS, example.page.replace(/\.html$/, '.png')),
            fullPage: true,
            animations: 'disabled',
          });
        }
        expectNoProblems(problems);
        expect(await violations()).toEqual([]);
        // The page, its stylesheets, one bundle and the plan: nothing else.
        const fetched = [...new Set(server.requests.filter((r) => !r.endsWith('favicon.ico')))];
        for (const path of fetched) {
          expect(path).toMatch(
            /^\/examples\/[\w.-]+\.(html|css|json)$|^\/dist\/remit-widgets(\.iife)?\.js$/,
          );
        }
      } finally {
        await context.close();
        server.requests.length = 0;
      }
    });
  }

  it('3-strict-csp.html: no element lays anything out beyond its own box (it would grow the host page)', async () => {
    const { context, page } = await open('/examples/3-strict-csp.html');
    try {
      await settleViews(page);
      const overflowing = await page.evaluate((selector) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll(selector)) {
          const box = el.getBoundingClientRect();
          // Inside a box that clips its overflow (a scroller, a clipped wrapper), a
          // node cannot grow the page: only the others count.
          const clipped = (node: Element): boolean => {
            for (let n = node.parentElement; n; n = n.parentElement) {
              if (getComputedStyle(n).overflow !== 'visible') return true;
            }
            return false;
          };
          for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
            const b = node.getBoundingClientRect();
            if ((b.width === 0 && b.height === 0) || clipped(node)) continue;
            // Overflow to the left or top is never scrollable; to the right or bottom it is.
            const over = Math.max(b.bottom - box.bottom, b.right - box.right);
            if (over > 1) {
              const name = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;
              out.push(`${el.localName} ${name}: ${Math.round(over)}px outside`);
            }
          }
        }
        return [...new Set(out)];
      }, VIEW_SELECTOR);
      expect(overflowing).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('3-strict-csp.html: zero CSP or Trusted Types violations, and the elements respond to clicks', async () => {
    const { context, page, problems, violations } = await open('/examples/3-strict-csp.html');
    try {
      await settleViews(page);
      await recordSelectEvents(page);
      const unit = await clickNetworkUnit(page);
      await settleViews(page);
      expect(await storeSelection(page)).toEqual({ kind: 'unit', id: unit });
      await page.keyboard.press('Escape');
      await settleViews(page);
      expect(await storeSelection(page)).toBeNull();
      // An export exercises the rest of the element under the policy.
      const svg = await page.evaluate(() =>
        (document.querySelector('remit-heatmap') as unknown as { toSVG(): string }).toSVG(),
      );
      expect(svg).toMatch(/^<svg[\s>]/);
      expect(await selectEvents(page)).toContainEqual({ kind: 'unit', id: unit });
      expect(await violations()).toEqual([]);
      expectNoProblems(problems);

      // The policy is really enforced: a style attribute and an HTML string are refused.
      const refused = await page.evaluate(() => {
        const div = document.createElement('div');
        div.setAttribute('style', 'color: red');
        document.body.append(div);
        let html = 'allowed';
        try {
          // eslint-disable-next-line no-restricted-properties -- checks that Trusted Types refuses it
          div.innerHTML = '<b>x</b>';
        } catch (e) {
          html = (e as Error).name;
        }
        return { html, styled: div.style.color };
      });
      expect(refused).toEqual({ html: 'TypeError', styled: '' });
      await expect
        // (each reported once per delivery of the policy: header and meta)
        .poll(async () => [...new Set((await violations()).map((v) => v.directive))].sort())
        .toEqual(['require-trusted-types-for', 'style-src-attr']);
    } finally {
      await context.close();
    }
  });

  it('3-strict-csp.html: toPNG() and the PNG button make a PNG under Trusted Types', async () => {
    const { context, page, problems, violations } = await open('/examples/3-strict-csp.html');
    try {
      await settleViews(page);
      const png = await page.evaluate(async () => {
        const el = document.querySelector('remit-heatmap') as unknown as {
          toPNG(): Promise<Blob>;
        };
        const blob = await el.toPNG();
        return { type: blob.type, head: [...new Uint8Array(await blob.slice(0, 4).arrayBuffer())] };
      });
      expect(png).toEqual({ type: 'image/png', head: [0x89, 0x50, 0x4e, 0x47] });
      const download = page.waitForEvent('download', { timeout: 10_000 });
      await page.locator('remit-heatmap [data-export="png"]').click();
      expect((await download).suggestedFilename()).toMatch(/\.png$/);
      expect(await page.locator('remit-heatmap [part~="export-status"]').textContent()).toBe('');
      expect(await violations()).toEqual([]);
      expectNoProblems(problems);
    } finally {
      await context.close();
    }
  });

  it('3-strict-csp.html: every export of every element works with zero CSP or Trusted Types violations', async () => {
    const { context, page, problems, violations } = await open('/examples/3-strict-csp.html');
    try {
      const views = await settleViews(page);
      await page.evaluate(async (selector) => {
        for (const el of document.querySelectorAll(selector)) el.setAttribute('toolbar', '');
        for (const el of document.querySelectorAll(selector)) {
          await (el as unknown as { renderComplete: Promise<void> }).renderComplete;
        }
      }, VIEW_SELECTOR);
      const exported = await page.evaluate(async (selector) => {
        const out: { tag: string; svg: string; png: string; size: number }[] = [];
        for (const node of document.querySelectorAll(selector)) {
          const el = node as unknown as { toSVG(): string; toPNG(): Promise<Blob> };
          const svg = el.toSVG();
          const png = await el.toPNG().then(
            (b) => b.type,
            (e: unknown) => String(e),
          );
          out.push({ tag: node.localName, svg: svg.slice(0, 4), png, size: svg.length });
        }
        return out;
      }, VIEW_SELECTOR);
      expect(exported.map(({ tag, svg, png }) => ({ tag, svg, png }))).toEqual(
        views.map((v) => ({ tag: v.tag, svg: '<svg', png: 'image/png' })),
      );
      const files: string[] = [];
      for (const v of views) {
        for (const format of ['svg', 'png']) {
          const download = page.waitForEvent('download', { timeout: 10_000 });
          await page.locator(`${v.tag} [data-export="${format}"]`).click();
          files.push(`${v.tag} ${(await download).suggestedFilename().split('.').pop()}`);
        }
      }
      expect(files).toEqual(views.flatMap((v) => [`${v.tag} svg`, `${v.tag} png`]));
      const statuses = await page.locator('[part~="export-status"]').allTextContents();
      expect(statuses).toEqual(views.map(() => ''));
      expect(await violations()).toEqual([]);
      expectNoProblems(problems);
    } finally {
      await context.close();
    }
  });

  it('2-linked-views.html: a unit picked in one view is highlighted in the others; Escape clears', async () => {
    const { context, page, problems } = await open('/examples/2-linked-views.html');
    try {
      await settleViews(page);
      await recordSelectEvents(page);
      const before = await viewShots(page);

      const unit = await clickNetworkUnit(page);
      await settleViews(page);
      expect(await selectEvents(page)).toEqual([{ kind: 'unit', id: unit }]);
      expect(await storeSelection(page)).toEqual({ kind: 'unit', id: unit });
      expect(
        await page.locator(`remit-network [data-unit="${unit}"]`).getAttribute('aria-pressed'),
      ).toBe('true');
      const selected = await viewShots(page);
      const tags = ['remit-heatmap', 'remit-network', 'remit-workload'];
      for (const [i, tag] of tags.entries()) {
        expect(
          await pixelDifference(browser, before[i]!, selected[i]!),
          `${tag} shows the selection`,
        ).toBeGreaterThan(0);
      }
      if (SAVE_SCREENSHOTS) {
        await page.screenshot({
          path: join(SCREENSHOTS, '2-linked-views-selected.png'),
          fullPage: true,
          animations: 'disabled',
        });
      }

      await page.keyboard.press('Escape');
      await settleViews(page);
      expect(await storeSelection(page)).toBeNull();
      expectNoProblems(problems);
    } finally {
      await context.close();
    }
  });

  it('4-hostile-css.html: the page stylesheet changes nothing inside the elements', async () => {
    // The same page twice, each drawn from scratch: once as it is, once with
    // hostile.css served empty (so the elements measure and draw without it).
    const hostile = await open('/examples/4-hostile-css.html');
    const plain = await openWatched(browser, server.origin);
    try {
      await plain.page.route('**/hostile.css', (route) =>
        route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
      );
      await plain.page.goto(`${server.origin}/examples/4-hostile-css.html`, { waitUntil: 'load' });
      const hostileSizes = await settleViews(hostile.page);
      const plainSizes = await settleViews(plain.page);
      expect(hostileSizes).toEqual(plainSizes);
      expect(await shadowStyles(hostile.page)).toEqual(await shadowStyles(plain.page));

      const hostileShots = await viewShots(hostile.page);
      const plainShots = await viewShots(plain.page);
      const differences: string[] = [];
      for (const [i, size] of plainSizes.entries()) {
        const ratio = await pixelDifference(browser, plainShots[i]!, hostileShots[i]!, {
          tolerance: RASTER_TOLERANCE,
        });
        if (ratio > 0) {
          differences.push(`${size.tag}: ${(ratio * 100).toFixed(2)}% of pixels differ`);
          await mkdir(DIFFS, { recursive: true });
          await writeFile(join(DIFFS, `${size.tag}-hostile.png`), hostileShots[i]!);
          await writeFile(join(DIFFS, `${size.tag}-plain.png`), plainShots[i]!);
        }
      }
      expect(differences, `element screenshots in ${DIFFS}`).toEqual([]);
      expectNoProblems(hostile.problems);
      expectNoProblems(plain.problems);
    } finally {
      await hostile.context.close();
      await plain.context.close();
    }
  });

  it('two copies of the bundle (two ES module instances and the classic script) on one page: no define error, 20 instances render', async () => {
    const { context, page, problems } = await open('/test/bundle/pages/two-copies.html');
    try {
      const views = await settleViews(page);
      expect(views).toHaveLength(20);
      for (const v of views) expect(v).toMatchObject({ defined: true, state: 'ready' });
      const copies = await page.evaluate(
        () => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0,
      );
      expect(copies, 'three copies of Lit ran').toBe(3);
      expectNoProblems(problems);
    } finally {
      await context.close();
    }
  });

  it("two copies under Trusted Types need 'allow-duplicates' for Lit's policy; with it, no error or violation", async () => {
    const { context, page, problems, violations } = await open(
      '/test/bundle/pages/two-copies-csp.html',
    );
    try {
      const views = await settleViews(page);
      for (const v of views) expect(v).toMatchObject({ defined: true, state: 'ready' });
      expect(await violations()).toEqual([]);
      expectNoProblems(problems);
    } finally {
      await context.close();
    }
  });
});

describe('example 2 copied into another static folder', () => {
  it('renders unchanged from a temporary folder served by another server; a published text there loads the reader beside the bundle', async () => {
    const root = await mkdtemp(join(tmpdir(), 'remit-copy-'));
    const site = join(root, 'portal', 'notices');
    let other: StaticServer | undefined;
    let watched: (WatchedPage & { context: { close(): Promise<void> } }) | undefined;
    try {
      await mkdir(join(site, 'plans'), { recursive: true });
      await mkdir(join(site, 'dist'), { recursive: true });
      await cp(join(PKG, 'examples', '2-linked-views.html'), join(site, 'plans', 'index.html'));
      await cp(
        join(PKG, 'examples', 'xuhui-2020-fazhi.json'),
        join(site, 'plans', 'xuhui-2020-fazhi.json'),
      );
      // the two files docs/embedding.md says to copy
      for (const file of ['remit-widgets.js', 'remit-widgets.reader.js'])
        await cp(join(PKG, 'dist', file), join(site, 'dist', file));
      other = await serveStatic(root);
      watched = await openWatched(browser, other.origin);
      await watched.page.goto(`${other.origin}/portal/notices/plans/`, { waitUntil: 'load' });
      const views = await settleViews(watched.page);
      expect(views.map((v) => v.tag)).toEqual(['remit-heatmap', 'remit-network', 'remit-workload']);
      for (const v of views) expect(v).toMatchObject({ defined: true, state: 'ready' });
      expectNoProblems(watched.problems);
      // a Plan JSON in UTF-8 is read by the bundle alone: the reader is not fetched
      expect([...new Set(other.requests)].sort()).toEqual([
        '/portal/notices/dist/remit-widgets.js',
        '/portal/notices/plans/',
        '/portal/notices/plans/xuhui-2020-fazhi.json',
      ]);

      // the same folder with the published text: the reader comes from beside the bundle
      await cp(
        join(PKG, '../../fixtures/corpus/xuhui-2020-fazhi.txt'),
        join(site, 'plans', 'xuhui-2020-fazhi.txt'),
      );
      await writeFile(
        join(site, 'plans', 'text.html'),
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>text</title>' +
          '<script type="module" src="../dist/remit-widgets.js"></script></head>' +
          '<body><remit-heatmap src="xuhui-2020-fazhi.txt"></remit-heatmap></body></html>',
      );
      other.requests.length = 0;
      await watched.page.goto(`${other.origin}/portal/notices/plans/text.html`, {
        waitUntil: 'load',
      });
      const [heatmap] = await settleViews(watched.page);
      expect(heatmap).toMatchObject({ tag: 'remit-heatmap', defined: true, state: 'ready' });
      // the plan read from the text: 15 units in 45 assignments, as from the JSON
      expect(
        await watched.page.evaluate(() => {
          const { layout } = document.querySelector('remit-heatmap') as unknown as {
            layout?: { columns: unknown[]; cells: readonly unknown[] };
          };
          return [layout?.columns.length, layout?.cells.length];
        }),
      ).toEqual([15, 45]);
      expectNoProblems(watched.problems);
      expect([...new Set(other.requests)].sort()).toEqual([
        '/portal/notices/dist/remit-widgets.js',
        '/portal/notices/dist/remit-widgets.reader.js',
        '/portal/notices/plans/text.html',
        '/portal/notices/plans/xuhui-2020-fazhi.txt',
      ]);
    } finally {
      await watched?.context.close();
      await other?.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
