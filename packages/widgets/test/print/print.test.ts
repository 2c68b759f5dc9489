import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '@remit/core/model';
import '../../src/define.js';
import { PRINT_WIDTH } from '../../src/controllers/resize-controller.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { CORPUS_PLANS } from '../browser/corpus-plans.js';
import { mountSized, settleLayout, unmountAll } from '../browser/mount.js';
import { whilePrinting } from '../browser/print-media.js';

const plans = CORPUS_PLANS;

// An A4 page less Chromium's default margins (0.4 in each side): 190 mm at 96 px/in.
const A4_CONTENT = (190 / 25.4) * 96;
// 9 pt, the smallest text a printed handout may carry
const MIN_PRINT_PX = 12;

afterEach(unmountAll);

// On screen the fixture is a 1,920 px window's main column; in print it is the
// content box of an A4 page, as Chromium prints a page whose column fills it.
const pageStyle = document.createElement('style');
pageStyle.textContent = `
  @media screen { .print-fixture { width: 1920px; } }
  @media print { .print-fixture { width: 190mm; } }
`;
document.head.appendChild(pageStyle);

/** An element in a container as wide as a 1,920 px window's main column. */
function wide<K extends 'remit-workload' | 'remit-network'>(
  tag: K,
  plan: Plan,
): Promise<HTMLElementTagNameMap[K]> {
  return mountSized(tag, { className: 'print-fixture' }, { lang: 'zh-CN', toolbar: '' }, {
    data: plan,
  } as Partial<HTMLElementTagNameMap[K]>);
}

/** The size text is drawn at on the page: its font size times the SVG's scale. */
function drawnFontSize(text: Element, svg: SVGSVGElement): number {
  const scale = svg.getBoundingClientRect().width / svg.width.baseVal.value;
  return parseFloat(getComputedStyle(text).fontSize) * scale;
}

function hidden(el: Element | null): boolean {
  return el === null || getComputedStyle(el).display === 'none' || el.getClientRects().length === 0;
}

describe('printing the workload chart from a 1,920 px window', () => {
  for (const { name, plan } of plans) {
    it(`${name}: bars proportional to their values, every value labelled, axis over the data`, async () => {
      const el = await wide('remit-workload', plan);
      const root = el.shadowRoot!;
      const svg = () => root.querySelector<SVGSVGElement>('svg[part~="chart"]')!;
      const screenWidth = svg().width.baseVal.value;
      expect(screenWidth).toBeGreaterThan(1800);

      await whilePrinting([el], () => {
        const chart = svg();
        const page = chart.getBoundingClientRect();
        expect(chart.width.baseVal.value).toBeLessThanOrEqual(PRINT_WIDTH);
        expect(page.width).toBeLessThanOrEqual(A4_CONTENT);

        const rows = [...root.querySelectorAll('g.row')];
        expect(rows.length).toBeGreaterThan(0);
        const measured = rows.map((row) => {
          const segments = [...row.querySelectorAll('rect.seg')].map((r) =>
            r.getBoundingClientRect(),
          );
          const value = row.querySelector('text.value')!;
          return {
            items: Number(row.getAttribute('data-items')),
            length: segments.reduce((sum, r) => sum + r.width, 0),
            end: Math.max(...segments.map((r) => r.right)),
            value,
            valueBox: value.getBoundingClientRect(),
          };
        });
        // one scale for every bar: length = k × items, read from the longest
        const longest = measured.reduce((a, b) => (b.items > a.items ? b : a));
        const k = longest.length / longest.items;
        for (const m of measured) {
          expect(Math.abs(m.length - k * m.items), `bar of ${m.items}`).toBeLessThan(1);
          expect(m.value.textContent?.trim()).toBe(String(m.items));
          expect(m.valueBox.left).toBeGreaterThanOrEqual(m.end - 0.5);
          expect(m.valueBox.right).toBeLessThanOrEqual(page.right + 0.5);
          expect(drawnFontSize(m.value, chart)).toBeGreaterThanOrEqual(MIN_PRINT_PX);
        }
        // the axis reaches the largest value, inside the page
        const ticks = [...root.querySelectorAll('.grid text')];
        const top = Math.max(...ticks.map((t) => Number(t.textContent)));
        expect(top).toBeGreaterThanOrEqual(longest.items);
        for (const t of ticks) {
          expect(t.getBoundingClientRect().right).toBeLessThanOrEqual(page.right + 0.5);
        }
        for (const label of root.querySelectorAll('text.label')) {
          expect(drawnFontSize(label, chart)).toBeGreaterThanOrEqual(MIN_PRINT_PX);
        }
        // download buttons have no use on paper
        expect(hidden(root.querySelector('.toolbar'))).toBe(true);
      });
      // back on screen: laid out for the window again
      expect(svg().width.baseVal.value).toBe(screenWidth);
      expect(hidden(root.querySelector('.toolbar'))).toBe(false);
    });
  }
});

describe('printing the network from a 1,920 px window', () => {
  it('prints labels of at least 9 pt on a chart that fits the page, with its tie count and without its buttons', async () => {
    const el = await wide('remit-network', FOUNDING_PLAN);
    const root = el.shadowRoot!;
    await settleLayout(el);
    expect(hidden(root.querySelector('.controls label'))).toBe(false);
    await whilePrinting([el], async () => {
      await settleLayout(el);
      const chart = root.querySelector<SVGSVGElement>('svg[part~="chart"]')!;
      expect(chart.getBoundingClientRect().width).toBeLessThanOrEqual(A4_CONTENT);
      const labels = [...root.querySelectorAll('text.label')];
      expect(labels.length).toBeGreaterThan(5);
      for (const label of labels) {
        expect(drawnFontSize(label, chart)).toBeGreaterThanOrEqual(MIN_PRINT_PX);
      }
      expect(hidden(root.querySelector('.controls label'))).toBe(true);
      expect(hidden(root.querySelector('.zoom'))).toBe(true);
      // a picture of some of the ties says so on paper too
      const count = root.querySelector('.count')!;
      expect(hidden(count)).toBe(false);
      expect(count.textContent).toMatch(/20\s*\/\s*35/u);
      expect(hidden(root.querySelector('.toolbar'))).toBe(true);
    });
  });
});
