import type { Page } from 'playwright-core';

/**
 * What share of the slide's free area (its body, below the title) the chart on
 * it uses: the box around everything the chart draws that a reader sees
 * (texts, marks, ties, legend swatches, a canvas), inside its shadow root, as
 * a share of the slide body's box. Invisible things (a transparent hit area, a
 * table for screen readers only, an element's empty padding) do not count.
 * Undefined when the slide has no chart.
 */
export function chartArea(page: Page): Promise<{ share: number; box: string } | undefined> {
  return page.evaluate(() => {
    const body = document.querySelector('.slide-body');
    const chart = body?.querySelector(':scope > [data-view-element]');
    if (!body || !chart?.shadowRoot) return undefined;
    const area = body.getBoundingClientRect();
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    const seen = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      if (el.closest('title, desc, style, script, defs, clipPath, pattern')) return false;
      const local = el.localName;
      if (local === 'canvas') return true;
      if (['circle', 'line', 'path', 'rect', 'polygon', 'polyline', 'ellipse'].includes(local)) {
        const paint = (v: string) => v !== 'none' && !/rgba\([^)]*,\s*0\)|transparent/u.test(v);
        return (
          paint(style.fill) || (paint(style.stroke) && parseFloat(style.strokeWidth || '0') > 0)
        );
      }
      // text: an element with text of its own
      return [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
    };
    for (const el of chart.shadowRoot.querySelectorAll('*')) {
      if (!seen(el)) continue;
      const b = el.getBoundingClientRect();
      // screen-reader-only text is clipped to a pixel
      if (b.width <= 1 && b.height <= 1) continue;
      // only what lies on the slide body counts (a scrolled-away part does not)
      const left = Math.max(b.left, area.left);
      const top = Math.max(b.top, area.top);
      const right = Math.min(b.right, area.right);
      const bottom = Math.min(b.bottom, area.bottom);
      if (right <= left || bottom <= top) continue;
      x0 = Math.min(x0, left);
      y0 = Math.min(y0, top);
      x1 = Math.max(x1, right);
      y1 = Math.max(y1, bottom);
    }
    if (!(x1 > x0)) return { share: 0, box: 'nothing drawn' };
    return {
      share: ((x1 - x0) * (y1 - y0)) / (area.width * area.height),
      box: `${Math.round(x1 - x0)}×${Math.round(y1 - y0)} of ${Math.round(area.width)}×${Math.round(area.height)}`,
    };
  });
}
