import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';
import { screenshot } from './support/screenshots.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** Selects a unit or an item as a click in any view would. */
async function select(page: Page, kind: 'unit' | 'item', id: string): Promise<void> {
  await page.evaluate(
    ({ kind, id }) =>
      (
        document.querySelector('remit-data#plan') as unknown as {
          store: { select(s: unknown): void };
        }
      ).store.select({ kind, id }),
    { kind, id },
  );
  await settled(page);
}

/** The plan the views show: item 1's title, unit u2's name and role on item 1, the corrections. */
async function state(page: Page) {
  return page.evaluate(() => {
    const plan = (
      document.querySelector('remit-data#plan') as unknown as {
        store: {
          plan: {
            items: { id: string; title: string }[];
            units: { id: string; name: string }[];
            assignments: { item: string; unit: string; role: string }[];
            corrections?: { kind: string; before?: string; after?: string }[];
          };
        };
      }
    ).store.plan;
    return {
      title: plan.items.find((i) => i.id === 'i1')?.title,
      u2: plan.units.find((u) => u.id === 'u2')?.name,
      role: plan.assignments.find((a) => a.item === 'i1' && a.unit === 'u2')?.role,
      units: plan.units.length,
      corrections: (plan.corrections ?? []).map((c) => [c.kind, c.before, c.after]),
    };
  });
}

const NEW_TITLE = '打造一流法治化营商环境（已核对）';

/** Corrects item 1's title, renames 区司法局 and makes it lead of item 1, each through the page. */
async function threeCorrections(page: Page): Promise<void> {
  await select(page, 'item', 'i1');
  await page.locator('[data-edit-title]').fill(NEW_TITLE);
  await page.locator('[data-edit-title-form] button[type="submit"]').click();
  await settled(page);
  await select(page, 'unit', 'u2');
  await page.locator('[data-edit-name]').fill('区司法局（区法宣办）');
  await page.locator('[data-edit-name-form] button[type="submit"]').click();
  await settled(page);
  await select(page, 'item', 'i1');
  await page.locator('[data-edit-role="u2"]').selectOption('lead');
  await settled(page);
}

