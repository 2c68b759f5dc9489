import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';
import { screenshot } from './support/screenshots.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** The founding plan's unit directory: 区府办 and 区府办(政务服务办) one entry, 各街镇's 13 members. */
const DIRECTORY = new URL('../../core/data/xuhui-directory.json', import.meta.url).pathname;

/** The plan the views show (the shared store's), counted. */
async function plan(page: Page) {
  return page.evaluate(() => {
    const store = (
      document.querySelector('remit-data#plan') as unknown as {
        store: {
          plan: {
            meta?: { title?: string };
            items: { id: string }[];
            units: { id: string; name: string }[];
            assignments: { item: string; unit: string; inferred?: boolean; group?: string }[];
          };
        };
      }
    ).store;
    const p = store.plan;
    const itemsOf = (name: string) => {
      const ids = new Set(p.units.filter((u) => u.name === name).map((u) => u.id));
      return new Set(p.assignments.filter((a) => ids.has(a.unit)).map((a) => a.item)).size;
    };
    return {
      title: p.meta?.title,
      items: p.items.length,
      units: p.units.length,
      names: p.units.map((u) => u.name),
      inferred: p.assignments.filter((a) => a.inferred).length,
      justice: itemsOf('区司法局'),
      streets: itemsOf('各街镇'),
      unitIdOf: Object.fromEntries(p.units.map((u) => [u.name, u.id])),
      itemsOfEach: Object.fromEntries(p.units.map((u) => [u.name, itemsOf(u.name)])),
    };
  });
}

