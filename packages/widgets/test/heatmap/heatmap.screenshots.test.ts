import { afterEach, describe, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/heatmap/define.js';
import { syntheticHeatmapPlan } from '../../src/heatmap/heatmap.scenarios.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, nextFrame, unmountAll } from '../browser/mount.js';

afterEach(unmountAll);

/** Screenshots to look at (label overlap, clipped names, legend), saved under screenshots/. */
describe('heatmap screenshots', () => {
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
});
