import { truncateText } from './text-width.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws HTML content (cards, tables) as a detached `<svg>` for export: each
 * element matching `boxes` becomes a rectangle with its computed background,
 * border colour and radius; each element matching `texts` becomes one line of
 * text at its position, in its computed colour and font, shortened with `…` to
 * its width. `data-*` attributes are copied to the shapes. Pass the result to
 * `exportSvg` (e.g. from a `RemitElement.exportRoot()` override).
 *
 * Wrapped text is drawn on one line; keep exported HTML text short.
 */
export function snapshotSvg(
  container: Element,
  selectors: { boxes: string; texts: string },
): SVGSVGElement {
  const origin = container.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const el of container.querySelectorAll(selectors.boxes)) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const rect = document.createElementNS(SVG_NS, 'rect');
    set(rect, {
      x: r.left - origin.left,
      y: r.top - origin.top,
      width: r.width,
      height: r.height,
      rx: parseFloat(style.borderTopLeftRadius) || 0,
      fill: style.backgroundColor,
    });
    if (parseFloat(style.borderTopWidth) > 0) {
      set(rect, { stroke: style.borderTopColor, 'stroke-width': style.borderTopWidth });
    }
    copyData(el, rect);
    svg.appendChild(rect);
  }
  for (const el of container.querySelectorAll(selectors.texts)) {
    const content = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!content) continue;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize) || 13;
    const padLeft = parseFloat(style.paddingLeft) || 0;
    const padTop = parseFloat(style.paddingTop) || 0;
    const text = document.createElementNS(SVG_NS, 'text');
    const right = style.textAlign === 'right' || style.textAlign === 'end';
    set(text, {
      x: right
        ? r.right - origin.left - (parseFloat(style.paddingRight) || 0)
        : r.left - origin.left + padLeft,
      y: r.top - origin.top + padTop + size * 0.95,
      fill: style.color,
      'font-size': size,
      'font-weight': style.fontWeight,
      'text-anchor': right ? 'end' : 'start',
    });
    text.textContent = truncateText(content, Math.max(r.width - padLeft, size * 2), size);
    copyData(el, text);
    svg.appendChild(text);
  }
  return svg;
}

function set(el: Element, attrs: Record<string, string | number>): void {
  for (const [k, v] of Object.entries(attrs)) {
    el.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);
  }
}

function copyData(from: Element, to: Element): void {
  for (const attr of from.attributes) {
    if (attr.name.startsWith('data-')) to.setAttribute(attr.name, attr.value);
  }
}
