import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chartArea } from './support/chart-area.js';
import { downloadDeck } from './support/download-deck.js';
import { readPptx } from './support/read-pptx.js';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';
import { screenshot } from './support/screenshots.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

const root = new URL('../../../', import.meta.url);
/** The founding plan, as last year's … */
const EARLIER = new URL('packages/core/data/xuhui-2020-fazhi.txt', root).pathname;
/** … and a copy edited by hand with known changes (fixtures/compare/README.md), as this year's. */
const LATER = new URL('fixtures/compare/xuhui-edited/xuhui-2020-fazhi-edited.txt', root).pathname;

/** What the comparison view shows: its units by name, with their items before and after. */
async function compareRows(page: import('playwright-core').Page, selector: string) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    return [...(el?.shadowRoot?.querySelectorAll('.row') ?? [])].map((r) => ({
      name: r.querySelector('.label')?.textContent ?? '',
      before: r.getAttribute('data-before'),
      after: r.getAttribute('data-after'),
      unit: r.getAttribute('data-unit'),
    }));
  }, selector);
}

describe('comparing with an earlier plan', () => {
  it('opens an earlier plan beside the plan shown, shows what changed and links selection', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    // no comparison until an earlier plan is opened
    expect(await page.locator('#view-compare').count()).toBe(0);
    await page.locator('[data-file-input]').setInputFiles(LATER);
    await settled(page);
    await page.locator('[data-earlier-input]').setInputFiles(EARLIER);
    await settled(page);
    expect(await page.locator('[data-earlier-name]').getAttribute('data-earlier-name')).toBe(
      'xuhui-2020-fazhi.txt',
    );
    await expect.poll(() => page.locator('#view-compare').count()).toBe(1);
    const rows = await compareRows(page, 'remit-compare[data-view-element="compare"]');
    const byName = new Map(rows.map((r) => [r.name, r]));
    // the renamed unit: new after and dropped before (the dashboard has no directory)
    expect(byName.get('区科技委')).toMatchObject({ before: '', after: '1' });
    expect(byName.get('区科委')).toMatchObject({ before: '1', after: '', unit: '' });
    // the item flow counts every item of both plans once: 18 after, one of them new, one dropped
    const flow = await page.evaluate(() => {
      const el = document.querySelector('remit-compare[data-view-element="compare"]')!;
      const kinds: Record<string, number> = {};
      for (const seg of el.shadowRoot!.querySelectorAll('.flow-seg'))
        kinds[seg.getAttribute('data-kind')!] =
          (kinds[seg.getAttribute('data-kind')!] ?? 0) + Number(seg.getAttribute('data-value'));
      return kinds;
    });
    expect(flow).toMatchObject({ new: 1, dropped: 1, split: 1, reworded: 2 });
    // choosing a unit in the comparison selects it everywhere
    const justice = byName.get('区司法局')!;
    await page
      .locator(`remit-compare[data-view-element="compare"] .row[data-unit="${justice.unit}"] .mark`)
      .click();
    await settled(page);
    await expect
      .poll(() => page.locator('#detail').getAttribute('data-detail'))
      .toBe(`unit:${justice.unit}`);
    // the unit's 依据 shows its change item by item: 18 gained, the lead of 10 taken
    await page.locator(`#detail [data-trace-unit="${justice.unit}"]`).click();
    await settled(page);
    expect(await page.locator('[data-trace-change="added"] + ul li').allTextContents()).toEqual([
      '18.推进行政执法与刑事司法衔接',
    ]);
    expect(
      await page.locator('[data-trace-change="lead-gained"] + ul li').allTextContents(),
    ).toHaveLength(1);
    expect(await page.locator('[data-trace-change="removed"]').count()).toBe(0);
    await screenshot(page, 'dashboard-compare', { fullPage: true });
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    // stopping the comparison removes the view and keeps the plan
    await page.locator('[data-action="stop-comparing"]').click();
    await settled(page);
    expect(await page.locator('#view-compare').count()).toBe(0);
    expect(await page.locator('[data-source-name]').getAttribute('data-source-name')).toBe(
      'xuhui-2020-fazhi-edited.txt',
    );
    await d.context.close();
  });

  it('says why a file cannot be the earlier plan, and keeps what is shown', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await page.locator('[data-earlier-input]').setInputFiles(EARLIER);
    await settled(page);
    await expect.poll(() => page.locator('#view-compare').count()).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'remit-compare-'));
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, 'item,title,unit,role\n');
    await page.locator('[data-earlier-input]').setInputFiles(empty);
    await settled(page);
    const alert = page.locator('[data-earlier-failed]');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain('empty.csv');
    // the comparison opened before stays
    expect(await page.locator('[data-earlier-name]').getAttribute('data-earlier-name')).toBe(
      'xuhui-2020-fazhi.txt',
    );
    expect(await page.locator('#view-compare').count()).toBe(1);
    // the plan compared with itself: every item the same, no unit changed
    const rows = await compareRows(page, 'remit-compare[data-view-element="compare"]');
    expect(rows.every((r) => r.before === r.after)).toBe(true);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('presents the change as a slide after the workload, the chart filling the slide', async () => {
    const d = await openDashboard(chromium.browser, url, { width: 1920, height: 1080 });
    const { page } = d;
    await page.locator('[data-file-input]').setInputFiles(LATER);
    await settled(page);
    await page.locator('[data-earlier-input]').setInputFiles(EARLIER);
    await settled(page);
    await page.locator('button[data-action="present"]').click();
    await settled(page);
    const order: string[] = [];
    for (let k = 0; k < 10; k++) {
      const id = await page.evaluate(
        () => document.querySelector('[data-presentation]')?.getAttribute('data-slide') ?? '',
      );
      order.push(id);
      if (id === 'compare') break;
      await page.keyboard.press('ArrowRight');
      await settled(page);
    }
    expect(order.at(-1)).toBe('compare');
    expect(order.at(-2)).toBe('workload');
    // several units changed by one item: none is called the one that changed most
    expect(await page.locator('[data-slide-message]').textContent()).toMatch(
      /^与上一版相比，新增 1 项、删去 1 项、改写 2 项任务；任务变化最大（各 1 项）的有区司法局、.+等 \d+ 个单位。$/u,
    );
    await screenshot(page, 'present-compare', { fullPage: false });
    const area = await chartArea(page);
    expect(area?.share, area?.box).toBeGreaterThanOrEqual(0.8);
    // nothing cut: the last unit and the note counting the others lie inside the slide's body
    const fit = await page.evaluate(() => {
      const body = document.querySelector('.slide-body')!.getBoundingClientRect();
      const el = document.querySelector('[data-view-element="slide-compare"]')!;
      const rows = el.shadowRoot!.querySelectorAll('.row');
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      const note = el.shadowRoot!.querySelector('[part="note"]')?.getBoundingClientRect();
      return { body: body.bottom, last: last.bottom, note: note?.bottom };
    });
    expect(fit.last).toBeLessThanOrEqual(fit.body);
    expect(fit.note).toBeDefined();
    expect(fit.note!).toBeLessThanOrEqual(fit.body);
    // the PowerPoint deck carries the same slide, titled alike, with the chart as a picture
    const deck = await downloadDeck(page);
    const pptx = await readPptx(deck.bytes);
    const compare = pptx.slides.find((s) => s.runs[0]!.startsWith('与上一版对比 · '));
    expect(compare?.title).toMatch(/^与上一版相比，新增 1 项、删去 1 项、改写 2 项任务；/u);
    expect(compare?.pictures).toHaveLength(1);
    const { place, size } = compare!.pictures[0]!;
    expect(place.w / place.h).toBeCloseTo(size.width / size.height, 2);
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });

  it('opens several files at once as one plan, each file a part of the matrix and of each bar', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await page.locator('[data-file-input]').setInputFiles([EARLIER, LATER]);
    await settled(page);
    expect(await page.locator('[data-plan-title]').textContent()).toBe(
      'xuhui-2020-fazhi.txt + xuhui-2020-fazhi-edited.txt',
    );
    const shown = await page.evaluate(() => {
      const heatmap = document.querySelector('remit-heatmap[data-view-element="heatmap"]') as
        (HTMLElement & { layout?: { sectionBands: { title: string }[]; rows: unknown[] } }) | null;
      const workload = document.querySelector('remit-workload[data-view-element="workload"]')!;
      return {
        bands: heatmap?.layout?.sectionBands.map((b) => b.title),
        rows: heatmap?.layout?.rows.length,
        legend: [...workload.shadowRoot!.querySelectorAll('.legend li')].map((li) =>
          li.textContent?.trim(),
        ),
      };
    });
    // the founding plan's 17 items and the edited copy's 18, under the name of their file
    expect(shown).toEqual({
      bands: ['xuhui-2020-fazhi.txt', 'xuhui-2020-fazhi-edited.txt'],
      rows: 35,
      legend: ['xuhui-2020-fazhi.txt', 'xuhui-2020-fazhi-edited.txt'],
    });
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await screenshot(page, 'dashboard-combined', { fullPage: true });
    await d.context.close();
  });
});
