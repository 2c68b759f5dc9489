import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing of its own on the network. */
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

/** A CSP violation as the page saw it (`securitypolicyviolation`). */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** What went wrong on a page: console errors, uncaught errors, failed loads, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** URLs requested from outside the test server */
  foreignRequests: string[];
}

export interface WatchedPage {
  page: Page;
  problems: PageProblems;
  /** The `securitypolicyviolation` events recorded in the page so far. */
  violations(): Promise<Violation[]>;
}

/**
 * Opens a page in a fresh context that records every problem: console errors,
 * page errors, failed or 4xx/5xx requests, requests to other origins, and
 * CSP violations (listened for before any page script runs).
 */
export async function openWatched(
  browser: Browser,
  origin: string,
  options: { width?: number; height?: number; reducedMotion?: boolean } = {},
): Promise<WatchedPage & { context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    colorScheme: 'light',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    foreignRequests: [],
  };
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string }[] = [];
    (window as unknown as { __remitViolations: typeof seen }).__remitViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e?.stack ?? e)));
  page.on('requestfailed', (r) =>
    problems.failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.foreignRequests.push(url);
    }
  });
  return {
    context,
    page,
    problems,
    violations: () =>
      page.evaluate(
        () => (window as unknown as { __remitViolations?: Violation[] }).__remitViolations ?? [],
      ),
  };
}

/** The Remit elements on the page that draw something (every `remit-*` but `remit-data`). */
export const VIEW_SELECTOR =
  'remit-heatmap, remit-network, remit-workload, remit-summary, remit-table';

export interface ViewState {
  tag: string;
  defined: boolean;
  state: string | undefined;
  shadow: boolean;
  width: number;
  height: number;
}

/**
 * Waits until every `remit-*` element on the page is defined and its
 * `renderComplete` has resolved (or `timeout` ms passed), then reports each
 * one: defined, the store's state (`ready` when a plan is drawn), its size.
 */
export async function settleViews(page: Page, timeout = 30_000): Promise<ViewState[]> {
  return page.evaluate(
    async ({ selector, timeout }) => {
      const views = [...document.querySelectorAll(selector)] as (HTMLElement & {
        renderComplete?: Promise<void>;
        store?: { state?: string };
      })[];
      const data = [...document.querySelectorAll('remit-data')] as (HTMLElement & {
        settled?: Promise<void>;
      })[];
      const wait = async (): Promise<void> => {
        if (customElements.get('remit-data')) await Promise.all(data.map((d) => d.settled));
        // Module and deferred scripts have run by the load event: an element
        // undefined now stays undefined, so only the defined ones are awaited.
        await Promise.all(
          views.filter((v) => customElements.get(v.localName)).map((v) => v.renderComplete),
        );
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      };
      await Promise.race([wait(), new Promise((r) => setTimeout(r, timeout))]);
      return views.map((v) => {
        const box = v.getBoundingClientRect();
        return {
          tag: v.localName,
          defined: customElements.get(v.localName) !== undefined,
          state: v.store?.state,
          shadow: v.shadowRoot !== null,
          width: Math.round(box.width),
          height: Math.round(box.height),
        };
      });
    },
    { selector: VIEW_SELECTOR, timeout },
  );
}
