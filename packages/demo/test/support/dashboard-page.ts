import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, headless, without anything that talks to the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}

/**
 * The Chromium of one test file: launched before its tests, closed after them. Call it at
 * the top of the file; `browser` is there once the tests run.
 */
export function chromiumForFile(): { readonly browser: Browser } {
  const held = {} as { browser: Browser };
  beforeAll(async () => {
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return held;
}

/** A dashboard tab and what it reported: console errors, CSP violations, requests elsewhere. */
export interface DashboardPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  violations: string[];
  /** requests to anything but the dashboard's own origin, `blob:` and `data:` */
  foreign: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** an existing context, to keep localStorage across reloads */
  context?: BrowserContext;
}

/** Opens the dashboard in a fresh context (unless one is given) and waits until every view is drawn. */
export async function openDashboard(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<DashboardPage> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: { width: options.width ?? 1440, height: options.height ?? 1000 },
      deviceScaleFactor: 1,
      acceptDownloads: true,
      locale: 'zh-CN',
      timezoneId: 'UTC',
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: 'reduce',
    }));
  const page = await context.newPage();
  const errors: string[] = [];
  const violations: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const u = request.url();
    if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
  });
  await page.exposeFunction('__remitViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __remitViolation(t: string): void }).__remitViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(url);
  await settled(page);
  return { context, page, errors, violations, foreign };
}

/** Waits until the dashboard has started and every Remit element has finished drawing. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getElementById('app')?.getAttribute('aria-busy') === 'false',
  );
  await page.evaluate(async () => {
    for (let round = 0; round < 3; round++) {
      const elements = [...document.querySelectorAll('*')].filter(
        (el) => el.localName.startsWith('remit-') && 'renderComplete' in el,
      ) as unknown as { renderComplete: Promise<void> }[];
      await Promise.all(elements.map((el) => el.renderComplete));
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
  });
}

/**
 * Clicks the heatmap cell of `item` × `unit` where the pointer would: at its
 * centre, found from the element's public `layout` (cells are drawn as paths,
 * so there is no element per cell to click).
 */
export async function clickHeatmapCell(
  page: Page,
  item: string,
  unit: string,
  selector = 'remit-heatmap[data-view-element="heatmap"]',
): Promise<void> {
  await clickHeatmap(page, { item, unit }, selector);
}

/**
 * Clicks a margin bar of the heatmap: a unit's column bar (its items) or an
 * item's row bar (its units), found from the element's layout.
 */
export async function clickHeatmapBar(
  page: Page,
  mark: { unit: string } | { item: string },
  selector = 'remit-heatmap[data-view-element="heatmap"]',
): Promise<void> {
  await clickHeatmap(page, mark, selector);
}

/** Clicks a cell (`item` and `unit`), a unit's column bar (`unit`) or an item's row bar (`item`). */
async function clickHeatmap(
  page: Page,
  mark: { item?: string; unit?: string },
  selector: string,
): Promise<void> {
  const point = await page.evaluate(
    ({ selector, mark }) => {
      interface Box {
        x: number;
        y: number;
        w: number;
        h: number;
      }
      const el = document.querySelector(selector) as HTMLElement & {
        layout?: {
          cells: readonly ({ item: string; unit: string } & Box)[];
          regions: { columnBars: Box; rowBars: Box };
          columns: readonly ({ unit: string } & Box)[];
          rows: readonly ({ item: string } & Box)[];
        };
      };
      const layout = el.layout;
      const viewport = el.shadowRoot?.querySelector<HTMLElement>('[part~="viewport"]');
      if (!layout || !viewport) return null;
      let at: { x: number; y: number } | undefined;
      // the column header is pinned to the top of the viewport: its bars do not scroll down
      let pinned = false;
      if (mark.item !== undefined && mark.unit !== undefined) {
        const cell = layout.cells.find((c) => c.item === mark.item && c.unit === mark.unit);
        if (cell) at = { x: cell.x + cell.w / 2, y: cell.y + cell.h / 2 };
      } else if (mark.unit !== undefined) {
        const col = layout.columns.find((c) => c.unit === mark.unit);
        const bars = layout.regions.columnBars;
        if (col) at = { x: col.x + col.w / 2, y: bars.y + bars.h - 2 };
        pinned = true;
      } else {
        const row = layout.rows.find((r) => r.item === mark.item);
        const bars = layout.regions.rowBars;
        if (row) at = { x: bars.x + 6, y: row.y + row.h / 2 };
      }
      if (!at) return null;
      el.scrollIntoView({ block: 'center' });
      const box = viewport.getBoundingClientRect();
      return {
        x: box.left + viewport.clientLeft + at.x - viewport.scrollLeft,
        y: box.top + viewport.clientTop + at.y - (pinned ? 0 : viewport.scrollTop),
      };
    },
    { selector, mark },
  );
  if (!point) throw new Error(`clickHeatmap: nothing to click for ${JSON.stringify(mark)}`);
  await page.mouse.click(point.x, point.y);
}