describe('reading options in the page', () => {
  it('opens the unit directory beside the plan, merges its aliases, expands 各街镇 and collapses it again', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const before = await plan(page);
    expect(before).toMatchObject({ items: 17, units: 15, streets: 9 });
    await page.locator('[data-directory-input]').setInputFiles(DIRECTORY);
    await settled(page);
    expect(await page.locator('[data-directory-name]').getAttribute('data-directory-name')).toBe(
      'xuhui-directory.json',
    );
    const merged = await plan(page);
    // the plan stays; 区府办 and 区府办(政务服务办) are one unit now
    expect(merged.title).toBe(before.title);
    expect(merged.items).toBe(17);
    expect(merged.units).toBe(14);
    // each of the 13 sub-districts carries the 9 items of 各街镇, each through it
    await page.locator('[data-expand-groups]').check();
    await settled(page);
    const expanded = await plan(page);
    expect(expanded.names).not.toContain('各街镇');
    const streets = Object.entries(expanded.itemsOfEach).filter(([, n]) => n === 9);
    expect(streets.length).toBeGreaterThanOrEqual(13);
    expect(expanded.units).toBe(14 - 1 + 13);
    const first = expanded.names.find((n) => /街道|镇$/u.test(n) && n !== '各街镇')!;
    await page.evaluate((id) => {
      (
        document.querySelector('remit-data#plan') as unknown as {
          store: { select(s: unknown): void };
        }
      ).store.select({ kind: 'unit', id });
    }, expanded.unitIdOf[first]);
    await settled(page);
    expect(await page.locator('#detail [data-through]').textContent()).toContain(
      '9 项，均经由 各街镇',
    );
    await screenshot(page, 'dashboard-groups-expanded', { fullPage: false });
    // a member the expansion made is not in the plan as written: the page says so
    expect(await page.locator('[data-edit-not-written]').count()).toBe(1);
    // an item is corrected as written while the directory and the expansion stay on
    await page.evaluate(() => {
      (
        document.querySelector('remit-data#plan') as unknown as {
          store: { select(s: unknown): void };
        }
      ).store.select({ kind: 'item', id: 'i2' });
    });
    await settled(page);
    expect(await page.locator('[data-edit-as-written]').count()).toBe(1);
    await page.locator('[data-edit-title]').fill('加强科创中心建设法治保障（已核对）');
    await page.locator('[data-edit-title-form] button[type="submit"]').click();
    await settled(page);
    const corrected = await plan(page);
    expect(corrected.units).toBe(expanded.units);
    expect(corrected.itemsOfEach[first]).toBe(9);
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector('remit-data#plan') as unknown as {
              store: { plan: { items: { id: string; title: string }[] } };
            }
          ).store.plan.items.find((i) => i.id === 'i2')?.title,
      ),
    ).toBe('加强科创中心建设法治保障（已核对）');
    await page.locator('[data-action="undo"]').click();
    await settled(page);
    // collapsing gives back the figures of the plan read with the directory
    await page.locator('[data-expand-groups]').uncheck();
    await settled(page);
    expect(await plan(page)).toMatchObject({ units: 14, streets: 9, items: 17 });
    // removing the directory gives back the plan as written
    await page.locator('[data-action="remove-directory"]').click();
    await settled(page);
    expect(await plan(page)).toMatchObject({ units: 15, streets: 9 });
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });

  it('takes a directory opened as a plan for the directory it is, and never replaces the plan', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await page.locator('[data-file-input]').setInputFiles(DIRECTORY);
    await settled(page);
    expect(await page.locator('[data-source-name]').getAttribute('data-source-name')).toBe(
      'xuhui-2020-fazhi.txt',
    );
    expect(await page.locator('[data-directory-name]').getAttribute('data-directory-name')).toBe(
      'xuhui-directory.json',
    );
    expect(await plan(page)).toMatchObject({ items: 17, units: 14 });
    // a directory of a version this page does not know is named, and nothing changes
    const dir = mkdtempSync(join(tmpdir(), 'remit-directory-'));
    const bad = join(dir, 'future-directory.json');
    writeFileSync(bad, JSON.stringify({ 'remit-directory': 9, units: [], groups: [] }));
    await page.locator('[data-directory-input]').setInputFiles(bad);
    await settled(page);
    expect(await page.locator('[data-directory-failed]').textContent()).toContain(
      'future-directory.json',
    );
    expect(await page.locator('[data-directory-name]').getAttribute('data-directory-name')).toBe(
      'xuhui-directory.json',
    );
    expect(await plan(page)).toMatchObject({ items: 17, units: 14 });
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('reads the text again with first-listed leads, marked inferred, and back without', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    expect((await plan(page)).inferred).toBe(0);
    await page.locator('[data-infer-lead]').check();
    await settled(page);
    // every item with units gets one inferred lead (the founding plan writes none)
    const inferred = await plan(page);
    expect(inferred.inferred).toBe(17);
    expect(
      await page.evaluate(() =>
        [
          ...document
            .querySelector('remit-heatmap[data-view-element="heatmap"]')!
            .shadowRoot!.querySelectorAll('.legend li, [part~="legend"] li'),
        ].map((li) =>
          // the entry's words, without its "?" (the glossary's link)
          [...li.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join('')
            .trim(),
        ),
      ),
    ).toContain('牵头（推定）');
    await page.locator('[data-infer-lead]').uncheck();
    await settled(page);
    expect((await plan(page)).inferred).toBe(0);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('makes a first directory from the plan, which opens again as a directory', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.locator('[data-action="make-directory"]').click(),
    ]);
    expect(file.suggestedFilename()).toBe('xuhui-2020-fazhi.directory.json');
    const path = await file.path();
    const made = JSON.parse(readFileSync(path, 'utf8')) as {
      'remit-directory': number;
      units: { name: string }[];
      groups: { name: string }[];
      about: string;
    };
    expect(made['remit-directory']).toBe(1);
    expect(made.groups.map((g) => g.name)).toEqual(['各街镇', '各行政执法部门']);
    expect(made.units).toHaveLength(13);
    expect(made.about).toContain('区府办 / 区府办(政务服务办)');
    const dir = mkdtempSync(join(tmpdir(), 'remit-made-'));
    const again = join(dir, 'made.directory.json');
    writeFileSync(again, JSON.stringify(made));
    await page.locator('[data-directory-input]').setInputFiles(again);
    await settled(page);
    expect(await page.locator('[data-directory-name]').getAttribute('data-directory-name')).toBe(
      'made.directory.json',
    );
    expect(await plan(page)).toMatchObject({ items: 17, units: 15 });
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
