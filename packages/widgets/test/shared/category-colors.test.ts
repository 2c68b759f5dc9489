import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import { DARK_COLORS, LIGHT_COLORS } from '../../src/shared/default-colors.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, settle, unmountAll } from '../browser/mount.js';

/** `#rrggbb` as the browser computes it (`rgb(r, g, b)`). */
function computed(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

afterEach(unmountAll);

describe('category colours in linked views', () => {
  for (const [theme, colors] of [
    ['light', LIGHT_COLORS],
    ['dark', DARK_COLORS],
  ] as const) {
    const roles = [colors.lead, colors.inferredLead, colors.member].map(computed);

    it(`network communities and workload sections take category colours, never a role colour (${theme})`, async () => {
      const network = mount('remit-network', { theme }, { data: FOUNDING_PLAN });
      const workload = mount(
        'remit-workload',
        { theme, breakdown: 'section' },
        { data: FOUNDING_PLAN },
      );
      await settle(network);
      await settle(workload);
      const fills = (el: Element, selector: string): string[] => [
        ...new Set(
          [...el.shadowRoot!.querySelectorAll(selector)].map((n) => getComputedStyle(n).fill),
        ),
      ];
      const nodes = fills(network, '.node .mark');
      const sections = fills(workload, '.seg.section');
      // The founding plan has two communities and four sections.
      expect(nodes).toEqual(colors.categories.slice(0, 2).map(computed));
      expect(sections.sort()).toEqual(colors.categories.slice(0, 4).map(computed).sort());
      for (const fill of [...nodes, ...sections]) expect(roles).not.toContain(fill);
    });
  }

  it('follows --remit-category-N set by the page', async () => {
    const network = mount('remit-network', {}, { data: FOUNDING_PLAN });
    network.style.setProperty('--remit-category-1', '#123456');
    await settle(network);
    const fills = [...network.shadowRoot!.querySelectorAll('.node .mark')].map(
      (n) => getComputedStyle(n).fill,
    );
    expect(fills).toContain('rgb(18, 52, 86)');
    expect(network.toSVG()).toContain('#123456');
  });
});
