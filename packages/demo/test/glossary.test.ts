import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

describe('the glossary', () => {
  it('opens at the measure a finding names, with its formula, in Chinese and English', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    expect(await page.locator('[data-glossary]').getAttribute('open')).toBeNull();
    await page.locator('[data-finding="concentration"] [data-glossary-link="gini"]').click();
    await settled(page);
    expect(await page.locator('[data-glossary]').getAttribute('open')).not.toBeNull();
    const entry = page.locator('#glossary-gini');
    expect(await entry.textContent()).toContain('基尼系数');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-gini');
    expect(await page.locator('#glossary-gini + dd .formula').textContent()).toContain('2 n² x̄');
    // the widgets' own "?" beside a measure open it too: the table's 均分任务量, the summary's Gini
    await page.locator('remit-table[data-view-element="units"] [data-explain="share"]').click();
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-share');
    await page.locator('remit-summary [data-explain="gini"]').click();
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-gini');
    // and the network's: its colour groups (legend) and its lines (the encoding note)
    for (const term of ['group', 'tie']) {
      await page
        .locator(`remit-network[data-view-element="network"] [data-explain="${term}"]`)
        .click();
      await settled(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`glossary-${term}`);
    }
    // every finding with a measure links to it
    const links = await page.locator('[data-findings] [data-glossary-link]').count();
    expect(links).toBeGreaterThanOrEqual(5);
    await page.locator('button[data-lang="en"]').click();
    await settled(page);
    expect(await page.locator('#glossary-share').textContent()).toContain('Equal-split share');
    expect(await page.locator('#glossary-share + dd .formula').textContent()).toContain('Σ 1 /');
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });
});
