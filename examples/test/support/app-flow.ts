import type { Locator, Page } from 'playwright';
import { expect } from 'vitest';
import {
  launchChromium,
  openWatched,
  type PageProblems,
} from '../../../packages/widgets/test/bundle/browser.js';
import { serveStatic } from '../../../packages/widgets/test/bundle/static-server.js';
import { launchChromium86 } from './chromium-86.js';

/** What the apps show of their plans (examples/plans), written out by hand. */
const FIRST = { counts: '17 项任务，15 个单位', units: 15, second: 'u2' };
const SECOND = { counts: '5 项任务，19 个单位', units: 19 };

function expectNoProblems(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
  expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
}

const text = (page: Page, selector: string) => () => page.locator(selector).textContent();

/** Waits (up to 15 s, for a busy machine) for a value to match. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

/** The units' bars of the workload chart, which every app shows. */
const bars = (page: Page) => page.locator('remit-workload [data-unit]');

/**
 * Serves an app's build and drives it as a person would, checking each step of the issue's
 * list: the plan comes from the app's own state and is replaced from it; a click in one view is
 * heard by the app and shown by the other views; the app's own `store.select()` is heard by the
 * app as a click is. `ownListener`: the app also counts `remit-select` on the workload element
 * itself (React's `onremit-select`, Vue's `@remit-select`).
 */
export async function driveApp(
  dist: string,
  options: { ownListener: boolean; page?: string; browser?: 'debian' | 'chromium-86' },
): Promise<void> {
  const server = await serveStatic(dist);
  const old = options.browser === 'chromium-86';
  const browser = old ? await launchChromium86() : await launchChromium();
  // Playwright's own click waits on checkVisibility(), which Chromium 86 lacks: there the
  // mouse is moved to the middle of the element and pressed, as a person would.
  const click = old ? clickAtMiddle : (target: Locator) => target.click();
  try {
    const { page, problems } = await openWatched(browser, server.origin);
    await page.goto(`${server.origin}/${options.page ?? ''}`, { waitUntil: 'load' });

    // The plan from the app's state is drawn.
    await poll(text(page, '#counts')).toBe(FIRST.counts);
    await poll(() => bars(page).count()).toBe(FIRST.units);
    expect(await page.locator('#selection').textContent()).toBe('未选择');

    // A click in the workload chart: the app hears it, the table shows it.
    const unit = await bars(page).first().getAttribute('data-unit');
    await click(bars(page).first());
    await poll(text(page, '#selection')).toBe(`已选：单位 ${unit}`);
    await poll(() =>
      page.locator(`remit-table [data-unit="${unit}"]`).getAttribute('aria-current'),
    ).toBe('true');
    if (options.ownListener) {
      await poll(text(page, '#workload-clicks')).toBe('工作量图点选 1 次');
    }

    // The app selects through the store: the views show it and the app hears it, once, from
    // <remit-data> (the workload's own listener hears only what was clicked there).
    await click(page.locator('#select-second'));
    await poll(text(page, '#selection')).toBe(`已选：单位 ${FIRST.second}`);
    await poll(() =>
      page
        .locator(`remit-workload [data-unit="${FIRST.second}"] [aria-pressed]`)
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await poll(() =>
      page.locator(`remit-table [data-unit="${FIRST.second}"]`).getAttribute('aria-current'),
    ).toBe('true');
    if (options.ownListener)
      expect(await text(page, '#workload-clicks')()).toBe('工作量图点选 1 次');

    // The app replaces its plan: every view draws the new one, and the selection the new plan
    // cleared is heard as cleared.
    await click(page.locator('#switch'));
    await poll(text(page, '#counts')).toBe(SECOND.counts);
    await poll(() => bars(page).count()).toBe(SECOND.units);
    await poll(text(page, '#selection')).toBe('未选择');
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector('remit-data') as unknown as {
              store: { plan: { units: unknown[] } };
            }
          ).store.plan.units.length,
      ),
    ).toBe(SECOND.units);

    expectNoProblems(problems);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Scrolls an element into view and clicks the middle of its box with the mouse (a locator's
 * `evaluateAll`, since `evaluate` too waits on checkVisibility()).
 */
async function clickAtMiddle(target: Locator): Promise<void> {
  await expect.poll(() => target.count(), { timeout: 15_000 }).toBe(1);
  const [middle] = await target.evaluateAll((elements) =>
    elements.map((el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  await target.page().mouse.click(middle!.x, middle!.y);
}
