import { afterEach, describe, expect, it } from 'vitest';
import { FOUNDING_PLAN } from '../../test/browser/founding-plan.js';
import { mount, settle, unmountAll } from '../../test/browser/mount.js';
import './define.js';
import type { RemitHeatmap } from './heatmap.js';
import { heatmapScenarios } from './heatmap.scenarios.js';

afterEach(unmountAll);

const LONG_NAMES = heatmapScenarios['long-names']!.plan();

async function heatmap(
  attributes: Record<string, string>,
  style = '',
  data: unknown = FOUNDING_PLAN,
): Promise<RemitHeatmap> {
  const el = mount('remit-heatmap', { lang: 'zh-CN', ...attributes });
  el.style.cssText = `width: 960px; ${style}`;
  el.data = data;
  await settle(el);
  return el;
}

/**
 * The drawn boxes of the names in a pane, as the browser measures and sizes
 * them: their length along the line as laid out, and across it the em box of
 * the computed font size. (The browser's box across the line is the font's
 * ascent plus descent, about 1.3em for the CJK fallback; the glyphs sit in
 * the em box around the central baseline.)
 */
function nameBoxes(el: RemitHeatmap, pane: 'colhead' | 'rowhead'): DOMRect[] {
  // A unit's name is a group of runs (see placeVertical); an item's name is one text.
  const texts = el.shadowRoot!.querySelectorAll<SVGGraphicsElement>(
    pane === 'colhead' ? '.colhead .column-label' : '.rowhead text:not(.figure):not(.band)',
  );
  return [...texts]
    .filter((t) => t.textContent)
    .map((t) => {
      const r = t.getBoundingClientRect();
      const em = parseFloat(getComputedStyle(t).fontSize);
      return pane === 'rowhead'
        ? new DOMRect(r.x, r.y + r.height / 2 - em / 2, r.width, em)
        : new DOMRect(r.x + r.width / 2 - em / 2, r.y, em, r.height);
    });
}

/** Pairs of boxes closer than `gap` px. */
function clashes(boxes: readonly DOMRect[], gap = 1): [DOMRect, DOMRect][] {
  const out: [DOMRect, DOMRect][] = [];
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      const apart =
        p.right + gap <= q.left ||
        q.right + gap <= p.left ||
        p.bottom + gap <= q.top ||
        q.bottom + gap <= p.top;
      if (!apart) out.push([p, q]);
    }
  }
  return out;
}

const widest = (boxes: readonly DOMRect[], side: 'width' | 'height') =>
  Math.max(...boxes.map((b) => b[side]));

describe('<remit-heatmap> labels', () => {
  it('draws names larger with a larger --remit-font-size, cells growing with them', async () => {
    const normal = await heatmap({});
    const large = await heatmap({}, '--remit-font-size: 20px');
    expect(normal.layout!.fontSize).toBe(12);
    expect(normal.layout!.cellSize).toBe(20);
    expect(large.layout!.fontSize).toBe(18);
    expect(large.layout!.labelSize).toBe(18);
    expect(large.layout!.cellSize).toBe(30);
    // Unit names are vertical: their width is the font size, their height the name.
    // Item titles grow in height; their width is the room the box leaves beside
    // the matrix, which shrinks as the cells grow (titles are cut sooner).
    for (const [pane, side] of [
      ['colhead', 'width'],
      ['colhead', 'height'],
      ['rowhead', 'height'],
    ] as const) {
      expect(widest(nameBoxes(large, pane), side), `${pane} ${side}`).toBeGreaterThan(
        widest(nameBoxes(normal, pane), side) * 1.3,
      );
    }
    for (const pane of ['colhead', 'rowhead'] as const) {
      expect(clashes(nameBoxes(large, pane)), pane).toEqual([]);
    }
  });

  it('follows a change of --remit-font-size on the element', async () => {
    const el = await heatmap({});
    el.style.setProperty('--remit-font-size', '26px');
    await settle(el);
    expect(el.layout!.fontSize).toBe(24);
    expect(el.toSVG()).toContain('font-size="24"');
  });

  it('reads --remit-font-size in px, em or calc(), and not the font size a page gives the host', async () => {
    const cases: [string, number][] = [
      ['font-size: 30px', 12],
      ['font-size: 16px; --remit-font-size: 1.5em', 22],
      ['--remit-font-size: calc(10px + 16px)', 24],
      // An invalid size leaves the element's text at the page's 16px; the chart follows it.
      ['--remit-font-size: nonsense', 15],
    ];
    for (const [style, expected] of cases) {
      const el = await heatmap({}, style);
      expect(el.layout!.fontSize, style).toBe(expected);
      el.parentElement!.remove();
    }
  });

  it('keeps the names of neighbouring rows and columns apart at any cell size', async () => {
    for (const data of [FOUNDING_PLAN, LONG_NAMES]) {
      for (const size of ['8', '10', '12', '16', '24', '32']) {
        for (const style of ['', '--remit-font-size: 20px']) {
          const el = await heatmap({ 'cell-size': size }, style, data);
          const columns = nameBoxes(el, 'colhead');
          expect(columns.length).toBe(el.layout!.columns.length);
          for (const pane of ['colhead', 'rowhead'] as const) {
            expect(clashes(nameBoxes(el, pane)), `${pane} at cell-size ${size} ${style}`).toEqual(
              [],
            );
          }
          // One vertical line per unit, as the browser draws it: narrower than its column.
          const drawn = el.shadowRoot!.querySelectorAll('.colhead .column-label');
          for (const text of drawn) {
            expect(text.getBoundingClientRect().width).toBeLessThan(Number(size));
          }
          el.parentElement!.remove();
        }
      }
    }
  });

  it('keeps the full unit name for the tooltip and the accessible name when the label is cut', async () => {
    const el = await heatmap({ 'cell-size': '12' }, '', LONG_NAMES);
    const column = el.layout!.columns[0]!;
    expect(column.label.endsWith('…')).toBe(true);
    const ring = el.shadowRoot!.querySelector<HTMLButtonElement>('button.focus')!;
    ring.focus();
    for (let i = 0; i < 20 && ring.isConnected && ring.dataset.kind !== 'column'; i++) {
      ring.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
      await el.updateComplete;
    }
    const focus = el.shadowRoot!.querySelector<HTMLButtonElement>('button.focus')!;
    expect(focus.dataset.kind).toBe('column');
    expect(focus.getAttribute('aria-label')).toContain(column.name);
  });
});
