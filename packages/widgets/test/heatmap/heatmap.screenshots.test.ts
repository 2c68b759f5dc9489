import { afterEach, describe, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/heatmap/define.js';
import { heatmapScenarios, syntheticHeatmapPlan } from '../../src/heatmap/heatmap.scenarios.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, nextFrame, settle, unmountAll } from '../browser/mount.js';
import { SAVE_SCREENSHOTS } from '../browser/screenshots.js';

/**
 * Screenshots for looking at (label overlap, clipped names, legend), not for
 * comparing: `packages/widgets/screenshots/heatmap-*.png`. Run with
 * `REMIT_SCREENSHOTS=1 npx vitest run --project widgets test/heatmap`
 * (see test/browser/screenshots.ts).
 */

afterEach(unmountAll);

describe.runIf(SAVE_SCREENSHOTS)('heatmap screenshots', () => {
  const plans = { founding: FOUNDING_PLAN, '200x60': syntheticHeatmapPlan(200, 60) };
  for (const [name, plan] of Object.entries(plans)) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['zh-CN', 'en']) {
        it(`${name} ${theme} ${lang}`, async () => {
          await page.viewport(1000, 700);
          const el = mount('remit-heatmap', { theme, lang, toolbar: '' });
          el.style.setProperty('width', '960px');
          el.data = plan;
          await el.renderComplete;
          await nextFrame();
          const file = `heatmap-${name}-${theme}-${lang === 'en' ? 'en' : 'zh'}.png`;
          await page.elementLocator(el).screenshot({ path: `../../screenshots/${file}` });
        });
      }
    }
  }

  it('founding plan at 320 px', async () => {
    await page.viewport(360, 700);
    const el = mount('remit-heatmap', { lang: 'zh-CN' });
    el.style.setProperty('width', '320px');
    el.data = FOUNDING_PLAN;
    await el.renderComplete;
    await nextFrame();
    await page
      .elementLocator(el)
      .screenshot({ path: '../../screenshots/heatmap-founding-320.png' });
  });

  const sizes: [string, Record<string, string>, string, unknown][] = [
    ['founding-cell-12', { 'cell-size': '12' }, '', FOUNDING_PLAN],
    ['founding-cell-32', { 'cell-size': '32' }, '', FOUNDING_PLAN],
    ['founding-font-20', {}, '--remit-font-size: 20px', FOUNDING_PLAN],
    ['long-names-cell-12', { 'cell-size': '12' }, '', heatmapScenarios['long-names']!.plan()],
  ];
  for (const [name, attributes, style, data] of sizes) {
    it(`${name}`, async () => {
      // Taller viewports are scaled down to fit the test window.
      await page.viewport(1000, 700);
      const el = mount('remit-heatmap', { lang: 'zh-CN', ...attributes });
      el.style.cssText = `width: 960px; ${style}`;
      el.data = data;
      await settle(el);
      await page.elementLocator(el).screenshot({ path: `../../screenshots/heatmap-${name}.png` });
    });
  }
});
