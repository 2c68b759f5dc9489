import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';
import { screenshot } from './support/screenshots.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

const SECTION_3 = '三、提升城区依法治理水平';

/** What every view shows: the heatmap's rows, the item table's rows, the summary's item count. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const heatmap = document.querySelector('remit-heatmap[data-view-element="heatmap"]') as
      (HTMLElement & { layout?: { rows: { item: string }[] } }) | null;
    const table = document.querySelector('remit-table[data-view-element="items"]') as
      (HTMLElement & { store?: { plan?: { items: unknown[] } } }) | null;
    return {
      rows: heatmap?.layout?.rows.map((r) => r.item) ?? [],
      tableItems: table?.store?.plan?.items.length ?? -1,
      count: document.querySelector('[data-filter-count]')?.textContent?.trim(),
      hash: location.hash,
    };
  });
}

describe('the filter', () => {
  it('narrows every view to a section, a unit and words, each removable, and the address follows', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    expect((await shown(page)).count).toBe('显示 17 / 17 项任务');
    await page.locator('[data-filter-section]').selectOption(SECTION_3);
    await settled(page);
    let s = await shown(page);
    expect(s.rows).toEqual(['i8', 'i9', 'i10', 'i11', 'i12', 'i13']);
    expect(s.tableItems).toBe(6);
    expect(s.count).toBe('显示 6 / 17 项任务');
    expect(decodeURIComponent(s.hash)).toBe(`#section=${SECTION_3}`);
    // a unit within the section: 区司法局 is on 8 to 12 of it
    await page.locator('[data-filter-unit]').selectOption('区司法局');
    await settled(page);
    s = await shown(page);
    expect(s.rows).toEqual(['i8', 'i9', 'i10', 'i11', 'i12']);
    // 区司法局 leads none of them (the founding plan names no lead)
    await page.locator('[data-filter-role]').selectOption('lead');
    await settled(page);
    expect((await shown(page)).count).toBe('显示 0 / 17 项任务');
    await page.locator('[data-filter-role]').selectOption('');
    // words, folded: 普法 is in item 12 of the section
    await page.locator('[data-filter-text]').fill('普法');
    await page.locator('[data-filter-text]').press('Enter');
    await settled(page);
    s = await shown(page);
    expect(s.rows).toEqual(['i12']);
    await screenshot(page, 'dashboard-filter', { fullPage: false });
    expect(decodeURIComponent(s.hash)).toBe(`#section=${SECTION_3}&unit=区司法局&q=普法`);
    // each condition is a chip that removes it; removing the section keeps the rest
    await page.locator(`[data-filter-chip="${SECTION_3}"]`).click();
    await settled(page);
    expect((await shown(page)).rows).toEqual(['i12']);
    await page.locator('[data-action="clear-filter"]').click();
    await settled(page);
    s = await shown(page);
    expect(s.rows).toHaveLength(17);
    expect(s.hash).toBe('');
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });

  it('keeps the selection when the filter keeps its unit, and writes it in the address', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await page.evaluate(() => {
      (
        document.querySelector('remit-data#plan') as unknown as {
          store: { select(s: unknown): void };
        }
      ).store.select({ kind: 'unit', id: 'u2' });
    });
    await settled(page);
    await page.locator('[data-filter-section]').selectOption(SECTION_3);
    await settled(page);
    await expect.poll(() => page.locator('#detail').getAttribute('data-detail')).toBe('unit:u2');
    expect(decodeURIComponent((await shown(page)).hash)).toBe(
      `#section=${SECTION_3}&select=unit:u2`,
    );
    await d.context.close();
  });
});

describe('a link', () => {
  it('with a selection and a section filter opens to the same view in a new browser context', async () => {
    const link = `${url}#section=${encodeURIComponent(SECTION_3)}&select=unit%3Au2`;
    const d = await openDashboard(chromium.browser, link);
    const { page } = d;
    const s = await shown(page);
    expect(s.rows).toEqual(['i8', 'i9', 'i10', 'i11', 'i12', 'i13']);
    expect(await page.locator('[data-filter-section]').inputValue()).toBe(SECTION_3);
    await expect.poll(() => page.locator('#detail').getAttribute('data-detail')).toBe('unit:u2');
    expect(await page.locator('#detail [data-detail-name]').textContent()).toBe('区司法局');
    expect(await page.locator('[data-address-misses]').count()).toBe(0);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('naming what the plan lacks says so, applies the rest and loses nothing', async () => {
    const link = `${url}#section=${encodeURIComponent('九、不存在的部分')}&unit=${encodeURIComponent('区不存在局')}&q=${encodeURIComponent('法治')}&select=unit%3Au999`;
    const d = await openDashboard(chromium.browser, link);
    const { page } = d;
    const note = await page.locator('[data-address-misses]').textContent();
    expect(note).toContain('九、不存在的部分');
    expect(note).toContain('区不存在局');
    expect(note).toContain('unit:u999');
    // the words apply; the plan is whole underneath
    const s = await shown(page);
    expect(s.rows.length).toBeGreaterThan(0);
    expect(s.rows.length).toBeLessThan(17);
    expect(await page.locator('#detail').getAttribute('data-detail')).not.toBe('unit:u999');
    await page.locator('[data-action="clear-filter"]').click();
    await settled(page);
    expect((await shown(page)).rows).toHaveLength(17);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
