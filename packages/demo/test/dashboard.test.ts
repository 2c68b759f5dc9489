import { describe, expect, inject, it } from 'vitest';
import {
  chromiumForFile,
  clickHeatmapCell,
  openDashboard,
  settled,
  type DashboardPage,
} from './support/dashboard-page.js';
import { screenshot } from './support/screenshots.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** How many heatmap cells, network nodes and detail entries the page shows. */
async function counts(d: DashboardPage) {
  return d.page.evaluate(() => {
    const heatmap = document.querySelector('remit-heatmap[data-view-element="heatmap"]') as
      (HTMLElement & { layout?: { rows: unknown[] } }) | null;
    const network = document.querySelector('remit-network[data-view-element="network"]');
    return {
      rows: heatmap?.layout?.rows.length ?? -1,
      cells: (heatmap as unknown as { layout?: { cells: unknown[] } })?.layout?.cells.length ?? -1,
      nodes: network?.shadowRoot?.querySelectorAll('g.node[data-unit]').length ?? -1,
    };
  });
}

describe('the dashboard', () => {
  it('opens on the founding plan with every view drawn and nothing reported', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    expect(await page.locator('[data-plan-title]').textContent()).toBe(
      '2020年上海市徐汇区法治政府建设工作要点与责任分工',
    );
    expect(await counts(d)).toEqual({ rows: 17, cells: 45, nodes: 15 });
    expect(await page.locator('[data-source-name]').getAttribute('data-source-name')).toBe(
      'xuhui-2020-fazhi.txt',
    );
    const findings = await page
      .locator('[data-findings] [data-finding]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-finding')));
    expect(findings).toEqual([
      'overview',
      'busiest',
      'concentration',
      'overloaded',
      'no-lead',
      'single-unit',
      'groups',
    ]);
    expect(await page.locator('[data-finding="overview"] .finding-text').textContent()).toBe(
      '本计划共有 17 项任务、15 个责任单位和 45 条分工，分为 4 个部分。',
    );
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    expect(d.foreign).toEqual([]);
    await screenshot(page, 'dashboard-zh-light');
    await d.context.close();
  });

  it('links every view by selection: a unit picked in the heatmap is highlighted everywhere', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await clickHeatmapCell(page, 'i1', 'u2');
    await settled(page);
    await expect.poll(() => page.locator('#detail').getAttribute('data-detail')).toBe('unit:u2');
    expect(await page.locator('#detail [data-detail-name]').textContent()).toBe('区司法局');
    expect(
      await page
        .locator('remit-network g.node.selected[data-unit="u2"]')
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('remit-network g.node.selected').count()).toBe(1);
    expect(
      await page
        .locator('remit-table[data-view-element="units"] tr[aria-current="true"]')
        .getAttribute('data-unit'),
    ).toBe('u2');
    expect(
      await page
        .locator('remit-workload[data-view-element="workload"] [aria-pressed="true"]')
        .count(),
    ).toBe(1);
    // The detail panel walks the plan: an item of the unit selects that item everywhere.
    await page.locator('#detail [data-select-kind="item"][data-select-id="i5"]').click();
    await settled(page);
    expect(await page.locator('#detail').getAttribute('data-detail')).toBe('item:i5');
    expect(await page.locator('#detail [data-detail-name]').textContent()).toContain(
      '健全重大行政决策机制程序',
    );
    expect(
      await page
        .locator('remit-table[data-view-element="items"] tr[aria-current="true"]')
        .getAttribute('data-item'),
    ).toBe('i5');
    const selectedRow = await page.evaluate(() => {
      const h = document.querySelector('remit-heatmap[data-view-element="heatmap"]');
      return h?.shadowRoot?.querySelectorAll('rect.outline').length ?? 0;
    });
    expect(selectedRow).toBeGreaterThan(0);
    await screenshot(page, 'dashboard-zh-selected-item', { fullPage: false });
    // A finding's chip selects the unit it names.
    await page.locator('[data-finding="busiest"] [data-select-id="u9"]').click();
    await settled(page);
    expect(await page.locator('#detail').getAttribute('data-detail')).toBe('unit:u9');
    await page.locator('#detail [data-action="clear"]').click();
    expect(await page.locator('#detail').getAttribute('data-detail')).toBe('');
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('switches language and theme for the page and every widget, and remembers both', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page, context } = d;
    await page.locator('button[data-lang="en"]').click();
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#view-summary-title').textContent()).toBe('Overview');
    expect(await page.locator('[data-tagline]').textContent()).toBe('Who answers for what');
    expect(await page.locator('[data-finding="overview"] .finding-text').textContent()).toBe(
      'The plan has 17 items, 15 units and 45 assignments in 4 sections.',
    );
    const langs = await page
      .locator('[data-view-element]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('lang')))]);
    expect(langs).toEqual(['en']);
    await screenshot(page, 'dashboard-en-light');

    await page.locator('button[data-theme-choice="dark"]').click();
    await settled(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const themes = await page
      .locator('[data-view-element]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('theme')))]);
    expect(themes).toEqual(['dark']);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 18, 21)');
    await screenshot(page, 'dashboard-en-dark');

    await page.reload();
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.locator('#view-heatmap-title').textContent()).toBe('Responsibility matrix');
    expect(await page.locator('button[data-lang="en"]').getAttribute('aria-pressed')).toBe('true');

    await page.locator('button[data-lang="zh-CN"]').click();
    await settled(page);
    expect(await page.locator('#view-heatmap-title').textContent()).toBe('责任矩阵');
    await screenshot(page, 'dashboard-zh-dark');
    expect(d.errors).toEqual([]);
    await context.close();
  });

  it('stays usable in a narrow window', async () => {
    const d = await openDashboard(chromium.browser, url, { width: 390, height: 844 });
    expect(await counts(d)).toMatchObject({ rows: 17, cells: 45 });
    const overflow = await d.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(d.page, 'dashboard-zh-narrow', { fullPage: false });
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
