import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumForFile } from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** Clicks `selector` and returns the downloaded file's name and bytes. */
async function download(page: Page, selector: string, open?: string) {
  if (open) await page.locator(open).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    page.locator(selector).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exports', () => {
  // A tab per test: Chromium silently drops a tab's script-started downloads past
  // about ten in a few seconds, which no person clicking export buttons reaches.
  it('downloads the plan and its metrics as JSON and CSV, built by core', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const menu = '[data-export-menu] > summary';
    const plan = await download(page, '[data-export-data="plan-json"]', menu);
    expect(plan.name).toBe('xuhui-2020-fazhi.plan.json');
    const json = JSON.parse(plan.bytes.toString('utf8'));
    expect([json.remit, json.items.length, json.units.length, json.assignments.length]).toEqual([
      1, 17, 15, 45,
    ]);

    const long = await download(page, '[data-export-data="assignments-csv"]', menu);
    expect(long.name).toBe('xuhui-2020-fazhi.assignments.csv');
    // the page is Chinese: a byte-order mark for Excel, Chinese headers and roles
    expect([...long.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = long.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('任务编号,任务,章节,标号,完成时限,单位,角色,推断,原文');
    expect(rows[1]).toMatch(/,配合,,/u);
    expect(rows).toHaveLength(46);

    const wide = await download(page, '[data-export-data="matrix-csv"]', menu);
    expect(wide.name).toBe('xuhui-2020-fazhi.matrix.csv');
    expect(wide.bytes.toString('utf8').split('\r\n')[0]).toMatch(
      /^\uFEFF任务编号,任务,章节,标号,完成时限,区委依法治区办,区司法局,/u,
    );

    const metrics = await download(page, '[data-export-data="metrics-json"]', menu);
    expect(metrics.name).toBe('xuhui-2020-fazhi.metrics.json');
    const report = JSON.parse(metrics.bytes.toString('utf8'));
    expect(report.summary).toMatchObject({ items: 17, units: 15, assignments: 45 });

    const units = await download(page, '[data-export-data="units-csv"]', menu);
    expect(units.name).toBe('xuhui-2020-fazhi.units.csv');
    const unitRows = units.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(unitRows[0]).toBe(
      '排名,单位,类型,任务数,牵头,推定牵头,配合,均分任务量,协作单位数,协作强度,中介中心度,PageRank,协作组',
    );
    expect(unitRows).toHaveLength(16);
    expect(unitRows[1]).toMatch(/^1,区委依法治区办,/);
    expect(d.errors).toEqual([]);
    expect(d.foreign).toEqual([]);
    await d.context.close();
  });

  it('downloads any view as SVG and as PNG, drawn by the widget', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const views = await page
      .locator('[data-export-view][data-format="svg"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-export-view') ?? ''));
    expect(views).toEqual(['summary', 'heatmap', 'network', 'workload', 'units', 'items']);
    const svgs = new Map<string, string>();
    for (const view of views) {
      const svg = await download(page, `[data-export-view="${view}"][data-format="svg"]`);
      expect(svg.name).toBe(`xuhui-2020-fazhi.${view}.svg`);
      expect(svg.bytes.toString('utf8')).toMatch(/<svg[\s>]/);
      svgs.set(view, svg.bytes.toString('utf8'));
    }
    // an export is titled as its panel is
    for (const [view, name] of [
      ['heatmap', '责任矩阵'],
      ['network', '协作网络'],
      ['workload', '工作量排名'],
    ] as const) {
      expect(svgs.get(view), view).toContain(
        `<title>2020年上海市徐汇区法治政府建设工作要点与责任分工：${name}</title>`,
      );
    }
    const heatmap = svgs.get('heatmap')!;
    expect(heatmap.match(/<rect[^>]*data-item="[^"]+"[^>]*data-unit="[^"]+"/g)?.length).toBe(45);
    for (const view of ['heatmap', 'network']) {
      const png = await download(page, `[data-export-view="${view}"][data-format="png"]`);
      expect(png.name).toBe(`xuhui-2020-fazhi.${view}.png`);
      expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    await d.context.close();
  });
});
