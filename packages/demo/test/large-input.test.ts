import { beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_ASSIGNMENTS } from '../src/app/read-plan-input.js';
import {
  chromiumForFile,
  openDashboard,
  settled,
  type DashboardPage,
} from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();
let d: DashboardPage;

beforeAll(async () => {
  d = await openDashboard(chromium.browser, url);
});

/** A long CSV of `rows` assignments, five units an item. */
function csv(rows: number): Buffer {
  const lines = ['item,title,unit,role'];
  for (let k = 0; k < rows; k++) {
    lines.push(`i${Math.floor(k / 5)},任务${Math.floor(k / 5)},单位${k % 50},member`);
  }
  return Buffer.from(lines.join('\n') + '\n');
}

async function source(d: DashboardPage): Promise<string | null | undefined> {
  await settled(d.page);
  return d.page.evaluate(() =>
    document.querySelector('[data-source-name]')?.getAttribute('data-source-name'),
  );
}

describe('a large plan', () => {
  it('shows a plan of 20,000 items with only the items in view in the items table', async () => {
    await d.page.locator('[data-file-input]').setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: csv(100_000),
    });
    await expect.poll(() => source(d), { timeout: 25_000 }).toBe('large.csv');
    const table = await d.page.locator('remit-table[data-view-element="items"]').evaluate((el) => ({
      rows: el.shadowRoot!.querySelectorAll('tbody tr').length,
      count: el.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount'),
    }));
    expect(table.rows).toBeLessThan(200);
    expect(table.count).toBe('20001');
    expect(d.errors).toEqual([]);
  }, 60_000);

  it('is refused before it is read when it has more assignments than the dashboard shows, and the plan shown stays', async () => {
    await d.page.locator('button[data-action="sample"]').click();
    await expect.poll(() => source(d)).toBe('xuhui-2020-fazhi.txt');
    await d.page.locator('[data-file-input]').setInputFiles({
      name: 'huge.csv',
      mimeType: 'text/csv',
      buffer: csv(MAX_ASSIGNMENTS + 1),
    });
    await expect.poll(() => d.page.locator('.unreadable').count(), { timeout: 25_000 }).toBe(1);
    expect(await source(d)).toBe('xuhui-2020-fazhi.txt');
    expect(
      await d.page
        .locator('[data-diagnostics] li[data-code="demo/too-many"] .message')
        .textContent(),
    ).toBe(
      `这份计划有 ${MAX_ASSIGNMENTS + 1} 条分工，这里最多显示 ${MAX_ASSIGNMENTS} 条。更大的计划请使用 remit 命令读取。`,
    );
    expect(d.errors).toEqual([]);
  }, 60_000);
});
