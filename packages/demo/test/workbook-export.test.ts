import { readFile } from 'node:fs/promises';
import { read, utils, type WorkBook } from '@e965/xlsx';
import type { Page, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const chromium = chromiumForFile();

/** Text only the workbook writer holds: write-excel-file's check of a sheet name. */
const WRITER_MARK = "can't be longer than 31 characters";
const MENU = '[data-export-menu] > summary';

/** The scripts a page loads, with whether each holds the workbook writer. */
function watchScripts(page: Page): { url: string; writer: Promise<boolean> }[] {
  const scripts: { url: string; writer: Promise<boolean> }[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('.js')) return;
    scripts.push({
      url: response.url(),
      writer: response.text().then((body) => body.includes(WRITER_MARK)),
    });
  });
  return scripts;
}

/** Clicks an entry of the export menu and returns the download's name and bytes. */
async function download(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator(MENU).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator(`[data-export-data="${id}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const rowsOf = (book: WorkBook, sheet: string): string[][] =>
  utils.sheet_to_json<string[]>(book.Sheets[sheet]!, { header: 1, raw: false, defval: '' });

describe('the Excel workbook download', () => {
  it('loads the writer only when asked, and downloads the plan as a Chinese workbook on a Chinese page', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    const scripts = watchScripts(page);
    await page.reload();
    await settled(page);
    const before = scripts.length;
    expect(before).toBeGreaterThan(0);
    expect(await Promise.all(scripts.map((s) => s.writer))).not.toContain(true);

    const xlsx = await download(page, 'workbook-xlsx');
    expect(xlsx.name).toBe('xuhui-2020-fazhi.xlsx');
    expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const loaded = scripts.slice(before);
    expect(await Promise.all(loaded.map((s) => s.writer))).toContain(true);

    const book = read(xlsx.bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['任务分工', '矩阵', '单位工作量', '说明']);
    const long = rowsOf(book, '任务分工');
    expect(long[0]).toEqual([
      '任务编号',
      '任务',
      '章节',
      '标号',
      '完成时限',
      '单位',
      '角色',
      '推断',
      '原文',
    ]);
    // the same rows as the long CSV the menu offers beside it
    const csv = await download(page, 'assignments-csv');
    const csvRows = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(long.map((row) => row.join(','))).toEqual(csvRows);
    expect(long).toHaveLength(46);
    const units = rowsOf(book, '单位工作量');
    expect(units[0]!.slice(0, 4)).toEqual(['排名', '单位', '类型', '任务数']);
    expect(book.Sheets['单位工作量']!['D2']).toMatchObject({ t: 'n', v: 9 });
    const about = rowsOf(book, '说明');
    expect(about.find((row) => row[0] === '来源文件')?.[1]).toBe('xuhui-2020-fazhi.txt');
    expect(d.errors).toEqual([]);
    expect(d.violations).toEqual([]);
    expect(d.foreign).toEqual([]);
    await d.context.close();
  });

  // A large plan takes a few seconds to draw before it can be exported.
  it(
    'writes a large plan under the strict Content-Security-Policy, which forbids blob: workers',
    {
      timeout: 90_000,
    },
    async () => {
      const d = await openDashboard(chromium.browser, url);
      const { page } = d;
      // 600 items × 4 of 60 units: each sheet's XML is far past the 160 kB at which
      // the zip library would compress in a blob: worker.
      const units = Array.from({ length: 60 }, (_, k) => ({
        id: `u${k + 1}`,
        name: `单位${k + 1}`,
      }));
      const items = Array.from({ length: 600 }, (_, k) => ({
        id: `${Math.floor(k / 10) + 1}.${(k % 10) + 1}`,
        title: `第${k + 1}项任务：推进依法行政工作`,
      }));
      const assignments = items.flatMap((item, k) =>
        [0, 1, 2, 3].map((j) => ({
          item: item.id,
          unit: `u${((k * 7 + j * 13) % 60) + 1}`,
          role: j === 0 ? 'lead' : 'member',
        })),
      );
      await page.locator('[data-file-input]').setInputFiles({
        name: 'large.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ remit: 1, items, units, assignments })),
      });
      await expect
        .poll(() => page.locator('[data-source-name]').getAttribute('data-source-name'), {
          timeout: 60_000,
        })
        .toBe('large.json');
      await settled(page);
      const xlsx = await download(page, 'workbook-xlsx');
      expect(xlsx.name).toBe('large.xlsx');
      const book = read(xlsx.bytes, { type: 'buffer' });
      const long = rowsOf(book, '任务分工');
      expect(long).toHaveLength(1 + 2400);
      expect(long.find((row) => row[0] === '1.10')?.[1]).toBe('第10项任务：推进依法行政工作');
      expect(long.filter((row) => row[6] === '牵头')).toHaveLength(600);
      expect(d.violations).toEqual([]);
      expect(d.errors).toEqual([]);
      await d.context.close();
    },
  );
});
