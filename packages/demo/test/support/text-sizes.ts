import type { Page } from 'playwright-core';

export interface TextSizeRule {
  /** selector of the element whose texts are measured, shadow roots included */
  root: string;
  /** smallest size, px, of text outside a widget's shadow root */
  page: number;
  /** smallest size, px, of text inside one (a chart's labels and figures) */
  chart: number;
  /** px a size may fall short by (rounding of scaled SVG text) */
  tolerance: number;
  /** only texts inside the viewport count (a slide); otherwise the whole page (print) */
  onScreen: boolean;
}

/**
 * Every visible text under `rule.root` as the reader sees it: its font size
 * times the scale of the SVG it is drawn in. Returns how many texts were
 * measured and those smaller than the rule allows, described.
 */
export function measureTexts(
  page: Page,
  rule: TextSizeRule,
): Promise<{ texts: number; small: string[] }> {
  return page.evaluate((r) => {
    const small: string[] = [];
    let texts = 0;
    const drawn = (el: Element): number => {
      let size = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest('svg');
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
        size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      }
      return size;
    };
    const visit = (root: Element | ShadowRoot, inChart: boolean): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot, true);
        const own = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
        );
        if (!own || el.closest('title, desc, style, script')) continue;
        const box = el.getBoundingClientRect();
        // text a reader can see: not clipped away for screen readers only
        if (box.width <= 1 || box.height <= 1) continue;
        if (r.onScreen && (box.bottom < 0 || box.top > innerHeight)) continue;
        if (getComputedStyle(el).visibility === 'hidden') continue;
        texts++;
        const size = drawn(el);
        if (size < (inChart ? r.chart : r.page) - r.tolerance) {
          small.push(
            `${el.localName}.${el.getAttribute('class') ?? ''} ${size.toFixed(1)}px “${el.textContent!.trim().slice(0, 20)}”`,
          );
        }
      }
    };
    visit(document.querySelector(r.root)!, false);
    return { texts, small };
  }, rule);
}
