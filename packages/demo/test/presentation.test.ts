import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chromiumForFile,
  openDashboard,
  settled,
  type DashboardPage,
} from './support/dashboard-page.js';
import { saveScreenshot, screenshot } from './support/screenshots.js';
import { chartArea } from './support/chart-area.js';
import { measureTexts } from './support/text-sizes.js';

/** The slides that show a chart; each must use most of the slide. */
const CHART_SLIDES = new Set(['heatmap', 'network', 'workload']);

const url = inject('dashboardUrl');
const chromium = chromiumForFile();
/** A 720p tab for the slide tests. */
let d: DashboardPage;

beforeAll(async () => {
  d = await openDashboard(chromium.browser, url, { width: 1280, height: 720 });
});

/** How many slides the presentation has, from its footer (第 1 / 6 页). */
async function slideCount(page: Page): Promise<number> {
  return Number((await page.locator('[data-slide-count]').textContent())!.match(/\/ (\d+)/u)![1]);
}

async function slide(page: Page): Promise<string | null> {
  await settled(page);
  return page.evaluate(
    () => document.querySelector('[data-presentation]')?.getAttribute('data-slide') ?? null,
  );
}

describe('presentation mode', () => {
  it('steps through its slides with arrow, page and space keys, and leaves with Escape', async () => {
    const { page } = d;
    await page.locator('button[data-action="present"]').click();
    expect(await slide(page)).toBe('headline');
    // the founding plan names no lead: a slide lists its items without one; at 720p its
    // matrix (17 items in 4 sections) is too tall for one slide and takes two
    expect(await page.locator('[data-slide-count]').textContent()).toBe('第 1 / 7 页');
    const order: (string | null)[] = [await slide(page)];
    const pages: string[][] = [];
    await screenshot(page, 'present-1-headline', { fullPage: false });
    for (const [key, name] of [
      ['ArrowRight', 'present-2-heatmap'],
      ['ArrowRight', 'present-2-heatmap-page-2'],
      ['PageDown', 'present-3-network'],
      [' ', 'present-4-workload'],
      ['ArrowDown', 'present-5-no-lead'],
      ['ArrowDown', 'present-6-findings'],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      order.push(await slide(page));
      if (name.startsWith('present-2-heatmap')) {
        // the matrix is measured once and redrawn to fit the screen, cells 16 px at least
        await page.waitForSelector('[data-view-element="slide-heatmap"][data-fitted]');
        await settled(page);
        expect(
          Number(
            await page.locator('[data-view-element="slide-heatmap"]').getAttribute('data-fitted'),
          ),
        ).toBeGreaterThanOrEqual(16);
        // each page says which items it holds and holds them without scrolling
        const part = await page.evaluate(() => {
          const el = document.querySelector('[data-view-element="slide-heatmap"]')!;
          const v = el.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
          const layout = (el as unknown as { layout: { rows: { item: string }[] } }).layout;
          return {
            text: document.querySelector('[data-slide-part]')?.textContent,
            rows: layout.rows.map((r) => r.item),
            overflow: v.scrollHeight - v.clientHeight,
          };
        });
        pages.push(part.rows);
        expect(part.text).toMatch(/^第 \d+–\d+ 项任务（共 17 项）$/u);
        expect(part.overflow, name).toBeLessThanOrEqual(0);
      }
      await screenshot(page, name, { fullPage: false });
      if (name === 'present-3-network') {
        // a picture of some of the ties says so; the slider and zoom are left off
        const parts = await page.evaluate(() => {
          const root = document.querySelector('[data-view-element="slide-network"]')!.shadowRoot!;
          const shown = (part: string) => {
            const el = root.querySelector(`[part~="${part}"]`);
            return el !== null && el.getClientRects().length > 0 ? el.textContent : null;
          };
          return { count: shown('count'), slider: shown('ties-control'), zoom: shown('zoom') };
        });
        expect(parts.count).toMatch(/显示 \d+ \/ \d+ 条协作关系/u);
        expect(parts.slider).toBeNull();
        expect(parts.zoom).toBeNull();
      }
    }
    // the two pages hold every item once, in document order
    expect(pages.flat()).toEqual(Array.from({ length: 17 }, (_, k) => `i${k + 1}`));
    expect(order).toEqual([
      'headline',
      'heatmap',
      'heatmap',
      'network',
      'workload',
      'no-lead',
      'findings',
    ]);
    // the last slide stays the last
    await page.keyboard.press('ArrowRight');
    expect(await slide(page)).toBe('findings');
    await page.keyboard.press('PageUp');
    expect(await slide(page)).toBe('no-lead');
    await page.keyboard.press('ArrowLeft');
    expect(await slide(page)).toBe('workload');
    await page.keyboard.press('Home');
    expect(await slide(page)).toBe('headline');
    await page.keyboard.press('End');
    expect(await slide(page)).toBe('findings');
    expect(await page.locator('[data-presentation] [data-finding]').count()).toBeGreaterThan(0);
    expect(
      await page.locator('[data-presentation] [data-finding]').first().getAttribute('data-finding'),
    ).toBe('no-lead');
    // the clicker's blank-screen key
    await page.keyboard.press('b');
    expect(await page.locator('[data-presentation].blank').count()).toBe(1);
    await page.keyboard.press('b');
    expect(await page.locator('[data-presentation].blank').count()).toBe(0);

    await page.keyboard.press('Escape');
    expect(await slide(page)).toBeNull();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(d.errors).toEqual([]);
  });

  it('draws the same network picture each time it is shown', async () => {
    const { page } = d;
    const picture = async () => {
      await page.locator('button[data-action="present"]').click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await slide(page)).toBe('network');
      const svg = await page.evaluate(() =>
        (
          document.querySelector('[data-view-element="slide-network"]') as unknown as {
            toSVG(): string;
          }
        ).toSVG(),
      );
      await page.keyboard.press('Escape');
      return svg;
    };
    const first = await picture();
    expect(first).toContain('data-unit="u1"');
    expect(await picture()).toBe(first);
  });

  it('fits the whole matrix on a 1080p screen with large cells', async () => {
    const big = await openDashboard(chromium.browser, url, { width: 1920, height: 1080 });
    const { page } = big;
    await page.locator('button[data-action="present"]').click();
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-view-element="slide-heatmap"][data-fitted]');
    await settled(page);
    const fit = await page.evaluate(() => {
      const el = document.querySelector('[data-view-element="slide-heatmap"]')!;
      const v = el.shadowRoot!.querySelector<HTMLElement>('[part~="viewport"]')!;
      return {
        cell: Number(el.getAttribute('data-fitted')),
        overflow: v.scrollHeight - v.clientHeight,
      };
    });
    expect(fit.cell).toBeGreaterThanOrEqual(24);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'present-2-heatmap-1080p', { fullPage: false });
    expect(big.errors).toEqual([]);
    await big.context.close();
  });

  it('shows a briefing at 1920 × 1080: titles that state the message, slide text of 24 px and chart text of 20 px at least', async () => {
    const big = await openDashboard(chromium.browser, url, { width: 1920, height: 1080 });
    const { page } = big;
    await page.locator('button[data-action="present"]').click();
    const figures: string[] = [];
    const count = await slideCount(page);
    for (let k = 0; k < count; k++) {
      if (k > 0) await page.keyboard.press('ArrowRight');
      const id = await slide(page);
      if (id === 'heatmap' || id === 'workload')
        await page.waitForSelector(`[data-view-element="slide-${id}"][data-fitted]`);
      await settled(page);
      await screenshot(page, `present-1080p-${k + 1}-${id}`, { fullPage: false });
      const { texts, small } = await measureTexts(page, {
        root: '[data-presentation]',
        page: 24,
        chart: 20,
        tolerance: 0.5,
        onScreen: true,
      });
      const seen = await page.evaluate(() => {
        const slideBody = document.querySelector('.slide-body')!;
        return {
          overflow: slideBody.scrollHeight - slideBody.clientHeight,
          message: document.querySelector('[data-slide-message]')!.textContent!.trim(),
        };
      });
      const area = await chartArea(page);
      const fitted = await page.evaluate(() =>
        document.querySelector('[data-view-element="slide-heatmap"]')?.getAttribute('data-fitted'),
      );
      figures.push(
        `${id}: ${texts} texts` +
          (fitted ? `, cells of ${fitted} px` : '') +
          (area ? `, chart ${(area.share * 100).toFixed(0)}% of the slide body (${area.box})` : ''),
      );
      // a chart uses the screen: 80% of the room under the title at least
      if (area && CHART_SLIDES.has(id!))
        expect(area.share, `${id}: chart area`).toBeGreaterThanOrEqual(0.8);
      expect(texts, id!).toBeGreaterThan(3);
      expect(small, `${id}: text below its size`).toEqual([]);
      // nothing on the slide is cut off or needs scrolling
      expect(seen.overflow, `${id}: overflow`).toBeLessThanOrEqual(1);
      expect(seen.message.length, id!).toBeGreaterThan(8);
    }
    console.log(figures.join('\n'));
    await page.keyboard.press('Home');
    expect(await page.locator('[data-slide-message]').textContent()).toMatch(
      /^本计划共有 17 项任务/u,
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-slide-message]').textContent()).toMatch(/^承担任务最多的是/u);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-slide-message]').textContent()).toMatch(/协作面最广/u);
    expect(big.errors).toEqual([]);
    await big.context.close();
  });

  it('gives every chart 80% of the slide at 1920 × 1080, for plans of 3 items and of 150', async () => {
    const big = await openDashboard(chromium.browser, url, { width: 1920, height: 1080 });
    const { page } = big;
    // a large plan: 150 items in 10 sections of 15, 60 units, 2 to 6 units an item
    const rows = ['item,title,section,unit,role'];
    for (let i = 1; i <= 150; i++) {
      for (let k = 0; k < 2 + (i % 5); k++) {
        rows.push(
          `${i},第${i}项任务,第${Math.ceil(i / 15)}部分,单位${(i * 7 + k * 13) % 60},member`,
        );
      }
    }
    const plans = [
      ...[
        'caidian-2023-gzbg-tasks.txt',
        'anhui-2022-keytasks.txt',
        'ganjingzi-2011-minsheng.txt',
      ].map((name) => ({
        name,
        buffer: readFileSync(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)),
      })),
      { name: 'large.csv', buffer: Buffer.from(rows.join('\n')) },
    ];
    const figures: string[] = [];
    for (const file of plans) {
      await page.locator('[data-file-input]').setInputFiles({ ...file, mimeType: 'text/plain' });
      await page.waitForFunction(
        (name) => document.querySelector(`[data-source-name="${name}"]`) !== null,
        file.name,
      );
      await settled(page);
      await page.locator('button[data-action="present"]').click();
      const count = await slideCount(page);
      for (let k = 0; k < count; k++) {
        if (k > 0) await page.keyboard.press('ArrowRight');
        const id = await slide(page);
        if (!CHART_SLIDES.has(id!)) continue;
        if (id !== 'network')
          await page.waitForSelector(`[data-view-element="slide-${id}"][data-fitted]`);
        await settled(page);
        const area = (await chartArea(page))!;
        // the chart fits: nothing cut off at the slide's foot, no scrolling inside it
        const overflow = await page.evaluate(() => {
          const body = document.querySelector('.slide-body')!;
          const chart = body.querySelector(':scope > [data-view-element]')!;
          const viewport = chart.shadowRoot!.querySelector('[part~="viewport"]');
          return {
            body: body.scrollHeight - body.clientHeight,
            chart: viewport ? viewport.scrollHeight - viewport.clientHeight : 0,
            cell: chart.getAttribute('data-fitted'),
          };
        });
        expect(overflow.body, `${file.name} ${id}: slide overflow`).toBeLessThanOrEqual(1);
        expect(
          overflow.chart,
          `${file.name} ${id}: chart scrolls (cell ${overflow.cell})`,
        ).toBeLessThanOrEqual(0);
        figures.push(`${file.name} ${id}: ${(area.share * 100).toFixed(0)}% (${area.box})`);
        await screenshot(page, `present-1080p-${file.name.split(/[-.]/u)[0]}-${id}`, {
          fullPage: false,
        });
        expect(area.share, `${file.name} ${id}`).toBeGreaterThanOrEqual(0.8);
      }
      await page.keyboard.press('Escape');
    }
    console.log(figures.join('\n'));
    expect(big.errors).toEqual([]);
    await big.context.close();
  });

  it('shows the title and subtitle the user sets, on the page, every slide and exports', async () => {
    const p = await openDashboard(chromium.browser, url, { width: 1280, height: 720 });
    const { page } = p;
    await page.locator('[data-action="rename"]').click();
    await page.locator('.rename input[name="title"]').fill('徐汇区法治政府建设情况汇报');
    await page.locator('.rename input[name="subtitle"]').fill('区政府常务会议 · 2020年5月');
    await page.locator('.rename button[type="submit"]').click();
    await settled(page);
    expect(await page.locator('[data-plan-title]').textContent()).toBe(
      '徐汇区法治政府建设情况汇报',
    );
    expect(await page.locator('[data-plan-subtitle]').textContent()).toBe(
      '区政府常务会议 · 2020年5月',
    );
    const svg = await page.evaluate(() =>
      (
        document.querySelector('[data-view-element="network"]') as unknown as { toSVG(): string }
      ).toSVG(),
    );
    expect(svg).toContain('<title>徐汇区法治政府建设情况汇报：协作网络</title>');
    await page.locator('button[data-action="present"]').click();
    for (let k = 0; k < 5; k++) {
      if (k > 0) await page.keyboard.press('ArrowRight');
      await settled(page);
      expect(await page.locator('.slide-plan').textContent()).toContain(
        '徐汇区法治政府建设情况汇报',
      );
    }
    await page.keyboard.press('Escape');
    expect(p.errors).toEqual([]);
    await p.context.close();
  });

  it('adds a slide for the unit selected when the presentation starts', async () => {
    const p = await openDashboard(chromium.browser, url, { width: 1920, height: 1080 });
    const { page } = p;
    await page.evaluate(() =>
      (
        document.querySelector('remit-data') as unknown as {
          store: { select(s: { kind: string; id: string }): void };
        }
      ).store.select({ kind: 'unit', id: 'u2' }),
    );
    await settled(page);
    await page.locator('button[data-action="present"]').click();
    expect(await page.locator('[data-slide-count]').textContent()).toBe('第 1 / 7 页');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await slide(page)).toBe('unit');
    expect(await page.locator('[data-slide-message]').textContent()).toBe(
      '区司法局承担 9 项任务（共 17 项），牵头 0 项，与 11 个单位共担任务。',
    );
    expect(await page.locator('[data-slide-items] li').count()).toBe(9);
    expect(await page.locator('[data-slide-items] li').first().textContent()).toContain('配合');
    await screenshot(page, 'present-1080p-unit', { fullPage: false });
    expect(p.errors).toEqual([]);
    await p.context.close();
  });

  it('presents the slides the presenter chose, in their order, with their titles', async () => {
    const p = await openDashboard(chromium.browser, url, { width: 1280, height: 720 });
    const { page } = p;
    await page.locator('[data-slide-setup] summary').click();
    await page.locator('input[data-slide-show="network"]').uncheck();
    await settled(page);
    for (let k = 0; k < 5; k++) {
      await page.locator('button[data-slide-up="findings"]').click();
      await settled(page);
    }
    await page.locator('input[data-slide-title="heatmap"]').fill('谁在承担任务');
    await page.locator('input[data-slide-title="heatmap"]').press('Enter');
    await page.locator('input[data-slide-title="heatmap"]').blur();
    await settled(page);
    await screenshot(page, 'slide-setup', { fullPage: false });
    await page.locator('button[data-action="present"]').click();
    const order: (string | null)[] = [];
    const titles: (string | null)[] = [];
    const count = await slideCount(page);
    for (let k = 0; k < count; k++) {
      if (k > 0) await page.keyboard.press('ArrowRight');
      order.push(await slide(page));
      titles.push(await page.locator('[data-slide-message]').textContent());
    }
    // the matrix's two pages share the presenter's title
    expect(order).toEqual(['findings', 'headline', 'heatmap', 'heatmap', 'workload', 'no-lead']);
    expect(titles[2]).toBe('谁在承担任务');
    expect(titles[3]).toBe('谁在承担任务');
    expect(titles[4]).toMatch(/明显多于其他单位/u);
    await page.keyboard.press('Escape');
    expect(p.errors).toEqual([]);
    expect(p.violations).toEqual([]);
    await p.context.close();
  });

  it('keeps the slide footer on one line on a phone', async () => {
    const phone = await openDashboard(chromium.browser, url, { width: 390, height: 844 });
    const { page } = phone;
    await page.locator('button[data-action="present"]').click();
    await settled(page);
    const foot = await page.evaluate(() => {
      const el = document.querySelector('.slide-foot')!;
      const count = document.querySelector('.slide-count')!.getBoundingClientRect();
      return {
        height: el.getBoundingClientRect().height,
        countWidth: count.width,
        countHeight: count.height,
      };
    });
    // one line of 18 px type and the buttons: not a column of single characters
    expect(foot.height).toBeLessThan(80);
    expect(foot.countHeight).toBeLessThan(40);
    expect(foot.countWidth).toBeGreaterThan(60);
    await screenshot(page, 'present-phone-1-headline', { fullPage: false });
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('prints clean pages: no controls, light colours, every view', async () => {
    // A4 less its margins is about 700 CSS pixels wide.
    const p = await openDashboard(chromium.browser, url, {
      colorScheme: 'dark',
      width: 700,
      height: 990,
    });
    const { page } = p;
    await page.locator('button[data-theme-choice="dark"]').click();
    await page.emulateMedia({ media: 'print' });
    await settled(page);
    const themes = await page
      .locator('[data-view-element]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('theme')))]);
    expect(themes).toEqual(['light']);
    const hidden = await page.evaluate(() =>
      ['.controls', '.side', '.detail-column', '.panel-actions'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    // a handout carries no text under 9 pt (12 px), in the page or inside a chart
    const { small } = await measureTexts(page, {
      root: 'body',
      page: 12,
      chart: 12,
      tolerance: 0.05,
      onScreen: false,
    });
    expect(small).toEqual([]);
    await screenshot(page, 'print-media');
    // page.pdf() prints with print media unless screen media is emulated: clear the emulation
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    saveScreenshot('print.pdf', pdf);
    expect(p.errors).toEqual([]);
    await p.context.close();
  });
});
