import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import { FOUNDING_PLAN } from '../../test/browser/founding-plan.js';
import { mount, unmountAll } from '../../test/browser/mount.js';
import { paintedColor } from '../../test/browser/painted-color.js';
import type { RemitNetwork } from './network.js';

afterEach(unmountAll);

const paint = paintedColor;

/** An entry as the user meets it: the swatch's shape and category colour, and the words. */
interface Entry {
  swatch: string;
  text: string;
}

function liveLegend(el: RemitNetwork): Entry[] {
  const list = el.shadowRoot!.querySelector('ul[part="legend"]')!;
  return [...list.querySelectorAll(':scope > li')]
    .filter((li) => li.querySelector('.swatch'))
    .map((li) => {
      const s = li.querySelector('.swatch')!;
      const style = getComputedStyle(s);
      const square = s.classList.contains('square');
      return {
        swatch: square
          ? `square ${paint(style.borderTopColor)}`
          : `circle ${paint(style.backgroundColor)}`,
        text: li.textContent!.trim(),
      };
    });
}

function exportedLegend(el: RemitNetwork): Entry[] {
  const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
  const layer = doc.querySelector('[data-layer="legend"]');
  const marks = [...(layer?.children ?? [])];
  const entries: Entry[] = [];
  for (let k = 0; k < marks.length; k += 2) {
    const s = marks[k]!;
    entries.push({
      swatch:
        s.localName === 'rect'
          ? `square ${paint(s.getAttribute('stroke')!)}`
          : `circle ${paint(s.getAttribute('fill')!)}`,
      text: marks[k + 1]!.textContent!,
    });
  }
  return entries;
}

const CASES: Record<string, Record<string, string>> = {
  'units by group, en': { lang: 'en' },
  'units by group, zh-CN, dark': { lang: 'zh-CN', theme: 'dark' },
  'units by kind, en': { lang: 'en', 'color-by': 'kind' },
  'bipartite by group, zh-CN': { lang: 'zh-CN', mode: 'bipartite' },
  'bipartite by kind, en': { lang: 'en', mode: 'bipartite', 'color-by': 'kind' },
};

describe('<remit-network> legend, live and exported', () => {
  for (const [name, attributes] of Object.entries(CASES)) {
    it(`lists on screen the entries the export draws, swatches and words: ${name}`, async () => {
      const el = mount('remit-network', attributes, { data: FOUNDING_PLAN });
      await el.renderComplete;
      const live = liveLegend(el);
      const exported = exportedLegend(el);
      expect(live.length).toBeGreaterThan(1);
      expect(exported.map((e) => e.swatch)).toEqual(live.map((e) => e.swatch));
      // the export shortens a text too wide for its picture, ending it with "…"
      exported.forEach((e, k) => {
        const text = live[k]!.text;
        if (e.text.endsWith('…')) expect(text.startsWith(e.text.slice(0, -1)), text).toBe(true);
        else expect(e.text).toBe(text);
      });
    });
  }
});
