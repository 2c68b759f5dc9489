import { afterEach, describe, it } from 'vitest';
import { page } from 'vitest/browser';
import type { Plan } from '@remit/core/model';
import './define.js';
import { FOUNDING_PLAN } from '../../test/browser/founding-plan.js';
import { nextFrame, unmountAll } from '../../test/browser/mount.js';
import { SAVE_SCREENSHOTS } from '../../test/browser/screenshots.js';
import { syntheticPlan } from './synthetic-plan.js';

/**
 * Screenshots for looking at, not for comparing: `packages/widgets/screenshots/network-*.png`.
 * Run with `REMIT_SCREENSHOTS=1 npx vitest run --project widgets src/network/network.screenshots`
 * (see test/browser/screenshots.ts).
 */

afterEach(unmountAll);

const plans: Record<string, { plan: Plan; width: number; attributes?: Record<string, string> }> = {
  founding: { plan: FOUNDING_PLAN, width: 720 },
  'founding-bipartite': { plan: FOUNDING_PLAN, width: 720, attributes: { mode: 'bipartite' } },
  'founding-320': { plan: FOUNDING_PLAN, width: 320 },
  synthetic200: { plan: syntheticPlan({ items: 1000, units: 200 }), width: 960 },
};

describe.runIf(SAVE_SCREENSHOTS)('<remit-network> screenshots', () => {
  for (const [name, { plan, width, attributes = {} }] of Object.entries(plans)) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['zh-CN', 'en']) {
        if (name !== 'founding' && name !== 'synthetic200' && (theme === 'dark' || lang === 'en'))
          continue;
        it(`${name} ${theme} ${lang}`, async () => {
          await page.viewport(width + 40, 1000);
          const box = document.createElement('div');
          box.className = 'fixture';
          box.style.setProperty('width', `${width}px`);
          box.style.setProperty('padding', '8px');
          box.style.setProperty('background', theme === 'dark' ? '#16191d' : '#ffffff');
          document.body.appendChild(box);
          const el = document.createElement('remit-network');
          el.setAttribute('theme', theme);
          el.setAttribute('lang', lang);
          el.setAttribute('toolbar', '');
          for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
          el.data = plan;
          box.appendChild(el);
          await el.renderComplete;
          await nextFrame();
          await el.renderComplete;
          const suffix = `${theme}-${lang === 'en' ? 'en' : 'zh'}`;
          await page.screenshot({
            element: box,
            path: `../../screenshots/network-${name}-${suffix}.png`,
          });
        });
      }
    }
  }
});