describe('corrections in the dashboard', () => {
  it('corrects, undoes twice, redoes once, and finds the same state after a reload', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const before = await state(page);
    await threeCorrections(page);
    expect(await state(page)).toMatchObject({
      title: NEW_TITLE,
      u2: '区司法局(区法宣办)',
      role: 'lead',
    });
    // the views say which item was corrected: the heatmap marks its row and its legend says what the mark means
    const marks = await page.evaluate(() => {
      const root = document.querySelector(
        'remit-heatmap[data-view-element="heatmap"]',
      )!.shadowRoot!;
      return {
        rows: [...root.querySelectorAll('text')]
          .map((t) => t.textContent ?? '')
          .filter((t) => t.startsWith('* ')),
        legend: [...root.querySelectorAll('.legend li')].map((li) => li.textContent!.trim()),
      };
    });
    expect(marks.rows).toHaveLength(1);
    expect(marks.rows[0]).toContain(NEW_TITLE.slice(0, 4));
    expect(marks.legend).toContain('* 已更正');
    // the lead now drawn is in the legend, with its "?" opening the glossary there
    await page
      .locator('remit-heatmap[data-view-element="heatmap"] .legend [data-explain="lead"]')
      .click();
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-lead');
    await screenshot(page, 'dashboard-corrections', { fullPage: false });
    await page.locator('[data-action="undo"]').click();
    await page.locator('[data-action="undo"]').click();
    await settled(page);
    expect(await state(page)).toMatchObject({ title: NEW_TITLE, u2: before.u2, role: 'member' });
    await page.locator('[data-action="redo"]').click();
    await settled(page);
    const after = await state(page);
    expect(after).toMatchObject({ title: NEW_TITLE, u2: '区司法局(区法宣办)', role: 'member' });
    expect(after.corrections).toEqual([
      ['item-title', before.title, NEW_TITLE],
      ['rename-unit', '区司法局', '区司法局(区法宣办)'],
    ]);
    // each correction is listed with the reading it replaced
    expect(await page.locator('[data-correction-log] li').count()).toBe(2);
    // kept in the browser as shown (the page says so once the save is done), and there again after a reload
    await expect.poll(() => page.locator('[data-saved-at]').count()).toBe(1);
    expect(await page.locator('[data-open-saved]').count()).toBe(1);
    await page.reload();
    await settled(page);
    expect(await state(page)).toEqual(after);
    expect(await page.locator('[data-resumed]').getAttribute('data-resumed')).toBe(
      'xuhui-2020-fazhi.txt',
    );
    // cleared, a reload opens the sample as bundled
    await page.locator('[data-action="clear-saved"]').click();
    await expect.poll(() => page.locator('[data-save-note]').textContent()).toContain('已清除');
    await page.reload();
    await settled(page);
    expect((await state(page)).corrections).toEqual([]);
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });

  it('exports Plan JSON that a fresh page reads with the corrections and the original reading', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const original = (await state(page)).title;
    await threeCorrections(page);
    await page.locator('[data-export-menu] > summary').click();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.locator('[data-export-data="plan-json"]').click(),
    ]);
    const json = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      corrections: { kind: string; before: string; after: string }[];
    };
    expect(json.corrections.map((c) => c.kind)).toEqual(['item-title', 'rename-unit', 'set-role']);
    const dir = mkdtempSync(join(tmpdir(), 'remit-corrections-'));
    const path = join(dir, 'corrected.plan.json');
    writeFileSync(path, JSON.stringify(json));
    await d.context.close();

    const fresh = await openDashboard(chromium.browser, url);
    await fresh.page.locator('[data-file-input]').setInputFiles(path);
    await settled(fresh.page);
    expect(await state(fresh.page)).toMatchObject({
      title: NEW_TITLE,
      u2: '区司法局(区法宣办)',
      role: 'lead',
    });
    const log = await fresh.page
      .locator('[data-correction-log] li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.getAttribute('data-correction-kind'),
          li.querySelector('[data-before]')?.textContent?.trim(),
          li.querySelector('[data-after]')?.textContent?.trim(),
        ]),
      );
    // newest first, each with the original reading
    expect(log).toEqual([
      ['set-role', '配合', '牵头'],
      ['rename-unit', '区司法局', '区司法局(区法宣办)'],
      ['item-title', original, NEW_TITLE],
    ]);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('merges or keeps apart the names the reader thought might be one unit', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const alias = page.locator('[data-alias="区府办|区府办(政务服务办)"]');
    expect(await alias.count()).toBe(1);
    await alias.locator('[data-alias-dismiss]').click();
    await settled(page);
    expect(await alias.count()).toBe(0);
    expect((await state(page)).corrections).toEqual([
      ['dismiss-alias', '区府办', '区府办(政务服务办)'],
    ]);
    await page.locator('[data-action="undo"]').click();
    await settled(page);
    await alias.locator('[data-alias-merge]').click();
    await settled(page);
    expect((await state(page)).units).toBe(14);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('lists the items the reader was least sure of first, and a refusal says why', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await page.locator('details.paste > summary').click();
    await page
      .locator('[data-paste-form] textarea')
      .fill('1.推进依法行政。区司法局牵头，区财政局配合。\n2.加强法治宣传。（责任单位：区司法局）');
    await page.locator('[data-paste-form] button[type="submit"]').click();
    await settled(page);
    const review = await page
      .locator('[data-review] [data-select-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-select-id')));
    expect(review).toEqual(['i1']);
    // a unit already on the item is not added twice: the page says so and nothing changes
    await select(page, 'item', 'i2');
    await page.locator('[data-edit-add-name]').fill('区司法局');
    await page.locator('[data-edit-add-form] button[type="submit"]').click();
    await settled(page);
    expect(await page.locator('[data-correction-note]').textContent()).toContain('区司法局');
    expect((await state(page)).corrections).toEqual([]);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('keeps working when the browser refuses to store (a full quota), and says so', async () => {
    const context = await chromium.browser.newContext({ locale: 'zh-CN', timezoneId: 'UTC' });
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const d = await openDashboard(chromium.browser, url, { context });
    const { page } = d;
    await threeCorrections(page);
    await expect
      .poll(() => page.locator('[data-save-note]').textContent())
      .toContain('QuotaExceededError');
    expect(await state(page)).toMatchObject({ title: NEW_TITLE, role: 'lead' });
    expect(d.errors).toEqual([]);
    await context.close();
  });

  it('reads a plan whose corrections no longer fit it, saying so and keeping the rest', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const dir = mkdtempSync(join(tmpdir(), 'remit-stale-'));
    const path = join(dir, 'stale.plan.json');
    writeFileSync(
      path,
      JSON.stringify({
        remit: 1,
        items: [{ id: 'i1', title: '推进依法行政' }],
        units: [{ id: 'u1', name: '区司法局' }],
        assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
        corrections: [
          { kind: 'item-title', at: '2026-12-01T08:00:00Z', item: 'i7', before: 'a', after: 'b' },
        ],
      }),
    );
    await page.locator('[data-file-input]').setInputFiles(path);
    await settled(page);
    expect(
      await page.locator('[data-diagnostics] li[data-code="plan/correction-stale"]').count(),
    ).toBe(1);
    expect(await page.locator('[data-source-name]').getAttribute('data-source-name')).toBe(
      'stale.plan.json',
    );
    expect(await page.locator('[data-correction-log] li').count()).toBe(1);
    await d.context.close();
  });
});
