import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, settled, chromiumForFile } from './support/dashboard-page.js';

const url = inject('dashboardUrl');
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const CJK = /\p{Script=Han}/u;
/** What only an English note has: a function's prefix, or two English words in a row. */
const ENGLISH = /^[a-zA-Z]+: |[a-z]{3,} [a-z]{3,}/u;
const chromium = chromiumForFile();

/** The listed diagnostics: code, message and the code as shown. */
async function notes(page: Page) {
  await settled(page);
  return page.locator('[data-diagnostics] li[data-code]').evaluateAll((items) =>
    items.map((li) => ({
      code: li.getAttribute('data-code'),
      message: li.querySelector('.message')?.textContent ?? '',
      shownCode: li.querySelector('.code')?.textContent ?? '',
    })),
  );
}

async function readFile(page: Page, name: string): Promise<void> {
  await page.locator('[data-file-input]').setInputFiles(fixture(name));
  await expect
    .poll(() => page.locator('[data-source-name]').getAttribute('data-source-name'))
    .toBe(name);
}

// Notice text under 一、 is not an item; 区财政局区税务局 is split as run together.
const pasted = [
  '1.推进政务公开。（责任单位：区府办、区司法局）',
  '2.加强法治宣传教育。（责任单位：区财政局区税务局）',
  '一、各责任单位要高度重视，切实加强领导，确保各项任务按期完成。',
].join('\n');

describe("the reader's notes", () => {
  it('are in Chinese on a Chinese page, with their codes as they are', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await readFile(page, 'gb18030-plan.txt');
    const read = await notes(page);
    expect(read.map((n) => n.code)).toEqual(['bytes/encoding', 'parse/unclosed-clause']);
    expect(read.map((n) => n.shownCode)).toEqual(['bytes/encoding', 'parse/unclosed-clause']);
    expect(read.map((n) => n.message)).toEqual([
      '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；中文版 Excel 保存的 CSV 即为此编码。',
      '该责任单位条款的括号没有闭合，已读到本行末尾。请检查它应在何处结束。',
    ]);

    await readFile(page, 'assignments.csv');
    const csv = await notes(page);
    expect(csv.map((n) => n.code)).toEqual(['csv/unknown-role']);
    expect(csv[0]!.message).toBe(
      '未知角色“owner”，该条分工未读取。请使用 lead 或 member（牵头、配合）。',
    );

    await page.locator('details.paste > summary').click();
    await page.locator('[data-paste-form] textarea').fill(pasted);
    await page.locator('[data-paste-form] button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[data-source-name]').getAttribute('data-source-name'))
      .toBe('pasted');
    const text = await notes(page);
    expect(text.map((n) => n.code)).toEqual(['parse/run-together-split', 'parse/skipped-line']);
    for (const { message } of text) {
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(ENGLISH);
    }
    expect(d.errors).toEqual([]);
    await d.context.close();
  });

  it('are in English on an English page, and follow the language when it is switched', async () => {
    const d = await openDashboard(chromium.browser, url);
    const { page } = d;
    await readFile(page, 'gb18030-plan.txt');
    await page.locator('button[data-lang="en"]').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    const english = await notes(page);
    expect(english.map((n) => n.message)).toEqual([
      'decodeBytes: the file is not UTF-8; read it as GB18030 (GBK), as Chinese Excel saves CSV.',
      'parse: the bracket of this responsibility clause never closes; it was read to the end of the line. Check where it should end.',
    ]);
    expect(english.map((n) => n.shownCode)).toEqual(['bytes/encoding', 'parse/unclosed-clause']);
    for (const { message } of english) expect(message).not.toMatch(CJK);

    await page.locator('button[data-lang="zh-CN"]').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect((await notes(page)).map((n) => n.message)[0]).toBe(
      '文件不是 UTF-8 编码，已按 GB18030（GBK）读取；中文版 Excel 保存的 CSV 即为此编码。',
    );
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
