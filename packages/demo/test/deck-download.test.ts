import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_DIST } from './support/build-dashboard.js';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';
import { downloadDeck } from './support/download-deck.js';
import { readPptx } from './support/read-pptx.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** The built chunk that holds pptxgenjs (its class name is in no other). */
function pptxChunk(): { name: string; bytes: number } {
  const assets = join(TEST_DIST, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => readFileSync(join(assets, f), 'utf8').includes('PptxGenJS'));
  expect(chunks).toHaveLength(1);
  return { name: chunks[0]!, bytes: readFileSync(join(assets, chunks[0]!)).length };
}

describe('PowerPoint deck', () => {
  it('is a chunk of its own that the page loads only when a deck is asked for', async () => {
    const chunk = pptxChunk();
    const index = readFileSync(join(TEST_DIST, 'index.html'), 'utf8');
    expect(index).not.toContain(chunk.name);
    const d = await openDashboard(chromium.browser, url, { width: 1280, height: 720 });
    const { page } = d;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname.split('/').pop()!));
    await page.locator('button[data-action="present"]').click();
    await settled(page);
    await page.keyboard.press('ArrowRight');
    await settled(page);
    // the page, the presentation and a slide change: no pptxgenjs
    expect(requests.filter((r) => r.endsWith('.js'))).not.toContain(chunk.name);
    const started = performance.now();
    const deck = await downloadDeck(page);
    const ms = performance.now() - started;
    expect(requests).toContain(chunk.name);
    expect(deck.name).toBe('xuhui-2020-fazhi.pptx');
    const pptx = await readPptx(deck.bytes);
    // the title slide, then the presentation's slides as this window shows them (第 2 / n 页)
    const shown = Number(
      (await page.locator('[data-slide-count]').textContent())!.match(/\/ (\d+)/u)![1],
    );
    expect(pptx.slides).toHaveLength(1 + shown);
    expect(pptx.slides[1]!.title).toMatch(/^本计划共有 17 项任务/u);
    // a picture for each page of the matrix, the network and the workload
    const charts = pptx.slides.filter((s) =>
      /^(责任矩阵|协作网络|工作量排名) · /u.test(s.runs[0]!),
    );
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(charts.map((s) => s.pictures.length)).toEqual(charts.map(() => 1));
    // each a PNG of at least twice the pixels it covers on a 1080p slide, its aspect kept
    const pictures = pptx.slides.flatMap((s) => s.pictures);
    expect(pictures).toHaveLength(charts.length);
    const px = 1920 / pptx.width;
    for (const { place, size } of pictures) {
      expect(place.w / place.h).toBeCloseTo(size.width / size.height, 2);
      expect(size.width).toBeGreaterThanOrEqual(2 * place.w * px - 1);
      expect(size.height).toBeGreaterThanOrEqual(2 * place.h * px - 1);
    }
    console.log(
      `deck: ${pptx.slides.length} slides, ${(deck.bytes.length / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms; ` +
        `pictures ${pictures.map((p) => `${p.size.width}×${p.size.height} px at ${p.place.w.toFixed(2)}×${p.place.h.toFixed(2)} in`).join(', ')}; ` +
        `${chunk.name} ${(chunk.bytes / 1024).toFixed(0)} KiB`,
    );
    // the page is left as it was: no chart drawn for the deck stays behind
    expect(await page.locator('[data-deck-charts]').count()).toBe(0);
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    expect(d.foreign).toEqual([]);
    await d.context.close();
  });

  it('has the slides the presenter chose, with their titles and the plan’s own title', async () => {
    const d = await openDashboard(chromium.browser, url, { width: 1280, height: 720 });
    const { page } = d;
    await page.locator('[data-action="rename"]').click();
    await page.locator('.rename input[name="title"]').fill('徐汇区法治政府建设情况汇报');
    await page.locator('.rename input[name="subtitle"]').fill('区政府常务会议 · 2020年5月');
    await page.locator('.rename button[type="submit"]').click();
    await page.locator('[data-slide-setup] summary').click();
    await page.locator('input[data-slide-show="network"]').uncheck();
    await page.locator('input[data-slide-title="heatmap"]').fill('谁在承担任务');
    await page.locator('input[data-slide-title="heatmap"]').press('Enter');
    await settled(page);
    const deck = await downloadDeck(page);
    const pptx = await readPptx(deck.bytes);
    const shown = Number(
      (await page.locator('[data-slide-count]').textContent())!.match(/\/ (\d+)/u)![1],
    );
    expect(pptx.slides).toHaveLength(1 + shown);
    expect(pptx.slides[0]!.runs).toEqual(
      expect.arrayContaining(['徐汇区法治政府建设情况汇报', '区政府常务会议 · 2020年5月']),
    );
    // the matrix (on one slide or more) under the presenter's title; no network
    expect(pptx.slides[2]!.title).toBe('谁在承担任务');
    expect(pptx.slides[2]!.runs[0]).toMatch(/^责任矩阵 · .*徐汇区法治政府建设情况汇报$/u);
    expect(pptx.slides.some((s) => s.runs[0]!.startsWith('协作网络'))).toBe(false);
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
