import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const chromium = chromiumForFile();

/** axe-core's WCAG 2.1 A/AA violations on the whole page (shadow roots included), one line each. */
async function violations(page: Page): Promise<string[]> {
  // evaluated by the browser's debugger, not as a page script: the page's CSP stays as it is
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ...a: unknown[]
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(' ')}`,
    );
  });
}

describe('the dashboard for keyboard and screen reader users', () => {
  it('is axe-clean with every panel of the analyst’s work open', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const earlier = new URL('../../core/data/xuhui-2020-fazhi.txt', import.meta.url).pathname;
    await page.locator('[data-earlier-input]').setInputFiles(earlier);
    await page.locator('[data-filter-section]').selectOption('三、提升城区依法治理水平');
    await page.locator('remit-summary [data-trace="items"]').click();
    await page.evaluate(() =>
      (
        document.querySelector('remit-data#plan') as unknown as {
          store: { select(s: unknown): void };
        }
      ).store.select({ kind: 'item', id: 'i9' }),
    );
    await page
      .locator('[data-finding="concentration"] [data-glossary-link]')
      .click()
      .catch(() => undefined);
    for (const summary of await page.locator('details > summary').all()) {
      if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
    }
    await settled(page);
    expect(await violations(page)).toEqual([]);
    await d.context.close();
  });
});
