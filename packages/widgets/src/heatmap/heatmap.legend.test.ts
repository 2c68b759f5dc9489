import type { Plan } from '@remit/core/model';
import { afterEach, describe, expect, it } from 'vitest';
import { FOUNDING_PLAN, LED_PLAN } from '../../test/browser/founding-plan.js';
import { mount, unmountAll } from '../../test/browser/mount.js';
import { paintedColor } from '../../test/browser/painted-color.js';
import './define.js';
import type { RemitHeatmap } from './heatmap.js';

afterEach(unmountAll);

const LED = LED_PLAN;

/** `plan` with its third item corrected by a person. */
function corrected(plan: Plan): Plan {
  const item = plan.items[2]!.id;
  return {
    ...plan,
    corrections: [
      { kind: 'item-title', at: '2026-12-07T00:00:00.000Z', item, before: 'a', after: 'b' },
    ],
  };
}

/**
 * A legend entry is read as the user meets it: its words and marks in order.
 * A mark is its shape (`square` from its top edge, `small` inset on every
 * side, `bar` standing on the bottom edge), whether hatched, and its colour
 * as painted.
 */
type Token = string;

const paint = paintedColor;

function swatch(x: number, y: number, color: string, hatched = false): Token {
  const shape = y === 0 ? 'square' : x === 0 ? 'bar' : 'small';
  return `[${shape}${hatched ? ' hatched' : ''} ${paint(color)}]`;
}

const words = (text: string): Token[] => text.split(/\s+/u).filter(Boolean);

/** The live legend's entries, read from what the element shows. */
function liveLegend(el: RemitHeatmap): Token[][] {
  const list = el.shadowRoot!.querySelector('ul[part="legend"]')!;
  return [...list.querySelectorAll(':scope > li')].map((li) => {
    const tokens: Token[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Text) tokens.push(...words(node.data));
      else if (node instanceof SVGSVGElement) {
        const hatched = node.querySelector('.hatch-line') !== null;
        for (const r of node.querySelectorAll('rect')) {
          const x = r.x.baseVal.value;
          const y = r.y.baseVal.value;
          tokens.push(swatch(x, y, getComputedStyle(r).fill, hatched));
        }
      } else if (node instanceof Element && node.localName !== 'button') {
        node.childNodes.forEach(walk);
      }
    };
    li.childNodes.forEach(walk);
    return tokens;
  });
}

/** The exported SVG's legend entries: the groups above the chart. */
function exportedLegend(el: RemitHeatmap): Token[][] {
  const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
  const groups = [...doc.querySelectorAll('svg > g > g[transform]')].filter(
    (g) => !g.querySelector('.bands'),
  );
  return groups.map((g) => {
    const tokens: Token[] = [];
    for (const mark of g.children) {
      if (mark.localName === 'text') tokens.push(...words(mark.textContent!));
      else if (mark.getAttribute('fill')!.startsWith('url(')) {
        // the hatch laid over the swatch before it
        tokens.push(tokens.pop()!.replace(/^\[(\w+)/u, '[$1 hatched'));
      } else {
        const x = Number(mark.getAttribute('x'));
        const y = Number(mark.getAttribute('y'));
        tokens.push(swatch(x, y, mark.getAttribute('fill')!));
      }
    }
    return tokens;
  });
}

const cases: [string, Plan, Record<string, string>][] = [
  ['no lead, by role, zh-CN', FOUNDING_PLAN, { lang: 'zh-CN' }],
  ['no lead, by role, en', FOUNDING_PLAN, { lang: 'en' }],
  ['every role, by role, en', LED, { lang: 'en' }],
  ['every role, by role, zh-CN, dark', LED, { lang: 'zh-CN', theme: 'dark' }],
  ['every role, by workload, zh-CN', LED, { lang: 'zh-CN', color: 'workload' }],
  ['no lead, by units, en', FOUNDING_PLAN, { lang: 'en', color: 'units' }],
  ['corrected, by role, zh-CN', corrected(LED), { lang: 'zh-CN' }],
  ['corrected, no lead, by units, en', corrected(FOUNDING_PLAN), { lang: 'en', color: 'units' }],
  [
    'corrected, by workload, en, canvas',
    corrected(LED),
    { lang: 'en', color: 'workload', renderer: 'canvas' },
  ],
];

describe('<remit-heatmap> legend, live and exported', () => {
  for (const [name, plan, attributes] of cases) {
    it(`lists on screen the entries the export draws, words and marks: ${name}`, async () => {
      const el = mount('remit-heatmap', attributes);
      el.data = plan;
      await el.renderComplete;
      const live = liveLegend(el);
      expect(live.length).toBeGreaterThan(1);
      expect(live).toEqual(exportedLegend(el));
    });
  }
});
