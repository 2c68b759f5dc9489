import { readFileSync } from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  chromiumForFile,
  openDashboard,
  settled,
  type DashboardPage,
} from './support/dashboard-page.js';

const url = inject('dashboardUrl');
/** A file of fixtures/office/ (every corpus document in six formats, other producers, bad files). */
const office = (path: string) =>
  new URL(`../../../fixtures/office/${path}`, import.meta.url).pathname;
const chromium = chromiumForFile();
let d: DashboardPage;
/** Every request the tab made while the tests read their files. */
const requests: Request[] = [];

beforeAll(async () => {
  d = await openDashboard(chromium.browser, url);
  d.page.on('request', (r) => requests.push(r));
});

beforeEach(() => {
  d.errors.length = 0;
});

/** The plan shown: its source's name and the heatmap's rows, columns and cells. */
async function shown(page: Page) {
  await settled(page);
  return page.evaluate(() => {
    const heatmap = document.querySelector('remit-heatmap[data-view-element="heatmap"]') as
      (HTMLElement & { layout?: { rows: unknown[]; columns: unknown[]; cells: unknown[] } }) | null;
    return {
      source: document.querySelector('[data-source-name]')?.getAttribute('data-source-name'),
      rows: heatmap?.layout?.rows.length ?? -1,
      columns: heatmap?.layout?.columns.length ?? -1,
      cells: heatmap?.layout?.cells.length ?? -1,
    };
  });
}

/** Drops a file on the drop zone as a browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page: Page, name: string, bytes: Buffer, type = ''): Promise<void> {
  await page.evaluate(
    ({ name, data, type }) => {
      const file = new File([new Uint8Array(data)], name, { type });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const zone = document.querySelector('[data-drop-zone]')!;
      for (const kind of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(
          new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    { name, data: [...bytes], type },
  );
}

describe('the dashboard reads Word, Excel, PDF and web pages, in the page', () => {
  it('reads a .docx dropped on the page: 17 items of the founding plan', async () => {
    await dropFile(
      d.page,
      'xuhui-2020-fazhi.docx',
      readFileSync(office('corpus/xuhui-2020-fazhi.docx')),
    );
    await expect.poll(async () => (await shown(d.page)).source).toBe('xuhui-2020-fazhi.docx');
    expect(await shown(d.page)).toMatchObject({ rows: 17, columns: 15, cells: 45 });
    expect(d.errors).toEqual([]);
  });

  it('reads an .xlsx picked with the file input: sections from merged rows, a merged lead cell', async () => {
    await d.page.locator('[data-file-input]').setInputFiles(office('other/exceljs-plan.xlsx'));
    await expect.poll(async () => (await shown(d.page)).source).toBe('exceljs-plan.xlsx');
    expect(await shown(d.page)).toMatchObject({ rows: 4, columns: 7, cells: 10 });
  });

  it('reads a .pdf dropped on the page: its table rebuilt from the rules', async () => {
    const pdf = readFileSync(office('corpus/dazhu-2016-minsheng-tasks.pdf'));
    await dropFile(d.page, 'dazhu-2016-minsheng-tasks.pdf', pdf, 'application/pdf');
    await expect
      .poll(async () => (await shown(d.page)).source, { timeout: 20_000 })
      .toBe('dazhu-2016-minsheng-tasks.pdf');
    expect(await shown(d.page)).toMatchObject({ rows: 10, columns: 10, cells: 15 });
    expect(d.errors).toEqual([]);
  });

  it('reads a .pdf picked with the file input whose Chinese font needs Adobe’s CMaps', async () => {
    await d.page.locator('[data-file-input]').setInputFiles(office('other/cid-font-plan.pdf'));
    await expect
      .poll(async () => (await shown(d.page)).source, { timeout: 20_000 })
      .toBe('cid-font-plan.pdf');
    expect(await shown(d.page)).toMatchObject({ rows: 3, columns: 5, cells: 5 });
    // the CMaps came as chunks of the page's own code, under its connect-src 'none'
    expect(requests.some((r) => /\/assets\/UniGB-UCS2-H-[\w-]+\.js$/u.test(r.url()))).toBe(true);
    expect(d.errors).toEqual([]);
  });

  it('reads a .doc, an .xls and a saved web page', async () => {
    for (const [file, rows] of [
      ['corpus/guandu-2016-growth.doc', 4],
      ['corpus/xuzhuang-2017-safety-campaign.xls', 12],
      ['corpus/lishan-2023-keytasks.html', 6],
    ] as const) {
      await d.page.locator('[data-file-input]').setInputFiles(office(file));
      const name = file.slice(file.indexOf('/') + 1);
      await expect.poll(async () => (await shown(d.page)).source).toBe(name);
      expect((await shown(d.page)).rows, name).toBe(rows);
    }
  });

  it('keeps the plan shown when a file cannot be read (a password), and says so', async () => {
    await d.page.locator('[data-file-input]').setInputFiles(office('corpus/xuhui-2020-fazhi.docx'));
    await expect.poll(async () => (await shown(d.page)).source).toBe('xuhui-2020-fazhi.docx');
    await dropFile(d.page, 'password.docx', readFileSync(office('bad/password.docx')));
    await expect.poll(() => d.page.locator('.unreadable').count()).toBe(1);
    expect(await shown(d.page)).toMatchObject({ source: 'xuhui-2020-fazhi.docx', rows: 17 });
    const codes = await d.page
      .locator('[data-diagnostics] li[data-code]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
    expect(codes).toEqual(['office/encrypted']);
  });

  it('sent nothing anywhere: every request was the page fetching its own code', () => {
    const origin = new URL(url).origin;
    const own = (r: Request) =>
      r.method() === 'GET' &&
      (r.url().startsWith(`${origin}/assets/`) ||
        r.url().startsWith('data:') ||
        r.url().startsWith('blob:'));
    expect(requests.filter((r) => !own(r)).map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    // the readers arrived with the files: the PDF reader, SheetJS for .doc/.xls, parse5
    expect(requests.some((r) => /\/assets\/pdf\./u.test(r.url()))).toBe(true);
    expect(d.foreign).toEqual([]);
    expect(d.violations).toEqual([]);
  });
});
