import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  chromiumForFile,
  clickHeatmapBar,
  clickHeatmapCell,
  openDashboard,
  settled,
} from './support/dashboard-page.js';
import { screenshot } from './support/screenshots.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** The items the trace panel lists, and how many of them quote their source line. */
async function traced(page: Page) {
  await settled(page);
  return page.evaluate(() => ({
    items: [...document.querySelectorAll('[data-trace-item]')].map((li) =>
      li.getAttribute('data-trace-item'),
    ),
    quoted: document.querySelectorAll('[data-trace-item] [data-source-line]').length,
    count: document.querySelector('[data-trace-count]')?.textContent?.trim(),
  }));
}

/** The items of the plan shown, computed from the store: all, those of units, those two units share. */
async function expected(page: Page, units: string[] = [], both = false) {
  return page.evaluate(
    ({ units, both }) => {
      const plan = (
        document.querySelector('remit-data#plan') as unknown as {
          store: {
            plan: {
              items: { id: string }[];
              assignments: { item: string; unit: string }[];
            };
          };
        }
      ).store.plan;
      const on = (u: string) =>
        new Set(plan.assignments.filter((a) => a.unit === u).map((a) => a.item));
      const sets = units.map(on);
      return plan.items
        .map((i) => i.id)
        .filter((id) =>
          units.length === 0
            ? true
            : both
              ? sets.every((s) => s.has(id))
              : sets.some((s) => s.has(id)),
        );
    },
    { units, both },
  );
}

/** The items the detail panel lists for the selected unit. */
async function detailItems(page: Page): Promise<number> {
  await settled(page);
  return page.locator('#detail .detail-list').first().locator('li').count();
}

describe('every number opens the items behind it', () => {
  it('summary figures, findings, a tie, the heatmap’s cells and margins, the network’s nodes, the bars and the table', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    page.setDefaultTimeout(5_000);
    const all = await expected(page);
    // the summary's figures: each lists its items, each item quoting its source line
    for (const metric of ['items', 'units', 'assignments', 'itemsWithoutLead', 'gini']) {
      await page.locator(`remit-summary [data-trace="${metric}"]`).click();
      const t = await traced(page);
      expect(t.items, metric).toEqual(all);
      expect(t.quoted, metric).toBe(all.length);
      expect(t.count).toBe('共 17 项任务');
    }
    expect(await page.locator(`remit-summary .itemsWithoutLead .value`).textContent()).toContain(
      '17',
    );
    await screenshot(page, 'dashboard-trace', { fullPage: false });
    // findings: the busiest units' items, the items without a lead, the whole plan
    await page.locator('[data-trace-finding="busiest"]').click();
    expect((await traced(page)).items).toEqual(await expected(page, ['u1', 'u2', 'u9']));
    await page.locator('[data-trace-finding="no-lead"]').click();
    expect((await traced(page)).items).toEqual(all);
    await page.locator('[data-trace-finding="overview"]').click();
    expect((await traced(page)).items).toEqual(all);
    // the heatmap: a cell selects its unit, whose items the detail lists (the column's total)
    await clickHeatmapCell(page, 'i1', 'u2');
    expect(await detailItems(page)).toBe((await expected(page, ['u2'])).length);
    // the heatmap's margins: a unit's column bar lists its items, each quoting its line
    await clickHeatmapBar(page, { unit: 'u9' });
    expect(await detailItems(page)).toBe((await expected(page, ['u9'])).length);
    await screenshot(page, 'dashboard-unit-items', { fullPage: false });
    expect(
      await page.locator('#detail .detail-list').first().locator('[data-source-line]').count(),
    ).toBe((await expected(page, ['u9'])).length);
    // an item's row bar: the item, with as many units as its bar counts
    await clickHeatmapBar(page, { item: 'i8' });
    await settled(page);
    expect(await page.locator('#detail').getAttribute('data-detail')).toBe('item:i8');
    const rowUnits = await page.evaluate(
      () =>
        (
          document.querySelector('remit-heatmap[data-view-element="heatmap"]') as unknown as {
            layout: { rows: { item: string; units: number }[] };
          }
        ).layout.rows.find((r) => r.item === 'i8')!.units,
    );
    expect(await page.locator('#detail .detail-list li').count()).toBe(rowUnits);
    // a node of the network: the unit, its items listed
    await page.locator('remit-network[data-view-element="network"] g.node[data-unit="u7"]').click();
    expect(await detailItems(page)).toBe((await expected(page, ['u7'])).length);
    await clickHeatmapCell(page, 'i1', 'u2');
    // a tie: the items 区司法局 shares with a partner, each naming both
    const partner = await page
      .locator('#detail [data-trace-shared]')
      .first()
      .getAttribute('data-trace-shared');
    const weight = await page.locator('#detail [data-trace-shared]').first().textContent();
    await page.locator('#detail [data-trace-shared]').first().click();
    const shared = await traced(page);
    expect(shared.items).toEqual(await expected(page, ['u2', partner!], true));
    expect(weight).toContain(String(shared.items.length));
    // the workload bar of a unit: as many items in the detail as the bar counts
    const bar = page.locator('remit-workload[data-view-element="workload"] .row[data-unit="u9"]');
    const items = Number(await bar.getAttribute('data-items'));
    await bar.locator('.mark').click();
    expect(await detailItems(page)).toBe(items);
    // each of them quoting the line it was read from, in the same step
    expect(
      await page.locator('#detail .detail-list').first().locator('[data-source-line]').count(),
    ).toBe(items);
    expect(items).toBe((await expected(page, ['u9'])).length);
    // and the detail's 依据 lists those items with their source lines
    await page.locator('#detail [data-trace-unit="u9"]').click();
    const ofUnit = await traced(page);
    expect(ofUnit.items).toEqual(await expected(page, ['u9']));
    expect(ofUnit.quoted).toBe(items);
    // the units table: a row's unit, its items in the detail
    await page
      .locator('remit-table[data-view-element="units"] tr[data-unit="u7"] th button')
      .click();
    expect(await detailItems(page)).toBe((await expected(page, ['u7'])).length);
    // closing the trace
    await page.locator('[data-action="close-trace"]').click();
    await settled(page);
    expect(await page.locator('[data-trace-item]').count()).toBe(0);
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });
});
