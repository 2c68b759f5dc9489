import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatched, settleViews } from './browser.js';
import { BUNDLE, IIFE, PKG, READER } from './ensure-build.js';
import { serveStatic, type StaticServer } from './static-server.js';

/**
 * The code blocks of docs/embedding.md, run as written: a page made of the snippet (module
 * bundle, plan and five elements) at the paths it names, the selection listener as the page's
 * own script file, the theming CSS as its stylesheet, all served under the CSP header the guide
 * gives; and the classic-script line in place of the module one.
 */
const guide = readFileSync(join(PKG, '..', '..', 'docs', 'embedding.md'), 'utf8');

/** The guide's code blocks, in order, with their language. */
function blocks(): { lang: string; code: string }[] {
  return [...guide.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1]!,
    code: m[2]!,
  }));
}

const all = blocks();
const [snippet, classic, listener, theming, csp] = all;

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'remit-embedding-'));
  await mkdir(join(dir, 'static', 'remit'), { recursive: true });
  await mkdir(join(dir, 'static', 'plans'), { recursive: true });
  // the files docs/embedding.md says to copy
  await copyFile(BUNDLE, join(dir, 'static', 'remit', 'remit-widgets.js'));
  await copyFile(READER, join(dir, 'static', 'remit', 'remit-widgets.reader.js'));
  await copyFile(IIFE, join(dir, 'static', 'remit', 'remit-widgets.iife.js'));
  await copyFile(
    join(PKG, 'examples', 'xuhui-2020-fazhi.json'),
    join(dir, 'static', 'plans', 'xuhui-2020-fazhi.json'),
  );
  await writeFile(join(dir, 'listener.js'), listener!.code);
  await writeFile(join(dir, 'theme.css'), theming!.code);
  const page = (body: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>embedding.md</title>` +
    `<link rel="stylesheet" href="/theme.css"><script src="/listener.js" defer></script></head>` +
    `<body>${body}</body></html>`;
  await writeFile(join(dir, 'index.html'), page(snippet!.code));
  // the classic line instead of the module one, the elements the same
  const elements = snippet!.code.replace(/^<script[^\n]*\n/, '');
  await writeFile(join(dir, 'classic.html'), page(`${classic!.code}${elements}`));
  const policy = csp!.code
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  server = await serveStatic(dir, () => ({ 'Content-Security-Policy': policy }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('docs/embedding.md, its snippets run as written', () => {
  it('has the five blocks this test runs: the page, the classic line, a listener, CSS, a CSP', () => {
    expect(all.map((b) => b.lang)).toEqual(['html', 'html', 'js', 'css', '']);
    expect(snippet!.code).toMatch(
      /^<script type="module" src="\/static\/remit\/remit-widgets\.js">/,
    );
    expect(classic!.code.trim()).toBe(
      '<script src="/static/remit/remit-widgets.iife.js" defer></script>',
    );
    expect(csp!.code).toMatch(/^Content-Security-Policy: default-src 'self'/);
  });

  for (const file of ['index.html', 'classic.html']) {
    it(`${file}: draws the plan in five views, hears a click, applies the theme, breaks no policy`, async () => {
      const { page, problems, violations } = await openWatched(browser, server.origin);
      const logged: unknown[] = [];
      page.on('console', (m) => {
        if (m.type() === 'log')
          void m
            .args()[0]
            ?.jsonValue()
            .then((v) => logged.push(v));
      });
      await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
      const views = await settleViews(page);
      expect(views.map((v) => [v.tag, v.state])).toEqual([
        ['remit-summary', 'ready'],
        ['remit-heatmap', 'ready'],
        ['remit-network', 'ready'],
        ['remit-workload', 'ready'],
        ['remit-table', 'ready'],
      ]);
      // the listener of "Events and selection" logs what a click selects
      const bar = page.locator('remit-workload [data-unit]').first();
      const unit = await bar.getAttribute('data-unit');
      await bar.click();
      await expect.poll(() => logged).toEqual([{ kind: 'unit', id: unit }]);
      // the theming block: its lead colour and font size inside the elements, its legend size
      const theme = await page.evaluate(() => {
        const heatmap = document.querySelector('remit-heatmap')!;
        const style = getComputedStyle(heatmap);
        const legend = heatmap.shadowRoot!.querySelector('[part~="legend"]')!;
        return {
          lead: style.getPropertyValue('--_remit-lead').trim(),
          fontSize: style.getPropertyValue('--_remit-font-size').trim(),
          legend: getComputedStyle(legend).fontSize,
        };
      });
      expect(theme).toEqual({ lead: '#1f5fbf', fontSize: '14px', legend: '12px' });
      expect(await violations()).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      await page.context().close();
    });
  }
});
