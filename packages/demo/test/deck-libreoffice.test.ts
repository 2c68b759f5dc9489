import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openDashboard, settled } from './support/dashboard-page.js';
import { downloadDeck } from './support/download-deck.js';
import { readPptx } from './support/read-pptx.js';

/** Whether a command is on the PATH. */
function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether the LibreOffice on the PATH has Impress (`libsdlo`): Writer and Calc alone cannot open a deck. */
function hasImpress(): boolean {
  const soffice = execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  return existsSync(join(dirname(realpathSync(soffice)), 'libsdlo.so'));
}

const missing = ['soffice', 'pdftotext', 'pdftoppm'].filter((c) => !has(c));
if (!missing.includes('soffice') && !hasImpress()) missing.push('LibreOffice Impress');
if (missing.length > 0) {
  console.log(
    `deck-libreoffice: skipped: ${missing.join(', ')} not on the PATH ` +
      '(apt-get install -y libreoffice-impress-nogui poppler-utils)',
  );
}

/** Where the converted decks are left, as PDF and each page as a picture, to be looked at. */
const PAGES = join(tmpdir(), 'deck-pages');
const url = inject('dashboardUrl');
let browser: Browser;
let work: string;

beforeAll(async () => {
  if (missing.length > 0) return;
  browser = await launchChromium();
  work = mkdtempSync(join(tmpdir(), 'remit-deck-'));
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Converts a deck to PDF with LibreOffice (a profile of its own, so that it
 * does not wait on another LibreOffice), and returns the text of each page.
 */
function pdfPages(name: string, bytes: Uint8Array): string[] {
  const pptx = join(work, `${name}.pptx`);
  writeFileSync(pptx, bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      PAGES,
      pptx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = join(PAGES, `${name}.pdf`);
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(PAGES, name)]);
  const pages = readdirSync(PAGES).filter(
    (f) => f.startsWith(`${name}-`) && f.endsWith('.png'),
  ).length;
  return Array.from({ length: pages }, (_, k) =>
    execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
  );
}

/** Text without white space: LibreOffice breaks a title's lines where it likes. */
const squeeze = (s: string) => s.replace(/\s+/gu, '');

describe.skipIf(missing.length > 0)('PowerPoint deck in LibreOffice', () => {
  for (const { name, lang, unit, file } of [
    { name: 'founding-zh', lang: 'zh-CN', unit: 'u2', file: undefined },
    { name: 'founding-en', lang: 'en', unit: undefined, file: undefined },
    {
      name: 'lishui-zh',
      lang: 'zh-CN',
      unit: undefined,
      file: '../../../fixtures/corpus/lishui-2023-gzbg-duties.txt',
    },
  ] as const) {
    it(`shows each slide's title on its page: ${name}`, { timeout: 180_000 }, async () => {
      const d = await openDashboard(browser, url, { width: 1280, height: 720 });
      const { page } = d;
      if (lang === 'en') await page.locator('button[data-lang="en"]').click();
      if (file) {
        await page
          .locator('[data-file-input]')
          .setInputFiles(new URL(file, import.meta.url).pathname);
      }
      if (unit) {
        await page.evaluate(
          (id) =>
            (
              document.querySelector('remit-data') as unknown as {
                store: { select(s: { kind: string; id: string }): void };
              }
            ).store.select({ kind: 'unit', id }),
          unit,
        );
      }
      await settled(page);
      const deck = await downloadDeck(page);
      const pptx = await readPptx(deck.bytes);
      const pages = pdfPages(name, deck.bytes);
      expect(pages).toHaveLength(pptx.slides.length);
      pptx.slides.forEach((slide, k) => {
        expect(slide.title, `slide ${k + 1}`).toBeTruthy();
        expect(squeeze(pages[k]!), `page ${k + 1}`).toContain(squeeze(slide.title!));
      });
      console.log(`${name}: ${pages.length} pages in ${PAGES}`);
      expect(d.errors).toEqual([]);
      await d.context.close();
    });
  }
});
